"""Open alterations closed from the item's dialog, cleaning and check-in, and a history a
supervisor reads in her own language."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.operations import item_window
from ui.runtime.i18n import install_translation
from wardrobe.services import alterations, costumes

from .conftest import active_dialog, dialog_named, do, on_top, open_window, undo, wait_idle


def history_lines(qtbot, window, item) -> list[str]:
    do(window, "history", item)
    dialog = dialog_named(qtbot, window, "historyDialog")
    lines = [line[2] for line in dialog.lines]
    dialog.reject()
    return lines


def open_item_dialog(qtbot, window, tag):
    item_window.open_item(window.ctx, costumes.get_item(window.db, tag))
    dialog = active_dialog(qtbot, window)
    wait_idle(qtbot, window)  # its open alterations are read on the worker
    return dialog


def test_an_alteration_marked_done_shows_in_history_in_french(
    qtbot, demo_db, settings, no_modal_boxes
):
    install_translation("fr")
    try:
        window = open_window(qtbot, demo_db, settings)
        alterations.record_alteration(
            demo_db, "BN-000005", kind="alteration", description="Ourlet lâché de 2 cm"
        )
        dialog = open_item_dialog(qtbot, window, "BN-000005")
        assert dialog.alterations.isVisible()
        assert "Ourlet lâché de 2 cm" in dialog.alterations.list.currentItem().text()
        qtbot.keyClick(
            dialog,
            Qt.Key.Key_D,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        qtbot.waitUntil(
            lambda: (shown := on_top(window)) is not None and shown.objectName() != "itemDialog"
        )
        done = active_dialog(qtbot, window)
        done.done_by.setText("Mireille")
        done.note.setText("essayé, parfait")
        with qtbot.waitSignal(done.saved, timeout=5000):
            qtbot.keyClick(done.note, Qt.Key.Key_Return)
        [row] = [a for a in alterations.alterations_for(demo_db, "BN-000005") if a.done_on]
        assert (row.done_by, row.done_note) == ("Mireille", "essayé, parfait")
        item = costumes.get_item(demo_db, "BN-000005")
        lines = history_lines(qtbot, window, item)
        assert lines[0] == "Retouche faite : Ourlet lâché de 2 cm — essayé, parfait"
        assert "Retouche demandée : Ourlet lâché de 2 cm" in lines
        undo(qtbot, window)  # Ctrl+Z: open again, as it was, and History says so
        [row] = alterations.alterations_for(demo_db, "BN-000005")
        assert (row.done_on, row.done_by, row.done_note) == (None, "", "")
        lines = history_lines(qtbot, window, item)
        assert lines[:2] == [
            "Annulé : Retouche faite : Ourlet lâché de 2 cm — essayé, parfait",
            "Retouche faite : Ourlet lâché de 2 cm — essayé, parfait",
        ]
        window.ctx.wait()
    finally:
        install_translation("en")


def test_an_open_alteration_can_be_withdrawn_and_the_undo_asks_for_it_again(
    window, qtbot, demo_db, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    alterations.record_alteration(
        demo_db, "BN-000006", kind="repair", description="Strass recollés"
    )
    dialog = open_item_dialog(qtbot, window, "BN-000006")
    dialog.alterations.list.setFocus()
    qtbot.keyClick(dialog.alterations.list, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert alterations.alterations_for(demo_db, "BN-000006") == []
    lines = history_lines(qtbot, window, costumes.get_item(demo_db, "BN-000006"))
    assert lines[0] == "Alteration withdrawn: Strass recollés"
    undo(qtbot, window)
    [again] = alterations.alterations_for(demo_db, "BN-000006")
    assert again.is_open and again.description == "Strass recollés"


def test_to_cleaning_and_back_with_its_condition_and_place(window, qtbot, demo_db):
    item = next(
        r
        for r in costumes.list_items(demo_db)
        if r.status == "in_store" and r.condition == "good" and r.location
    )
    dialog = open_item_dialog(qtbot, window, item.tag)
    qtbot.keyClick(
        dialog,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    wait_idle(qtbot, window)
    assert costumes.get_item(demo_db, item.tag).status == "at_cleaning"
    do(window, "check_in", costumes.get_item(demo_db, item.tag))
    wait_idle(qtbot, window)
    check_in = active_dialog(qtbot, window)
    check_in.condition.setCurrentIndex(check_in.condition.findData("needs_repair"))
    check_in.place.setEditText("Atelier / Table 2")
    with qtbot.waitSignal(check_in.saved, timeout=5000):
        qtbot.keyClick(check_in.condition, Qt.Key.Key_Return)
    back = costumes.get_item(demo_db, item.tag)
    assert (back.status, back.condition, back.location) == (
        "in_store",
        "needs_repair",
        "Atelier / Table 2",
    )
    lines = history_lines(qtbot, window, back)
    assert lines[:4] == [
        "Back from cleaning",
        f"Moved from {item.location} to Atelier / Table 2",
        "Condition: good → needs repair",
        "Sent to cleaning",
    ]
    undo(qtbot, window)  # the check-in: back at cleaning, where and as it was
    again = costumes.get_item(demo_db, item.tag)
    assert (again.status, again.condition, again.location) == (
        "at_cleaning",
        "good",
        item.location,
    )


def test_switching_language_keeps_the_undo_history_filter_selection_and_section(
    qtbot, demo_db, settings, english, no_modal_boxes
):
    from ui.shell.application import WindowHost

    host = WindowHost(demo_db, settings)
    host.window.show()
    host.window.start()
    wait_idle(qtbot, host.window)
    item = next(r for r in costumes.list_items(demo_db) if r.status == "in_store")
    do(host.window, "to_cleaning", item)
    wait_idle(qtbot, host.window)
    costumes_page = host.window.sections.costumes.page
    costumes_page.filter.setText("casse")
    costumes_page.apply_filter_now()
    wait_idle(qtbot, host.window)
    host.window.sections.show("dancers")
    dancer = host.window.sections.dancers.model.record(2)
    host.window.sections.dancers.page.select_key(dancer.id)
    host.window.language_chosen.emit("fr")
    french = host.window
    qtbot.addWidget(french)
    wait_idle(qtbot, french)
    assert french.sections.tabs.tabText(1) == "&Danseurs"
    assert french.sections.current_name() == "dancers"
    assert french.sections.dancers.current().id == dancer.id
    assert french.sections.costumes.page.filter.text() == "casse"
    assert french.undo_stack.count() == 1
    assert QApplication.focusWidget() is french.scan
    french.ctx.undo.undo()  # the cleaning done before the switch, undone after it
    wait_idle(qtbot, french)
    assert costumes.get_item(demo_db, item.tag).status == "in_store"
    french.ctx.wait()
