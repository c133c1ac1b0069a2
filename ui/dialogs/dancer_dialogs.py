"""Dancers: creating and editing one, and taking a new set of measurements in company units."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QWidget

from wardrobe.domain.measures import MEASURES
from wardrobe.domain.units import Units, body_unit_label
from wardrobe.errors import StaleEdit, WardrobeError
from wardrobe.language.vocabulary import RANKS
from wardrobe.records import CompanyRecord, DancerRecord, MeasurementRecord
from wardrobe.store.database import Database

from ..runtime.core import dancers
from ..runtime.tasks import TaskRunner
from ..text import formatting
from ..text.labels import measure, word
from ..text.language import filled
from .forms import FormDialog, Invalid, choice, combo_value, hint, line, number_field, required


class DancerDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        companies: list[CompanyRecord],
        everyone: list[DancerRecord],
        *,
        record: DancerRecord | None = None,
        company_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = filled(self.tr("Edit %1"), record.name) if record else self.tr("New dancer")
        super().__init__(title, runner, parent)
        self.setObjectName("dancerDialog")
        self.db, self.record = db, record
        self.companies = {c.id: c for c in companies}
        current = record.company_id if record else (company_id or companies[0].id)
        self.company = choice(
            self, self.tr("Company"), [(c.name, c.id) for c in companies], current
        )
        self.company.setEnabled(record is None)
        self.name = line(self, self.tr("Name"), record.name if record else "")
        language = self.companies[current].language
        self.rank = choice(
            self,
            self.tr("Rank"),
            [(word(r), r) for r in RANKS.get(language, ())],
            record.rank if record else None,
            editable=True,
        )
        if record is None:
            self.rank.setEditText("")
        self.active = QCheckBox(self.tr("Dances with the company now"), self)
        self.active.setChecked(record.active if record else True)
        others = [(self.tr("(no one)"), None)] + [
            (d.name, d.name) for d in everyone if record is None or d.id != record.id
        ]
        self.double = choice(self, self.tr("Double of"), others, editable=True)
        self.double.setEditText(record.doubles if record else "")
        hint(self.double, self.tr("a dancer, or an actor’s name"))
        self.notes = line(self, self.tr("Notes"), record.notes if record else "")
        self.form.addRow(self.tr("&Company"), self.company)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Rank"), self.rank)
        self.form.addRow("", self.active)
        self.form.addRow(self.tr("&Double of"), self.double)
        self.form.addRow(self.tr("N&otes"), self.notes)
        self.names = {d.name for d in everyone}
        self.name.setFocus()
        self.resize(460, 0)

    def collect(self) -> dict[str, Any]:
        name = required(self.name, self.tr("Give the dancer’s name."))
        double = self.double.currentText().strip()
        if double == self.tr("(no one)"):
            double = ""
        if double and double == name:
            raise Invalid(self.tr("A dancer cannot be their own double."), self.double)
        is_dancer = double in self.names
        return dict(
            name=name,
            rank=combo_value(self.rank),
            active=self.active.isChecked(),
            notes=self.notes.text(),
            doubles=double if is_dancer else None,
            doubles_actor=double if double and not is_dancer else None,
        )

    def work(self, values: dict[str, Any]) -> Callable[[], DancerRecord]:
        db, record, company = self.db, self.record, self.company.currentData()
        if record is None:
            return lambda: dancers.create_dancer(db, company=company, **values)
        return self.undoable(
            db,
            "dancer",
            record.id,
            lambda: dancers.edit_dancer(db, record.id, expected_version=record.version, **values),
        )

    def failed(self, error: WardrobeError) -> None:
        if isinstance(error, StaleEdit) and self.record is not None:
            db, dancer_id = self.db, self.record.id
            self.runner.run(lambda: dancers.dancer_detail(db, dancer_id).dancer, self._refreshed)

    def _refreshed(self, fresh: DancerRecord) -> None:
        # What the other desk saved, to re-apply one's change over.
        self.record = fresh
        self.name.setText(fresh.name)
        index = self.rank.findData(fresh.rank)
        if index >= 0:
            self.rank.setCurrentIndex(index)
        else:
            self.rank.setEditText(fresh.rank)
        self.active.setChecked(fresh.active)
        self.double.setEditText(fresh.doubles)
        self.notes.setText(fresh.notes)


class MeasurementDialog(FormDialog):
    """A dated set, typed in the dancer's company units; the last set shows as a hint."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        dancer: DancerRecord,
        latest: MeasurementRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Measurements: %1"), dancer.name), runner, parent)
        self.setObjectName("measurementDialog")
        self.db, self.dancer = db, dancer
        self.units = Units(dancer.units)
        self.when = QDateEdit(QDate.currentDate(), self)
        self.when.setCalendarPopup(True)
        self.when.setMaximumDate(QDate.currentDate())
        self.when.setAccessibleName(self.tr("Measured on"))
        self.taken_by = line(self, self.tr("Taken by"))
        self.form.addRow(self.tr("Measured &on"), self.when)
        self.form.addRow(self.tr("&Taken by"), self.taken_by)
        grid = QGridLayout()
        self.fields: dict[str, QLineEdit] = {}
        weight_unit = "kg" if self.units is Units.METRIC else "lb"
        for index, item in enumerate(MEASURES):
            unit = weight_unit if item.is_weight else body_unit_label(self.units)
            field = number_field(QLineEdit(self))
            field.setAccessibleName(measure(item.key))
            field.setMaximumWidth(90)
            if latest is not None and latest.values.get(item.key) is not None:
                value = latest.values[item.key]
                assert value is not None
                hint = (
                    formatting.trimmed(
                        value / (1000 if self.units is Units.METRIC else 453.59237), 1
                    )
                    if item.is_weight
                    else formatting.body_value(value, self.units)
                )
                field.setPlaceholderText(hint)
            label = QLabel(f"{measure(item.key)} ({unit})", self)
            label.setBuddy(field)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(field, row, column * 2 + 1)
            self.fields[item.key] = field
        self.shoe = number_field(
            line(self, self.tr("Shoe size"), placeholder=latest.shoe_size if latest else "")
        )
        self.form.addRow(grid)
        self.form.addRow(self.tr("&Shoe size"), self.shoe)
        self.notes = line(self, self.tr("Notes"))
        self.form.addRow(self.tr("No&tes"), self.notes)
        how = QLabel(
            self.tr(
                "Grey figures are the last measurements; leave a field empty "
                "for a measure not taken."
            ),
            self,
        )
        how.setWordWrap(True)
        self.form.addRow(how)
        self.fields["height"].setFocus()

    def collect(self) -> dict[str, Any]:
        values = {
            key: field.text().strip() for key, field in self.fields.items() if field.text().strip()
        }
        if not values and not self.shoe.text().strip():
            raise Invalid(self.tr("Enter at least one measurement."), self.fields["height"])
        when = self.when.date().toPython()
        assert isinstance(when, date)
        # Each value is checked against its human range here, so the field can be named.
        for key, text in values.items():
            try:
                dancers.to_stored(key, text, self.units)
            except WardrobeError as error:
                from ..text.error_text import error_text

                raise Invalid(error_text(error), self.fields[key]) from None
        return dict(
            values=values,
            measured_on=when,
            shoe_size=self.shoe.text(),
            taken_by=self.taken_by.text(),
            notes=self.notes.text(),
        )

    def work(self, values: dict[str, Any]) -> Callable[[], MeasurementRecord]:
        db, dancer_id = self.db, self.dancer.id
        return lambda: dancers.record_measurements(db, dancer_id, values.pop("values"), **values)
