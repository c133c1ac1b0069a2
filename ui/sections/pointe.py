"""The Pointe shoes section: each dancer's specification with pairs on hand and weeks left."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from wardrobe.records import PointeSpecRecord

from ..models import columns, paged_model
from ..models.paged_model import PagedTableModel
from ..runtime.context import AppContext
from ..text.icons import icon
from .list_page import ListPage
from .list_section import ListSection


class PointeSection(ListSection):
    name = "pointe"
    record_type = PointeSpecRecord
    widths = {0: 170, 1: 330, 2: 95, 3: 70, 4: 85, 5: 80, 6: 110}

    def __init__(self, ctx: AppContext, parent_widget: QWidget, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.model = PagedTableModel(
            ctx.db, paged_model.POINTE, columns.POINTE, warning=columns.pointe_is_low, parent=self
        )
        self.model.set_warning_icon(icon("alert"))
        hint = self.tr("Filter: dancer, maker, size or supplier")
        self.page = ListPage(self.name, self.model, ctx.settings, hint, parent_widget)
        self._connect()

    def title(self) -> str:
        return self.tr("&Pointe shoes")
