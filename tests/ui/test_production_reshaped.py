"""A production reshaped from the Productions section: a part moved along the running order by
keyboard, a look removed, a dancer taken out of her role (each undone); the cell chosen read
whole beside the grid; a double named as such in a cast's rows; and a copy that would be worn
by two dancers at once said in the form, before it is given."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from wardrobe.services import casting, looks, running_order

from .conftest import dialog_named, undo, wait_idle
from .test_productions_window import _cell, _look, _open, _press


def _labels(db, production):
    return [p.label for p in running_order.parts(db, production.id)]


def _rows(qtbot, section, cast):
    section.cast.setCurrentIndex(section.cast.findData(cast))
    section.cast.activated.emit(section.cast.currentIndex())
    qtbot.waitUntil(lambda: " — " in section.model.rows[0][1], timeout=10_000)


def test_a_part_moves_along_the_running_order_by_keyboard_and_back_by_undo(window, qtbot, demo_db):
    section = _open(qtbot, window)
    production = section.current_production()
    before = _labels(demo_db, production)
    section.grid.setFocus()
    section.grid.setCurrentIndex(_cell(section, "Clara", "I.1"))
    qtbot.keyClick(
        section.grid,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, window)
    assert _labels(demo_db, production) == before  # the first part already
    assert "first part already" in window.statusBar().currentMessage()

    qtbot.keyClick(
        section.grid,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, window)
    assert _labels(demo_db, production) == [before[1], before[0], *before[2:]]
    assert _look(demo_db, production, "Clara", "I.1") == "Fête"  # its looks went with it
    # The cursor follows the part: a second press moves it on again.
    qtbot.waitUntil(lambda: section.model.plot.parts[1].label == "I.1")
    assert section.grid.currentIndex().column() == 1
    undo(qtbot, window)
    assert _labels(demo_db, production) == before


def test_a_look_is_removed_from_every_part_it_is_worn_in_and_comes_back(
    window, qtbot, demo_db, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    section = _open(qtbot, window)
    production = section.current_production()
    section.grid.setCurrentIndex(_cell(section, "Clara", "I.1"))
    menu = {a.text(): a for a in section.grid.actions()}
    menu["Remo&ve the look…"].trigger()  # from the grid's context menu
    wait_idle(qtbot, window)
    assert "Fête" in asked[0] and "2 part(s)" in asked[0]
    assert _look(demo_db, production, "Clara", "I.1") is None
    assert _look(demo_db, production, "Clara", "I.2") is None
    qtbot.waitUntil(lambda: _cell(section, "Clara", "I.1").data() == "—")
    undo(qtbot, window)
    assert _look(demo_db, production, "Clara", "I.1") == "Fête"
    assert _look(demo_db, production, "Clara", "I.2") == "Fête"


def test_a_dancer_of_the_row_is_taken_out_of_her_role_and_put_back(window, qtbot, demo_db):
    section = _open(qtbot, window)
    production = section.current_production()
    _rows(qtbot, section, 1)
    rows = [said for _r, said in section.model.rows]
    assert any(" (double of " in said for said in rows)  # a double says whose
    clara = next(said for said in rows if said.startswith("Clara — "))
    dancer = clara.split(" — ", 1)[1]
    section.grid.setCurrentIndex(_cell(section, clara, "I.1"))
    section.grid.setFocus()
    window.commands["production_uncast"].trigger()
    wait_idle(qtbot, window)
    cast = {(c.role, c.dancer) for c in casting.casts(demo_db, production.id)}
    assert ("Clara", dancer) not in cast
    qtbot.waitUntil(lambda: clara not in [said for _r, said in section.model.rows])
    undo(qtbot, window)
    cast = {(c.role, c.dancer, c.cast_number) for c in casting.casts(demo_db, production.id)}
    assert ("Clara", dancer, 1) in cast


def test_a_principal_with_her_double_cast_is_not_taken_out(window, qtbot, demo_db, no_modal_boxes):
    section = _open(qtbot, window)
    production = section.current_production()
    double = next(c for c in casting.casts(demo_db, production.id) if c.double_of)
    _rows(qtbot, section, double.cast_number)
    first = running_order.parts(demo_db, production.id)[0].label
    section.grid.setCurrentIndex(_cell(section, f"{double.role} — {double.double_of}", first))
    window.commands["production_uncast"].trigger()
    wait_idle(qtbot, window)
    assert no_modal_boxes and "double" in no_modal_boxes[-1][1]  # said in a sentence
    assert (double.role, double.double_of) in {
        (c.role, c.dancer) for c in casting.casts(demo_db, production.id)
    }


def test_the_cell_chosen_is_read_whole_beside_the_grid(window, qtbot):
    section = _open(qtbot, window)
    section.grid.setFocus()
    section.grid.setCurrentIndex(_cell(section, "Clara", "I.3"))
    qtbot.waitUntil(lambda: "Voyage" in section.cell_view.toPlainText(), timeout=5000)
    text = section.cell_view.toPlainText()
    assert "I.3" in text and "cast 1" in text and "worn in" in text
    section.grid.setCurrentIndex(_cell(section, "Le Prince", "I.1"))
    qtbot.waitUntil(lambda: "Not on stage" in section.cell_view.toPlainText(), timeout=5000)


def test_a_copy_already_on_another_dancer_at_that_moment_is_said_in_the_form(
    window, qtbot, demo_db
):
    section = _open(qtbot, window, "The Nutcracker")
    production = section.current_production()
    snow = [
        c
        for c in casting.casts(demo_db, production.id)
        if c.role == "Snowflake" and c.cast_number == 1 and not c.alternate
    ]
    look = next(lk for lk in looks.looks(demo_db, production.id) if lk.role == "Snowflake")
    tutu = next(p for p in look.pieces if p.piece_type == "tutu")
    looks.give(demo_db, snow[0].dancer_id, {tutu.id: "MBT-000046"})
    label = next(
        p.label for p in running_order.parts(demo_db, production.id) if p.id == look.part_ids[0]
    )
    _rows(qtbot, section, 1)
    section.grid.setCurrentIndex(_cell(section, f"Snowflake — {snow[1].dancer}", label))
    _press(section, "action_production_give_copy")
    dialog = dialog_named(qtbot, window, "giveCopyDialog")
    box = dialog.boxes[tutu.id]
    box.setCurrentIndex(box.findData("MBT-000046"))
    qtbot.waitUntil(lambda: dialog.warning.isVisible(), timeout=5000)
    assert "MBT-000046" in dialog.warning.text() and snow[0].dancer in dialog.warning.text()
    assert looks.given(demo_db, look.id, snow[1].dancer_id) == {}  # nothing given yet
    box.setCurrentIndex(box.findData("MBT-000048"))
    qtbot.waitUntil(lambda: not dialog.warning.isVisible(), timeout=5000)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    assert looks.given(demo_db, look.id, snow[1].dancer_id) == {tutu.id: "MBT-000048"}
