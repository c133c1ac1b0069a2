"""The nine sections as tabs, in the order Alt+1 … Alt+9 reach them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from ..runtime.context import AppContext
from ..sections.alerts import AlertsSection
from ..sections.builds import BuildsSection
from ..sections.calls import CallsSection
from ..sections.costumes import CostumesSection
from ..sections.dancers import DancersSection
from ..sections.materials import MaterialsSection
from ..sections.orders import OrdersSection
from ..sections.pointe import PointeSection
from ..sections.productions import ProductionsSection
from ..text.icons import icon

ORDER = (
    "costumes",
    "dancers",
    "pointe",
    "materials",
    "alerts",
    "orders",
    "productions",
    "calls",
    "builds",
)
ICONS = (
    "costume",
    "dancer",
    "pointe",
    "material",
    "alert",
    "receive",
    "print",
    "calendar",
    "scissors",
)
SECTION_KEY = "window/section"


class Sections(QObject):
    def __init__(self, ctx: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.costumes = CostumesSection(ctx, parent_widget, self)
        self.dancers = DancersSection(ctx, parent_widget, self)
        self.pointe = PointeSection(ctx, parent_widget, self)
        self.materials = MaterialsSection(ctx, parent_widget, self)
        self.alerts = AlertsSection(ctx, parent_widget, self)
        self.orders = OrdersSection(ctx, parent_widget, self)
        self.productions = ProductionsSection(ctx, parent_widget, self)
        self.calls = CallsSection(ctx, parent_widget, self)
        self.builds = BuildsSection(ctx, parent_widget, self)
        self.lists = (self.costumes, self.dancers, self.pointe, self.materials)
        self.tabs = QTabWidget(parent_widget)
        self.tabs.setObjectName("sections")
        self.tabs.setDocumentMode(True)
        shown: tuple[Any, ...] = (
            *self.lists,
            self.alerts,
            self.orders,
            self.productions,
            self.calls,
            self.builds,
        )
        for section, icon_name in zip(shown, ICONS, strict=True):
            self.tabs.addTab(section.widget, icon(icon_name), section.title())
        self.tabs.currentChanged.connect(self._shown)

    def _shown(self, index: int) -> None:
        if ORDER[index] == "productions":
            self.productions.shown()
        elif ORDER[index] == "calls":
            self.calls.shown()
        elif ORDER[index] == "builds":
            self.builds.shown()

    def current_name(self) -> str:
        return ORDER[self.tabs.currentIndex()]

    def show(self, name: str) -> None:
        self.tabs.setCurrentIndex(ORDER.index(name))

    def counts(self) -> tuple[int, int, int, int]:
        a, b, c, d = (section.count() for section in self.lists)
        return a, b, c, d

    def refresh(self) -> None:
        """Alerts first (they are what staff look for on opening), then the lists."""
        self.alerts.refresh()
        for section in self.lists:
            section.refresh()
        self.orders.refresh()
        self.productions.refresh()
        self.calls.refresh()
        self.builds.refresh()

    def restore_state(self) -> None:
        for section in (*self.lists, self.orders):
            section.restore_state()
        saved = self.ctx.settings.value(SECTION_KEY, "")
        if saved in ORDER:
            self.show(str(saved))

    def capture(self) -> dict:
        """What the user is looking at: the section, each list's filter and selected row."""
        lists = {
            section.name: (section.filter_text(), section.current_key()) for section in self.lists
        }
        return {"section": self.current_name(), "lists": lists}

    def apply(self, kept: dict) -> None:
        """Puts back what ``capture`` kept, once the lists are read."""
        self.show(kept["section"])
        for section in self.lists:
            text, key = kept["lists"].get(section.name, ("", None))
            section.set_filter_text(text)
            section.select_when_read(key)

    def save_state(self) -> None:
        for section in (*self.lists, self.orders):
            section.save_state()
        self.ctx.settings.setValue(SECTION_KEY, self.current_name())
