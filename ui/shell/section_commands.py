"""The window's commands whose meaning depends on the section shown: Ctrl+N (a new record of
the section's kind), Ctrl+E (the selected row, or the item scanned last), an alert opened."""

from __future__ import annotations

from PySide6.QtCore import QObject

from wardrobe.records import Alert

from ..operations import dancers, item_window, stock
from ..runtime.context import AppContext
from .scan_flow import ScanFlow
from .sections import Sections


class SectionCommands(QObject):
    def __init__(
        self,
        ctx: AppContext,
        sections: Sections,
        scan_flow: ScanFlow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.sections, self.scan_flow = ctx, sections, scan_flow
        scan_flow.empty_enter.connect(self.open_selected)

    def open_selected(self) -> None:
        """Ctrl+E: the selected row of the list shown; from the scan field, the item scanned
        last (else the selected one)."""
        name = self.sections.current_name()
        last = self.scan_flow.last
        if last is not None and (self.scan_flow.field.hasFocus() or name == "alerts"):
            self.scan_flow.open_item(last)
            return
        if name == "alerts":
            return
        section = getattr(self.sections, name)
        if section.current() is not None:
            section.open_requested.emit(section.current())
        elif last is not None:
            self.scan_flow.open_item(last)
        else:
            self.ctx.say(self.tr("Nothing to open yet: scan or type a tag, or choose a row."))

    def new_in_section(self) -> None:
        if not self.ctx.lists.companies:
            self.ctx.say(self.tr("Set up a company first (File › New company)."), 8000)
            return
        name = self.sections.current_name()
        if name == "dancers":
            dancers.new_dancer(self.ctx)
        elif name == "pointe":
            current = self.sections.dancers.current()
            stock.new_spec(self.ctx, current.id if current else None)
        elif name == "materials":
            stock.new_material(self.ctx)
        else:
            item_window.new_item(self.ctx)

    def open_alert(self, alert: Alert) -> None:
        """Shows the alert's item in its list and opens it."""
        name = "pointe" if alert.kind == "pointe" else "materials"
        section = getattr(self.sections, name)
        self.sections.show(name)
        if section.show_record(alert.item_id):
            section.page.table.setFocus()
            section.open_requested.emit(section.current())
