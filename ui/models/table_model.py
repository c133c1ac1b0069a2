"""A table of plain records with fixed columns, a native sort role and accent-free filtering."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon

from wardrobe.language.folding import fold_cached, search_tokens
from wardrobe.store.sorting import key as reading_order

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header (translated in context "Columns"), text and native sort value."""

    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    numeric: bool = False


def fold_rows(columns: Sequence[Column], records: Sequence[Any]) -> list[str]:
    """Each row's text as the filter compares it; safe to run off the GUI thread."""
    return [" ".join(fold_cached(column.text(record)) for column in columns) for record in records]


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], Any] = lambda record: record.id,
        warning: Callable[[Any], bool] | None = None,
        parent=None,  # noqa: ANN001
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._key = key
        self._warning = warning
        self._records: list[Any] = []
        self._folded: list[str] = []
        self._warning_icon = QIcon()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        # A picture for a cell, (record, column) -> QPixmap or None (the costumes' photos).
        self.decoration: Callable[[Any, int], Any] | None = None

    # -- contents ------------------------------------------------------------------------
    def set_records(self, records: Sequence[Any], folded: Sequence[str] | None = None) -> None:
        """``folded``: the rows' filter texts, when a background job made them already."""
        self.beginResetModel()
        self._records = list(records)
        self._folded = list(folded) if folded is not None else fold_rows(self._columns, records)
        if self._sort_column >= 0:
            self._sort_in_place()
        self.endResetModel()

    # -- sorting, in Python with native keys: Qt's proxy would call data() n log n times -----
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = {self._key(r): row for row, r in enumerate(self._records)}
        self._sort_column, self._sort_order = column, order
        self._sort_in_place()
        new_rows = {self._key(r): row for row, r in enumerate(self._records)}
        by_old = {old: new_rows[key] for key, old in old_rows.items()}
        for index in self.persistentIndexList():
            row = by_old.get(index.row(), index.row())
            self.changePersistentIndex(index, self.index(row, index.column()))
        self.layoutChanged.emit()

    def _sort_in_place(self) -> None:
        column = self._columns[self._sort_column]
        key = column.sort or (lambda r: reading_order(column.text(r)))
        order = sorted(
            range(len(self._records)),
            key=lambda i: key(self._records[i]),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        self._records = [self._records[i] for i in order]
        self._folded = [self._folded[i] for i in order]

    def update_record(self, record: Any) -> bool:
        """Replaces one record in place (same key); False when it is not in the table."""
        key = self._key(record)
        for row, current in enumerate(self._records):
            if self._key(current) == key:
                self._records[row] = record
                self._folded[row] = self._fold(record)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                return True
        return False

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def row_of(self, key: Any) -> int:
        for row, current in enumerate(self._records):
            if self._key(current) == key:
                return row
        return -1

    def folded(self, row: int) -> str:
        return self._folded[row]

    def set_warning_icon(self, icon: QIcon) -> None:
        self._warning_icon = icon

    def _fold(self, record: Any) -> str:
        return fold_rows(self._columns, [record])[0]

    # -- Qt's side -------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        record = self.record(index.row())
        if record is None:  # its page is on its way
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else reading_order(column.text(record))
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and self.decoration is not None:
            picture = self.decoration(record, index.column())
            if picture is not None:
                return picture
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.column() == 0
            and self._warning is not None
            and self._warning(record)
        ):
            return self._warning_icon
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return QCoreApplication.translate("Columns", self._columns[section].header)
        return None


class RecordFilterProxy(QSortFilterProxyModel):
    """Keeps rows holding every typed word, accents optional; sorting is the source's job."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._tokens: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        assert isinstance(source, RecordTableModel)
        source.sort(column, order)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._tokens = search_tokens(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        if not self._tokens:
            return True
        source = self.sourceModel()
        assert isinstance(source, RecordTableModel)
        folded = source.folded(source_row)
        return all(token in folded for token in self._tokens)


class DatabaseListProxy(QIdentityProxyModel):
    """For a list the database filters and sorts itself: rows pass straight through (in
    C++, so that a hundred thousand rows are not each asked about in Python)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_query(self, text: str) -> None:
        self.sourceModel().set_query(text)  # type: ignore[attr-defined]
