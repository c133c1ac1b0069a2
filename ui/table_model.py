"""A table of plain records with fixed columns, a native sort role and accent-free filtering."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QIcon

from wardrobe.text import fold, search_tokens

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

    # -- contents ------------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._folded = [self._fold(r) for r in self._records]
        self.endResetModel()

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
        return fold(" ".join(column.text(record) for column in self._columns))

    # -- Qt's side -------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.text(record).casefold()
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
    """Sorts by native values; keeps rows holding every typed word, accents optional."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._tokens: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

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
