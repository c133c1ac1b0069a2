"""The forms of a build: a new one (its pattern, its title, for which dancers of the pattern's
company or how many for no one, its production and role, when it is due) and a stage marked
done (which stage, the hours it really took and over how many days, by whom, a note: a fitting
says what it found)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from wardrobe.records import BuildRecord, DancerRecord, PatternRecord, ProductionRecord

from ..runtime.tasks import TaskRunner
from ..text.language import filled
from .action_dialogs import ActionDialog, Perform
from .forms import Invalid, choice, combo_value, line, number_field, set_choices


class NewBuildDialog(ActionDialog):
    def __init__(
        self,
        patterns: list[tuple[PatternRecord, str]],
        productions: list[ProductionRecord],
        dancers: list[DancerRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New build"), runner, perform, parent)
        self.setObjectName("newBuildDialog")
        self.patterns = {p.id: p for p, _company in patterns}
        self.all_productions, self.all_dancers = productions, dancers
        self.pattern = choice(
            self,
            self.tr("Pattern"),
            [(f"{p.name} — {company} ({p.minutes / 60:g} h)", p.id) for p, company in patterns],
        )
        self.title = line(self, self.tr("Title"), placeholder=self.tr("the pattern's name"))
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(56))
        self.due.setAccessibleName(self.tr("Due"))
        self.production = choice(self, self.tr("Production"), [])
        self.role = line(self, self.tr("Role"), placeholder=self.tr("e.g. Odette"))
        self.dancers = QListWidget(self)
        self.dancers.setObjectName("buildDancers")
        self.dancers.setAccessibleName(self.tr("For these dancers"))
        self.count = QSpinBox(self)
        self.count.setRange(0, 200)
        self.count.setAccessibleName(self.tr("Or this many for no one"))
        self.form.addRow(self.tr("&Pattern"), self.pattern)
        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("D&ue"), self.due)
        self.form.addRow(self.tr("P&roduction"), self.production)
        self.form.addRow(self.tr("R&ole"), self.role)
        self.form.addRow(self.tr("For these &dancers"), self.dancers)
        self.form.addRow(self.tr("Or this &many for no one"), self.count)
        self.pattern.currentIndexChanged.connect(lambda _i: self._company_changed())
        self._company_changed()
        self.resize(560, 620)

    def _company(self) -> int | None:
        chosen = self.patterns.get(combo_value(self.pattern))
        return chosen.company_id if chosen else None

    def _company_changed(self) -> None:
        company = self._company()
        set_choices(
            self.production,
            [(self.tr("none"), None)]
            + [(p.title, p.title) for p in self.all_productions if p.company_id == company],
        )
        self.dancers.clear()
        for dancer in sorted(self.all_dancers, key=lambda d: d.name):
            if dancer.company_id == company and dancer.active:
                item = QListWidgetItem(dancer.name, self.dancers)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, dancer.id)

    def collect(self) -> Any:
        pattern = self.patterns.get(combo_value(self.pattern))
        if pattern is None:
            raise Invalid(self.tr("Choose a pattern."), self.pattern)
        chosen = [
            self.dancers.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.dancers.count())
            if self.dancers.item(row).checkState() == Qt.CheckState.Checked
        ]
        if not chosen and not self.count.value():
            raise Invalid(
                self.tr("Tick the dancers it is for, or say how many for no one."), self.dancers
            )
        production = combo_value(self.production)
        if self.role.text().strip() and not production:
            raise Invalid(self.tr("A role needs its production."), self.production)
        due = self.due.date()
        return {
            "company": pattern.company_id,
            "pattern": pattern.id,
            "title": self.title.text().strip(),
            "due_on": date(due.year(), due.month(), due.day()),
            "dancers": chosen,
            "count": None if chosen else self.count.value(),
            "production": production,
            "role": self.role.text().strip() or None,
        }


class StageDoneDialog(ActionDialog):
    def __init__(
        self,
        build: BuildRecord,
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            filled(self.tr("A stage done: %1 %2"), build.number, build.title),
            runner,
            perform,
            parent,
        )
        self.setObjectName("stageDoneDialog")
        self.build = build
        left = [s for s in build.stages if s.done_on is None]
        self.stage = choice(
            self,
            self.tr("Stage"),
            [
                (
                    f"{s.position}. {s.name} ({s.minutes / 60:g} h"
                    + (self.tr(", a fitting") if s.fitting else "")
                    + ")",
                    s.position,
                )
                for s in left
            ],
        )
        self.hours = number_field(line(self, self.tr("Hours"), placeholder=self.tr("e.g. 6.5")))
        self.days = QSpinBox(self)
        self.days.setRange(1, 366)
        self.days.setAccessibleName(self.tr("Over how many days"))
        self.by = line(self, self.tr("By"), placeholder=self.tr("who did it (else you)"))
        self.note = line(self, self.tr("Note"), placeholder=self.tr("a fitting: what it found"))
        self.form.addRow(self.tr("&Stage"), self.stage)
        self.form.addRow(self.tr("&Hours"), self.hours)
        self.form.addRow(self.tr("Over &days"), self.days)
        self.form.addRow(self.tr("&By"), self.by)
        self.form.addRow(self.tr("&Note"), self.note)
        self.hours.setFocus()

    def collect(self) -> Any:
        if combo_value(self.stage) is None:
            raise Invalid(self.tr("Every stage is done."), self.stage)
        if not self.hours.text().strip():
            raise Invalid(self.tr("Say how many hours it took."), self.hours)
        return {
            "position": combo_value(self.stage),
            "hours": self.hours.text().strip(),
            "days": self.days.value(),
            "by": self.by.text().strip(),
            "note": self.note.text().strip(),
        }
