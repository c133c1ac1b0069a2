"""The commands whose meaning depends on the section shown: Ctrl+N, Ctrl+E, Ctrl+H, an alert
opened, new measurements, pointe shoes issued from the dancer's view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from wardrobe.records import Alert, CostumeRecord

from ..actions.costume_actions import CostumeActions
from ..actions.dancer_actions import DancerActions
from ..actions.stock_actions import StockActions
from ..operations import items
from ..runtime.context import AppContext
from .scan_flow import ScanFlow
from .sections import Sections


class SectionCommands(QObject):
    def __init__(
        self,
        ctx: AppContext,
        sections: Sections,
        scan_flow: ScanFlow,
        costume_actions: CostumeActions,
        stock_actions: StockActions,
        dancer_actions: DancerActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.sections, self.scan_flow = ctx, sections, scan_flow
        self.costume_actions = costume_actions
        self.stock_actions = stock_actions
        self.dancer_actions = dancer_actions
        self.chart_actions: Any = None
        scan_flow.empty_enter.connect(self.open_selected)

    def open_scanned(self, record: CostumeRecord) -> None:
        """A scanned tag's item: shown in Costumes and opened."""
        self.sections.show("costumes")
        self.sections.costumes.show_record(record.id)
        self.costume_actions.open_item(record)

    def open_selected(self) -> None:
        """Ctrl+E: the selected row of the list shown; from the scan field, the item scanned
        last (else the selected one)."""
        name = self.sections.current_name()
        last = self.scan_flow.last
        if last is not None and (self.scan_flow.field.hasFocus() or name == "alerts"):
            self.open_scanned(last)
            return
        if name == "alerts":
            return
        section = getattr(self.sections, name)
        if section.current() is not None:
            section.open_requested.emit(section.current())
        elif last is not None:
            self.open_scanned(last)
        else:
            self.ctx.say(self.tr("Nothing to open yet: scan or type a tag, or choose a row."))

    def new_in_section(self) -> None:
        if not self.ctx.lists.companies:
            self.ctx.say(self.tr("Set up a company first (File › New company)."), 8000)
            return
        name = self.sections.current_name()
        if name == "dancers":
            self.dancer_actions.new_dancer()
        elif name == "pointe":
            current = self.sections.dancers.current()
            self.stock_actions.new_spec(current.id if current else None)
        elif name == "materials":
            self.stock_actions.new_material()
        else:
            self.costume_actions.new_item()

    def open_alert(self, alert: Alert) -> None:
        """Shows the alert's item in its list and opens it."""
        name = "pointe" if alert.kind == "pointe" else "materials"
        section = getattr(self.sections, name)
        self.sections.show(name)
        if section.show_record(alert.item_id):
            section.page.table.setFocus()
            section.open_requested.emit(section.current())

    def show_history(self) -> None:
        """Ctrl+H: the dancer's history in Dancers, else the item's."""
        if self.sections.current_name() == "dancers":
            self.dancer_actions.history(self.sections.dancers.detail())
        else:
            items.history(self.ctx)

    def new_measurements(self) -> None:
        self.sections.show("dancers")
        self.dancer_actions.new_measurements(self.sections.dancers.detail())

    def issue_for_shown_dancer(self) -> None:
        detail = self.sections.dancers.detail()
        spec = next((s for s in detail.pointe if s.active), None) if detail else None
        if spec is not None:
            self.stock_actions.issue_pairs(spec)

    def chart(self) -> None:
        """The use chart of what the section shows selected: a dancer (her pointe shoes), a
        specification, a material."""
        name = self.sections.current_name()
        if name == "dancers":
            dancers = self.sections.dancers
            self.chart_actions.chart(dancers.current(), dancers.detail())
        elif name in ("pointe", "materials"):
            self.chart_actions.chart(getattr(self.sections, name).current())
        else:
            self.chart_actions.chart(None)

    def orders_drafted(self) -> None:
        self.sections.orders.refresh()
        self.sections.show("orders")

    def stock_moved(self) -> None:
        """A delivery, an order sent or cancelled, a count finished: what shows it is read
        again (the alerts, the stock lists, the orders, the costumes moved or missing)."""
        sections = self.sections
        self.ctx.bus.stock_changed.emit()
        for section in (sections.materials, sections.pointe, sections.orders, sections.costumes):
            section.refresh()
