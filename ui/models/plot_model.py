"""The costume plot as a table: roles (or one cast's dancers) down, parts across, the look worn
in each cell; a change of look is bold and marked, a part a role is not in shows a dash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from wardrobe.records import CastRecord, Plot

from ..text.language import filled

Index = QModelIndex | QPersistentModelIndex


class PlotModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plot: Plot | None = None
        self.rows: list[tuple[int, str]] = []  # (role id, what the row says)
        self.dancers: list[int | None] = []  # each row's dancer, when one cast is shown
        self._bold = QFont()
        self._bold.setBold(True)

    def set_plot(self, plot: Plot | None, cast: int | None = None) -> None:
        self.beginResetModel()
        self.plot = plot
        if plot is None:
            self.rows, self.dancers = [], []
        elif cast is None:
            self.rows, self.dancers = list(plot.roles), [None] * len(plot.roles)
        else:
            self.rows = [(c.role_id, self._cast_row(c)) for c in plot.casts]
            self.dancers = [c.dancer_id for c in plot.casts]
        self.endResetModel()

    def _cast_row(self, cast: CastRecord) -> str:
        """ "Odette — Léonore Baulac (double of Aurélie Dupont)"."""
        said = f"{cast.role} — {cast.dancer}"
        if cast.alternate:
            said = filled(self.tr("%1 (alternate)"), said)
        if cast.double_of:
            said = filled(self.tr("%1 (double of %2)"), said, cast.double_of)
        return said

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.plot is None else len(self.plot.parts)

    def cell(self, index: Index) -> tuple[int, int] | None:
        """(role id, part id) of a cell."""
        if not index.isValid() or self.plot is None:
            return None
        return self.rows[index.row()][0], self.plot.parts[index.column()].id

    def dancer(self, index: Index) -> int | None:
        """The dancer of a cell's row (one cast shown), else None."""
        return self.dancers[index.row()] if index.isValid() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.cell(index)
        if found is None or self.plot is None:
            return None
        look = self.plot.cells.get(found)
        if role == Qt.ItemDataRole.DisplayRole:
            if look is None:
                return "—"
            return ("▸ " if look[1] else "") + look[0]
        if role == Qt.ItemDataRole.FontRole and look is not None and look[1]:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and look is None:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.rows[section][1] if section < len(self.rows) else None
        if self.plot is None or section >= len(self.plot.parts):
            return None
        part = self.plot.parts[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{part.label} {part.title}".strip()
        return f"{part.label}\n{part.title}" if part.title else part.label
