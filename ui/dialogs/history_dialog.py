"""An item's audit trail: who changed what, when, from what to what."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wardrobe.services.history import AuditRecord

from ..text import formatting
from ..text.labels import word


def _value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return word(value)
    return str(value)


class HistoryDialog(QDialog):
    def __init__(
        self, title: str, records: list[AuditRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of %1").replace("%1", title))
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Changes, newest first"))
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        actions = {
            "created": self.tr("created"),
            "changed": self.tr("changed"),
            "deleted": self.tr("deleted"),
        }
        rows = []
        for record in records:
            if record.action == "changed":
                for field, (before, after) in sorted(record.changes.items()):
                    rows.append((record, field, f"{_value(before)} → {_value(after)}"))
            else:
                rows.append((record, actions.get(record.action, record.action), ""))
        self.table.setRowCount(len(rows))
        for row, (record, what, change) in enumerate(rows):
            for column, text in enumerate(
                (formatting.moment(record.at), record.actor, what, change)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 420)
