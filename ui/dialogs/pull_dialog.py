"""Pulling a date's call at the desk: its pull list in the walking order of the store, each
piece ticked as it is scanned (whatever has the focus), what a scan did said at once in colour
(and with the system's sound when it is wrong: a piece not on the call, another dancer's, the
twin of the one wanted), how many are pulled of how many. Closing keeps the pull for later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
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
    from wardrobe.services.pulls import PullList, PullRow, PullScan

COLOURS = {"pulled": DONE, "again": AGAIN}  # anything else: wrong, in red


class PullDialog(ScanDialog):
    """``requested("scan", (tag, dancer id or None))``: the opener pulls it and hands back
    ``show_scan``. Scans reach ``take_scan`` from the window whatever has the focus."""

    def __init__(self, listed: PullList, parent: QWidget | None = None) -> None:
        super().__init__("pull", self.tr("Scan each piece as you take it from its place."), parent)
        self.setObjectName("pullDialog")
        event = listed.event
        self.setWindowTitle(
            filled(
                self.tr("Pull: %1, %2, %3"),
                event.production,
                word(event.kind),
                formatting.wall_clock(event.starts_at),
            )
        )
        self.listed = listed
        self.rows: dict[str, QTreeWidgetItem] = {}
        self.for_dancer = QComboBox(self)
        self.for_dancer.setAccessibleName(self.tr("Pulling for"))
        self.for_dancer.addItem(self.tr("Everyone called"), None)
        for dancer_id, name in sorted(
            {(r.dancer_id, r.dancer) for r in listed.rows}, key=lambda d: d[1]
        ):
            self.for_dancer.addItem(name, dancer_id)
        self.count = QLabel(self)
        self.count.setObjectName("pullCount")
        self.list = QTreeWidget(self)
        self.list.setObjectName("pullList")
        self.list.setAccessibleName(self.tr("The pull list, in walking order"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Pulled"), self.tr("Place"), self.tr("Tag"), self.tr("Piece"), self.tr("For")]
        )
        for row in listed.rows:
            item = QTreeWidgetItem(self.list)
            self.rows[row.tag] = item
            self._fill(item, row)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        close = QPushButton(self.tr("C&lose (the pull is kept)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pulling for:"), self))
        top.addWidget(self.for_dancer, 1)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.field)
        layout.addWidget(self.last)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.resize(980, 600)
        self._count()
        self.field.setFocus()

    def _fill(self, item: QTreeWidgetItem, row: PullRow) -> None:
        pulled = row.pulled_at is not None
        texts = [
            "✓" if pulled else "",
            row.place or self.tr("no place set"),
            row.tag,
            row.name + ("" if row.status == "in_store" else f" ({word(row.status)})"),
            filled(self.tr("%1 (%2, %3)"), row.dancer, row.role, row.part),
        ]
        for column, text in enumerate(texts):
            item.setText(column, text)
            item.setForeground(column, QBrush(Qt.GlobalColor.gray) if pulled else QBrush())
        item.setData(0, Qt.ItemDataRole.UserRole, pulled)

    def _count(self) -> None:
        done = sum(1 for item in self.rows.values() if item.data(0, Qt.ItemDataRole.UserRole))
        self.count.setText(filled(self.tr("%1 of %2 pulled"), str(done), str(len(self.rows))))

    # -- scans ------------------------------------------------------------------------------
    def take_scan(self, tag: str) -> None:
        """A scan while this dialog is on top: the piece is pulled for its dancer."""
        self.requested.emit("scan", (tag, self.for_dancer.currentData()))

    def show_scan(self, scan: PullScan) -> None:
        self.say(scan.said.say(current_language()), COLOURS.get(scan.kind, WRONG))
        if scan.row is not None and scan.row.tag in self.rows:
            item = self.rows[scan.row.tag]
            self._fill(item, scan.row)
            self.list.setCurrentItem(item)
            self.list.scrollToItem(item)
        self._count()
        self.field.setFocus()

    def show_list(self, listed: PullList) -> None:
        """The pull as it is now (a scan taken back by Edit › Undo, another desk's scans)."""
        for row in listed.rows:
            if row.tag in self.rows:
                self._fill(self.rows[row.tag], row)
        self._count()
