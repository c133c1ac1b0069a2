"""A purchase order in the window: its lines (quantities edited in place while a draft), its
total and the supplier's lead time; send, receive, print, cancel. And the delivery form: what
came for each line, the rest still awaited; more than ordered is asked about first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wardrobe.domain.units import base_to_stock
from wardrobe.errors import MoreThanOrdered, WardrobeError
from wardrobe.records import OrderLineRecord, OrderRecord, SupplierLeadTime

from ..runtime.tasks import TaskRunner
from ..text import formatting
from ..text.error_text import error_text
from ..text.labels import unit
from ..text.language import current_language, filled
from ..text.marks import order_status
from .forms import FormDialog, Invalid, choice, line, number_field

QUANTITY_COLUMN = 3


def amount(base: int, stock_unit: str) -> str:
    """A quantity in its stock unit, the reader's way: "200 m", "12 paires"."""
    return f"{formatting.trimmed(base_to_stock(base, stock_unit))} {unit(stock_unit)}"


def line_text(line: OrderLineRecord) -> str:
    what = line.what_in(current_language())
    return f"{line.for_whom}: {what}" if line.for_whom else what


class OrderDialog(QDialog):
    """``requested(name, payload)``: the user asked for ``send``, ``receive``, ``print``,
    ``cancel``, ``remove`` (a line number) or ``quantity`` ((line number, text)); the actions
    do it and hand the new order back through ``set_order``."""

    requested = Signal(str, object)

    def __init__(
        self, order: OrderRecord, lead: SupplierLeadTime | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lead = lead
        self.heading = QLabel(self)
        self.heading.setObjectName("orderHeading")
        self.heading.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("orderLines")
        self.table.setAccessibleName(self.tr("Order lines"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._edited)
        self.table.verticalHeader().hide()  # the line numbers are a column of their own
        self.total = QLabel(self)
        self.total.setObjectName("orderTotal")
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("#formMessage { color: #c0392b; font-weight: bold; }")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, label in (
            ("add", self.tr("&Add line…")),
            ("remove", self.tr("&Remove line")),
            ("send", self.tr("&Send…")),
            ("receive", self.tr("Re&ceive delivery…")),
            ("print", self.tr("&Print…")),
            ("cancel", self.tr("Cancel &order…")),
            ("close", self.tr("C&lose")),
        ):
            button = QPushButton(label, self)
            button.setObjectName(f"order_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, n=name: self._clicked(n))
            self.buttons[name] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(940, 420)
        self.order = order
        self.set_order(order)

    def set_order(self, order: OrderRecord) -> None:
        self.order = order
        self.setWindowTitle(filled(self.tr("Order %1"), order.number))
        lead = ""
        if self.lead is not None and self.lead.learned_weeks is not None:
            lead = filled(
                self.tr(
                    "lead time %1 weeks as learned from %n order(s), %2 entered",
                    "",
                    self.lead.orders,
                ),
                formatting.number(self.lead.learned_weeks, 1),
                str(self.lead.entered_weeks or "—"),
            )
        elif self.lead is not None and self.lead.entered_weeks is not None:
            lead = filled(self.tr("lead time %1 weeks entered"), str(self.lead.entered_weeks))
        heading = filled(
            self.tr("<b>%1</b> to %2 for %3 · %4"),
            order.number,
            order.supplier,
            order.company,
            order_status(order.status),
        )
        self.heading.setText(heading + (f" · {lead}" if lead else ""))
        draft = order.status == "draft"
        headers = (
            self.tr("No."),
            self.tr("Item"),
            self.tr("For"),
            self.tr("Ordered"),
            self.tr("Received"),
            self.tr("Still to come"),
            self.tr("Unit price"),
            self.tr("Amount"),
        )
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setRowCount(len(order.lines))
        for row, order_line in enumerate(order.lines):
            price = (
                f"{formatting.money(order_line.unit_cost, order.currency)} / "
                f"{unit(order_line.unit)}"
                if order_line.unit_cost is not None
                else ""
            )
            cost = order_line.cost
            cells = (
                str(order_line.line_no),
                order_line.what_in(current_language()),
                order_line.for_whom,
                # A draft's quantity is typed over: the number alone (its unit in the tip).
                formatting.trimmed(order_line.quantity_units)
                if draft
                else amount(order_line.quantity, order_line.unit),
                amount(order_line.received, order_line.unit),
                amount(order_line.outstanding, order_line.unit),
                price,
                formatting.money(cost, order.currency) if cost is not None else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                editable = draft and column == QUANTITY_COLUMN
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
                if column == QUANTITY_COLUMN:
                    item.setToolTip(
                        filled(
                            self.tr("In %1; type a new quantity to change it (a draft only)"),
                            unit(order_line.unit),
                        )
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.blockSignals(False)
        if order.lines:
            self.table.selectRow(0)
        total = order.total
        self.total.setText(
            filled(
                self.tr("Total: %1"),
                formatting.money(total, order.currency) if total is not None else "—",
            )
        )
        self.buttons["add"].setEnabled(draft)
        self.buttons["remove"].setEnabled(draft and bool(order.lines))
        self.buttons["send"].setEnabled(draft and bool(order.lines))
        self.buttons["receive"].setEnabled(order.is_open)
        self.buttons["cancel"].setEnabled(order.status in ("draft", "sent", "part_received"))
        self.buttons["close"].setDefault(True)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def selected_line(self) -> int | None:
        row = self.table.currentRow()
        return self.order.lines[row].line_no if 0 <= row < len(self.order.lines) else None

    def _clicked(self, name: str) -> None:
        self.say("")
        if name == "close":
            self.accept()
        elif name == "remove":
            chosen = self.selected_line()
            if chosen is not None:
                self.requested.emit("remove", chosen)
        else:
            self.requested.emit(name, self.order)

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.column() != QUANTITY_COLUMN or not 0 <= item.row() < len(self.order.lines):
            return
        self.say("")
        self.requested.emit("quantity", (self.order.lines[item.row()].line_no, item.text()))

    def refused(self, error: BaseException) -> None:
        """A change refused: said here, the order shown as it is."""
        self.say(error_text(error) if isinstance(error, WardrobeError) else str(error))
        self.set_order(self.order)


class ReceiveDialog(FormDialog):
    """What came for each line still awaited (prefilled with the rest of it); an empty field
    or 0: nothing of that line this time. More than a line awaits is asked about first."""

    def __init__(
        self,
        order: OrderRecord,
        runner: TaskRunner,
        perform: Callable[[dict[int, str], bool], Callable[[], OrderRecord]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Receive a delivery on %1"), order.number), runner, parent)
        self.setObjectName("receiveDialog")
        self.order, self.perform = order, perform
        self.more_than_ordered = False
        self.fields: dict[int, Any] = {}
        heading = QLabel(filled(self.tr("What came from %1, line by line:"), order.supplier), self)
        heading.setWordWrap(True)
        self.form.addRow(heading)
        for order_line in order.lines:
            if order_line.outstanding <= 0:
                continue
            rest = base_to_stock(order_line.outstanding, order_line.unit)
            field = number_field(line(self, line_text(order_line), formatting.trimmed(rest)))
            label = filled(
                self.tr("%1 (%2 still to come)"),
                line_text(order_line),
                amount(order_line.outstanding, order_line.unit),
            )
            title = QLabel(label, self)
            title.setWordWrap(True)
            title.setBuddy(field)
            self.form.addRow(title, field)
            self.fields[order_line.line_no] = field
        self.setMinimumWidth(640)

    def collect(self) -> dict[int, str]:
        wanted = {}
        for line_no, field in self.fields.items():
            text = field.text().strip()
            if text and text not in ("0", "0,0", "0.0"):
                wanted[line_no] = text
        if not wanted:
            first = next(iter(self.fields.values()), None)
            raise Invalid(self.tr("Give what came for at least one line."), first)
        return wanted

    def work(self, values: dict[int, str]) -> Callable[[], OrderRecord]:
        return self.perform(values, self.more_than_ordered)

    def failed(self, error: WardrobeError) -> None:
        if not isinstance(error, MoreThanOrdered) or self.more_than_ordered:
            return
        answer = QMessageBox.question(
            self,
            self.tr("More than ordered"),
            error_text(error) + "\n\n" + self.tr("Take it into stock all the same?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.more_than_ordered = True
            self.show_message("")
            self.submit()


class AddLineDialog(FormDialog):
    """Another material or dancer's pointe shoes on a draft, with the quantity to order."""

    def __init__(
        self,
        order: OrderRecord,
        choices: list[tuple[str, tuple[str, int, str]]],
        runner: TaskRunner,
        perform: Callable[[tuple[str, int], str], Callable[[], OrderRecord]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Add a line to %1"), order.number), runner, parent)
        self.setObjectName("addLineDialog")
        self.perform = perform
        self.item = choice(self, self.tr("Item"), [(label, data) for label, data in choices])
        self.quantity = number_field(line(self, self.tr("Quantity")))
        self.unit = QLabel(self)
        self.item.currentIndexChanged.connect(self._unit)
        self.form.addRow(self.tr("&Item:"), self.item)
        self.form.addRow(self.tr("&Quantity:"), self.quantity)
        self.form.addRow("", self.unit)
        self._unit()
        self.setMinimumWidth(620)
        self.quantity.setFocus()

    def _unit(self) -> None:
        data = self.item.currentData()
        if data is not None:
            self.unit.setText(filled(self.tr("in %1"), unit(data[2])))

    def collect(self) -> tuple[tuple[str, int], str]:
        data = self.item.currentData()
        if data is None:
            raise Invalid(self.tr("There is nothing to add: no material or pointe shoes."))
        text = self.quantity.text().strip()
        if not text:
            raise Invalid(self.tr("Give the quantity to order."), self.quantity)
        return (data[0], data[1]), text

    def work(self, values: tuple[tuple[str, int], str]) -> Callable[[], OrderRecord]:
        return self.perform(*values)
