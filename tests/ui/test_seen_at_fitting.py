"""Seen at the fitting: from the item's window (its button) or the list (Ctrl+Shift+F), a dated
line in the item's notes, said in its company's language; undone by Edit › Undo; a day to come
refused."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from wardrobe.errors import InvalidInput
from wardrobe.services import costumes

from .conftest import dialog_named, shown, undo, wait_idle


def test_the_item_window_marks_it_seen_and_undo_takes_the_line_out(window, qtbot, demo_db):
    before = costumes.get_item(demo_db, "BN-000001")
    window.scan.setText("BN-000001")
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    dialog = dialog_named(qtbot, window, "itemDialog")
    button = dialog.findChild(QPushButton, "action_seen_at_fitting")
    assert button is not None and button.isEnabled()
    button.click()
    wait_idle(qtbot, window)
    after = costumes.get_item(demo_db, "BN-000001")
    # Paris writes French; the reader's way of writing the day.
    assert after.notes.endswith(f"Vu à l’essayage le {date.today():%d/%m/%Y}.")
    assert after.notes.startswith(before.notes.rstrip())
    assert window.statusBar().currentMessage() == "BN-000001 seen at the fitting"
    model = window.sections.costumes.model
    assert shown(qtbot, model, model.row_of(after.id)).notes == after.notes  # the list has it
    undo(qtbot, window)
    assert costumes.get_item(demo_db, "BN-000001").notes == before.notes


def test_the_key_marks_the_item_selected_in_the_list_in_its_company_language(
    window, qtbot, demo_db
):
    item = costumes.list_items(demo_db, "MBT")[0]
    window.sections.costumes.page.select_key(item.id)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, window)
    assert costumes.get_item(demo_db, item.tag).notes.endswith(
        f"Seen at the fitting on {date.today():%m/%d/%Y}."
    )


def test_a_fitting_day_to_come_is_refused_and_changes_nothing(demo_db):
    before = costumes.get_item(demo_db, "BN-000001")
    with pytest.raises(InvalidInput):
        costumes.seen_at_fitting(demo_db, "BN-000001", date.today() + timedelta(days=1))
    assert costumes.get_item(demo_db, "BN-000001") == before
