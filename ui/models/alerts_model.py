"""Alerts as a tree model: company, then supplier with its order total, then each alert."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from wardrobe.records import Alert, LoanRecord
from wardrobe.store.database import Database

from ..text import formatting
from ..text.alert_text import describe, to_order
from ..text.icons import icon
from ..text.language import current_language

ALERT_ROLE = Qt.ItemDataRole.UserRole + 10
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
HEADERS = ("What", "For", "Why", "To order", "Cost")
Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class _Node:
    texts: tuple[str, ...]
    level: int  # 0 company, 1 supplier, 2 alert
    parent: _Node | None = None
    alert: Alert | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: _Node) -> _Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


def alert_tree(alerts: list[Alert]) -> _Node:
    """The rows of the alerts, texts formatted: safe to build off the GUI thread."""
    root = _Node((), -1)
    no_supplier = QCoreApplication.translate("AlertsPage", "No supplier set")
    for company in sorted({a.company for a in alerts}):
        head = root.add(_Node((company, "", "", "", ""), 0))
        from wardrobe.services.alerts import by_supplier  # loaded with the alerts

        for group in by_supplier([a for a in alerts if a.company == company]):
            total = ", ".join(formatting.money(v, k) for k, v in sorted(group.totals.items()))
            supplier = head.add(_Node((group.supplier or no_supplier, "", "", "", total), 1))
            for alert in group.alerts:
                cost = (
                    ""
                    if alert.covered_by_orders
                    else formatting.money(alert.order_cost, alert.currency)
                )
                what = alert.what_in(current_language())
                texts = (what, alert.for_whom, describe(alert), to_order(alert), cost)
                supplier.add(_Node(texts, 2, alert=alert))
    return root


class AlertsModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._root = _Node((), -1)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_alerts(self, alerts: list[Alert], tree: _Node | None = None) -> None:
        """``tree``: the alerts' rows, when a background job built them already."""
        self.beginResetModel()
        self._root = tree if tree is not None else alert_tree(alerts)
        self.endResetModel()

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    # -- Qt's side -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole and node.level == 2 and column in (0, 2):
            return node.texts[column]
        if role == ALERT_ROLE:
            return node.alert
        if role == Qt.ItemDataRole.FontRole and node.level < 2 and column in (0, 4):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and node.alert is not None:
            return icon("pointe" if node.alert.kind == "pointe" else "material")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("AlertsPage", HEADERS[section])
        return None


@dataclass(frozen=True)
class LoadedAlerts:
    alerts: list[Alert]
    tree: _Node  # the alerts page's rows, formatted off the GUI thread
    overdue: tuple[LoanRecord, ...] = ()  # loans past their due date


def load_alerts(db: Database) -> LoadedAlerts:
    """Runs on the worker: the alerts, the rows that show them, the overdue loans."""
    from datetime import date

    from wardrobe.services.alerts import compute_alerts  # on the worker, after the window
    from wardrobe.services.loans import list_loans

    found = compute_alerts(db)
    overdue = tuple(list_loans(db, overdue_on=date.today()))
    return LoadedAlerts(found, alert_tree(found), overdue)
