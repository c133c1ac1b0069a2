"""The Tulle and materials section: a few dozen rows, kept whole and filtered in memory."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from wardrobe.records import MaterialRecord

from ..models import columns
from ..models.table_model import RecordTableModel, fold_rows
from ..runtime.context import AppContext
from ..runtime.core import stock
from ..text.icons import icon
from .list_page import ListPage
from .list_section import ListSection


def _read(db):  # noqa: ANN001, ANN202 - runs on the worker
    materials = stock.list_materials(db)
    return materials, fold_rows(columns.MATERIALS, materials)


class MaterialsSection(ListSection):
    name = "materials"
    record_type = MaterialRecord
    widths = {0: 260, 1: 100, 2: 80, 3: 70, 4: 90, 5: 90, 6: 90}

    def __init__(self, ctx: AppContext, parent_widget: QWidget, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.model = RecordTableModel(
            columns.MATERIALS, warning=columns.material_is_low, parent=self
        )
        self.model.set_warning_icon(icon("alert"))
        hint = self.tr("Filter: name, kind, colour or supplier")
        self.page = ListPage(self.name, self.model, ctx.settings, hint, parent_widget)
        self._connect()

    def title(self) -> str:
        return self.tr("&Tulle and materials")

    def refresh(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run(lambda: _read(db), self._loaded)

    def _loaded(self, read: tuple) -> None:
        materials, folded = read
        self.ctx.lists.materials = materials
        self.page.set_records(materials, folded)

    def _saved(self, record: object) -> None:
        super()._saved(record)
        if isinstance(record, MaterialRecord):
            self.ctx.lists.materials = self.model.records()
