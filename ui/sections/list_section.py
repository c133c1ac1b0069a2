"""What the four list sections share: a list page over its model, its saved columns, its
reloads on the worker, and the records of its own kind taken from the change bus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..models.paged_model import PagedTableModel
from ..models.table_model import RecordTableModel
from ..runtime.bus import Changes
from ..runtime.context import AppContext
from .list_page import ListPage


class ListSection(QObject):
    """Subclasses set ``name``, ``record_type`` and ``widths``, and build ``model`` and
    ``page`` before calling ``_connect()``. ``open_requested(record)``: a row opened.
    ``count_changed``: the number of rows shown changed."""

    name = ""
    record_type: type = object
    widths: dict[int, int] = {}
    open_requested = Signal(object)
    count_changed = Signal()

    model: RecordTableModel
    page: ListPage

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def _connect(self) -> None:
        self._pending: Any = None
        if isinstance(self.model, PagedTableModel):
            self.model.runner = self.ctx.runner
            self.model.reader = self.ctx.reader
        self.model.modelReset.connect(self._select_pending)
        self.page.activated.connect(self.open_requested)
        self.model.modelReset.connect(self.count_changed)
        self.model.rowsInserted.connect(self.count_changed)
        self.ctx.bus.changed.connect(self._changed)

    @property
    def widget(self) -> QWidget:
        return self.page

    # -- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        model = self.model
        if isinstance(model, PagedTableModel):
            self.ctx.runner.run(model.ids_query(), model.apply_ids)

    def _changed(self, changes: Changes) -> None:
        """Its kind read again where no record says what changed; else each saved record
        of its kind shown in its row, or added where it sorts, and selected."""
        if self.name in changes.kinds:
            self.refresh()
            return
        for record in changes.records:
            self._saved(record)

    def _saved(self, record: Any) -> None:
        if not isinstance(record, self.record_type):
            return
        if self.model.update_record(record):
            self.page.select_key(self.model._key(record))
            return
        self.added(record)

    def added(self, record: Any) -> None:
        """A record this list does not show yet: read the ids again (where it sorts), then
        select it."""
        model = self.model
        if not isinstance(model, PagedTableModel):
            self.page.set_records([*model.records(), record])
            self.page.select_key(model._key(record))
            return
        key = model._key(record)

        def apply(listed: Any) -> None:
            model.apply_ids(listed)
            self.page.select_key(key)

        self.ctx.runner.run(model.ids_query(), apply, owner=self)

    def select_when_read(self, key: Any) -> None:
        """Selects the row of ``key`` once the list has been read (again)."""
        self._pending = key

    def _select_pending(self) -> None:
        if self._pending is not None and self.page.select_key(self._pending):
            self._pending = None

    # -- what it holds ---------------------------------------------------------------------
    def current_key(self) -> Any:
        current = self.current()
        return None if current is None else self.model._key(current)

    def count(self) -> int:
        return self.model.rowCount()

    def current(self) -> Any:
        return self.page.current_record()

    def selected(self) -> list[Any]:
        return self.page.selected_records()

    def show_record(self, key: Any) -> bool:
        """Selects the row of ``key``; one the filter hides is shown once the filter is off."""
        if self.page.select_key(key):
            return True
        if self.page.filter.text():
            self._pending = key
            self.page.filter.clear()
            self.page.apply_filter_now()
        return False

    # -- what it remembers -----------------------------------------------------------------
    def restore_state(self) -> None:
        self.page.restore_columns(self.widths)

    def save_state(self) -> None:
        self.page.save_columns()

    def filter_text(self) -> str:
        return self.page.filter.text()

    def set_filter_text(self, text: str) -> None:
        self.page.filter.setText(text)
        self.page.apply_filter_now()
