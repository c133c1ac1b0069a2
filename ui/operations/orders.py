"""Purchase orders at the desk: drafted from the alerts, opened from the Orders list or by
scanning the number printed on the order (a delivery note quotes it), edited while a draft,
sent with its PDF, received line by line, cancelled."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from wardrobe.records import DraftedOrders, OrderRecord, SupplierLeadTime

from ..dialogs.order_dialogs import AddLineDialog, OrderDialog, ReceiveDialog
from ..dialogs.print_dialog import PrintDialog
from ..runtime.bus import MATERIALS, ORDERS, POINTE, STOCK, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import companies, order_drafts, orders, pointe, stock
from ..text.labels import pointe_description
from ..text.language import filled
from ..text.marks import order_status
from ..text.noop import QT_TRANSLATE_NOOP
from . import print_out
from .contexts import OrderActions
from .operation import Operation

if TYPE_CHECKING:
    from wardrobe.reports.fitting_sheet import PrintResult


# -- drafting ------------------------------------------------------------------------
def draft(ctx: AppContext) -> None:
    db = ctx.db
    ctx.runner.run(lambda: order_drafts.draft_from_alerts(db), partial(_drafted, ctx))


def _drafted(ctx: AppContext, done: DraftedOrders) -> None:
    parts = []
    if done.orders:
        numbers = ", ".join(o.number for o in done.orders)
        parts.append(
            filled(
                OrderActions.tr("%n draft order(s) written: %1", "", len(done.orders)),
                numbers,
            )
        )
    else:
        parts.append(
            OrderActions.tr("Nothing new to order: every alert is on order or on a draft.")
        )
    if done.already_drafted:
        parts.append(
            OrderActions.tr(
                "%n alert(s) already on a draft, left there",
                "",
                done.already_drafted,
            )
        )
    if done.without_supplier:
        parts.append(
            filled(
                OrderActions.tr("no supplier set for %1"),
                ", ".join(done.without_supplier),
            )
        )
    ctx.say("; ".join(parts) + ".", 15_000)
    ctx.announce(of_kinds(ORDERS, records=tuple(done.orders)))
    if ctx.selection is not None:
        ctx.selection.show(ORDERS)


# -- one order -----------------------------------------------------------------------
def open_order(ctx: AppContext, order: OrderRecord | str) -> None:
    """The order's window, read fresh (a number scanned, or a row of the list)."""
    db = ctx.db
    number = order if isinstance(order, str) else order.number

    def read() -> tuple[OrderRecord, SupplierLeadTime | None]:
        found = orders.get_order(db, number)
        times = orders.lead_times(db)
        return found, next((t for t in times if t.supplier == found.supplier), None)

    ctx.runner.run(read, partial(_show, ctx))


def _show(ctx: AppContext, read: tuple[OrderRecord, SupplierLeadTime | None]) -> None:
    order, lead_time = read
    dialog = OrderDialog(order, lead_time, ctx.host)
    dialog.requested.connect(lambda name, payload: _requested(ctx, dialog, name, payload))
    ctx.open_dialog(dialog)


def _requested(ctx: AppContext, dialog: OrderDialog, name: str, payload: Any) -> None:
    order, db = dialog.order, ctx.db

    def changed(after: OrderRecord) -> None:
        dialog.set_order(after)
        # Its row; what it brought in or no longer awaits: the stock lists and the alerts.
        ctx.announce(of_kinds(STOCK, MATERIALS, POINTE, records=(after,)))

    def run(work: Callable[[], OrderRecord], then: Callable[[OrderRecord], None]) -> None:
        ctx.runner.run(work, then, dialog.refused)

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
            lambda: orders.remove_line(db, order.number, payload, expected_version=order.version),
            changed,
        )
    elif name == "add":
        _add_line(ctx, dialog, order, changed)
    elif name == "send":
        _send(ctx, dialog, order, run, changed)
    elif name == "receive":
        _receive(ctx, dialog, order, changed)
    elif name == "print":
        print_order(ctx, order)
    elif name == "cancel":
        answer = QMessageBox.question(
            dialog,
            OrderActions.tr("Cancel the order"),
            filled(
                OrderActions.tr(
                    "Cancel %1 to %2? What it still awaits will no longer count as on "
                    "order, and nothing more can be received on it.",
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


def _add_line(ctx: AppContext, dialog: OrderDialog, order: OrderRecord, changed: Any) -> None:
    """What the company stocks that is not on the draft yet: its materials, then its
    dancers' pointe shoes."""
    db = ctx.db

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

        form = AddLineDialog(order, choices, ctx.runner, perform, dialog)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(changed)
        form.open()

    ctx.runner.run(read, show, dialog.refused)


def _send(ctx: AppContext, dialog: OrderDialog, order: OrderRecord, run: Any, changed: Any) -> None:
    answer = QMessageBox.question(
        dialog,
        OrderActions.tr("Send the order"),
        filled(
            OrderActions.tr(
                "Send %1 to %2? Its quantities will count as on order, and its PDF is made "
                "for you to send.",
            ),
            order.number,
            order.supplier,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    db = ctx.db

    def sent(after: OrderRecord) -> None:
        changed(after)
        ctx.say(
            filled(
                OrderActions.tr("%1 sent to %2."),
                after.number,
                after.supplier,
            ),
            10_000,
        )
        print_order(ctx, after)

    run(lambda: orders.send(db, order.number, expected_version=order.version), sent)


def _receive(ctx: AppContext, dialog: OrderDialog, order: OrderRecord, changed: Any) -> None:
    db = ctx.db

    def perform(values: dict[int, str], more: bool) -> Callable[[], OrderRecord]:
        return lambda: orders.receive(db, order.number, values, more_than_ordered=more)

    form = ReceiveDialog(order, ctx.runner, perform, dialog)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def received(after: OrderRecord) -> None:
        changed(after)
        ctx.say(
            filled(
                OrderActions.tr("Delivery received on %1 (%2)."),
                after.number,
                order_status(after.status),
            ),
            10_000,
        )

    form.saved.connect(received)
    form.open()


def print_order(ctx: AppContext, order: OrderRecord) -> None:
    db = ctx.db

    def render(path: Path, _progress: Any, _options: dict) -> PrintResult:
        from wardrobe.reports.purchase_order import render_purchase_order

        fresh = orders.get_order(db, order.number)
        company = companies.get_company(db, fresh.company_id)
        return render_purchase_order(fresh, company, path)

    dialog = PrintDialog(
        OrderActions.tr("Print the purchase order"),
        filled(
            OrderActions.tr("Purchase order %1 to %2."),
            order.number,
            order.supplier,
        ),
        ctx.runner,
        render,
        order.number,
        parent=ctx.host,
    )
    dialog.saved.connect(partial(print_out.announce, ctx))
    ctx.open_dialog(dialog)


# -- declared once ---------------------------------------------------------------------------
class OrderOp(StrEnum):
    DRAFT = "draft_orders"


OPERATIONS = (
    Operation(
        OrderOp.DRAFT,
        QT_TRANSLATE_NOOP("Actions", "&Draft orders from the alerts"),
        ("Ctrl+Shift+B",),
        "new",
        QT_TRANSLATE_NOOP("Actions", "One draft purchase order per supplier, rounded to packs"),
        run=lambda ctx, _record: draft(ctx),
    ),
)
