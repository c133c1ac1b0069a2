"""A date's call back in at the desk: what went out, not back first; each piece scanned back
(whatever has the focus) is ticked in the condition it went out unless another is chosen; a
damage typed before a scan goes with that piece (its repair is opened); tights and leotards
are said to go to the laundry; what a scan did said at once in colour, a wrong one aloud."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..text import formatting
from ..text.labels import word
from ..text.language import current_language, filled
from .scan_dialog import AGAIN, DONE, WRONG, ScanDialog

if TYPE_CHECKING:
    from wardrobe.records import EventRecord
    from wardrobe.services.call_returns import BackIn, OutRow

COLOURS = {"back": DONE, "again": AGAIN}  # anything else: wrong, in red


class BackInDialog(ScanDialog):
    """``requested("scan", (tag, condition or None, damage))``: the opener takes it in and
    hands back ``show_back``. Scans reach ``take_scan`` whatever has the focus."""

    def __init__(
        self, event: EventRecord, rows: tuple[OutRow, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__("back", self.tr("Scan each piece as it comes back."), parent)
        self.setObjectName("backInDialog")
        self.setWindowTitle(
            filled(
                self.tr("Back in: %1, %2, %3"),
                event.production,
                word(event.kind),
                formatting.wall_clock(event.starts_at),
            )
        )
        self.items: dict[str, QTreeWidgetItem] = {}
        self.condition = QComboBox(self)
        self.condition.setObjectName("backCondition")
        self.condition.addItem(self.tr("as it went out"), None)
        for condition in ("good", "needs_repair"):
            self.condition.addItem(word(condition), condition)
        self.damage = QLineEdit(self)
        self.damage.setObjectName("backDamage")
        self.damage.setPlaceholderText(self.tr("What is damaged, typed before its scan"))
        self.count = QLabel(self)
        self.count.setObjectName("backCount")
        self.list = QTreeWidget(self)
        self.list.setObjectName("backList")
        self.list.setAccessibleName(self.tr("What went out, not back first"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Back"), self.tr("Tag"), self.tr("Piece"), self.tr("Out with")]
        )
        self.show_rows(rows)
        close = QPushButton(self.tr("C&lose (what is back is kept)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Condition:"), self.condition)
        form.addRow(self.tr("Damage:"), self.damage)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.field)
        layout.addWidget(self.last)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.resize(900, 600)
        self.field.setFocus()

    def show_rows(self, rows: tuple[OutRow, ...]) -> None:
        """What went out as it is now (a return taken back by Edit › Undo, another desk's)."""
        for row in rows:
            item = self.items.get(row.tag)
            if item is None:
                item = self.items[row.tag] = QTreeWidgetItem(self.list)
            back = row.back_at is not None
            state = ""
            if row.damage:
                state = self.tr(" (damaged)")
            elif row.washed:
                state = self.tr(" (to the laundry)")
            texts = ["✓" if back else "", row.tag, row.name + state, row.dancer]
            for column, text in enumerate(texts):
                item.setText(column, text)
                item.setForeground(column, QBrush(Qt.GlobalColor.gray) if back else QBrush())
            item.setData(0, Qt.ItemDataRole.UserRole, back)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        done = sum(1 for item in self.items.values() if item.data(0, Qt.ItemDataRole.UserRole))
        self.count.setText(filled(self.tr("%1 of %2 back"), str(done), str(len(self.items))))

    # -- scans ------------------------------------------------------------------------------
    def take_scan(self, tag: str) -> None:
        """A scan while this dialog is on top: the piece comes back."""
        damage = self.damage.text().strip()
        self.damage.clear()
        self.requested.emit("scan", (tag, self.condition.currentData(), damage))

    def show_back(self, back: BackIn) -> None:
        self.say(back.said.say(current_language()), COLOURS.get(back.kind, WRONG))
        item = self.items.get(back.tag)
        if item is not None:
            self.list.setCurrentItem(item)
            self.list.scrollToItem(item)
        self.field.setFocus()
