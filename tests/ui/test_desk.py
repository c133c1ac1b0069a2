"""The desk with a scanner: a burst of keys and Enter is a scan wherever the focus is; a
person's typing is not; undo and the item keys work from every focus."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from shiboken6 import isValid

from wardrobe.services import circulation, costumes, stock

from .conftest import active_dialog, do, every_item, on_top, undo, wait_idle


def burst(qtbot, text: str) -> None:
    """A scanner: the tag a few ms a key, then Enter, into whatever has the focus; like a
    keyboard, it presses Shift for each capital."""
    target = QApplication.focusWidget()
    assert target is not None
    for char in text:
        if char.isupper():
            QTest.keyPress(target, Qt.Key.Key_Shift)
            QTest.keyClick(target, char, Qt.KeyboardModifier.ShiftModifier)
            QTest.keyRelease(target, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
        else:
            QTest.keyClick(target, char)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)


def opened(qtbot, window, tag: str):
    qtbot.waitUntil(
        lambda: (
            on_top(window) is not None
            and on_top(window).objectName() == "itemDialog"
            and on_top(window).record is not None
            and on_top(window).record.tag == tag
            and on_top(window).isVisible()
        ),
        timeout=5000,
    )
    return active_dialog(qtbot, window)


def test_two_scans_in_a_row_open_both_items_and_rename_nothing(window, qtbot, demo_db):
    first = costumes.get_item(demo_db, "BN-000001")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan)
    burst(qtbot, "BN-000001")
    dialog = opened(qtbot, window, "BN-000001")
    # A window a scan opened has the keyboard on no field a burst could type into.
    assert QApplication.focusWidget() is dialog.findChild(QPushButton, "action_check_out")
    burst(qtbot, "MBT-000219")
    opened(qtbot, window, "MBT-000219")
    assert not isValid(dialog) or not dialog.isVisible()  # closed, unsaved
    assert costumes.get_item(demo_db, "BN-000001").name == first.name
    assert costumes.get_item(demo_db, "BN-000001").version == first.version


def test_a_scan_with_the_focus_on_the_costume_list_opens_the_scanned_item(window, qtbot):
    table = window.sections.costumes.page.table
    table.setFocus()
    table.setCurrentIndex(window.sections.costumes.page.proxy.index(3, 0))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    burst(qtbot, "MBT-000219")
    opened(qtbot, window, "MBT-000219")
    # The list shows its row too, once its page is read (on the worker, after the item).
    section = window.sections.costumes
    qtbot.waitUntil(lambda: getattr(section.current(), "tag", None) == "MBT-000219")
    assert section.page.filter.text() == ""  # nothing typed anywhere


def test_a_scan_with_the_focus_on_the_alerts_opens_the_scanned_item(window, qtbot):
    window.sections.alerts.banner.button.click()
    tree = window.sections.alerts.page
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(0, 0))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
    burst(qtbot, "BN-000002")
    opened(qtbot, window, "BN-000002")
    assert window.sections.current_name() == "costumes"


def test_a_scan_over_unsaved_changes_asks_and_can_keep_them(window, qtbot, demo_db, monkeypatch):
    asked = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    burst(qtbot, "BN-000001")
    dialog = opened(qtbot, window, "BN-000001")
    dialog.colour.setText("vieux rose")
    burst(qtbot, "BN-000002")
    assert asked and "BN-000002" in asked[0]
    assert dialog.isVisible() and dialog.colour.text() == "vieux rose"
    assert "set aside" in window.statusBar().currentMessage()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    burst(qtbot, "BN-000002")
    opened(qtbot, window, "BN-000002")
    assert costumes.get_item(demo_db, "BN-000001").colour != "vieux rose"


def test_a_person_typing_in_the_filter_is_not_taken_for_a_scanner(window, qtbot):
    page = window.sections.costumes.page
    page.focus_filter()
    for key in "BN-000001":
        QTest.keyClick(QApplication.focusWidget(), key)
        qtbot.wait(70)  # a quick typist: a key every 70 ms
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(80)
    assert page.filter.text() == "BN-000001"
    assert on_top(window) is None  # Enter in a filter opens nothing


def test_letters_typed_on_a_list_go_to_its_filter_not_to_a_row(window, qtbot):
    page = window.sections.costumes.page
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    before = page.current_record().tag
    QTest.keyClick(page.table, "m")
    # Handed on once the keys stop: some 50 ms, longer on a busy machine.
    qtbot.waitUntil(lambda: page.filter.text() == "m", timeout=2000)
    assert QApplication.focusWidget() is page.filter
    assert page.current_record() is None or page.current_record().tag == before


def test_ctrl_z_in_the_scan_field_undoes_a_tulle_use(window, qtbot, demo_db):
    tutu = next(r for r in every_item(window) if r.tutu and r.company.startswith("Le Ballet"))
    do(window, "use_tulle", tutu)
    dialog = on_top(window)
    material_id = dialog.material.currentData()
    before = stock.get_material(demo_db, material_id).on_hand
    dialog.length.setText("1")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.length, Qt.Key.Key_Return)
    assert stock.get_material(demo_db, material_id).on_hand < before
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan)
    qtbot.keyClick(window.scan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert stock.get_material(demo_db, material_id).on_hand == before
    qtbot.keyClick(
        window.scan,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, window)
    assert stock.get_material(demo_db, material_id).on_hand < before


def test_ctrl_shift_o_inside_the_item_dialog_checks_that_item_out(window, qtbot, demo_db):
    item = next(
        r
        for r in every_item(window)
        if r.status == "in_store" and r.built_for and r.condition != "retired"
    )
    burst(qtbot, item.tag)
    dialog = opened(qtbot, window, item.tag)
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: on_top(window) not in (None, dialog))
    check_out = active_dialog(qtbot, window)
    assert item.tag in check_out.windowTitle()
    with qtbot.waitSignal(check_out.saved, timeout=5000):
        qtbot.keyClick(check_out.dancer, Qt.Key.Key_Return)
    assert costumes.get_item(demo_db, item.tag).out_to == item.built_for


def test_ctrl_e_from_the_scan_field_opens_the_item_scanned_last(window, qtbot):
    burst(qtbot, "BN-000004")
    dialog = opened(qtbot, window, "BN-000004")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan)
    qtbot.keyClick(window.scan, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    again = opened(qtbot, window, "BN-000004")
    assert again is not dialog


def test_an_undo_after_another_desk_changed_the_item_is_refused(
    window, qtbot, demo_db, no_modal_boxes
):
    item = next(
        r
        for r in every_item(window)
        if r.status == "in_store" and r.built_for and r.condition != "retired"
    )
    do(window, "check_out", item)
    dialog = active_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    # Another desk checks it in, moves it and lends it to someone else.
    circulation.check_in(demo_db, item.tag)
    circulation.move_item(demo_db, item.tag, "Réserve / Bac 12")
    other = circulation.check_out(demo_db, item.tag, item.built_for)
    undo(qtbot, window)
    after = costumes.get_item(demo_db, item.tag)
    assert (after.status, after.location, after.version) == ("out", other.location, other.version)
    assert any("has changed" in text and "since" in text for _kind, text in no_modal_boxes)
    assert window.undo_stack.count() == 0  # the refused step is gone from the history


def test_fast_typing_that_is_no_tag_stays_in_its_field(window, qtbot):
    """A text expander or a very fast typist: a burst that reads as no tag is typed."""
    page = window.sections.costumes.page
    page.focus_filter()
    burst(qtbot, "essaye avec Lea")
    qtbot.waitUntil(lambda: page.filter.text() == "essaye avec Lea", timeout=2000)
    assert on_top(window) is None and "not a tag" not in window.statusBar().currentMessage()
