"""The Calls section: the schedule of both companies from today on (each date on its company's
wall clock), and the call of the date chosen: how ready it is in a line, each dancer called
with her call time, her roles and, under her, her looks in running order with their pieces'
tags; then what is not ready, Enter opening the item."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wardrobe.records import Call, CostumeRecord, DressingPlan, EventRecord

from ..runtime.bus import PRODUCTIONS, SCHEDULE, Changes
from ..runtime.context import AppContext
from ..runtime.core import call_returns, quick_changes, schedule
from ..text import formatting
from ..text.labels import word
from ..text.language import current_language, filled
from .day_views import DressingView, ReturnsView
from .operations_bar import operations_bar
from .read_when_shown import ReadWhenShown

CHOSEN_KEY = "calls/chosen"
# Two rows: the schedule's dates, then the chosen date's work (at 1366 px one row hid some).
BAR = (
    "schedule_new_event",
    "schedule_edit_event",
    "schedule_remove_event",
    "schedule_change_cast",
    "schedule_calendar",
)
DAY_BAR = (
    "schedule_pull",
    "schedule_call_out",
    "schedule_call_in",
    "schedule_dressing",
    "print_date",
)


def _read(db: Any, since: date) -> list[EventRecord]:  # on the worker
    return schedule.events(db, since=since)


def _read_day(db: Any, event_id: int) -> tuple[Any, Any, Any]:  # on the worker
    """The date's call and dressing (read together), and what came back."""
    call, dressing = quick_changes.call_and_dressing(db, event_id)
    return call, dressing, call_returns.exception_report(db, event_id)


