"""The schedule's forms: a date of a production (what it is, when, the cast it uses, where,
how long before her first entrance a dancer is called), and a change of one date's cast (a
dancer in a role, in place of another or as well). They collect and check; the window
performs (undoably)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QSpinBox, QTimeEdit, QWidget

from wardrobe.language.vocabulary import EVENT_HOURS, EVENT_KINDS
from wardrobe.records import DancerRecord, EventRecord, ProductionRecord

from ..runtime.tasks import TaskRunner
from ..text.labels import word
from ..text.language import filled
from .action_dialogs import ActionDialog, Perform
from .forms import Invalid, choice, line, set_choices


def _python(moment: QDateTime) -> datetime:
    day, time = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


class EventDialog(ActionDialog):
    """A new date of the schedule: the production chosen, an evening performance a week on."""

    def __init__(
        self,
        productions: list[ProductionRecord],
        chosen: int | None,
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New date"), runner, perform, parent)
        self.setObjectName("eventDialog")
        self.production = choice(
            self,
            self.tr("Production"),
            [(f"{p.title} — {p.company}", p.id) for p in productions],
            chosen,
        )
        self.kind = choice(self, self.tr("What"), [(word(k), k) for k in EVENT_KINDS])
        self.starts = QDateTimeEdit(self)
        self.starts.setAccessibleName(self.tr("Starts"))
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        week_on = QDate.currentDate().addDays(7)
        self.starts.setDateTime(QDateTime(week_on, QTime(19, 30)))
        self.ends = QTimeEdit(self)
        self.ends.setAccessibleName(self.tr("Ends"))
        self.ends.setDisplayFormat("HH:mm")
        self.ends.setTime(QTime(22, 30))
        self.cast = QSpinBox(self)
        self.cast.setRange(1, 9)
        self.cast.setAccessibleName(self.tr("Cast"))
        self.venue = line(self, self.tr("Venue"), placeholder=self.tr("e.g. Palais Garnier"))
        self.called = QSpinBox(self)
        self.called.setRange(0, 600)
        self.called.setSingleStep(15)
        self.called.setValue(60)
        self.called.setSuffix(self.tr(" min"))
        self.called.setAccessibleName(self.tr("Called before her first entrance"))
        self.notes = line(self, self.tr("Notes"))
        self.form.addRow(self.tr("&Production"), self.production)
        self.form.addRow(self.tr("&What"), self.kind)
        self.form.addRow(self.tr("&Starts"), self.starts)
        self.form.addRow(self.tr("&Ends at"), self.ends)
        self.form.addRow(self.tr("&Cast"), self.cast)
        self.form.addRow(self.tr("&Venue"), self.venue)
        self.form.addRow(self.tr("Called &before her entrance"), self.called)
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.kind.currentIndexChanged.connect(lambda _i: self._usual_end())
        self.starts.dateTimeChanged.connect(lambda _m: self._usual_end())
        self.kind.setFocus()

    def _usual_end(self) -> None:
        hours = EVENT_HOURS[str(self.kind.currentData())]
        self.ends.setTime(self.starts.time().addSecs(hours * 3600))

    def collect(self) -> dict[str, Any]:
        if self.production.currentData() is None:
            raise Invalid(self.tr("Choose the production."), self.production)
        starts = _python(self.starts.dateTime())
        end = self.ends.time()
        ends = starts.replace(hour=end.hour(), minute=end.minute())
        if ends <= starts:  # past midnight: the next day
            ends += timedelta(days=1)
        return {
            "production_id": int(self.production.currentData()),
            "kind": str(self.kind.currentData()),
            "starts_at": starts,
            "ends_at": ends,
            "cast_number": self.cast.value(),
            "venue": self.venue.text(),
            "call_minutes": self.called.value(),
            "notes": self.notes.text(),
        }


class EditEventDialog(EventDialog):
    """A date as it is, to move, re-cast or re-place (its production fixed)."""

    def __init__(
        self,
        event: EventRecord,
        productions: list[ProductionRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(productions, event.production_id, runner, perform, parent)
        self.setObjectName("editEventDialog")
        self.setWindowTitle(filled(self.tr("%1, %2"), event.production, word(event.kind)))
        self.production.setEnabled(False)
        self.kind.setCurrentIndex(self.kind.findData(event.kind))
        starts = event.starts_at
        self.starts.setDateTime(
            QDateTime(
                QDate(starts.year, starts.month, starts.day), QTime(starts.hour, starts.minute)
            )
        )
        self.ends.setTime(QTime(event.ends_at.hour, event.ends_at.minute))
        self.cast.setValue(event.cast_number)
        self.venue.setText(event.venue)
        self.called.setValue(event.call_minutes)
        self.notes.setText(event.notes)


class CastChangeDialog(ActionDialog):
    """For one date: a dancer in a role, in place of one called in it (an injured dancer
    replaced by her alternate), or as well as its cast (a guest, an extra)."""

    def __init__(
        self,
        event: EventRecord,
        roles: list[tuple[int, str]],
        called: dict[int, list[tuple[int, str]]],
        dancers: list[DancerRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        title = filled(self.tr("The cast of %1, %2"), event.production, word(event.kind))
        super().__init__(title, runner, perform, parent)
        self.setObjectName("castChangeDialog")
        self.heading(event.starts_at.strftime("%Y-%m-%d %H:%M"))
        self.called = called
        self.role = choice(self, self.tr("Role"), [(name, rid) for rid, name in roles])
        self.replaces = choice(self, self.tr("In place of"), [])
        self.dancer = choice(self, self.tr("Dancer"), [(d.name, d.id) for d in dancers])
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow(self.tr("In &place of"), self.replaces)
        self.form.addRow(self.tr("&Dancer"), self.dancer)
        self.role.currentIndexChanged.connect(lambda _i: self._fill_replaces())
        self._fill_replaces()
        self.role.setFocus()

    def _fill_replaces(self) -> None:
        """The dancers called in the role chosen (the first chosen), or no one."""
        called = [
            (name, dancer_id) for dancer_id, name in self.called.get(self.role.currentData(), [])
        ]
        set_choices(self.replaces, [(self.tr("— no one: as well as the cast —"), None), *called])
        self.replaces.setCurrentIndex(1 if called else 0)

    def collect(self) -> dict[str, Any]:
        if self.role.currentData() is None:
            raise Invalid(self.tr("Choose the role."), self.role)
        if self.dancer.currentData() is None:
            raise Invalid(self.tr("Choose the dancer who dances it that day."), self.dancer)
        return {
            "role_id": int(self.role.currentData()),
            "dancer_id": int(self.dancer.currentData()),
            "replaces": self.replaces.currentData(),
        }
