"""An item's or a dancer's history: one line per event, when (local time), who, what."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..text import formatting
from ..text.history_text import HistoryText
from ..text.language import filled

if TYPE_CHECKING:
    from wardrobe.services.history_events import HistoryEvent


class HistoryDialog(QDialog):
    def __init__(
        self,
        title: str,
        events: list[HistoryEvent],
        units: str = "metric",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(filled(self.tr("History of %1"), title))
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("What happened, newest first"))
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        words = HistoryText(units, self)
        self.lines = [
            (formatting.moment(event.at), event.actor, words.sentence(event)) for event in events
        ]
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            for column, text in enumerate(line):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if not events:
            self.table.setRowCount(1)
            self.table.setItem(0, 2, QTableWidgetItem(self.tr("Nothing recorded yet.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 440)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Row heights once the columns have their widths: a short line stays one line high.
        QTimer.singleShot(0, self.table.resizeRowsToContents)
