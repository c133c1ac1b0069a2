"""The scan field: a scanner types the tag and Enter."""

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from wardrobe.services import costumes

from .conftest import dialog_named, on_top, shown, wait_idle


def scan(qtbot, window, text):
    window.scan.setFocus()
    window.scan.setText(text)
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)


def test_the_scan_field_has_the_focus_at_start(window, qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan)


def test_a_known_tag_opens_its_item_at_once(window, qtbot):
    started = time.perf_counter()
    scan(qtbot, window, "bn-000001")
    dialog = dialog_named(qtbot, window, "itemDialog")
    assert time.perf_counter() - started < 2  # generous: the benchmark gives the real figure
    assert dialog.isVisible() and dialog.record.tag == "BN-000001"
    assert dialog.name.text() == costumes.get_item(window.db, "BN-000001").name
    assert window.sections.costumes.page.current_record().tag == "BN-000001"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan)


def test_an_unknown_tag_offers_a_new_item_with_the_tag_filled_in(window, qtbot):
    scan(qtbot, window, "BN-777777")
    box = on_top(window)
    assert box.objectName() == "unknownTag" and "BN-777777" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    dialog = dialog_named(qtbot, window, "itemDialog")
    assert dialog.tag.text() == "BN-777777" and dialog.record is None
    dialog.name.setText("Flocon — tutu de remplacement")
    dialog.piece.setCurrentIndex(dialog.piece.findData("tutu"))
    dialog.layers.setValue(8)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    model = window.sections.costumes.model
    row = model.row_of(costumes.get_item(window.db, "BN-777777").id)
    assert row >= 0 and shown(qtbot, model, row).tutu.net_layers == 8


def test_declining_the_new_item_changes_nothing(window, qtbot, demo_db):
    before = window.sections.costumes.model.rowCount()
    scan(qtbot, window, "BN-888888")
    on_top(window).button(QMessageBox.StandardButton.No).click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan)
    assert window.sections.costumes.model.rowCount() == before


def test_something_that_is_not_a_tag_is_said_in_the_status_bar(window, qtbot):
    scan(qtbot, window, "hello world!")
    assert "is not a tag" in window.statusBar().currentMessage()
    assert window.scan.text() == "hello world!"  # kept, selected, to be typed over
