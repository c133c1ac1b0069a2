"""An edit saved from a window, taken back and done again (Edit › Undo, Redo): only what the
edit changed moves back, a record changed since is refused in a sentence, and the History
says the undo as the action it took back."""

from __future__ import annotations

import pytest

from wardrobe.errors import ChangedSince
from wardrobe.services import (
    alterations,
    circulation,
    costumes,
    dancers,
    edit_undo,
    history_events,
    item_fields,
    pointe,
    stock,
    stock_movements,
)
from wardrobe.store.database import UNDO, Database, because


def _edit_item(db: Database, tag: str, **changes: object):
    item = costumes.get_item(db, tag)
    fields = dict(
        name=item.name,
        piece_type=item.piece_type,
        production=item.production or None,
        role=item.role or None,
        colour=item.colour,
        size=item.size,
        location=item.location or None,
        condition=item.condition,
        notes=item.notes,
        tutu=item_fields.TutuSpec(
            item.tutu.style, item.tutu.net_layers, item.tutu.hoop_layer, item.tutu.net_colour
        )
        if item.tutu
        else None,
    )
    fields.update(changes)
    return edit_undo.edited(
        db,
        "costume",
        item.id,
        lambda: costumes.edit_item(db, tag, expected_version=item.version, **fields),
    )


def test_undoing_a_rename_puts_the_name_back_and_keeps_what_happened_since(shop):
    before, renamed, after = _edit_item(shop, "BN-000100", name="056", colour="blanc")
    assert renamed.name == "056"
    out = circulation.check_out(shop, "BN-000100", "Héloïse Laâge")  # moves the version on
    with pytest.raises(ChangedSince):  # the undo knew the item before the check-out
        edit_undo.put_back(shop, after, before, renamed.version)
    back = edit_undo.put_back(shop, after, before, out.version)
    assert (back.name, back.colour) == ("Tutu — Aurore", "rose")
    assert back.status == "out" and back.out_to == "Héloïse Laâge"  # not the edit's to undo
    assert costumes.get_item(shop, "BN-000100").name == "Tutu — Aurore"
    again = edit_undo.put_back(shop, before, after, back.version)  # redo
    assert (again.name, again.colour) == ("056", "blanc")


def test_an_undone_edit_finds_the_item_by_its_old_name_again(shop):
    from wardrobe.services import search

    before, renamed, after = _edit_item(shop, "BN-000101", name="Couronne")
    assert "BN-000101" not in {hit.key for hit in search.find(shop, "diadème")}
    edit_undo.put_back(shop, after, before, renamed.version)
    assert "BN-000101" in {hit.key for hit in search.find(shop, "diadème")}


def test_undoing_a_tutu_edit_restores_its_layers_and_place(shop):
    before, edited, after = _edit_item(
        shop,
        "BN-000100",
        location="Réserve / Bac 3",
        tutu=item_fields.TutuSpec("romantic", 9, None, "blanc"),
    )
    assert edited.tutu.net_layers == 9 and edited.location == "Réserve / Bac 3"
    back = edit_undo.put_back(shop, after, before, edited.version)
    assert (back.tutu.style, back.tutu.net_layers, back.tutu.hoop_layer) == ("classical", 13, 7)
    assert back.location == "Salle des palans / Palan 3"


