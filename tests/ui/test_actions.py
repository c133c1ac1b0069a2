"""Everyday actions from the window, each undoable; an undo is a new ledger line."""

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ui.operations import stock as stock_ops
from wardrobe.models import StockEntry
from wardrobe.services import alterations, costumes, pointe, stock, stock_movements

from .conftest import active_dialog, do, every_item, on_top, show_section, shown, undo, wait_idle


def ledger_lines(db):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(StockEntry))


def in_store_item(window):
    return next(
        r
        for r in every_item(window)
        if r.status == "in_store" and r.built_for and r.condition != "retired"
    )


def test_check_out_to_a_dancer_then_undo_and_redo(window, qtbot, demo_db):
    item = in_store_item(window)
    window.sections.costumes.page.select_key(item.id)
    qtbot.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = on_top(window)
    assert dialog.dancer.currentText() == item.built_for  # the dancer it was made for
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.dancer, Qt.Key.Key_Return)
    assert costumes.get_item(demo_db, item.tag).out_to == item.built_for
    row = window.sections.costumes.model.row_of(item.id)
    assert shown(qtbot, window.sections.costumes.model, row).status == "out"
    window.commands["undo"].trigger()
    wait_idle(qtbot, window)
    back = costumes.get_item(demo_db, item.tag)
    assert (back.status, back.out_to, back.location) == ("in_store", "", item.location)
    window.commands["redo"].trigger()
    wait_idle(qtbot, window)
    assert costumes.get_item(demo_db, item.tag).status == "out"
    window.commands["check_in"].trigger()
    wait_idle(qtbot, window)  # the places are read, then the check-in dialog opens
    check_in = active_dialog(qtbot, window)
    assert check_in.condition.currentData() == item.condition  # sensible defaults
    assert check_in.place.currentText() == item.location
    with qtbot.waitSignal(check_in.saved, timeout=5000):
        qtbot.keyClick(check_in.condition, Qt.Key.Key_Return)  # Enter takes them
    assert costumes.get_item(demo_db, item.tag).status == "in_store"
    assert window.undo_stack.count() == 2


def test_move_then_undo_puts_the_item_back(window, qtbot, demo_db):
    item = in_store_item(window)
    do(window, "move", item)
    wait_idle(qtbot, window)
    dialog = on_top(window)
    dialog.place.setEditText("Réserve / Bac 99")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.place, Qt.Key.Key_Return)
    assert costumes.get_item(demo_db, item.tag).location == "Réserve / Bac 99"
    undo(qtbot, window)
    assert costumes.get_item(demo_db, item.tag).location == item.location


def test_issue_pointe_shoes_and_undo_writes_its_own_ledger_line(window, qtbot, demo_db):
    spec = shown(qtbot, window.sections.pointe.model, 0)
    lines = ledger_lines(demo_db)
    stock_ops.issue_pairs(window.ctx, spec)
    dialog = on_top(window)
    dialog.quantity.setText("0")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    assert dialog.isVisible() and "above zero" in dialog.message.text()
    dialog.quantity.setText("3")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    assert pointe.list_specs(demo_db)[0].pairs_on_hand == spec.pairs_on_hand - 3
    row = window.sections.pointe.model.row_of(spec.id)
    assert shown(qtbot, window.sections.pointe.model, row).pairs_on_hand == spec.pairs_on_hand - 3
    undo(qtbot, window)
    assert [s for s in pointe.list_specs(demo_db) if s.id == spec.id][
        0
    ].pairs_on_hand == spec.pairs_on_hand
    assert ledger_lines(demo_db) == lines + 2  # the issue, and the undo's correcting line
    assert stock_movements.check_ledger(demo_db) == []


def test_issuing_more_pairs_than_on_hand_is_refused_and_nothing_changes(window, qtbot, demo_db):
    spec = shown(qtbot, window.sections.pointe.model, 0)
    stock_ops.issue_pairs(window.ctx, spec)
    dialog = on_top(window)
    dialog.quantity.setText(str(spec.pairs_on_hand + 1))
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert dialog.isVisible() and "Only" in dialog.message.text()
    assert window.undo_stack.count() == 0


