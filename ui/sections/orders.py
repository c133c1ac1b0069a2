"""The Orders section: every purchase order with its status (draft, sent, part received,
received, cancelled), the open ones marked; a row opens the order. Above the list, drafting
from the alerts, and each supplier's lead time as learned beside the one entered."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wardrobe.records import OrderRecord, SupplierLeadTime

from ..models import columns
from ..models.table_model import RecordTableModel, fold_rows
from ..runtime.context import AppContext
from ..runtime.core import orders
from ..text import formatting
from ..text.icons import icon
from ..text.language import filled
from .list_page import ListPage
from .list_section import ListSection


def _read(db):  # noqa: ANN001, ANN202 - runs on the worker
    found = orders.list_orders(db)
    return found, fold_rows(columns.ORDERS, found), orders.lead_times(db)


class OrdersSection(ListSection):
    name = "orders"
    record_type = OrderRecord
    widths = {0: 130, 1: 200, 2: 120, 3: 60, 4: 110, 5: 100, 6: 100, 7: 200}
    draft_requested = Signal()

    def __init__(self, ctx: AppContext, parent_widget: QWidget, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.model = RecordTableModel(
            columns.ORDERS,
            key=lambda order: order.number,
            warning=columns.order_is_open,
            parent=self,
        )
        self.model.set_warning_icon(icon("receive"))
        hint = self.tr("Filter: number, supplier, status or company")
        self.container = QWidget(parent_widget)
        self.page = ListPage(self.name, self.model, ctx.settings, hint, self.container)
        self.draft = QPushButton(
            icon("new"), self.tr("&Draft orders from the alerts"), self.container
        )
        self.draft.setObjectName("draftOrders")
        self.draft.setAutoDefault(False)
        self.draft.clicked.connect(self.draft_requested)
        self.lead_times = QLabel(self.container)
        self.lead_times.setObjectName("leadTimes")
        self.lead_times.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.draft)
        row.addWidget(self.lead_times, 1)
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.page)
        self._connect()

    @property
    def widget(self) -> QWidget:
        return self.container

    def title(self) -> str:
        return self.tr("&Orders")

    def refresh(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run(lambda: _read(db), self._loaded)

    def _loaded(self, read: tuple) -> None:
        found, folded, times = read
        self.page.set_records(found, folded)
        self.lead_times.setText(self.lead_time_text(times))

    def lead_time_text(self, times: list[SupplierLeadTime]) -> str:
        """ "Lead times learned: Freed of London 21.6 weeks (20 entered, 4 orders) · …"."""
        learned = [t for t in times if t.learned_weeks is not None]
        if not learned:
            return self.tr("Lead times are learned from orders sent and received.")
        parts = [
            filled(
                self.tr("%1 %2 weeks (%3 entered, %n order(s))", "", t.orders),
                t.supplier,
                formatting.number(t.learned_weeks or 0, 1),
                str(t.entered_weeks) if t.entered_weeks is not None else "—",
            )
            for t in learned
        ]
        return filled(self.tr("Lead times learned: %1"), " · ".join(parts))
