"""The Costumes section: every item, a page at a time, filtered and sorted in SQL."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from wardrobe.records import CostumeRecord

from ..models import columns, paged_model
from ..models.paged_model import PagedTableModel
from ..models.thumbnails import SIDE, Thumbnails
from ..runtime.bus import PHOTOS, Changes
from ..runtime.context import AppContext
from ..text.icons import icon
from .list_page import ListPage
from .list_section import ListSection

PHOTOS_KEY = "costumes/photos"


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
        self.thumbnails = Thumbnails(ctx.reader, ctx.db, self)
        self.thumbnails.arrived.connect(self._pictures_arrived)
        self.photos_shown = False
        self._row_height = self.page.table.verticalHeader().defaultSectionSize()
        self.model.decoration = self._photo
        ctx.bus.changed.connect(self._photos_changed)
        self._connect()

    def _photo(self, record: CostumeRecord, column: int) -> object:
        if column != columns.PHOTO_COLUMN or not self.photos_shown:
            return None
        return self.thumbnails.pixmap(record.id)

    def _pictures_arrived(self) -> None:
        rows = self.model.rowCount()
        if rows:
            column = columns.PHOTO_COLUMN
            self.model.dataChanged.emit(
                self.model.index(0, column), self.model.index(rows - 1, column)
            )

    def show_photos(self, shown: bool) -> None:
        """The photo column on or off: first in the row, the rows tall enough for it."""
        self.photos_shown = shown
        table, column = self.page.table, columns.PHOTO_COLUMN
        header = table.horizontalHeader()
        table.setColumnHidden(column, not shown)
        if shown:
            header.moveSection(header.visualIndex(column), 0)
            table.setColumnWidth(column, SIDE + 12)
        rows = table.verticalHeader()
        rows.setDefaultSectionSize(SIDE + 4 if shown else self._row_height)
        self._pictures_arrived()

    def restore_state(self) -> None:
        super().restore_state()
        self._row_height = self.page.table.verticalHeader().defaultSectionSize()
        self.show_photos(bool(self.ctx.settings.value(PHOTOS_KEY, False, type=bool)))

    def save_state(self) -> None:
        self.ctx.settings.setValue(PHOTOS_KEY, self.photos_shown)
        super().save_state()

    def title(self) -> str:
        return self.tr("&Costumes")

    def _photos_changed(self, changes: Changes) -> None:
        if PHOTOS in changes.kinds:
            for item_id in changes.ids:
                self.thumbnails.forget(item_id)
