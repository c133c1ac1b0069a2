from datetime import date, timedelta

import pytest

from tests.conftest import snapshot
from wardrobe.errors import (
    DuplicateTag,
    InvalidInput,
    OutOfRange,
    StaleEdit,
    UnknownTag,
    WrongCompany,
    WrongState,
)
from wardrobe.services import alterations, circulation, costumes, item_fields


def test_a_logged_tutu_keeps_its_layers_production_role_and_location(shop):
    item = costumes.get_item(shop, "bn-000100")  # scanners may send lower case
    assert item.tag == "BN-000100"
    assert item.tutu.net_layers == 13 and item.tutu.hoop_layer == 7
    assert (item.production, item.role) == ("La Belle au bois dormant", "Aurore")
    assert item.location == "Salle des palans / Palan 3"
    assert item.status == "in_store"


def test_an_item_logged_without_a_tag_gets_the_company_next_tag(shop):
    first = costumes.log_item(
        shop,
        company="MBT",
        name="Snowflake tutu",
        piece_type="tutu",
        tutu=item_fields.TutuSpec("romantic", 5),
    )
    second = costumes.log_item(shop, company="MBT", name="Snowflake crown", piece_type="headpiece")
    assert (first.tag, second.tag) == ("MBT-000001", "MBT-000002")


def test_a_duplicate_tag_is_refused_and_nothing_changes(shop):
    before = snapshot(shop)
    with pytest.raises(DuplicateTag, match="BN-000100.*Tutu — Aurore"):
        costumes.log_item(
            shop,
            company="BN",
            tag=" bn-000100 ",
            name="Another bodice",
            piece_type="bodice",
            production="Giselle",
        )
    assert snapshot(shop) == before


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"piece_type": "tutu"}, InvalidInput),  # a tutu without style and layers
        ({"tutu": item_fields.TutuSpec("classical", 40)}, OutOfRange),
        ({"tutu": item_fields.TutuSpec("classical", 12, 13)}, OutOfRange),  # hoop beyond layers
        ({"tutu": item_fields.TutuSpec("tutu-ish", 12)}, InvalidInput),
        ({"name": "   "}, InvalidInput),
        ({"tag": "BN 12"}, InvalidInput),
        ({"replacement_value": "-5"}, OutOfRange),
        ({"condition": "shiny"}, InvalidInput),
        ({"built_for": "Sofía Núñez"}, WrongCompany),
        ({"role": "Giselle"}, InvalidInput),  # a role with no production
    ],
)
def test_bad_items_are_refused_with_a_sentence_and_nothing_written(shop, changes, error):
    before = snapshot(shop)
    fields = {"company": "BN", "name": "Bodice", "piece_type": "bodice", **changes}
    with pytest.raises(error) as raised:
        costumes.log_item(shop, **fields)
    assert str(raised.value).strip()
    assert snapshot(shop) == before


def test_unknown_tag_says_so_plainly(shop):
    with pytest.raises(UnknownTag, match="No item has the tag “BN-999999”"):
        costumes.get_item(shop, "BN-999999")


def test_check_out_to_a_dancer_and_back_in(shop):
    out = circulation.check_out(shop, "BN-000100", "heloise laage")
    assert (out.status, out.out_to) == ("out", "Héloïse Laâge")
    assert out.out_since is not None
    with pytest.raises(WrongState, match="already out to Héloïse Laâge"):
        circulation.check_out(shop, "BN-000100", "Mathéo Du Pontavice")
    back = circulation.check_in(shop, "BN-000100", location="Salle des palans / Palan 4")
    assert (back.status, back.out_to, back.location) == (
        "in_store",
        "",
        "Salle des palans / Palan 4",
    )
    with pytest.raises(WrongState, match="already in store"):
        circulation.check_in(shop, "BN-000100")


def test_an_item_cannot_go_out_to_a_dancer_of_another_company(shop):
    before = snapshot(shop)
    with pytest.raises(WrongCompany, match="Sofía Núñez dances for Metropolitan Ballet Theater"):
        circulation.check_out(shop, "BN-000100", "Sofía Núñez")
    assert snapshot(shop) == before


def test_a_retired_item_does_not_go_out(shop):
    costumes.set_condition(shop, "BN-000101", "retired")
    with pytest.raises(WrongState, match="retired"):
        circulation.check_out(shop, "BN-000101", "Héloïse Laâge")


def test_moving_an_item_creates_the_new_place(shop):
    moved = circulation.move_item(shop, "BN-000101", "Réserve / Bac 12")
    assert moved.location == "Réserve / Bac 12"


def test_a_stale_edit_is_refused_and_the_newer_save_kept(shop):
    item = costumes.get_item(shop, "BN-000101")
    fields = dict(
        name=item.name,
        piece_type=item.piece_type,
        production=item.production,
        role=item.role,
        colour="argent",
    )
    saved = costumes.edit_item(shop, item.tag, expected_version=item.version, **fields)
    assert saved.colour == "argent" and saved.version == item.version + 1
    with pytest.raises(StaleEdit):
        costumes.edit_item(
            shop, item.tag, expected_version=item.version, **{**fields, "colour": "vermeil"}
        )
    assert costumes.get_item(shop, item.tag).colour == "argent"


def test_alterations_are_a_dated_history_with_open_ones(shop):
    alterations.record_alteration(
        shop,
        "BN-000100",
        kind="alteration",
        description="Bodice taken in 1 cm",
        for_dancer="Héloïse Laâge",
        requested_on=date.today() - timedelta(days=3),
    )
    done = alterations.record_alteration(
        shop,
        "BN-000100",
        kind="repair",
        description="Hoop wire replaced",
        done_on=date.today(),
        done_by="Paulette",
    )
    history = alterations.alterations_for(shop, "BN-000100")
    assert [a.description for a in history] == ["Hoop wire replaced", "Bodice taken in 1 cm"]
    assert [a.is_open for a in history] == [False, True]
    assert history[1].for_dancer == "Héloïse Laâge"
    closed = alterations.complete_alteration(shop, history[1].id, done_by="Mireille")
    assert not closed.is_open and closed.done_by == "Mireille"
    with pytest.raises(WrongState):
        alterations.complete_alteration(shop, done.id)


def test_a_version_conflict_found_at_save_time_is_a_stale_edit(shop):
    from sqlalchemy import update

    from wardrobe.models import CostumeItem

    with pytest.raises(StaleEdit), shop.write() as session:
        item = session.get(CostumeItem, 1)
        item.colour = "bleu"
        session.flush()  # this desk's version is now 2 in the transaction...
        session.execute(
            update(CostumeItem)
            .where(CostumeItem.id == 1)
            .values(version=9)
            .execution_options(synchronize_session=False)
        )
        item.colour = "vert"  # ...but the row says 9: as if another desk had saved
    assert costumes.get_item(shop, "BN-000100").colour == "rose"


def test_an_item_opened_by_its_tag_reads_as_its_record_in_full(demo_db):
    """get_item reads an item in one statement with its joins: every field, for every item
    of the demo (tutus, places, dancers, loans), as the record made from the item itself."""
    from wardrobe.services import convert, lookup

    everything = costumes.list_items(demo_db)
    assert len(everything) > 400
    with demo_db.read() as session:
        for listed in everything:
            whole = convert.costume_record(lookup.costume(session, listed.tag))
            assert costumes.get_item(demo_db, listed.tag.lower()) == whole == listed
