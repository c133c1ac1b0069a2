"""Low-stock alerts in the window: a banner that cannot be missed, and a page grouped by
company and supplier, each alert opening its item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from wardrobe.records import Alert
from wardrobe.services.alerts import by_supplier

from . import formatting
from .icons import icon

ALERT_ROLE = Qt.ItemDataRole.UserRole + 10
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Pairs(QObject):
    """Plural forms need ``self.tr(text, "", n)``: lupdate sees no plural in translate()."""

    def count(self, n: int) -> str:
        return self.tr("%n pair(s)", "", n)


_pairs = Pairs()


def quantity(base: int, unit: str) -> str:
    if unit == "pairs":
        return _pairs.count(base)
    return formatting.stock(base, unit)


def describe(alert: Alert) -> str:
    """Why an item is low, in the user's language."""
    have = quantity(alert.on_hand, alert.unit)
    if alert.reason == "wont_last_lead_time":
        why = QCoreApplication.translate(
            "Alerts",
            "{have} last {weeks} weeks at {rate} a week; {maker} takes {lead} weeks "
            "(+{margin} weeks margin)",
        ).format(
            have=have,
            weeks=formatting.number(alert.weeks_left or 0, 1),
            rate=formatting.trimmed(alert.pairs_per_week or 0, 1),
            maker=alert.supplier or QCoreApplication.translate("Alerts", "the maker"),
            lead=alert.lead_time_weeks,
            margin=alert.safety_weeks,
        )
    elif alert.reason == "below_minimum_pairs":
        why = QCoreApplication.translate("Alerts", "{have}, below the minimum of {minimum}").format(
            have=have, minimum=alert.minimum
        )
    else:
        why = QCoreApplication.translate(
            "Alerts", "{have} on hand, below the minimum of {minimum}"
        ).format(have=have, minimum=quantity(alert.minimum, alert.unit))
    if alert.on_order:
        why += QCoreApplication.translate("Alerts", "; {amount} already on order").format(
            amount=quantity(alert.on_order, alert.unit)
        )
    return why + "."


def to_order(alert: Alert) -> str:
    if alert.covered_by_orders:
        return QCoreApplication.translate("Alerts", "covered by orders")
    if alert.unit == "pairs":
        return quantity(alert.to_order, "pairs")
    return f"{formatting.trimmed(alert.to_order)} {alert.unit}"


class AlertsBanner(QFrame):
    """One line above the lists: checking, all well, or how many items are low."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("Show alerts"), self)
        self.button.setAccessibleName(self.tr("Show the low-stock alerts"))
        self.button.clicked.connect(self.show_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.set_checking()

    def set_checking(self) -> None:
        self.icon.setPixmap(icon("refresh").pixmap(20, 20))
        self.text.setText(self.tr("Checking stock levels…"))
        self.button.hide()
        self.setProperty("level", "quiet")

    def set_failed(self, message: str) -> None:
        self.icon.setPixmap(icon("alert").pixmap(20, 20))
        self.text.setText(self.tr("Stock levels could not be checked: %1").replace("%1", message))
        self.button.hide()

    def set_alerts(self, alerts: list[Alert]) -> None:
        to_act = [a for a in alerts if not a.covered_by_orders]
        if not alerts:
            self.icon.setPixmap(icon("ok").pixmap(20, 20))
            self.text.setText(
                self.tr(
                    "Nothing is low: every material and every dancer's "
                    "pointe shoes are above their levels."
                )
            )
            self.button.hide()
            self.setStyleSheet("")
            return
        self.icon.setPixmap(icon("alert").pixmap(22, 22))
        companies: dict[str, int] = {}
        for alert in to_act:
            companies[alert.company] = companies.get(alert.company, 0) + 1
        parts = ", ".join(
            self.tr("%1 for %2").replace("%1", str(count)).replace("%2", company)
            for company, count in sorted(companies.items())
        )
        covered = len(alerts) - len(to_act)
        text = self.tr("<b>%n item(s) to order</b>", "", len(to_act))
        if parts:
            text += f" ({parts})"
        if covered:
            text += self.tr("; %n more already covered by orders", "", covered)
        self.text.setText(text + ".")
        self.button.show()
        self.setStyleSheet(
            "#alertsBanner { border: 1px solid #d98a1c; border-left: 5px solid #d98a1c; }"
        )


class AlertsPage(QTreeWidget):
    """Alerts grouped by company and supplier, with what each order costs."""

    open_alert = Signal(object)

    HEADERS = ("What", "For", "Why", "To order", "Cost")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsTree")
        self.setAccessibleName(self.tr("Low-stock alerts"))
        self.setColumnCount(len(self.HEADERS))
        self.setHeaderLabels(
            [self.tr("What"), self.tr("For"), self.tr("Why"), self.tr("To order"), self.tr("Cost")]
        )
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.itemActivated.connect(self._activated)
        self.header().resizeSection(0, 360)
        self.header().resizeSection(1, 160)
        self.header().resizeSection(2, 500)
        self.header().resizeSection(3, 120)

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.clear()
        bold = self.font()
        bold.setBold(True)
        for company in sorted({a.company for a in alerts}):
            mine = [a for a in alerts if a.company == company]
            head = QTreeWidgetItem(self, [company])
            head.setFont(0, bold)
            head.setFirstColumnSpanned(True)
            for group in by_supplier(mine):
                total = ", ".join(formatting.money(v, k) for k, v in sorted(group.totals.items()))
                supplier = group.supplier or self.tr("No supplier set")
                top = QTreeWidgetItem(head, [supplier, "", "", "", total])
                for column in (0, 4):
                    top.setFont(column, bold)
                top.setTextAlignment(4, RIGHT)
                for alert in group.alerts:
                    cost = (
                        ""
                        if alert.covered_by_orders
                        else formatting.money(alert.order_cost, alert.currency)
                    )
                    child = QTreeWidgetItem(
                        top, [alert.what, alert.for_whom, describe(alert), to_order(alert), cost]
                    )
                    child.setIcon(0, icon("pointe" if alert.kind == "pointe" else "material"))
                    child.setToolTip(0, alert.what)
                    child.setToolTip(2, describe(alert))
                    child.setData(0, ALERT_ROLE, alert)
                    child.setTextAlignment(3, RIGHT)
                    child.setTextAlignment(4, RIGHT)
                top.setExpanded(True)
            head.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        alert = item.data(0, ALERT_ROLE)
        if alert is not None:
            self.open_alert.emit(alert)
