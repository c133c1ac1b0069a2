"""The commands whose meaning depends on the section shown: Ctrl+N, Ctrl+E, Ctrl+H, an alert
opened, new measurements, pointe shoes issued from the dancer's view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wardrobe.records import Alert

if TYPE_CHECKING:
    from .main_window import MainWindow


class SectionCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def open_selected(self) -> None:
        """Ctrl+E: the selected row of the list shown; from the scan field, the item scanned
        last (else the selected one)."""
        name = self.w.sections.current_name()
        last = self.w.scan_flow.last
        if last is not None and (self.w.scan.hasFocus() or name == "alerts"):
            self.w._scanned(last)
            return
        if name == "alerts":
            return
        section = getattr(self.w.sections, name)
        if section.current() is not None:
            section.open_requested.emit(section.current())
        elif last is not None:
            self.w._scanned(last)

    def new_in_section(self) -> None:
        if not self.w.ctx.lists.companies:
            self.w.ctx.say(self.w.tr("Set up a company first (File › New company)."), 8000)
            return
        name = self.w.sections.current_name()
        if name == "dancers":
            self.w.dancer_actions.new_dancer()
        elif name == "pointe":
            current = self.w.sections.dancers.current()
            self.w.stock_actions.new_spec(current.id if current else None)
        elif name == "materials":
            self.w.stock_actions.new_material()
        else:
            self.w.costume_actions.new_item()

    def open_alert(self, alert: Alert) -> None:
        """Shows the alert's item in its list and opens it."""
        name = "pointe" if alert.kind == "pointe" else "materials"
        section = getattr(self.w.sections, name)
        self.w.sections.show(name)
        if section.show_record(alert.item_id):
            section.page.table.setFocus()
            section.open_requested.emit(section.current())

    def show_history(self) -> None:
        """Ctrl+H: the dancer's history in Dancers, else the item's."""
        if self.w.sections.current_name() == "dancers":
            self.w.dancer_actions.history(self.w.sections.dancers.detail())
        else:
            self.w.costume_actions.history()

    def new_measurements(self) -> None:
        self.w.sections.show("dancers")
        self.w.dancer_actions.new_measurements(self.w.sections.dancers.detail())

    def issue_for_shown_dancer(self) -> None:
        detail = self.w.sections.dancers.detail()
        spec = next((s for s in detail.pointe if s.active), None) if detail else None
        if spec is not None:
            self.w.stock_actions.issue_pairs(spec)