def test_undoing_a_dancer_material_and_pointe_edit(shop):
    héloïse = dancers.dancer_detail(shop, "Héloïse Laâge").dancer
    before, renamed, after = edit_undo.edited(
        shop,
        "dancer",
        héloïse.id,
        lambda: dancers.edit_dancer(
            shop, héloïse.id, expected_version=héloïse.version, name="Héloïse L.", rank="sujet"
        ),
    )
    back = edit_undo.put_back(shop, after, before, renamed.version)
    assert (back.name, back.rank) == ("Héloïse Laâge", héloïse.rank)

    tulle = stock.get_material(shop, "Tulle raide blanc, 300 cm")
    before, changed, after = edit_undo.edited(
        shop,
        "material",
        tulle.id,
        lambda: stock.edit_material(
            shop,
            tulle.id,
            expected_version=tulle.version,
            name=tulle.name,
            kind=tulle.kind,
            unit=tulle.unit,
            minimum=80,
            target=200,
            supplier="Freed of London",
        ),
    )
    used = stock_movements.receive_material(shop, tulle.id, "5")  # stock moves on, by the ledger
    back = edit_undo.put_back(shop, after, before, used.version)
    assert back.minimum == tulle.minimum and back.supplier == "Tissus du Marais"
    assert back.on_hand == tulle.on_hand + 5_000  # what came in since stays

    [spec] = [s for s in pointe.list_specs(shop) if s.dancer == "Héloïse Laâge"]
    before, changed, after = edit_undo.edited(
        shop,
        "pointe",
        spec.id,
        lambda: pointe.edit_spec(shop, spec.id, expected_version=spec.version, size="4½"),
    )
    back = edit_undo.put_back(shop, after, before, changed.version)
    assert back.size == "4" and back.pairs_on_hand == spec.pairs_on_hand


def _said(events: list[history_events.HistoryEvent]) -> list[tuple[str, dict]]:
    return [(e.kind, e.values) for e in events]


def test_history_tells_an_undo_as_the_action_it_took_back(shop):
    before, renamed, after = _edit_item(shop, "BN-000101", name="056")
    with because(UNDO):
        edit_undo.put_back(shop, after, before, renamed.version)
    [undone, edited] = history_events.item_events(shop, "BN-000101")[:2]
    assert edited.kind == "edited"
    assert edited.values["changes"]["name"] == ["Diadème — Aurore", "056"]
    assert undone.kind == "undone" and undone.values["event"] == "edited"
    assert undone.values["changes"]["name"] == ["Diadème — Aurore", "056"]

    item = circulation.send_away(shop, "BN-000101", "at_cleaning")
    with because(UNDO):
        circulation.restore_state(
            shop, "BN-000101", status="in_store", out_to_id=None, out_since=None,
            location_id=None, expected_version=item.version,
        )  # fmt: skip
    newest = history_events.item_events(shop, "BN-000101")[0]
    assert (newest.kind, newest.values["event"]) == ("undone", "sent_to_cleaning")


def test_an_alteration_marked_done_then_undone_is_open_as_it_was(shop):
    asked = alterations.record_alteration(
        shop, "BN-000100", kind="alteration", description="Ourlet 2 cm", done_by="Camille"
    )
    done = alterations.complete_alteration(shop, asked.id, done_by="Léonie", note="fait")
    with because(UNDO):
        reopened = alterations.reopen_alteration(
            shop, asked.id, done_on=done.done_on, done_by=asked.done_by
        )
    assert reopened.is_open and reopened.done_by == "Camille" and reopened.done_note == ""
    events = [e for e in history_events.item_events(shop, "BN-000100") if "alteration" in str(e)]
    kinds = [(e.kind, e.values.get("event")) for e in events]
    assert kinds[:3] == [
        ("undone", "alteration_done"),
        ("alteration_done", None),
        ("alteration_recorded", None),
    ]
    assert events[1].actor == "Léonie" and events[0].values["description"] == "Ourlet 2 cm"
    with pytest.raises(ChangedSince):  # already open: nothing to undo twice
        alterations.reopen_alteration(shop, asked.id, done_on=done.done_on)


def test_two_alterations_done_the_same_day_keep_their_own_lines(shop):
    first = alterations.record_alteration(shop, "BN-000100", kind="repair", description="Crochets")
    second = alterations.record_alteration(shop, "BN-000100", kind="repair", description="Bretelle")
    done = alterations.complete_alteration(shop, first.id, done_by="Camille")
    alterations.complete_alteration(shop, second.id, done_by="Léonie")
    alterations.reopen_alteration(shop, first.id, done_on=done.done_on)
    said = {
        (e.kind, e.values.get("description"), e.actor)
        for e in history_events.item_events(shop, "BN-000100")
    }
    assert ("alteration_done", "Bretelle", "Léonie") in said
    assert ("alteration_done", "Crochets", "Camille") in said
    assert ("alteration_reopened", "Crochets", shop.user) in said
