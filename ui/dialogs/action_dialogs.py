"""Small forms for the everyday actions: check out, move, alteration, tulle for a tutu,
pointe shoes and stock in or out. They collect and check; the window performs (undoably)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from wardrobe.domain.units import LENGTH_UNITS, parse_number
from wardrobe.errors import WardrobeError
from wardrobe.language.vocabulary import ALTERATION_KINDS, CONDITIONS, NET_KINDS
from wardrobe.records import CostumeRecord, DancerRecord, MaterialRecord, PointeSpecRecord

from ..runtime.tasks import TaskRunner
from ..text import formatting
from ..text.labels import pointe_description, unit, word
from ..text.language import filled
from .forms import FormDialog, Invalid, choice, combo_value, hint, line, number_field

Perform = Callable[[Any], Callable[[], Any]]


class ActionDialog(FormDialog):
    """``perform(values)`` gives the work to run; the window supplies it (and its undo)."""

    def __init__(
        self, title: str, runner: TaskRunner, perform: Perform, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, runner, parent)
        self.perform = perform
        self.save_button.setText(self.tr("OK"))
        self.setMinimumWidth(440)  # room for an item's tag, name and what is asked

    def work(self, values: Any) -> Callable[[], Any]:
        return self.perform(values)

    def heading(self, text: str) -> None:
        """A line or two over the fields; a long name wraps (a form row spanning both
        columns would not grow to its second line, and clipped it)."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setObjectName("dialogHeading")
        self.layout_.insertWidget(0, label)

    def place_field(self, label: str, name: str, places: list[str], current: str) -> QComboBox:
        """A place to type or choose (``Room / Rack 4``), added as a row under ``label``."""
        box = choice(self, name, [(p, p) for p in places], editable=True)
        box.setEditText(current)
        hint(box, QCoreApplication.translate("ActionDialog", "Room / rack, hoist or bin"))
        self.form.addRow(label, box)
        return box

    @staticmethod
    def typed_place(box: QComboBox) -> str:
        return str(combo_value(box) or "").strip()


def _number(field: QLineEdit, message: str, *, whole: bool = False) -> Decimal:
    try:
        value = parse_number(field.text(), "quantity")
    except WardrobeError:
        raise Invalid(message, field) from None
    if value <= 0 or (whole and value != value.to_integral()):
        raise Invalid(message, field)
    return value


