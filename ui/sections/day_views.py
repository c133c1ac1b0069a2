"""Two views of the chosen date beside its call: its dressing (each room with its dresser and
dancers; the quick changes in show order, when, where, who, what comes off and goes on; what
has no dresser or no place, in red) and what came back (not back and who had it last, damaged,
to wash, to mend before the next date; Enter opens the item)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..text.labels import word
from ..text.language import current_language, filled

if TYPE_CHECKING:
    from wardrobe.records import DayDressing
    from wardrobe.services.call_returns import ExceptionReport

WRONG = QColor("#c0392b")


def _pieces(worn: tuple) -> str:
    return ", ".join(w.tag or (w.piece.description or w.piece.piece_type) for w in worn) or "—"


class DressingView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dressingView")
        self.rooms = QTreeWidget(self)
        self.rooms.setObjectName("dressingRooms")
        self.rooms.setAccessibleName(self.tr("Dressing rooms"))
        self.rooms.setHeaderLabels(
            [self.tr("Room or dancer"), self.tr("Dresser"), self.tr("Roles")]
        )
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.changes = QTreeWidget(self)
        self.changes.setObjectName("quickChanges")
        self.changes.setAccessibleName(self.tr("Quick changes, in show order"))
        self.changes.setRootIsDecorated(False)
        self.changes.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Dancer"),
                self.tr("Into"),
                self.tr("Where"),
                self.tr("Dresser"),
                self.tr("Comes off"),
                self.tr("Goes on"),
            ]
        )
        below = QWidget(self)
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.changes, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.rooms)
        split.addWidget(below)
        split.setSizes([260, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def show_dressing(self, day: DayDressing | None) -> None:
        self.rooms.clear()
        self.changes.clear()
        if day is None:
            self.heading.setText("")
            return
        for room in day.rooms:
            row = QTreeWidgetItem(
                self.rooms, [room.name or self.tr("No dressing room"), room.dresser]
            )
            for dancer in room.dancers:
                dresser = day.dressers.get(dancer.dancer_id, "")
                QTreeWidgetItem(row, [dancer.dancer, dresser, ", ".join(dancer.roles)])
            row.setExpanded(True)
        for column in range(2):
            self.rooms.resizeColumnToContents(column)
        language = current_language()
        problems = "".join(
            f"<br><span style='color:#c0392b'>{p.say(language)}</span>" for p in day.problems
        )
        self.heading.setText(
            filled(
                self.tr("Quick changes (fewer than %1 minutes between two looks): %2"),
                str(day.minutes),
                str(len(day.quick_changes)),
            )
            + problems
        )
        for change in day.quick_changes:
            row = QTreeWidgetItem(
                self.changes,
                [
                    change.at.strftime("%H:%M"),
                    change.dancer,
                    f"{change.part_to.label} · {change.look_to}",
                    word(change.place) if change.place else self.tr("not set"),
                    change.dresser or self.tr("no dresser"),
                    _pieces(change.off),
                    _pieces(change.on),
                ],
            )
            if change.notes:
                row.setToolTip(2, change.notes)
            for column, missing in ((3, not change.place), (4, not change.dresser)):
                if missing:
                    row.setForeground(column, QBrush(WRONG))
        for column in range(7):
            self.changes.resizeColumnToContents(column)


class ReturnsView(QWidget):
    """``tag_at(item)``: the tag of a row, for Enter to open its item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsView")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("exceptionReport")
        self.list.setAccessibleName(self.tr("What did not come back, damaged, to wash, to mend"))
        self.list.setHeaderLabels([self.tr("Tag"), self.tr("Piece"), self.tr("What")])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def show_report(self, report: ExceptionReport | None) -> None:
        self.list.clear()
        if report is None:
            self.summary.setText("")
            return
        language = current_language()
        groups = (
            (self.tr("Not back"), report.missing, True),
            (self.tr("Damaged"), report.damaged, True),
            (self.tr("To mend before the next date"), report.to_mend, True),
            (self.tr("To wash"), report.laundry, False),
        )
        for title, lines, bad in groups:
            head = QTreeWidgetItem(self.list, [filled(self.tr("%1 (%2)"), title, str(len(lines)))])
            head.setFirstColumnSpanned(True)
            if bad and lines:
                head.setForeground(0, QBrush(WRONG))
            for line in lines:
                row = QTreeWidgetItem(head, [line.tag, line.name, line.said.say(language)])
                row.setData(0, Qt.ItemDataRole.UserRole, line.tag)
            head.setExpanded(True)
        for column in range(2):
            self.list.resizeColumnToContents(column)
        if not (report.missing or report.damaged or report.to_mend or report.laundry):
            self.summary.setText(
                self.tr("Nothing to say: what went out is back, or nothing went out yet.")
            )
        else:
            self.summary.setText(self.tr("At the end of the date (Enter opens the item):"))

    @staticmethod
    def tag_at(item: QTreeWidgetItem) -> str:
        return str(item.data(0, Qt.ItemDataRole.UserRole) or "")