class CallsSection(ReadWhenShown):
    name = "calls"

    def __init__(self, ctx: AppContext, parent_widget: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.events: list[EventRecord] = []
        self.call: Call | None = None
        self.widget = QWidget(parent_widget)
        self.widget.setObjectName("callsSection")
        self._call_timer = QTimer(self)
        self._call_timer.setSingleShot(True)
        self._call_timer.setInterval(100)
        self._call_timer.timeout.connect(self._read_call)
        self.bar = operations_bar(ctx, self.widget, "scheduleOperations", BAR)
        self.day_bar = operations_bar(ctx, self.widget, "dayOperations", DAY_BAR)
        self.schedule = QTreeWidget(self.widget)
        self.schedule.setObjectName("scheduleList")
        self.schedule.setAccessibleName(self.tr("The schedule"))
        self.schedule.setRootIsDecorated(False)
        self.schedule.setHeaderLabels(
            [self.tr("When"), self.tr("Production"), self.tr("What"), self.tr("Cast")]
        )
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schedule.currentItemChanged.connect(lambda *_a: self._call_timer.start())
        self.summary = QLabel(self.widget)
        self.summary.setObjectName("callSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.dancers = QTreeWidget(self.widget)
        self.dancers.setObjectName("calledDancers")
        self.dancers.setAccessibleName(self.tr("Who is called"))
        self.dancers.setHeaderLabels([self.tr("Called"), self.tr("Dancer"), self.tr("Roles")])
        self.missing_heading = QLabel(self.widget)
        self.missing = QListWidget(self.widget)
        self.missing.setObjectName("notReady")
        self.missing.setAccessibleName(self.tr("What is not ready"))
        self.missing.itemActivated.connect(self._open_problem)
        right = QWidget(self.widget)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        below = QSplitter(Qt.Orientation.Vertical, right)
        below.addWidget(self.dancers)
        holder = QWidget(below)
        under = QVBoxLayout(holder)
        under.setContentsMargins(0, 0, 0, 0)
        under.addWidget(self.missing_heading)
        under.addWidget(self.missing)
        below.addWidget(holder)
        below.setSizes([380, 160])
        column.addWidget(below)
        self.dressing = DressingView(self.widget)
        self.returns = ReturnsView(self.widget)
        self.returns.list.itemActivated.connect(self._open_returned)
        self.pages = QTabWidget(self.widget)
        self.pages.setObjectName("dayPages")
        self.pages.addTab(right, self.tr("The call"))
        self.pages.addTab(self.dressing, self.tr("Dressing"))
        self.pages.addTab(self.returns, self.tr("Back in"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self.widget)
        splitter.addWidget(self.schedule)
        splitter.addWidget(self.pages)
        splitter.setSizes([400, 840])
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.day_bar)
        layout.addWidget(splitter)
        ctx.bus.changed.connect(self._changed)
        self._show_call(None)

    def title(self) -> str:
        return self.tr("Ca&lls")

    # -- reading ----------------------------------------------------------------------------
    def read(self) -> None:
        self.stale = False
        db, since = self.ctx.db, date.today() - timedelta(days=1)
        self.ctx.runner.run(lambda: _read(db, since), self._loaded)

    def _changed(self, changes: Changes) -> None:
        """A date, a production, or an item (its status moves what is ready)."""
        if (
            SCHEDULE in changes.kinds
            or PRODUCTIONS in changes.kinds
            or changes.everything
            or any(isinstance(r, CostumeRecord | DressingPlan) for r in changes.records)
        ):
            self.refresh()

    def _loaded(self, found: list[EventRecord]) -> None:
        chosen = self._chosen_id()
        self.events = found
        self.schedule.blockSignals(True)
        self.schedule.clear()
        for event in found:
            row = QTreeWidgetItem(
                [
                    formatting.wall_clock(event.starts_at),
                    event.production,
                    word(event.kind),
                    filled(self.tr("cast %1"), str(event.cast_number))
                    + (f" ({len(event.changes)}±)" if event.changes else ""),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, event.id)
            row.setToolTip(1, f"{event.company} · {event.venue}".strip(" ·"))
            self.schedule.addTopLevelItem(row)
            if event.id == chosen:
                self.schedule.setCurrentItem(row)
        first = self.schedule.topLevelItem(0)
        if self.schedule.currentItem() is None and first is not None:
            self.schedule.setCurrentItem(first)
        for column in range(4):
            self.schedule.resizeColumnToContents(column)
        self.schedule.blockSignals(False)
        self._read_call()

    def _chosen_id(self) -> int | None:
        item = self.schedule.currentItem()
        if item is not None:
            return int(item.data(0, Qt.ItemDataRole.UserRole))
        saved = self.ctx.settings.value(CHOSEN_KEY)
        return int(saved) if saved not in (None, "") else None

    def _read_call(self) -> None:
        event = self.current_event()
        if event is None:
            self._show_call(None)
            return
        self.ctx.settings.setValue(CHOSEN_KEY, event.id)
        db = self.ctx.db
        self.ctx.runner.run(
            lambda: _read_day(db, event.id),
            self._day_read,
            lambda _error: self._show_call(None),  # removed meanwhile
        )

    def _day_read(self, day: tuple[Call, Any, Any]) -> None:
        call, dressing, report = day
        event = self.current_event()
        if event is not None and call.event.id == event.id:  # not a late answer
            self._show_call(call)
            self.dressing.show_dressing(dressing)
            self.returns.show_report(report)

    # -- showing ----------------------------------------------------------------------------
    def _show_call(self, call: Call | None) -> None:
        self.call = call
        self.dancers.clear()
        self.missing.clear()
        if call is None:
            self.dressing.show_dressing(None)
            self.returns.show_report(None)
            self.summary.setText(
                "<i>" + self.tr("Choose a date of the schedule, or add one (New date).") + "</i>"
            )
            self.missing_heading.setText("")
            return
        event = call.event
        place = f" · {event.venue}" if event.venue else ""
        heading = filled(
            self.tr("%1, %2, %3 (%4)"),
            event.production,
            word(event.kind),
            formatting.wall_clock(event.starts_at),
            event.time_zone,
        )
        line = filled(
            self.tr("%1 dancer(s) called, %2 piece(s) to pull, %3 not ready"),
            str(len(call.dancers)),
            str(call.pieces),
            str(len(call.not_ready)),
        )
        self.summary.setText(f"<b>{heading}</b>{place}<br>{line}")
        for dancer in call.dancers:
            notes = []
            if dancer.replaces:
                notes.append(filled(self.tr("for %1"), dancer.replaces))
            if dancer.double_of:
                notes.append(filled(self.tr("double of %1"), dancer.double_of))
            name = dancer.dancer + (f" ({', '.join(notes)})" if notes else "")
            row = QTreeWidgetItem(
                [dancer.called_at.strftime("%H:%M"), name, ", ".join(dancer.roles)]
            )
            for look in dancer.looks:
                tags = ", ".join(w.tag or word(w.how) for w in look.pieces)
                QTreeWidgetItem(row, ["", f"{look.part.label} · {look.look}", tags])
            if dancer.pointe is not None:
                said = filled(
                    self.tr("pointe shoes: %1 pair(s), %2 in stock"),
                    str(dancer.pointe.pairs),
                    str(dancer.pointe.on_hand),
                )
                QTreeWidgetItem(row, ["", said, ""])
            self.dancers.addTopLevelItem(row)
        for column in range(3):
            self.dancers.resizeColumnToContents(column)
        self.dancers.scrollToTop()
        language = current_language()
        for problem in call.not_ready:
            where = f"{problem.part} · " if problem.part else ""
            said = f"{where}{problem.dancer} ({problem.role}): {problem.said.say(language)}"
            QListWidgetItem(said, self.missing)
        self.missing_heading.setText(
            self.tr("Everything is ready.")
            if not call.not_ready
            else self.tr("Not ready (Enter opens the item):")
        )

    # -- what is chosen -----------------------------------------------------------------------
    def current_event(self) -> EventRecord | None:
        item = self.schedule.currentItem()
        if item is None:
            return None
        chosen = item.data(0, Qt.ItemDataRole.UserRole)
        return next((e for e in self.events if e.id == chosen), None)

    def _open_problem(self, item: QListWidgetItem) -> None:
        if self.call is None:
            return
        problem = self.call.not_ready[self.missing.row(item)]
        if problem.tag:
            from ..operations import item_window

            item_window.open_tag(self.ctx, problem.tag)

    def _open_returned(self, item: QTreeWidgetItem) -> None:
        tag = self.returns.tag_at(item)
        if tag:
            from ..operations import item_window

            item_window.open_tag(self.ctx, tag)

    def restore_state(self) -> None:
        """The date chosen last is read with the lists."""

    def save_state(self) -> None:
        """Kept as it is chosen."""
