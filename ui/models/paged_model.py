"""A list straight from the database: the matching ids in order (filter and sort in SQL),
rows read a page at a time into a bounded cache, so memory does not grow with the inventory
and the first screen shows at once. Costumes, dancers and pointe shoes are shown this way."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from wardrobe.domain import list_sort_keys
from wardrobe.store.database import Database

from ..runtime.core import costume_pages, dancer_pages
from .table_model import Column, RecordTableModel

PAGE = 200
PAGES_KEPT = 40  # 8,000 rows in memory at most
FIRST_PAGES = 2  # read with the ids: the first screen (and the next) show at once


@dataclass(frozen=True)
class Listed:
    """A list as read on the worker: the matching ids in order, and the first pages' rows."""

    ids: list[int]
    first: list[Any]


@dataclass(frozen=True)
class ListSource:
    """Where a paged list reads from: its sort keys (one per column, in column order), the
    ids matching a query in order, the records of some ids, and a row's key (its id)."""

    orders: tuple[str, ...]
    ids: Callable[[Database, str, str, bool], list[int]]
    records: Callable[[Database, list[int]], list[Any]]
    key: Callable[[Any], Any]


COSTUMES = ListSource(
    list_sort_keys.COSTUMES,
    lambda *a: costume_pages.ordered_ids(*a),
    lambda *a: costume_pages.records_by_ids(*a),
    key=lambda r: r.id,
)
DANCERS = ListSource(
    list_sort_keys.DANCERS,
    lambda *a: dancer_pages.dancer_ids(*a),
    lambda *a: dancer_pages.dancers_by_ids(*a),
    key=lambda r: r.id,
)
POINTE = ListSource(
    list_sort_keys.POINTE,
    lambda *a: dancer_pages.pointe_ids(*a),
    lambda *a: dancer_pages.pointe_by_ids(*a),
    key=lambda r: r.id,
)


class PagedTableModel(RecordTableModel):
    def __init__(
        self,
        db: Database,
        source: ListSource,
        columns: Sequence[Column],
        warning: Callable[[Any], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, key=source.key, warning=warning, parent=parent)
        # A sort key a column; a column past them (the photos) is not sorted on.
        assert len(columns) >= len(source.orders)
        self.db = db
        self.source = source
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._query = ""
        self._order = (source.orders[0], False)
        self.loaded = False  # until then, sorting only remembers the order
        # Set by the section: a new filter or order is then read on the worker, and only the
        # newest answer is shown.
        self.runner: Any = None
        self._asked = 0
        # Set by the section too: pages are then read on this (read-only) worker and shown as
        # they arrive, so the GUI thread never waits on the database while scrolling.
        self.reader: Any = None
        self._asking: set[int] = set()
        self._listed = 0  # counts the lists read, so a page of an older one is dropped
        self._fresh: dict[int, Any] = {}  # records saved here since the list was read

    # -- what is shown -------------------------------------------------------------------
    def ids_query(self) -> Callable[[], Listed]:
        """The query for the ids and the first pages' rows, to run on the worker (see
        apply_ids): the first screen shows at once, never blank."""
        db, query, order, source = self.db, self._query, self._order, self.source

        def read() -> Listed:
            ids = source.ids(db, query, *order)
            first = ids[: PAGE * FIRST_PAGES]
            return Listed(ids, source.records(db, first) if first else [])

        return read

    def reload(self) -> None:
        if self.runner is None:
            self.apply_ids(self.ids_query()())
            return
        self._asked += 1
        asked = self._asked

        def answered(listed: Listed) -> None:
            if asked == self._asked:
                self.apply_ids(listed)

        self.runner.run(self.ids_query(), answered, owner=self)

    def apply_ids(self, listed: Listed) -> None:
        ids = listed.ids
        self.loaded = True
        self._listed += 1
        self._asking.clear()
        self._fresh.clear()
        self.beginResetModel()
        self._ids = ids
        self._rows = {item_id: row for row, item_id in enumerate(ids)}
        self._pages.clear()
        for page_number in range(FIRST_PAGES):
            page = self._page_of(self._page_ids(page_number), listed.first)
            if page:
                self._keep_page(page_number, page)
        self.endResetModel()

    def set_query(self, text: str) -> None:
        if text != self._query:
            self._query = text
            if self.loaded:
                self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.source.orders):
            self._order = (self.source.orders[column], order == Qt.SortOrder.DescendingOrder)
            if self.loaded:
                self.reload()

    def set_records(self, records: Sequence[Any], folded: Sequence[str] | None = None) -> None:
        """The database is the list: read it again."""
        self.reload()

    # -- rows ----------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: ANN001, N802
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def record(self, row: int) -> Any:
        """The record of a row, or None while its page is being read (the view is told when
        it arrives). Without a reader the page is read at once (benchmarks, scripts)."""
        page_number = row // PAGE
        page = self._pages.get(page_number)
        if page is not None:
            self._pages.move_to_end(page_number)
            return page[row % PAGE]
        if self.reader is not None:
            self._ask_page(page_number)
            return None
        ids = self._page_ids(page_number)
        page = self._page_of(ids, self.source.records(self.db, ids))
        if page is None:  # an item deleted meanwhile: read the list again
            self.reload()
            return self.record(min(row, len(self._ids) - 1)) if self._ids else None
        self._keep_page(page_number, page)
        return page[row % PAGE]

    def _page_ids(self, page_number: int) -> list[int]:
        return self._ids[page_number * PAGE : (page_number + 1) * PAGE]

    def _page_of(self, ids: list[int], records: list[Any]) -> list[Any] | None:
        found = {r.id: r for r in records}
        for item_id, fresh in self._fresh.items():
            if item_id in found and fresh.version >= found[item_id].version:
                found[item_id] = fresh  # saved here after the page was read
        page = [found[i] for i in ids if i in found]
        return page if len(page) == len(ids) else None

    def _keep_page(self, page_number: int, page: list[Any]) -> None:
        self._pages[page_number] = page
        while len(self._pages) > PAGES_KEPT:
            self._pages.popitem(last=False)

    def _ask_page(self, page_number: int) -> None:
        if page_number in self._asking:
            return
        self._asking.add(page_number)
        db, read, ids, listed = (
            self.db,
            self.source.records,
            self._page_ids(page_number),
            self._listed,
        )

        def arrived(records: list[Any]) -> None:
            if listed != self._listed:
                return  # the list was read again meanwhile: its views ask anew
            self._asking.discard(page_number)
            page = self._page_of(ids, records)
            if page is None:
                self.reload()
                return
            self._keep_page(page_number, page)
            first = page_number * PAGE
            self.dataChanged.emit(
                self.index(first, 0), self.index(first + len(page) - 1, self.columnCount() - 1)
            )

        self.reader.run(lambda: read(db, ids), arrived, owner=self)

    def row_of(self, key: Any) -> int:
        return self._rows.get(key, -1)

    def update_record(self, record: Any) -> bool:
        row = self._rows.get(record.id)
        if row is None:
            return False
        self._fresh[record.id] = record
        page = self._pages.get(row // PAGE)
        if page is not None:
            page[row % PAGE] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True
