"""Purchase orders at the desk: drafted from the alerts, opened from the Orders list or by
scanning the number printed on the order (a delivery note quotes it), edited while a draft,
sent with its PDF, received line by line, cancelled."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from wardrobe.records import DraftedOrders, OrderRecord, SupplierLeadTime

from ..dialogs.order_dialogs import AddLineDialog, OrderDialog, ReceiveDialog
from ..dialogs.print_dialog import PrintDialog
from ..runtime.context import AppContext
from ..runtime.core import companies, order_drafts, orders, pointe, stock
from ..text.labels import pointe_description
from ..text.language import filled
from ..text.marks import order_status

if TYPE_CHECKING:
    from wardrobe.reports.fitting_sheet import PrintResult


class OrderActions(QObject):
    """``stock_moved``: a delivery came in, or what is on order changed (alerts, stock lists
    and the Orders list read again); ``printed(Printed)``: a PDF made; ``drafted``: drafts
    written (the Orders section is shown)."""

    stock_moved = Signal()
    printed = Signal(object)
    drafted = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.lead_time_of: Callable[[str], SupplierLeadTime | None] = lambda _s: None

    # -- drafting ------------------------------------------------------------------------
    def draft(self) -> None:
        db = self.db
        self.ctx.runner.run(lambda: order_drafts.draft_from_alerts(db), self._drafted)

    def _drafted(self, done: DraftedOrders) -> None:
        parts = []
        if done.orders:
            numbers = ", ".join(o.number for o in done.orders)
            parts.append(
                filled(self.tr("%n draft order(s) written: %1", "", len(done.orders)), numbers)
            )
        else:
            parts.append(self.tr("Nothing new to order: every alert is on order or on a draft."))
        if done.already_drafted:
            parts.append(
                self.tr("%n alert(s) already on a draft, left there", "", done.already_drafted)
            )
        if done.without_supplier:
            parts.append(
                filled(self.tr("no supplier set for %1"), ", ".join(done.without_supplier))
            )
        self.ctx.say("; ".join(parts) + ".", 15_000)
        self.drafted.emit()

    # -- one order -----------------------------------------------------------------------
    def open_order(self, order: OrderRecord | str) -> None:
        """The order's window, read fresh (a number scanned, or a row of the list)."""
        db = self.db
        number = order if isinstance(order, str) else order.number
        self.ctx.runner.run(lambda: orders.get_order(db, number), self._show)

    def _show(self, order: OrderRecord) -> None:
        dialog = OrderDialog(order, self.lead_time_of(order.supplier), self.ctx.host)
        dialog.requested.connect(lambda name, payload: self._requested(dialog, name, payload))
        self.ctx.open_dialog(dialog)

    def _requested(self, dialog: OrderDialog, name: str, payload: Any) -> None:
        order, db = dialog.order, self.db

        def changed(after: OrderRecord) -> None:
            dialog.set_order(after)
            self.stock_moved.emit()

        def run(work: Callable[[], OrderRecord], then: Callable[[OrderRecord], None]) -> None:
            self.ctx.runner.run(work, then, dialog.refused)

        if name == "quantity":
            line_no, text = payload
            run(
                lambda: orders.set_quantity(
                    db, order.number, line_no, text, expected_version=order.version
                ),
                changed,
            )
        elif name == "remove":
            run(
                lambda: orders.remove_line(
                    db, order.number, payload, expected_version=order.version
                ),
                changed,
            )
        elif name == "add":
            self._add_line(dialog, order, changed)
        elif name == "send":
            self._send(dialog, order, run, changed)
        elif name == "receive":
            self._receive(dialog, order, changed)
        elif name == "print":
            self.print_order(order)
        elif name == "cancel":
            answer = QMessageBox.question(
                dialog,
                self.tr("Cancel the order"),
                filled(
                    self.tr(
                        "Cancel %1 to %2? What it still awaits will no longer count as on "
                        "order, and nothing more can be received on it."
                    ),
                    order.number,
                    order.supplier,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                run(
                    lambda: orders.cancel(db, order.number, expected_version=order.version),
                    changed,
                )

    def _add_line(self, dialog: OrderDialog, order: OrderRecord, changed: Any) -> None:
        """What the company stocks that is not on the draft yet: its materials, then its
        dancers' pointe shoes."""
        db = self.db

        def read() -> list[tuple[str, tuple[str, int, str]]]:
            on = {(line.kind, line.item_id) for line in order.lines}
            found: list[tuple[str, tuple[str, int, str]]] = [
                (m.name, ("material", m.id, m.unit))
                for m in stock.list_materials(db, order.company_id)
                if ("material", m.id) not in on
            ]
            found += [
                (f"{s.dancer}: {pointe_description(s)}", ("pointe", s.id, "pairs"))
                for s in pointe.list_specs(db, order.company_id)
                if ("pointe", s.id) not in on
            ]
            return found

        def show(choices: list) -> None:
            def perform(item: tuple[str, int], quantity: str) -> Any:
                kind, item_id = item
                chosen = {"material": item_id} if kind == "material" else {"pointe_spec": item_id}
                return lambda: orders.add_line(
                    db, order.number, quantity=quantity, expected_version=order.version, **chosen
                )

            form = AddLineDialog(order, choices, self.ctx.runner, perform, dialog)
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            form.saved.connect(changed)
            form.open()

        self.ctx.runner.run(read, show, dialog.refused)

    def _send(self, dialog: OrderDialog, order: OrderRecord, run: Any, changed: Any) -> None:
        answer = QMessageBox.question(
            dialog,
            self.tr("Send the order"),
            filled(
                self.tr(
                    "Send %1 to %2? Its quantities will count as on order, and its PDF is made "
                    "for you to send."
                ),
                order.number,
                order.supplier,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.db

        def sent(after: OrderRecord) -> None:
            changed(after)
            self.ctx.say(filled(self.tr("%1 sent to %2."), after.number, after.supplier), 10_000)
            self.print_order(after)

        run(lambda: orders.send(db, order.number, expected_version=order.version), sent)

    def _receive(self, dialog: OrderDialog, order: OrderRecord, changed: Any) -> None:
        db = self.db

        def perform(values: dict[int, str], more: bool) -> Callable[[], OrderRecord]:
            return lambda: orders.receive(db, order.number, values, more_than_ordered=more)

        form = ReceiveDialog(order, self.ctx.runner, perform, dialog)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def received(after: OrderRecord) -> None:
            changed(after)
            self.ctx.say(
                filled(
                    self.tr("Delivery received on %1 (%2)."),
                    after.number,
                    order_status(after.status),
                ),
                10_000,
            )

        form.saved.connect(received)
        form.open()

    def print_order(self, order: OrderRecord) -> None:
        db = self.db

        def render(path: Path, _progress: Any, _options: dict) -> PrintResult:
            from wardrobe.reports.purchase_order import render_purchase_order

            fresh = orders.get_order(db, order.number)
            company = companies.get_company(db, fresh.company_id)
            return render_purchase_order(fresh, company, path)

        dialog = PrintDialog(
            self.tr("Print the purchase order"),
            filled(self.tr("Purchase order %1 to %2."), order.number, order.supplier),
            self.ctx.runner,
            render,
            order.number,
            parent=self.ctx.host,
        )
        dialog.saved.connect(self.printed)
        self.ctx.open_dialog(dialog)
