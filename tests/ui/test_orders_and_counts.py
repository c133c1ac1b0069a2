"""Orders, stocktakes, put-away and charts at the desk, from the keys and clicks a costume
department would use: drafted from the alerts page, a quantity retyped in the draft, sent,
the order number scanned off the delivery note to receive part then the rest; a rack counted
by scanner, closed and resumed, finished; a place label scanned then items put away; charts
that open for a dancer and a material."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from shiboken6 import isValid

from tests.ui.conftest import dialog_named, undo, wait_idle
from tests.ui.test_desk import burst
from ui.operations import orders as order_ops
from wardrobe.services import (
    alerts,
    costumes,
    order_drafts,
    orders,
    places,
    stock,
    stock_movements,
    stocktake,
)

from .conftest import show_section


def _answer_yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _scan_field(qtbot, window) -> None:
    window.focus_scan()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.scan)


def test_from_the_alerts_page_to_an_order_received_in_two_deliveries(
    window, qtbot, demo_db, monkeypatch
):
    asked = _answer_yes(monkeypatch)
    show_section(qtbot, window, "alerts")
    qtbot.mouseClick(window.sections.alerts.draft, Qt.MouseButton.LeftButton)
    orders_list = window.sections.orders.model
    qtbot.waitUntil(
        lambda: (
            window.sections.current_name() == "orders"
            and any(o.status == "draft" for o in orders_list.records())
        ),
        timeout=10_000,
    )
    draft = next(
        o for o in orders_list.records() if o.status == "draft" and o.supplier == "Tissus du Marais"
    )
    tulle = draft.lines[0]
    before = stock.get_material(demo_db, tulle.item_id)

    window.sections.orders.show_record(draft.number)
    window.sections.orders.page.table.setFocus()
    qtbot.keyClick(window.sections.orders.page.table, Qt.Key.Key_Return)
    dialog = dialog_named(qtbot, window, "orderDialog")
    assert dialog.order.number == draft.number
    dialog.table.item(0, 3).setText("150")  # typed over the suggested quantity
    qtbot.waitUntil(lambda: dialog.order.lines[0].quantity == 150_000, timeout=10_000)
    lines = len(dialog.order.lines)
    qtbot.mouseClick(dialog.buttons["add"], Qt.MouseButton.LeftButton)
    adding = _child(qtbot, dialog, "addLineDialog")
    adding.quantity.setText("3")
    adding.submit()
    qtbot.waitUntil(lambda: len(dialog.order.lines) == lines + 1, timeout=10_000)
    dialog.table.selectRow(lines)
    qtbot.mouseClick(dialog.buttons["remove"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.order.lines) == lines, timeout=10_000)
    qtbot.mouseClick(dialog.buttons["send"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.order.status == "sent", timeout=10_000)
    assert draft.number in asked[-1]
    printing = dialog_named(qtbot, window, "printDialog")
    printing.reject()
    assert stock.get_material(demo_db, tulle.item_id).on_order == before.on_order + 150_000
    qtbot.waitUntil(
        lambda: any(draft.number in a.orders for a in window.sections.alerts.alerts),
        timeout=10_000,
    )

    # The delivery note quotes the order's number: scanned (the order window still open, the
    # focus in it), the order opens afresh.
    wait_idle(qtbot, window)
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    burst(qtbot, draft.number)
    dialog = dialog_named(qtbot, window, "orderDialog")
    qtbot.waitUntil(lambda: dialog.order.number == draft.number and dialog.isVisible())
    qtbot.mouseClick(dialog.buttons["receive"], Qt.MouseButton.LeftButton)
    receiving = _child(qtbot, dialog, "receiveDialog")
    first, *others = receiving.fields.values()
    first.setText("100")
    for field in others:
        field.clear()
    receiving.submit()
    qtbot.waitUntil(lambda: dialog.order.status == "part_received", timeout=10_000)
    assert dialog.order.lines[0].received == 100_000
    assert stock.get_material(demo_db, tulle.item_id).on_hand == before.on_hand + 100_000

    qtbot.mouseClick(dialog.buttons["receive"], Qt.MouseButton.LeftButton)
    receiving = _child(qtbot, dialog, "receiveDialog")
    receiving.submit()  # every line's rest, as prefilled
    qtbot.waitUntil(lambda: dialog.order.status == "received", timeout=10_000)
    done = orders.get_order(demo_db, draft.number)
    assert all(line.received == line.quantity for line in done.lines)
    after = stock.get_material(demo_db, tulle.item_id)
    assert after.on_hand == before.on_hand + 150_000 and after.on_order == before.on_order
    assert stock_movements.check_ledger(demo_db) == []
    assert not dialog.buttons["receive"].isEnabled()


def _child(qtbot, parent, name):
    def found():
        shown = [
            child
            for child in parent.findChildren(QDialog, name)
            if isValid(child) and child.isVisible()
        ]
        return shown[-1] if shown else None

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    return found()


def test_more_than_ordered_is_asked_first_at_the_desk(window, qtbot, demo_db, monkeypatch):
    asked = _answer_yes(monkeypatch)
    order = orders.send(demo_db, order_drafts.draft_from_alerts(demo_db, "MBT").orders[0].number)
    line = order.lines[0]
    order_ops.open_order(window.ctx, order.number)
    dialog = dialog_named(qtbot, window, "orderDialog")
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.buttons["receive"], Qt.MouseButton.LeftButton)
    receiving = _child(qtbot, dialog, "receiveDialog")
    more = line.quantity_units + 2
    next(iter(receiving.fields.values())).setText(str(more))
    receiving.submit()
    qtbot.waitUntil(lambda: dialog.order.lines[0].received > line.quantity, timeout=10_000)
    assert any("more than was ordered" in text for text in asked)


def test_a_rack_counted_by_scanner_is_kept_when_closed_and_finished_later(
    window, qtbot, demo_db, monkeypatch
):
    _answer_yes(monkeypatch)
    items = [i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store"]
    rack = next(p for p in places.places(demo_db, "BN") if p.path == items[0].location)
    here = [i for i in items if i.location == rack.path]
    other = next(i for i in items if i.location != rack.path)
    window.commands["stocktake"].trigger()
    dialog = dialog_named(qtbot, window, "stocktakeDialog")
    qtbot.waitUntil(dialog.isVisible)
    dialog.place.setFocus()
    burst(qtbot, rack.code)  # the rack's label, scanned
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=10_000)
    assert dialog.state.place == rack.path
    for item in [*here[1:], other]:
        burst(qtbot, item.tag)
        wait_idle(qtbot, window)
    burst(qtbot, "ZZ-404")
    burst(qtbot, here[1].tag)  # twice: counted once
    qtbot.waitUntil(lambda: "ZZ-404" in dialog.state.unknown, timeout=10_000)
    wait_idle(qtbot, window)
    assert "counted once" in dialog.last.text()
    assert [i.tag for i in dialog.state.missing] == [here[0].tag]
    dialog.lists["misplaced"].setCurrentRow(0)
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.state.misplaced[0].move_here, timeout=10_000)
    dialog.reject()  # closed: the count stays
    qtbot.waitUntil(lambda: not isValid(dialog))

    window.commands["stocktake"].trigger()
    dialog = dialog_named(qtbot, window, "stocktakeDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.place.currentData() == rack.code  # the count under way is offered
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=10_000)
    assert len(dialog.state.found) == len(here) - 1
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    report = dialog_named(qtbot, window, "printDialog")
    report.reject()
    assert stocktake.under_way(demo_db) == []
    assert costumes.get_item(demo_db, here[0].tag).status == "missing"
    assert costumes.get_item(demo_db, other.tag).location == rack.path
    assert places.place(demo_db, rack.code).last_counted_on is not None


def test_ctrl_m_moves_the_misplaced_item_chosen_before_the_next_scans(
    window, qtbot, demo_db, monkeypatch
):
    """The misplaced row stays chosen while the count goes on: Ctrl+M after more scans
    marks it, and Finish moves it here."""
    _answer_yes(monkeypatch)
    items = [i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store"]
    rack = next(p for p in places.places(demo_db, "BN") if p.path == items[0].location)
    here = [i for i in items if i.location == rack.path]
    strays = [i for i in items if i.location != rack.path][:2]
    window.commands["stocktake"].trigger()
    dialog = dialog_named(qtbot, window, "stocktakeDialog")
    qtbot.waitUntil(dialog.isVisible)
    burst(qtbot, rack.code)
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=10_000)
    for item in [strays[0], strays[1], here[0]]:  # two misplaced, then one found here
        burst(qtbot, item.tag)
        wait_idle(qtbot, window)
    dialog.lists["misplaced"].setCurrentRow(0)
    chosen = dialog.lists["misplaced"].currentItem().data(Qt.ItemDataRole.UserRole)
    burst(qtbot, here[1].tag)  # the count goes on: the lists are read again
    wait_idle(qtbot, window)
    assert dialog.lists["misplaced"].currentItem().data(Qt.ItemDataRole.UserRole) == chosen
    qtbot.keyClick(dialog.field, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: [m.tag for m in dialog.state.misplaced if m.move_here] == [chosen], timeout=10_000
    )
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    dialog_named(qtbot, window, "printDialog").reject()
    assert costumes.get_item(demo_db, chosen).location == rack.path
    [left] = [s.tag for s in strays if s.tag != chosen]
    assert costumes.get_item(demo_db, left).location != rack.path


def test_a_place_label_scanned_at_the_desk_puts_items_away_until_escape(window, qtbot, demo_db):
    items = [i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store"]
    bin_ = next(p for p in places.places(demo_db, "BN") if p.kind == "bin")
    moving = [i for i in items if i.location != bin_.path][:2]
    _scan_field(qtbot, window)
    burst(qtbot, bin_.code)
    qtbot.waitUntil(lambda: window.scan_flow.put_away.active)
    for item in moving:
        burst(qtbot, item.tag)
        wait_idle(qtbot, window)
    for item in moving:
        assert costumes.get_item(demo_db, item.tag).location == bin_.path
    assert "put away" in window.statusBar().currentMessage()
    undo(qtbot, window)  # the last one back where it was
    assert costumes.get_item(demo_db, moving[-1].tag).location == moving[-1].location
    _scan_field(qtbot, window)
    qtbot.keyClick(window.scan, Qt.Key.Key_Escape)
    assert not window.scan_flow.put_away.active
    assert "ended" in window.statusBar().currentMessage()
    burst(qtbot, moving[-1].tag)  # put-away over: a scan opens the item again
    dialog = dialog_named(qtbot, window, "itemDialog")
    qtbot.waitUntil(lambda: dialog.record is not None and dialog.record.tag == moving[-1].tag)
    assert costumes.get_item(demo_db, moving[-1].tag).location == moving[-1].location


def test_charts_open_for_a_dancer_and_a_material(window, qtbot, demo_db):
    from ui.dialogs.chart_dialog import ChartDialog

    show_section(qtbot, window, "dancers")
    table = window.sections.dancers.page.table
    spec_dancers = {a.for_whom for a in alerts.compute_alerts(demo_db) if a.kind == "pointe"}
    model = window.sections.dancers.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    row = next(
        r
        for r in range(model.rowCount())
        if model.record(r) is not None and model.record(r).name in spec_dancers
    )
    table.selectRow(row)
    qtbot.waitUntil(lambda: window.sections.dancers.detail() is not None, timeout=10_000)
    window.commands["chart"].trigger()
    chart = dialog_named(qtbot, window, "chartDialog")
    assert isinstance(chart, ChartDialog) and len(chart.plots) == 2
    assert "learned" in chart.summary.text() or "entered" in chart.summary.text()
    chart.reject()
    show_section(qtbot, window, "materials")
    window.sections.materials.page.table.selectRow(0)
    window.commands["chart"].trigger()
    second = dialog_named(qtbot, window, "chartDialog")
    assert second is not chart
    assert "reorder point" in second.plots[1].getPlotItem().items[-1].label.toPlainText()


def test_the_plotting_library_is_not_loaded_at_start_up():
    """Opening the app imports the window and its sections, never pyqtgraph (nor numpy)."""
    code = (
        "import sys, ui.launcher, ui.shell.main_window, ui.shell.application;"
        "print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False"]


def test_no_two_commands_share_a_key(qapp):
    """A key given twice fires neither (Qt calls it ambiguous): the window's commands, the
    item dialog's, the alteration dialog's and the stocktake's each have their own."""
    from PySide6.QtGui import QKeySequence

    from ui.operations.alterations import OPERATIONS as ON_ALTERATIONS
    from ui.operations.counts import STOCKTAKE_OPERATIONS
    from ui.operations.every import OPERATIONS
    from ui.shell.action_table import WINDOW_OPERATIONS

    owners: dict[str, set[str]] = {}
    for spec in (*WINDOW_OPERATIONS, *OPERATIONS, *ON_ALTERATIONS, *STOCKTAKE_OPERATIONS):
        for key in spec.keys:
            owners.setdefault(QKeySequence(key).toString(), set()).add(spec.key)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