class CheckOutDialog(ActionDialog):
    def __init__(
        self,
        item: CostumeRecord,
        dancers: list[DancerRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Check out %1"), item.tag), runner, perform, parent)
        self.heading(f"{item.tag} — {item.name}")
        names = [(d.name, d.id) for d in dancers if d.company_id == item.company_id and d.active]
        self.dancer = choice(
            self, self.tr("Dancer"), names, item.out_to_id or self._built_for(item, dancers)
        )
        self.form.addRow(self.tr("&Dancer"), self.dancer)
        self.dancer.setFocus()

    @staticmethod
    def _built_for(item: CostumeRecord, dancers: list[DancerRecord]) -> int | None:
        return next((d.id for d in dancers if d.name == item.built_for), None)

    def collect(self) -> int:
        if self.dancer.currentData() is None:
            raise Invalid(self.tr("Choose the dancer who takes the item."), self.dancer)
        return int(self.dancer.currentData())


class CheckInDialog(ActionDialog):
    """Back into store: in what condition, and where it goes (Enter takes the defaults)."""

    def __init__(
        self,
        item: CostumeRecord,
        places: list[str],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Check in %1"), item.tag), runner, perform, parent)
        self.heading(f"{item.tag} — {item.name} · {word(item.status)}")
        self.condition = choice(
            self, self.tr("Condition"), [(word(c), c) for c in CONDITIONS], item.condition
        )
        self.form.addRow(self.tr("&Condition"), self.condition)
        self.place = self.place_field(
            self.tr("&Goes to"), self.tr("Goes to"), places, item.location
        )
        self.condition.setFocus()

    def collect(self) -> dict[str, Any]:
        return dict(
            condition=self.condition.currentData(), location=self.typed_place(self.place) or None
        )


class MoveDialog(ActionDialog):
    def __init__(
        self,
        item: CostumeRecord,
        places: list[str],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Move %1"), item.tag), runner, perform, parent)
        self.heading(
            filled(
                self.tr("%1 — now at %2"),
                f"{item.tag} {item.name}",
                item.location or self.tr("no place set"),
            )
        )
        self.place = self.place_field(self.tr("&New location"), self.tr("New location"), places, "")
        self.place.setFocus()

    def collect(self) -> str:
        place = self.typed_place(self.place)
        if not place:
            raise Invalid(
                self.tr("Type or choose where the item goes, e.g. “Costume Shop / Rack 4”."),
                self.place,
            )
        return place


class AlterationDialog(ActionDialog):
    def __init__(
        self,
        item: CostumeRecord,
        dancers: list[DancerRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            filled(self.tr("Alteration or repair: %1"), item.tag), runner, perform, parent
        )
        self.heading(f"{item.tag} — {item.name}")
        self.kind = choice(self, self.tr("Kind"), [(word(k), k) for k in ALTERATION_KINDS])
        self.description = QPlainTextEdit(self)
        self.description.setAccessibleName(self.tr("What is to be done or was done"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        people = [(self.tr("(no one in particular)"), None)] + [
            (d.name, d.id) for d in dancers if d.company_id == item.company_id and d.active
        ]
        self.for_dancer = choice(self, self.tr("For dancer"), people, item.out_to_id)
        self.done_on = QDateEdit(self)
        self.done_on.setAccessibleName(self.tr("Done on"))
        self.done_on.setCalendarPopup(True)
        self.done_on.setSpecialValueText(self.tr("not done yet"))
        self.done_on.setMinimumDate(QDate(2000, 1, 1))
        self.done_on.setMaximumDate(QDate.currentDate())
        self.done_on.setDate(self.done_on.minimumDate())
        self.done_by = line(self, self.tr("Done by"))
        self.form.addRow(self.tr("&Kind"), self.kind)
        self.form.addRow(self.tr("&What"), self.description)
        self.form.addRow(self.tr("&For dancer"), self.for_dancer)
        self.form.addRow(self.tr("Done &on"), self.done_on)
        self.form.addRow(self.tr("Done &by"), self.done_by)
        self.description.setFocus()

    def collect(self) -> dict[str, Any]:
        text = self.description.toPlainText().strip()
        if not text:
            raise Invalid(
                self.tr("Say what is to be done, e.g. “Waist taken in 1 cm”."), self.description
            )
        done_on = None
        if self.done_on.date() != self.done_on.minimumDate():
            done_on = self.done_on.date().toPython()
            assert isinstance(done_on, date)
        return dict(
            kind=self.kind.currentData(),
            description=text,
            for_dancer=self.for_dancer.currentData(),
            done_on=done_on,
            done_by=self.done_by.text(),
        )


class UseTulleDialog(ActionDialog):
    def __init__(
        self,
        item: CostumeRecord,
        materials: list[MaterialRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Tulle for %1"), item.tag), runner, perform, parent)
        layers = item.tutu.net_layers if item.tutu else 0
        self.heading(
            filled(
                self.tr(
                    "%1 — %2 layers of net. The build takes layers × length per layer off the "
                    "stock."
                ),
                f"{item.tag} {item.name}",
                str(layers),
            )
        )
        usable = [
            m
            for m in materials
            if m.company_id == item.company_id and m.unit in LENGTH_UNITS and m.kind in NET_KINDS
        ]
        self.material = choice(
            self,
            self.tr("Tulle or net"),
            [(f"{m.name} ({formatting.stock(m.on_hand, m.unit)})", m.id) for m in usable],
        )
        self.units = {m.id: m.unit for m in usable}
        self.length = number_field(line(self, self.tr("Length per layer"), placeholder="1.1"))
        self.unit = QLabel(self)
        self.layers = number_field(line(self, self.tr("Layers"), str(layers)))
        self.material.currentIndexChanged.connect(self._unit)
        self.form.addRow(self.tr("&Tulle or net"), self.material)
        self.form.addRow(self.tr("&Length per layer"), self.length)
        self.form.addRow(self.tr("Unit"), self.unit)
        self.form.addRow(self.tr("La&yers"), self.layers)
        self._unit()
        self.length.setFocus()

    def _unit(self) -> None:
        self.unit.setText(unit(self.units.get(self.material.currentData(), "")))

    def collect(self) -> dict[str, Any]:
        if self.material.currentData() is None:
            raise Invalid(
                self.tr("This company has no tulle or net in stock to take from."), self.material
            )
        length = _number(self.length, self.tr("Give the length of net each layer takes, e.g. 1.1."))
        layers = _number(
            self.layers, self.tr("Layers must be a whole number from 1 to 24."), whole=True
        )
        if layers > 24:
            raise Invalid(self.tr("Layers must be a whole number from 1 to 24."), self.layers)
        return dict(
            material=int(self.material.currentData()), length=str(length), layers=int(layers)
        )


class QuantityDialog(ActionDialog):
    """Pairs issued or received, a delivery of a material, or a stock count."""

    def __init__(
        self,
        title: str,
        heading: str,
        unit: str,
        runner: TaskRunner,
        perform: Perform,
        *,
        whole: bool,
        reason_required: bool = False,
        allow_zero: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, runner, perform, parent)
        self.heading(heading)
        self.unit = unit
        self.whole = whole
        self.allow_zero = allow_zero
        self.reason_required = reason_required
        self.quantity = number_field(line(self, self.tr("Quantity")))
        self.reason = line(self, self.tr("Reason"))
        self.form.addRow(filled(self.tr("&Quantity (%1)"), unit), self.quantity)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.quantity.setFocus()

    def collect(self) -> dict[str, Any]:
        text = self.quantity.text().strip()
        message = (
            self.tr("Give a whole number above zero.")
            if self.whole
            else self.tr("Give a quantity above zero, e.g. 12.5.")
        )
        if self.allow_zero and text in ("0", "0.0", "0,0"):
            value = Decimal(0)
        else:
            value = _number(self.quantity, message, whole=self.whole)
        reason = self.reason.text().strip()
        if self.reason_required and not reason:
            raise Invalid(self.tr("Say why the count changed, e.g. “stock count”."), self.reason)
        return dict(quantity=str(value), reason=reason)


def describe_spec(spec: PointeSpecRecord) -> str:
    weeks = spec.weeks_left
    left = (
        ""
        if weeks is None
        else " · "
        + filled(
            QCoreApplication.translate("QuantityDialog", "%1 weeks left"),
            formatting.number(weeks, 1),
        )
    )
    return (
        f"{spec.dancer}: {pointe_description(spec)} — {spec.pairs_on_hand} "
        + QCoreApplication.translate("QuantityDialog", "pairs on hand")
        + left
    )
