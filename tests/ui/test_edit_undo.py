"""Every edit saved from a window can be taken back from Edit › Undo, which says what it
would undo; an edit another desk has built on since is refused in a sentence."""

from __future__ import annotations

from ui.operations import dancers as dancer_ops
from ui.operations import stock as stock_ops
from wardrobe.services import circulation, costumes, dancers, pointe, stock

from .conftest import active_dialog, do, redo, undo, wait_idle
from .test_alterations_and_history import history_lines, open_item_dialog


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.submit()


def test_a_rename_from_the_item_window_is_undone_and_done_again(window, qtbot, demo_db):
    item = costumes.get_item(demo_db, "BN-000005")
    undo_action = window.commands["undo"]
    assert not undo_action.isEnabled() and undo_action.text() == "&Undo"
    dialog = open_item_dialog(qtbot, window, item.tag)
    dialog.name.setText("056")
    _save(qtbot, dialog)
    wait_idle(qtbot, window)
    assert costumes.get_item(demo_db, item.tag).name == "056"
    assert undo_action.isEnabled()
    assert undo_action.text() == "&Undo “Edit BN-000005”"
    undo(qtbot, window)
    back = costumes.get_item(demo_db, item.tag)
    assert back.name == item.name
    assert window.commands["redo"].text() == "&Redo “Edit BN-000005”"
    lines = history_lines(qtbot, window, back)
    assert lines[:2] == [
        f"Undone: Changed name from “{item.name}” to “056”",
        f"Changed name from “{item.name}” to “056”",
    ]
    redo(qtbot, window)
    assert costumes.get_item(demo_db, item.tag).name == "056"


def test_an_undo_is_refused_once_another_desk_changed_the_item(
    window, qtbot, demo_db, no_modal_boxes
):
    item = costumes.get_item(demo_db, "BN-000005")
    dialog = open_item_dialog(qtbot, window, item.tag)
    dialog.colour.setText("vert d'eau")
    _save(qtbot, dialog)
    wait_idle(qtbot, window)
    circulation.move_item(demo_db, item.tag, "Réserve / Bac 9")  # another desk, meanwhile
    undo(qtbot, window)
    assert costumes.get_item(demo_db, item.tag).colour == "vert d'eau"
    [(kind, said)] = no_modal_boxes
    assert kind == "warning" and "changed BN-000005 (Tutu — Fée Dragée) since" in said
    assert not window.commands["undo"].isEnabled()


def test_dancer_material_and_pointe_edits_are_undoable(window, qtbot, demo_db):
    dancer = dancers.list_dancers(demo_db)[0]
    dancer_ops.edit_dancer(window.ctx, dancer)
    dialog = active_dialog(qtbot, window)
    dialog.name.setText(dancer.name + " Jr")
    _save(qtbot, dialog)
    wait_idle(qtbot, window)
    assert window.commands["undo"].text() == f"&Undo “Edit {dancer.name} Jr”"
    undo(qtbot, window)
    assert dancers.dancer_detail(demo_db, dancer.id).dancer.name == dancer.name

    material = stock.list_materials(demo_db)[0]
    stock_ops.edit_material(window.ctx, material)
    dialog = active_dialog(qtbot, window)
    dialog.colour.setText("ivoire")
    _save(qtbot, dialog)
    wait_idle(qtbot, window)
    undo(qtbot, window)
    back = stock.get_material(demo_db, material.id)
    assert (back.colour, back.minimum, back.target) == (
        material.colour,
        material.minimum,
        material.target,
    )

    spec = pointe.list_specs(demo_db)[0]
    stock_ops.edit_spec(window.ctx, spec)
    dialog = active_dialog(qtbot, window)
    dialog.size_field.setText("6")
    _save(qtbot, dialog)
    wait_idle(qtbot, window)
    assert window.commands["undo"].text() == f"&Undo “Edit the pointe shoes of {spec.dancer}”"
    undo(qtbot, window)
    [again] = [s for s in pointe.list_specs(demo_db) if s.id == spec.id]
    assert again.size == spec.size


def test_undoing_to_cleaning_says_so_in_the_history(window, qtbot, demo_db):
    item = next(r for r in costumes.list_items(demo_db) if r.status == "in_store")
    do(window, "to_cleaning", item)
    wait_idle(qtbot, window)
    assert window.commands["undo"].text() == f"&Undo “{item.tag} to cleaning”"
    undo(qtbot, window)
    lines = history_lines(qtbot, window, costumes.get_item(demo_db, item.tag))
    assert lines[:2] == ["Undone: Sent to cleaning", "Sent to cleaning"]


def test_the_reason_typed_when_issuing_pointe_shoes_is_in_the_dancers_history(window, demo_db):
    from ui.text.history_text import HistoryText
    from wardrobe.services import history_events

    spec = pointe.list_specs(demo_db)[0]
    pointe.issue_pairs(demo_db, spec.id, 2, reason="première de Giselle")
    pointe.issue_pairs(demo_db, spec.id, 1)  # no reason typed: nothing more said
    said = [
        HistoryText().sentence(e) for e in history_events.dancer_events(demo_db, spec.dancer_id)
    ]
    assert sorted(said[:2]) == [
        "Pointe shoes issued: 1 pair",
        "Pointe shoes issued: 2 pairs — première de Giselle",
    ]
