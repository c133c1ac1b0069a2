"""Low-stock alerts in the window: a banner that cannot be missed, and a page grouped by
company and supplier, each alert opening its item."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from wardrobe.records import Alert, CallReadiness, LoanRecord

from ..models.alerts_model import ALERT_ROLE, AlertsModel, LoadedAlerts, load_alerts
from ..runtime.bus import BUILDS, PRODUCTIONS, SCHEDULE, STOCK, Changes
from ..runtime.context import AppContext
from ..runtime.core import build_calendar, calls
from ..text import formatting
from ..text.alert_text import short_name, urgency
from ..text.call_text import readiness
from ..text.error_text import error_text
from ..text.icons import icon
from ..text.language import current_language, filled

NAMED = 3  # the most urgent items the banner names


class AlertsBanner(QFrame):
    """One line above the lists: checking, all well, or how many items are low."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.calls = QLabel(self)
        self.calls.setObjectName("comingCalls")
        self.calls.setWordWrap(True)
        self.calls.hide()
        self.calls_not_ready = False
        lines = QVBoxLayout()
        lines.setSpacing(2)
        lines.addWidget(self.text)
        lines.addWidget(self.calls)
        self.button = QPushButton(self.tr("Show alerts"), self)
        self.button.setAccessibleName(self.tr("Show the low-stock alerts"))
        self.button.clicked.connect(self.show_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addLayout(lines, 1)
        layout.addWidget(self.button)
        self.set_checking()

    def set_checking(self) -> None:
        self.icon.setPixmap(icon("refresh").pixmap(20, 20))
        self.text.setText(self.tr("Checking stock levels…"))
        self.button.hide()
        self.setProperty("level", "quiet")

    def set_failed(self, message: str) -> None:
        self.icon.setPixmap(icon("alert").pixmap(20, 20))
        self.text.setText(filled(self.tr("Stock levels could not be checked: %1"), message))
        self.button.hide()

    def set_calls(self, coming: list[CallReadiness], late: tuple = ()) -> None:
        """Each company's next date within two days, and how ready it is, under the alerts;
        then the builds that cannot be ready in time (three at most)."""
        language = current_language()
        lines = [escape(readiness(ready)) for ready in coming]
        lines += [escape(problem.said.say(language)) for problem in late[:3]]
        if len(late) > 3:
            lines.append(filled(self.tr("… and %1 more in Builds."), str(len(late) - 3)))
        self.calls.setText("<br>".join(lines))
        self.calls.setVisible(bool(lines))
        self.calls_not_ready = any(ready.not_ready for ready in coming) or bool(late)
        if self.calls_not_ready:
            self._warn()

    def set_alerts(self, alerts: list[Alert], overdue: tuple[LoanRecord, ...] = ()) -> None:
        to_act = [a for a in alerts if not a.covered_by_orders]
        if not alerts and overdue:
            self.icon.setPixmap(icon("alert").pixmap(22, 22))
            self.text.setText(self._overdue(overdue))
            self.button.hide()
            self._warn()
            return
        if not alerts:
            self.icon.setPixmap(icon("ok").pixmap(20, 20))
            self.text.setText(
                self.tr(
                    "Nothing is low: every material and every dancer's "
                    "pointe shoes are above their levels."
                )
            )
            self.button.hide()
            if not self.calls_not_ready:
                self.setStyleSheet("")
            return
        self.icon.setPixmap(icon("alert").pixmap(22, 22))
        companies: dict[str, int] = {}
        for alert in to_act:
            companies[alert.company] = companies.get(alert.company, 0) + 1
        parts = ", ".join(
            filled(self.tr("%1 for %2"), str(count), company)
            for company, count in sorted(companies.items())
        )
        covered = len(alerts) - len(to_act)
        text = self.tr("<b>%n item(s) to order</b>", "", len(to_act))
        urgent = sorted(to_act, key=urgency)
        if urgent:
            names = ", ".join(escape(short_name(a)) for a in urgent[:NAMED])
            if len(urgent) > NAMED:
                names = filled(self.tr("%1 and %n more", "", len(urgent) - NAMED), names)
            text += ": " + names
        if parts:
            text += f" ({escape(parts)})"
        if covered:
            text += self.tr("; %n more already covered by orders", "", covered)
        text += "."
        if overdue:
            text += "<br>" + self._overdue(overdue)
        self.text.setText(text)
        self.button.show()
        self._warn()

    def _warn(self) -> None:
        self.setStyleSheet(
            "#alertsBanner { border: 1px solid #d98a1c; border-left: 5px solid #d98a1c; }"
        )

    def _overdue(self, overdue: tuple[LoanRecord, ...]) -> str:
        """ "2 loans overdue: BN-000005 at École de danse (due 12/15/2026), …"."""
        named = ", ".join(
            escape(
                filled(
                    self.tr("%1 at %2 (due %3)"),
                    loan.tag,
                    loan.borrower,
                    formatting.day(loan.due_on),
                )
            )
            for loan in overdue[:NAMED]
        )
        if len(overdue) > NAMED:
            named = filled(self.tr("%1 and %n more", "", len(overdue) - NAMED), named)
        return self.tr("<b>%n loan(s) overdue</b>", "", len(overdue)) + ": " + named + "."


class AlertsPage(QTreeView):
    """Alerts grouped by company and supplier, with what each order costs."""

    open_alert = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsTree")
        self.setAccessibleName(self.tr("Low-stock alerts"))
        self.alerts_model = AlertsModel(self)
        self.setModel(self.alerts_model)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activated.connect(self._activated)
        # "Why" takes the width left; "To order" (wide enough to name the order that covers
        # an alert) and "Cost" are as wide as what they hold, never cut off on a laptop.
        header = self.header()
        header.setStretchLastSection(False)
        for column, width in ((0, 330), (1, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # For lupdate: the headers the model shows, in this context.
        self._headers = (
            self.tr("What"),
            self.tr("For"),
            self.tr("Why"),
            self.tr("To order"),
            self.tr("Cost"),
            self.tr("No supplier set"),
        )

    def set_alerts(self, alerts: list[Alert], tree: Any = None) -> None:
        self.alerts_model.set_alerts(alerts, tree)
        self.expandAll()

    def keyboardSearch(self, search: str) -> None:  # noqa: N802
        """No type-ahead: typed letters never choose an alert (a scanner's burst least)."""

    def _activated(self, index: QModelIndex) -> None:
        alert = index.siblingAtColumn(0).data(ALERT_ROLE)
        if alert is not None:
            self.open_alert.emit(alert)


class AlertsSection(QObject):
    """The banner above the lists and the page of alerts; both read again whenever stock
    moves. ``open_requested(alert)``: an alert opened; ``loaded(alerts)``: alerts in."""

    name = "alerts"
    open_requested = Signal(object)
    loaded = Signal(list)
    draft_requested = Signal()

    def __init__(self, ctx: AppContext, parent_widget: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.alerts: list[Alert] = []
        self.overdue: set[str] = set()
        self.banner = AlertsBanner(parent_widget)
        self.widget = QWidget(parent_widget)
        self.page = AlertsPage(self.widget)
        self.draft = QPushButton(
            icon("new"), self.tr("&Draft orders from these alerts"), self.widget
        )
        self.draft.setObjectName("draftFromAlerts")
        self.draft.setAutoDefault(False)
        self.draft.setToolTip(
            self.tr("One draft purchase order per supplier, quantities rounded to packs")
        )
        self.draft.clicked.connect(self.draft_requested)
        row = QHBoxLayout()
        row.addWidget(self.draft)
        row.addStretch(1)
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        self.late = QLabel(self.widget)  # the builds that cannot be ready in time
        self.late.setObjectName("lateBuilds")
        self.late.setWordWrap(True)
        self.late.setStyleSheet("#lateBuilds { color: #c0392b; }")
        self.late.hide()
        column.addWidget(self.late)
        column.addWidget(self.page)
        self.page.open_alert.connect(self.open_requested)
        ctx.bus.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("&Alerts")

    def refresh(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run(lambda: load_alerts(db), self._loaded, self._failed)

    def _changed(self, changes: Changes) -> None:
        """Read again when a quantity moved, a stock record was saved, or an overdue loan's
        item changed (back, or lent again)."""
        from wardrobe.records import CostumeRecord, MaterialRecord, PointeSpecRecord

        if SCHEDULE in changes.kinds or PRODUCTIONS in changes.kinds or BUILDS in changes.kinds:
            self.read_calls()
        if STOCK in changes.kinds or any(
            isinstance(record, MaterialRecord | PointeSpecRecord)
            or (isinstance(record, CostumeRecord) and record.tag in self.overdue)
            for record in changes.records
        ):
            self.refresh()

    def _loaded(self, loaded: LoadedAlerts) -> None:
        self.alerts = loaded.alerts
        self.overdue = {loan.tag for loan in loaded.overdue}
        self.banner.set_alerts(loaded.alerts, loaded.overdue)
        self.page.set_alerts(loaded.alerts, loaded.tree)
        self.loaded.emit(loaded.alerts)
        self.read_calls()

    def read_calls(self) -> None:
        """The coming dates' readiness, read after the alerts (they come first at a start)."""
        db = self.ctx.db
        self.ctx.runner.run(
            lambda: (calls.coming(db), tuple(build_calendar.calendar(db)[1])),
            self._calls_read,
        )

    def _calls_read(self, found: tuple[list[CallReadiness], tuple]) -> None:
        coming, late = found
        self.banner.set_calls(coming, late)
        language = current_language()
        self.late.setText("\n".join(problem.said.say(language) for problem in late))
        self.late.setVisible(bool(late))

    def _failed(self, error: BaseException) -> None:
        from wardrobe.errors import WardrobeError

        message = error_text(error) if isinstance(error, WardrobeError) else str(error)
        self.banner.set_failed(message)
        if not isinstance(error, WardrobeError):
            self.ctx.show_failure(error)