def test_receive_a_delivery_of_tulle_and_undo(window, qtbot, demo_db):
    show_section(qtbot, window, "materials")
    material = next(m for m in window.sections.materials.model.records() if m.is_low)
    window.sections.materials.page.select_key(material.id)
    window.commands["receive"].trigger()
    dialog = on_top(window)
    dialog.quantity.setText("50")
    with qtbot.waitSignal(window.alerts_ready, timeout=5000):
        qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    after = stock.get_material(demo_db, material.id)
    assert after.on_hand > material.on_hand
    undo(qtbot, window)
    assert stock.get_material(demo_db, material.id).on_hand == material.on_hand
    assert stock_movements.check_ledger(demo_db) == []


def test_tulle_for_a_tutu_build_comes_off_the_stock(window, qtbot, demo_db):
    tutu = next(r for r in every_item(window) if r.tutu and r.company.startswith("Le Ballet"))
    do(window, "use_tulle", tutu)
    dialog = on_top(window)
    material_id = dialog.material.currentData()
    before = stock.get_material(demo_db, material_id).on_hand
    dialog.length.setText("0,5")  # French decimal comma
    dialog.layers.setText(str(tutu.tutu.net_layers))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.length, Qt.Key.Key_Return)
    assert stock.get_material(demo_db, material_id).on_hand == before - 500 * tutu.tutu.net_layers
    undo(qtbot, window)
    assert stock.get_material(demo_db, material_id).on_hand == before


def test_an_alteration_is_recorded_and_can_be_taken_back(window, qtbot, demo_db):
    item = in_store_item(window)
    before = len(alterations.alterations_for(demo_db, item.tag))
    do(window, "alteration", item)
    dialog = on_top(window)
    qtbot.keyClick(
        dialog.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )  # empty: refused
    dialog.submit()
    assert "Say what is to be done" in dialog.message.text()
    dialog.description.setPlainText("Taille reprise de 1 cm")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.submit()
    assert len(alterations.alterations_for(demo_db, item.tag)) == before + 1
    undo(qtbot, window)
    assert len(alterations.alterations_for(demo_db, item.tag)) == before


def test_a_form_opened_before_the_dancers_are_read_waits_for_them(
    qtbot, demo_db, settings, english, no_modal_boxes
):
    from ui.runtime.context import AppContext
    from ui.shell.main_window import MainWindow

    item = next(
        r
        for r in costumes.list_items(demo_db)
        if r.status == "in_store" and r.built_for and r.condition != "retired"
    )
    window = MainWindow(AppContext(demo_db, settings))
    qtbot.addWidget(window)
    window.show()
    window.start()
    do(window, "check_out", item)  # at once, before the roster is read
    dialog = active_dialog(qtbot, window)
    assert dialog.dancer.count() > 1 and dialog.dancer.currentText() == item.built_for
    dialog.reject()
    window.ctx.wait()


def test_the_item_menu_greys_what_cannot_apply_to_the_item_chosen(window, qtbot):
    """Check in is greyed for an item in store, Check out and To cleaning for one that is out,
    Use tulle for anything but a tutu, everything with no row chosen (it used to be refused
    afterwards in the status bar)."""
    commands, page = window.commands, window.sections.costumes.page

    def enabled() -> dict[str, bool]:
        keys = ("check_out", "check_in", "to_cleaning", "move", "use_tulle")
        return {key: commands[key].isEnabled() for key in keys}

    def choose(record) -> None:
        assert page.select_key(record.id)
        qtbot.waitUntil(lambda: window.sections.costumes.current() is not None, timeout=5000)

    page.table.clearSelection()
    page.table.setCurrentIndex(page.table.model().index(-1, -1))
    assert not any(enabled().values())
    items = every_item(window)
    tutu = next(r for r in items if r.status == "in_store" and r.tutu and not r.lent_to)
    choose(tutu)
    assert enabled() == {
        "check_out": True,
        "check_in": False,
        "to_cleaning": True,
        "move": True,
        "use_tulle": True,
    }
    out = next(r for r in items if r.status == "out" and r.tutu is None and not r.lent_to)
    choose(out)
    assert enabled() == {
        "check_out": False,
        "check_in": True,
        "to_cleaning": False,
        "move": True,
        "use_tulle": False,
    }
    do(window, "check_in", out)  # the dialog asks where; the menu follows the saved record
    wait_idle(qtbot, window)
    dialog = active_dialog(qtbot, window)
    dialog.place.setEditText("Atelier / Table 2")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.condition, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: commands["check_out"].isEnabled(), timeout=5000)
    assert not commands["check_in"].isEnabled()
