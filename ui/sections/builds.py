"""The Builds section: the work orders of both companies, soonest due first (open ones, then
finished and cancelled), each with its progress; the build chosen read whole (its pieces and for
whom, its stages with their hours, its materials needed, held and used); and the workroom's
calendar: each maker's hours a week against what she can work, and what cannot be ready in
time, in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wardrobe.records import BuildRecord, CostumeRecord

from ..runtime.bus import BUILDS, STOCK, Changes
from ..runtime.context import AppContext
from ..runtime.core import build_calendar, builds
from ..text.language import current_language, filled
from .operations_bar import operations_bar
from .read_when_shown import ReadWhenShown

BAR = ("build_new", "build_stage", "build_finish", "build_cancel", "build_work_sheet")
WRONG = QColor("#c0392b")


def _read(db: Any) -> tuple[list[BuildRecord], Any]:  # on the worker
    return builds.builds(db), build_calendar.calendar(db)


def _amount(base: int, code: str) -> str:
    from wardrobe.language.vocabulary import stock_amount

    return str(stock_amount(base, code).say(current_language()))


class BuildsSection(ReadWhenShown):
    name = "builds"

    def __init__(self, ctx: AppContext, parent_widget: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[BuildRecord] = []
        self.widget = QWidget(parent_widget)
        self.widget.setObjectName("buildsSection")
        self.bar = operations_bar(ctx, self.widget, "buildOperations", BAR)
        self.list = QTreeWidget(self.widget)
        self.list.setObjectName("buildList")
        self.list.setAccessibleName(self.tr("The builds, soonest due first"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [
                self.tr("Build"),
                self.tr("Title"),
                self.tr("Due"),
                self.tr("Stages"),
                self.tr("State"),
            ]
        )
        self.list.currentItemChanged.connect(lambda *_a: self._show_build())
        self.heading = QLabel(self.widget)
        self.heading.setWordWrap(True)
        self.detail = QTreeWidget(self.widget)
        self.detail.setObjectName("buildDetail")
        self.detail.setAccessibleName(self.tr("The build chosen"))
        self.detail.setHeaderLabels([self.tr("What"), self.tr("Standard"), self.tr("Done")])
        self.calendar = QTreeWidget(self.widget)
        self.calendar.setObjectName("buildCalendar")
        self.calendar.setAccessibleName(self.tr("Each maker's hours a week"))
        self.calendar.setRootIsDecorated(False)
        self.calendar.setHeaderLabels(
            [
                self.tr("Week of"),
                self.tr("Maker"),
                self.tr("Hours"),
                self.tr("Can work"),
                self.tr("Company"),
            ]
        )
        self.late = QLabel(self.widget)
        self.late.setObjectName("buildsLate")
        self.late.setWordWrap(True)
        chosen = QWidget(self.widget)
        column = QVBoxLayout(chosen)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.detail, 1)
        planned = QWidget(self.widget)
        column = QVBoxLayout(planned)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.late)
        column.addWidget(self.calendar, 1)
        self.pages = QTabWidget(self.widget)
        self.pages.addTab(chosen, self.tr("The build"))
        self.pages.addTab(planned, self.tr("The calendar"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self.widget)
        splitter.addWidget(self.list)
        splitter.addWidget(self.pages)
        splitter.setSizes([520, 720])
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(splitter)
        ctx.bus.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("&Builds")

    # -- reading ----------------------------------------------------------------------------
    def read(self) -> None:
        self.stale = False
        db = self.ctx.db
        self.ctx.runner.run(lambda: _read(db), self._loaded)

    def _changed(self, changes: Changes) -> None:
        if (
            BUILDS in changes.kinds
            or STOCK in changes.kinds
            or changes.everything
            or any(isinstance(r, BuildRecord | CostumeRecord) for r in changes.records)
        ):
            self.refresh()

    def _loaded(self, found: tuple[list[BuildRecord], Any]) -> None:
        records, (weeks, late) = found
        chosen = self.current_build()
        keep = chosen.id if chosen else None
        self.found = sorted(records, key=lambda b: (b.status != "open", b.due_on, b.id))
        late_ids = {p.build_id for p in late}
        self.list.blockSignals(True)
        self.list.clear()
        for build in self.found:
            row = QTreeWidgetItem(
                [
                    build.number,
                    f"{build.title} × {len(build.pieces)}",
                    build.due_on.isoformat(),
                    f"{build.stages_done}/{len(build.stages)}",
                    {
                        "open": self.tr("open"),
                        "finished": self.tr("finished"),
                        "cancelled": self.tr("cancelled"),
                    }[build.status],
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, build.id)
            if build.id in late_ids and build.status == "open":
                row.setForeground(2, QBrush(WRONG))
            self.list.addTopLevelItem(row)
            if build.id == keep:
                self.list.setCurrentItem(row)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        self.list.blockSignals(False)
        self._show_build()
        language = current_language()
        self.late.setText(
            "<br>".join(f"<span style='color:#c0392b'>{p.said.say(language)}</span>" for p in late)
            or self.tr("Every build can be ready in time.")
        )
        self.calendar.clear()
        for week in weeks:
            row = QTreeWidgetItem(
                [
                    week.week.isoformat(),
                    week.maker or self.tr("the workroom"),
                    f"{week.hours:g} h",
                    f"{week.capacity:g} h",
                    week.company,
                ]
            )
            if week.hours > week.capacity:
                row.setForeground(2, QBrush(WRONG))
            self.calendar.addTopLevelItem(row)
        for column in range(5):
            self.calendar.resizeColumnToContents(column)

    def _show_build(self) -> None:
        build = self.current_build()
        self.detail.clear()
        if build is None:
            self.heading.setText(
                "<i>" + self.tr("No build yet: New build makes one from a pattern.") + "</i>"
            )
            return
        where = f" · {build.production}" + (f", {build.role}" if build.role else "")
        self.heading.setText(
            f"<b>{build.number} {build.title}</b>"
            + (where if build.production else "")
            + "<br>"
            + filled(self.tr("%1, due %2"), build.company, build.due_on.isoformat())
        )
        pieces = QTreeWidgetItem(self.detail, [self.tr("Pieces"), "", ""])
        no_one = self.tr("for no one")
        for piece in build.pieces:
            QTreeWidgetItem(pieces, [f"{piece.position}. {piece.dancer or no_one}", "", piece.tag])
        stages = QTreeWidgetItem(self.detail, [self.tr("Stages"), "", ""])
        for stage in build.stages:
            done = ""
            if stage.done_on is not None:
                done = f"{stage.done_on.isoformat()} · {(stage.worked_minutes or 0) / 60:g} h"
                done += f" · {stage.done_by}" if stage.done_by else ""
            name = f"{stage.position}. {stage.name}" + (
                self.tr(" (fitting)") if stage.fitting else ""
            )
            row = QTreeWidgetItem(stages, [name, f"{stage.minutes / 60:g} h", done])
            if stage.note:
                row.setToolTip(0, stage.note)
        materials = QTreeWidgetItem(self.detail, [self.tr("Materials"), "", ""])
        for m in build.materials:
            QTreeWidgetItem(
                materials,
                [
                    m.material,
                    _amount(m.needed, m.unit),
                    filled(
                        self.tr("%1 held, %2 used"),
                        _amount(m.reserved, m.unit),
                        _amount(m.used, m.unit),
                    ),
                ],
            )
        self.detail.expandAll()
        self.detail.resizeColumnToContents(0)

    # -- what is chosen ---------------------------------------------------------------------
    def current_build(self) -> BuildRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        chosen = item.data(0, Qt.ItemDataRole.UserRole)
        return next((b for b in self.found if b.id == chosen), None)

    def restore_state(self) -> None:
        """Nothing kept between runs."""

    def save_state(self) -> None:
        """Nothing kept between runs."""
