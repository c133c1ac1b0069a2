"""Guest engagements and loans: send a dancer to the other company, lend items, take them
back. They collect and check; the window performs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QSpinBox, QWidget

from wardrobe.records import CompanyRecord, CostumeRecord, DancerRecord
from wardrobe.vocabulary import CONDITIONS

from ..runtime.tasks import TaskRunner
from ..text.labels import word
from ..text.language import filled
from .action_dialogs import ActionDialog, Perform
from .forms import Invalid, choice, combo_value


def _day_field(parent: QWidget, name: str, value: date) -> QDateEdit:
    field = QDateEdit(QDate(value.year, value.month, value.day), parent)
    field.setCalendarPopup(True)
    field.setAccessibleName(name)
    return field


def _day(field: QDateEdit) -> date:
    value = field.date()
    return date(value.year(), value.month(), value.day())


class _Until:
    """An end date that may be left open: a check box, then the date."""

    def __init__(self, dialog: ActionDialog, label: str, name: str, value: date) -> None:
        self.open_ended = QCheckBox(
            QCoreApplication.translate("EngagementDialogs", "No end date"), dialog
        )
        self.field = _day_field(dialog, name, value)
        self.open_ended.toggled.connect(lambda on: self.field.setEnabled(not on))
        dialog.form.addRow(label, self.field)
        dialog.form.addRow("", self.open_ended)

    def value(self) -> date | None:
        return None if self.open_ended.isChecked() else _day(self.field)


class EngageDialog(ActionDialog):
    """A dancer sent to another company as a guest, from a date until a date (or open)."""

    def __init__(
        self,
        dancer: DancerRecord,
        companies: list[CompanyRecord],
        pairs_on_hand: int,
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            filled(self.tr("Send %1 as a guest"), dancer.name), runner, perform, parent
        )
        self.setObjectName("engageDialog")
        self.heading(
            filled(
                self.tr("%1 stays a dancer of %2 and dances for the host meanwhile."),
                dancer.name,
                dancer.company,
            )
        )
        self.host = choice(
            self,
            self.tr("Host company"),
            [(c.name, c.id) for c in companies if c.id != dancer.company_id],
        )
        self.form.addRow(self.tr("&Host company"), self.host)
        today = date.today()
        self.starts = _day_field(self, self.tr("From"), today)
        self.form.addRow(self.tr("&From"), self.starts)
        self.until = _Until(self, self.tr("&Until"), self.tr("Until"), today)
        self.until.field.setDate(QDate(today.year, today.month, today.day).addMonths(3))
        self.pairs = QSpinBox(self)
        self.pairs.setRange(0, max(0, pairs_on_hand))
        self.pairs.setValue(max(0, pairs_on_hand))
        self.pairs.setAccessibleName(self.tr("Pointe pairs taken along"))
        self.form.addRow(self.tr("&Pointe pairs taken along"), self.pairs)
        self.host.setFocus()

    def collect(self) -> dict[str, Any]:
        if self.host.currentData() is None:
            raise Invalid(self.tr("Choose the host company."), self.host)
        starts, until = _day(self.starts), self.until.value()
        if until is not None and until < starts:
            raise Invalid(self.tr("The end comes before the start."), self.until.field)
        return dict(
            to=self.host.currentData(), starts_on=starts, until=until, pairs=self.pairs.value()
        )


class LendDialog(ActionDialog):
    """Items lent to the other company or an outside borrower (a theatre, a school)."""

    def __init__(
        self,
        items: list[CostumeRecord],
        companies: list[CompanyRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            filled(self.tr("Lend %1"), items[0].tag)
            if len(items) == 1
            else self.tr("Lend %n item(s)", "", len(items))
        )
        super().__init__(title, runner, perform, parent)
        self.setObjectName("lendDialog")
        self.heading(
            ", ".join(f"{i.tag} {i.name}" for i in items[:6]) + ("…" if len(items) > 6 else "")
        )
        owners = {i.company_id for i in items}
        self.borrower = choice(
            self,
            self.tr("Borrower"),
            [(c.name, c.name) for c in companies if c.id not in owners],
            editable=True,
        )
        self.borrower.lineEdit().setPlaceholderText(
            self.tr("The other company, or a theatre or school")
        )
        self.form.addRow(self.tr("&Lent to"), self.borrower)
        today = date.today()
        self.due = _Until(self, self.tr("&Due back"), self.tr("Due back"), today)
        self.due.field.setDate(QDate(today.year, today.month, today.day).addMonths(1))
        self.borrower.setFocus()

    def collect(self) -> dict[str, Any]:
        borrower = str(combo_value(self.borrower) or "").strip()
        if not borrower:
            raise Invalid(self.tr("Say who borrows the items."), self.borrower)
        return dict(to=borrower, due_on=self.due.value())


class ReturnLoanDialog(ActionDialog):
    """Lent items back: their condition on return."""

    def __init__(
        self,
        items: list[CostumeRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Back from loan"), runner, perform, parent)
        self.setObjectName("returnLoanDialog")
        self.heading(
            "\n".join(
                filled(self.tr("%1 — from %2"), f"{i.tag} {i.name}", i.lent_to) for i in items[:6]
            )
        )
        self.condition = choice(
            self, self.tr("Condition"), [(word(c), c) for c in CONDITIONS], items[0].condition
        )
        self.form.addRow(self.tr("&Condition on return"), self.condition)
        self.condition.setFocus()

    def collect(self) -> dict[str, Any]:
        return dict(condition=self.condition.currentData())
