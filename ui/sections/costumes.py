"""The Costumes section: every item, a page at a time, filtered and sorted in SQL."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from wardrobe.records import CostumeRecord

from ..models import columns, paged_model
from ..models.paged_model import PagedTableModel
from ..runtime.context import AppContext
from ..text.icons import icon
from .list_page import ListPage
from .list_section import ListSection


class CostumesSection(ListSection):
    name = "costumes"
    record_type = CostumeRecord
    widths = {0: 125, 1: 250, 2: 80, 3: 55, 4: 170, 5: 140}

    def __init__(self, ctx: AppContext, parent_widget: QWidget, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.model = PagedTableModel(
            ctx.db,
            paged_model.COSTUMES,
            columns.COSTUMES,
            warning=columns.costume_needs_attention,
            parent=self,
        )
        self.model.set_warning_icon(icon("alert"))
        hint = self.tr("Filter: type any part of a tag, name, production, role or colour")
        self.page = ListPage(self.name, self.model, ctx.settings, hint, parent_widget)
        self._connect()

    def title(self) -> str:
        return self.tr("&Costumes")

    def _saved(self, record: object) -> None:
        if isinstance(record, CostumeRecord):
            self.ctx.bus.catalogue_changed.emit()  # a save may have added a production or place
        super()._saved(record)
