"""The Dancers section: the list beside one dancer at a glance (measurements, roles,
costumes, pointe shoes, open alterations), read on the worker as the selection moves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSplitter, QWidget

from wardrobe.records import DancerDetail, DancerRecord

from ..models import columns, paged_model
from ..models.paged_model import PagedTableModel
from ..operations import every
from ..operations.dancers import DANCER_WINDOW
from ..runtime.bus import DANCERS, POINTE, Changes
from ..runtime.context import AppContext
from ..runtime.core import dancers
from .dancer_view import DancerView
from .list_page import ListPage
from .list_section import ListSection


class DancersSection(ListSection):
    name = "dancers"
    record_type = DancerRecord
    widths = {0: 190, 1: 120, 2: 180, 3: 60}  # all four in sight beside the dancer view

    def __init__(self, ctx: AppContext, parent_widget: QWidget, parent: QObject | None = None):
        super().__init__(ctx, parent)
        self.model = PagedTableModel(ctx.db, paged_model.DANCERS, columns.DANCERS, parent=self)
        hint = self.tr("Filter: name, rank or company")
        self.splitter = QSplitter(parent_widget)
        self.page = ListPage(self.name, self.model, ctx.settings, hint, self.splitter)
        self.view = DancerView(self.splitter)
        self.splitter.addWidget(self.page)
        self.splitter.addWidget(self.view)
        self.splitter.setSizes([600, 640])
        self.page.current_changed.connect(self.show_dancer)
        self.view.action_requested.connect(lambda key: every.run(ctx, key, self.view.detail))
        self._show_detail(None)
        ctx.bus.reloaded.connect(self._reshow)
        self._connect()

    @property
    def widget(self) -> QWidget:
        return self.splitter

    def title(self) -> str:
        return self.tr("&Dancers")

    def detail(self) -> DancerDetail | None:
        return self.view.detail

    def show_dancer(self, record: DancerRecord | None) -> None:
        if record is None:
            self._show_detail(None)
            return
        db, dancer_id = self.ctx.db, record.id
        self.ctx.runner.run(lambda: dancers.dancer_detail(db, dancer_id), self._detail_loaded)

    def _changed(self, changes: Changes) -> None:
        super()._changed(changes)
        if POINTE in changes.kinds and DANCERS not in changes.kinds:
            self._reshow()  # her pairs moved: the view shows them

    def _show_detail(self, detail: DancerDetail | None) -> None:
        self.view.show_detail(detail)
        self.view.set_buttons(every.window_buttons(self.ctx, DANCER_WINDOW, detail))

    def _reshow(self) -> None:
        self.show_dancer(self.current())

    def _detail_loaded(self, detail: Any) -> None:
        current = self.current()
        if current is None or current.id == detail.dancer.id:
            self._show_detail(detail)

    def _saved(self, record: object) -> None:
        if not isinstance(record, DancerRecord):
            return
        self.ctx.lists.take_dancer(record)
        current = self.current()
        already_shown = current is not None and current.id == record.id
        super()._saved(record)
        if already_shown:
            self.show_dancer(record)  # (selecting another row shows its dancer by itself)
