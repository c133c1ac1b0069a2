"""Guest engagements and loans: send a dancer to the other company, lend items, take them
back. They collect and check; the window performs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wardrobe.language.vocabulary import CONDITIONS
from wardrobe.records import CompanyRecord, CostumeRecord, DancerRecord, LoanRecord, PackingList

from ..runtime.tasks import TaskRunner
from ..text.labels import word
from ..text.language import filled
from .action_dialogs import ActionDialog, Perform
from .forms import Invalid, choice, combo_value, hint


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
        hint(self.borrower, self.tr("The other company, or a theatre or school"))
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


class PackDialog(ActionDialog):
    """What travels with a guest: her costumes made for her, ticked; the packing list then."""

    def __init__(
        self,
        dancer: DancerRecord,
        candidates: list[CostumeRecord],
        packed: list[str],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Pack for %1"), dancer.name), runner, perform, parent)
        self.setObjectName("packDialog")
        self.heading(
            self.tr("Tick what travels with the dancer; the packing list is printed next.")
            if candidates
            else self.tr("No costume made for this dancer is in store to pack.")
        )
        self.items = QListWidget(self)
        self.items.setAccessibleName(self.tr("Costumes to pack"))
        for item in candidates:
            row = QListWidgetItem(f"{item.tag}  {item.name} · {word(item.condition)}")
            row.setData(Qt.ItemDataRole.UserRole, item.tag)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(row)
        for tag in packed:
            row = QListWidgetItem(filled(self.tr("%1 (packed already)"), tag))
            row.setFlags(Qt.ItemFlag.NoItemFlags)
            self.items.addItem(row)
        self.form.addRow(self.items)
        self.items.setFocus()

    def collect(self) -> list[str]:
        return [
            self.items.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.items.count())
            if self.items.item(r).checkState() == Qt.CheckState.Checked
            and self.items.item(r).data(Qt.ItemDataRole.UserRole)
        ]


class TravelScanDialog(QDialog):
    """Leaving or arriving: each tag scanned (a burst of keys, then Enter) marks its item;
    closing an arrival says what was not scanned, missing."""

    def __init__(
        self,
        packing: PackingList,
        runner: TaskRunner,
        scan: Callable[[str, bool], Callable[[], LoanRecord]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("travelScanDialog")
        self.setWindowTitle(filled(self.tr("Travel of %1"), packing.engagement.dancer))
        self.packing, self.runner, self.scan = packing, runner, scan
        self.leaving = QRadioButton(filled(self.tr("&Leaving %1"), packing.home.name), self)
        self.arriving = QRadioButton(filled(self.tr("&Arriving at %1"), packing.host.name), self)
        self.arriving.setChecked(all(loan.left_at for loan in packing.items))
        self.leaving.setChecked(not self.arriving.isChecked())
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Scan or type a tag, then Enter"))
        self.field.setAccessibleName(self.tr("Tag"))
        self.field.returnPressed.connect(self._scanned)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Items on the packing list"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("formMessage")
        done = QPushButton(self.tr("&Done"), self)
        done.setAutoDefault(False)  # Enter in the tag field scans; it never closes
        done.clicked.connect(self.finish)
        layout = QVBoxLayout(self)
        for widget in (self.leaving, self.arriving, self.field, self.list, self.message, done):
            layout.addWidget(widget)
        self.setMinimumWidth(620)  # a tag, a name and where it is, unclipped
        self.state = {loan.tag: loan for loan in packing.items}
        self._show()
        self.field.setFocus()

    def _show(self) -> None:
        self.list.clear()
        for tag, loan in self.state.items():
            if loan.arrived_at is not None:
                where = filled(self.tr("at %1"), self.packing.host.name)
            elif loan.left_at is not None:
                where = self.tr("in transit")
            else:
                where = filled(self.tr("at %1"), self.packing.home.name)
            self.list.addItem(f"{tag}  {loan.name} — {where}")

    def _scanned(self) -> None:
        text = self.field.text().strip().upper()
        self.field.clear()
        if text:
            self.take_scan(text)

    def take_scan(self, tag: str) -> None:
        """A tag scanned while this dialog is on top (the window hands it here), or typed."""
        if tag not in self.state:
            self.message.setText(filled(self.tr("%1 is not on this packing list."), tag))
            return
        self.runner.run(self.scan(tag, self.arriving.isChecked()), self._marked)

    def _marked(self, loan: LoanRecord) -> None:
        self.state[loan.tag] = loan
        self.message.setText("")
        self._show()

    def missing(self) -> list[LoanRecord]:
        return [loan for loan in self.state.values() if loan.arrived_at is None]

    def finish(self) -> None:
        if self.arriving.isChecked() and self.missing() and not self.message.property("told"):
            self.message.setText(
                filled(
                    self.tr("Not scanned at arrival, missing: %1"),
                    ", ".join(f"{m.tag} {m.name}" for m in self.missing()),
                )
            )
            self.message.setProperty("told", True)
            self.adjustSize()
            return
        self.accept()


class SwapDialog(ActionDialog):
    """Dancers of the two companies exchanged on the same dates: pairs, one from each."""

    def __init__(
        self,
        companies: list[CompanyRecord],
        dancers: list[DancerRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Swap dancers"), runner, perform, parent)
        self.setObjectName("swapDialog")
        self.first_company, self.second_company = companies[0], companies[1]
        self.heading(
            filled(
                self.tr(
                    "Each dancer of %1 dances for %2 meanwhile, and the other way round; "
                    "each keeps her own company."
                ),
                self.first_company.name,
                self.second_company.name,
            )
        )
        present = [d for d in dancers if d.active and not d.engaged_at]
        self.choices = {
            company.id: [(d.name, d.id) for d in present if d.company_id == company.id]
            for company in (self.first_company, self.second_company)
        }
        self.pairs: list[tuple[QComboBox, QComboBox]] = []
        self.add_pair()
        self.more = QPushButton(self.tr("&Add a pair"), self)
        self.more.setAutoDefault(False)
        self.more.clicked.connect(self.add_pair)
        self.form.addRow("", self.more)
        today = date.today()
        self.starts = _day_field(self, self.tr("From"), today)
        self.form.addRow(self.tr("&From"), self.starts)
        self.until = _day_field(self, self.tr("Until"), today)
        self.until.setDate(QDate(today.year, today.month, today.day).addMonths(3))
        self.form.addRow(self.tr("&Until"), self.until)
        self.pairs[0][0].setFocus()

    def add_pair(self) -> None:
        first = choice(
            self, self.first_company.name, [("", None), *self.choices[self.first_company.id]]
        )
        second = choice(
            self, self.second_company.name, [("", None), *self.choices[self.second_company.id]]
        )
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first, 1)
        layout.addWidget(QLabel("⇄", row))
        layout.addWidget(second, 1)
        self.form.insertRow(
            len(self.pairs), filled(self.tr("Pair %1"), str(len(self.pairs) + 1)), row
        )
        self.pairs.append((first, second))
        if len(self.pairs) > 1:
            row.show()
            first.setFocus()
            self.fit_height()

    def collect(self) -> dict[str, Any]:
        chosen = [
            (a.currentData(), b.currentData())
            for a, b in self.pairs
            if a.currentData() is not None or b.currentData() is not None
        ]
        for a, b in self.pairs:
            if (a.currentData() is None) != (b.currentData() is None):
                raise Invalid(self.tr("Each pair needs a dancer from each company."), a)
        if not chosen:
            raise Invalid(self.tr("Choose at least one pair of dancers."), self.pairs[0][0])
        seen = [i for pair in chosen for i in pair]
        if len(seen) != len(set(seen)):
            raise Invalid(self.tr("A dancer is in two pairs."), self.pairs[0][0])
        starts, until = _day(self.starts), _day(self.until)
        if until < starts:
            raise Invalid(self.tr("The end comes before the start."), self.until)
        return dict(pairs=chosen, starts_on=starts, until=until)
