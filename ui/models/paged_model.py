"""A list straight from the database: the matching ids in order (filter and sort in SQL),
rows read a page at a time into a bounded cache, so memory does not grow with the inventory
and the first screen shows at once. Costumes, dancers and pointe shoes are shown this way."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt

from wardrobe.database import Database
from wardrobe.services import costume_pages, dancer_pages

from .table_model import Column, RecordTableModel

PAGE = 200
PAGES_KEPT = 40  # 8,000 rows in memory at most


@dataclass(frozen=True)
class ListSource:
    """Where a paged list reads from: its sort keys (one per column, in column order), the
    ids matching a query in order, the records of some ids, and a row's key to its id."""

    orders: tuple[str, ...]
    ids: Callable[[Database, str, str, bool], list[int]]
    records: Callable[[Database, list[int]], list[Any]]
    key: Callable[[Any], Any]
    id_of: Callable[[Database, Any], int | None] = lambda _db, key: key


COSTUMES = ListSource(
    costume_pages.ORDERS,
    costume_pages.ordered_ids,
    costume_pages.records_by_ids,
    key=lambda r: r.tag,
    id_of=costume_pages.id_of,
)
DANCERS = ListSource(
    dancer_pages.DANCER_ORDERS,
    dancer_pages.dancer_ids,
    dancer_pages.dancers_by_ids,
    key=lambda r: r.id,
)
POINTE = ListSource(
    dancer_pages.POINTE_ORDERS,
    dancer_pages.pointe_ids,
    dancer_pages.pointe_by_ids,
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
        assert len(columns) == len(source.orders)
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

    # -- what is shown -------------------------------------------------------------------
    def ids_query(self) -> Callable[[], list[int]]:
        """The query for the ids, to run on the worker (see apply_ids)."""
        db, query, order, ids = self.db, self._query, self._order, self.source.ids
        return lambda: ids(db, query, *order)

    def reload(self) -> None:
        if self.runner is None:
            self.apply_ids(self.ids_query()())
            return
        self._asked += 1
        asked = self._asked

        def answered(ids: list[int]) -> None:
            if asked == self._asked:
                self.apply_ids(ids)

        self.runner.run(self.ids_query(), answered, owner=self)

    def apply_ids(self, ids: list[int]) -> None:
        self.loaded = True
        self.beginResetModel()
        self._ids = ids
        self._rows = {item_id: row for row, item_id in enumerate(ids)}
        self._pages.clear()
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
        page_number = row // PAGE
        page = self._pages.get(page_number)
        if page is None:
            ids = self._ids[page_number * PAGE : (page_number + 1) * PAGE]
            found = {r.id: r for r in self.source.records(self.db, ids)}
            page = [found[i] for i in ids if i in found]
            if len(page) != len(ids):  # an item deleted meanwhile: read the list again
                self.reload()
                return self.record(min(row, len(self._ids) - 1))
            self._pages[page_number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[row % PAGE]

    def records(self) -> list[Any]:
        ids, read = self._ids, self.source.records
        return [
            r
            for start in range(0, len(ids), 1000)
            for r in read(self.db, ids[start : start + 1000])
        ]

    def row_of(self, key: Any) -> int:
        item_id = self.source.id_of(self.db, key)
        return -1 if item_id is None else self._rows.get(item_id, -1)

    def update_record(self, record: Any) -> bool:
        row = self._rows.get(record.id)
        if row is None:
            return False
        page = self._pages.get(row // PAGE)
        if page is not None:
            page[row % PAGE] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True
