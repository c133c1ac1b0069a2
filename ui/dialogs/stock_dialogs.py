"""Stock items: a new material with its levels, and a dancer's pointe-shoe specification."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from wardrobe.domain.units import STOCK_UNITS, Units, length_unit_for
from wardrobe.errors import StaleEdit, WardrobeError
from wardrobe.language.vocabulary import MATERIAL_KINDS, SHOE_WIDTHS, unit_word
from wardrobe.records import CompanyRecord, DancerRecord, MaterialRecord, PointeSpecRecord
from wardrobe.store.database import Database

from ..runtime.core import pointe, stock
from ..runtime.tasks import TaskRunner
from ..text import formatting
from ..text.labels import word
from ..text.language import current_language, filled
from .forms import FormDialog, Invalid, add_choice, choice, line, number_field, required


class MaterialDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        companies: list[CompanyRecord],
        suppliers: list[str],
        *,
        record: MaterialRecord | None = None,
        company_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = filled(self.tr("Edit %1"), record.name) if record else self.tr("New material")
        super().__init__(title, runner, parent)
        self.setObjectName("materialDialog")
        self.db = db
        self.record = record
        self.companies = {c.id: c for c in companies}
        current = record.company_id if record else (company_id or companies[0].id)
        self.company = choice(
            self, self.tr("Company"), [(c.name, c.id) for c in companies], current
        )
        self.name = line(
            self, self.tr("Name"), placeholder=self.tr("e.g. Stiff tulle, white, 300 cm")
        )
        self.kind = choice(self, self.tr("Kind"), [(word(k), k) for k in MATERIAL_KINDS])
        self.colour = line(self, self.tr("Colour"))
        self.width_field = number_field(line(self, self.tr("Width")))
        self.unit = choice(
            self,
            self.tr("Stock unit"),
            [(unit_word(u, current_language()), u) for u in STOCK_UNITS],
            length_unit_for(Units(self.companies[current].units)),
        )
        self.opening = number_field(line(self, self.tr("In stock now"), placeholder="0"))
        self.minimum = number_field(line(self, self.tr("Minimum")))
        self.target = number_field(line(self, self.tr("Target")))
        self.supplier = choice(
            self, self.tr("Supplier"), [(self.tr("(none)"), None)] + [(s, s) for s in suppliers]
        )
        self.cost = number_field(line(self, self.tr("Cost per unit")))
        for label, widget in (
            (self.tr("&Company"), self.company),
            (self.tr("&Name"), self.name),
            (self.tr("&Kind"), self.kind),
            (self.tr("Co&lour"), self.colour),
            (self.tr("&Width"), self.width_field),
            (self.tr("Stock &unit"), self.unit),
            (self.tr("In stock &now"), self.opening),
            (self.tr("&Minimum"), self.minimum),
            (self.tr("&Target"), self.target),
            (self.tr("&Supplier"), self.supplier),
            (self.tr("C&ost per unit"), self.cost),
        ):
            self.form.addRow(label, widget)
        self.company.currentIndexChanged.connect(self._company_changed)
        self._company_changed()
        if record is not None:
            self.company.setEnabled(False)
            self.form.setRowVisible(self.opening, False)  # stock moves only by the ledger
            self._fill(record)
        self.name.setFocus()

    def _fill(self, record: MaterialRecord) -> None:
        self.name.setText(record.name)
        index = self.kind.findData(record.kind)
        if index < 0:
            add_choice(self.kind, record.kind, record.kind)
            index = self.kind.count() - 1
        self.kind.setCurrentIndex(index)
        self.colour.setText(record.colour)
        self.width_field.setText(formatting.body_value(record.width_mm, record.units))
        self.unit.setCurrentIndex(max(0, self.unit.findData(record.unit)))
        self.minimum.setText(formatting.stock_value(record.minimum, record.unit))
        self.target.setText(formatting.stock_value(record.target, record.unit))
        self.supplier.setCurrentIndex(max(0, self.supplier.findData(record.supplier or None)))
        self.cost.setText(formatting.money_field(record.unit_cost))

    def _width_unit(self) -> str:
        """The company's unit for widths: cm in Paris, inches in New York."""
        return "in" if self.companies[self.company.currentData()].units == "imperial" else "cm"

    def _company_changed(self) -> None:
        unit = self._width_unit()
        label = self.form.labelForField(self.width_field)
        if isinstance(label, QLabel):
            label.setText(filled(self.tr("&Width (%1)"), unit))
        self.width_field.setAccessibleName(filled(self.tr("Width (%1)"), unit))

    def failed(self, error: WardrobeError) -> None:
        if isinstance(error, StaleEdit) and self.record is not None:
            db, material_id = self.db, self.record.id
            self.runner.run(lambda: stock.get_material(db, material_id), self._refreshed)

    def _refreshed(self, fresh: MaterialRecord) -> None:
        self.record = fresh
        self._fill(fresh)

    def collect(self) -> dict[str, Any]:
        name = required(self.name, self.tr("Give the material a name."))
        if not self.minimum.text().strip():
            raise Invalid(
                self.tr("Give the minimum level: below it the material is on the reorder list."),
                self.minimum,
            )
        return dict(
            name=name,
            kind=self.kind.currentData(),
            colour=self.colour.text(),
            width=self.width_field.text().strip() or None,
            width_unit=self._width_unit(),
            unit=self.unit.currentData(),
            opening_quantity=self.opening.text().strip() or None,
            minimum=self.minimum.text().strip(),
            target=self.target.text().strip() or None,
            supplier=self.supplier.currentData(),
            unit_cost=self.cost.text().strip() or None,
        )

    def work(self, values: dict[str, Any]) -> Callable[[], MaterialRecord]:
        db, company, record = self.db, self.company.currentData(), self.record
        if record is None:
            return lambda: stock.create_material(db, company=company, **values)
        values.pop("opening_quantity", None)
        return self.undoable(
            db,
            "material",
            record.id,
            lambda: stock.edit_material(db, record.id, expected_version=record.version, **values),
        )


class PointeSpecDialog(FormDialog):
    """A new specification for a dancer, or an edit of the current one."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        dancers: list[DancerRecord],
        suppliers: list[str],
        *,
        record: PointeSpecRecord | None = None,
        dancer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            filled(self.tr("Pointe shoes: %1"), record.dancer)
            if record
            else self.tr("New pointe-shoe specification")
        )
        super().__init__(title, runner, parent)
        self.setObjectName("pointeDialog")
        self.db, self.record = db, record
        self.dancer = choice(
            self,
            self.tr("Dancer"),
            [(d.name, d.id) for d in dancers if d.active],
            record.dancer_id if record else dancer_id,
        )
        self.dancer.setEnabled(record is None)
        self.maker = choice(
            self,
            self.tr("Maker"),
            [(s, s) for s in suppliers],
            record.maker if record else None,
            editable=True,
        )
        self.model = line(self, self.tr("Model"), record.model if record else "")
        self.size_field = number_field(line(self, self.tr("Size"), record.size if record else ""))
        self.width_field = choice(
            self,
            self.tr("Width"),
            [(w, w) for w in SHOE_WIDTHS],
            record.width if record else "XX",
            editable=True,
        )
        self.shank = choice(
            self,
            self.tr("Shank"),
            [(word(s), s) for s in ("soft", "medium", "hard", "extra hard")],
            record.shank if record else "medium",
            editable=True,
        )
        self.vamp = line(self, self.tr("Vamp"), record.vamp if record else "")
        self.mark = line(
            self,
            self.tr("Maker's mark"),
            record.maker_mark if record else "",
            self.tr("Freed: crown, bell, L, Maltese cross…"),
        )
        self.supplier = choice(
            self,
            self.tr("Supplier"),
            [(self.tr("(none)"), None)] + [(s, s) for s in suppliers],
            record.supplier if record else None,
        )
        self.rate = number_field(
            line(self, self.tr("Pairs a week"), f"{record.pairs_per_week:g}" if record else "")
        )
        self.lead = line(
            self,
            self.tr("Lead time (weeks)"),
            str(record.lead_time_weeks) if record else "",
            self.tr("empty: the supplier's"),
        )
        self.minimum = number_field(
            line(
                self,
                self.tr("Minimum pairs"),
                "" if not record or record.minimum_pairs is None else str(record.minimum_pairs),
            )
        )
        self.allowance = number_field(
            line(
                self,
                self.tr("Season allowance"),
                ""
                if not record or record.season_allowance is None
                else str(record.season_allowance),
            )
        )
        self.cost = number_field(
            line(
                self,
                self.tr("Cost per pair"),
                formatting.money_field(record.unit_cost) if record else "",
            )
        )
        self.on_hand = number_field(line(self, self.tr("Pairs on hand"), placeholder="0"))
        self.on_hand.setVisible(record is None)
        rows = [
            (self.tr("&Dancer"), self.dancer),
            (self.tr("&Maker"), self.maker),
            (self.tr("M&odel"), self.model),
            (self.tr("&Size"), self.size_field),
            (self.tr("&Width"), self.width_field),
            (self.tr("S&hank"), self.shank),
            (self.tr("&Vamp"), self.vamp),
            (self.tr("Maker's m&ark"), self.mark),
            (self.tr("Su&pplier"), self.supplier),
            (self.tr("Pairs a &week"), self.rate),
            (self.tr("&Lead time (weeks)"), self.lead),
            (self.tr("Mi&nimum pairs"), self.minimum),
            (self.tr("Season a&llowance"), self.allowance),
            (self.tr("&Cost per pair"), self.cost),
        ]
        if record is None:
            rows.append((self.tr("Pairs on hand"), self.on_hand))
        for label, widget in rows:
            self.form.addRow(label, widget)
        (self.maker if record is None else self.rate).setFocus()

    def collect(self) -> dict[str, Any]:
        maker = self.maker.currentText().strip()
        if not maker:
            raise Invalid(self.tr("Give the maker, e.g. Freed of London."), self.maker)
        size = required(self.size_field, self.tr("Give the shoe size, e.g. 4½ or 38."))
        if self.dancer.currentData() is None:
            raise Invalid(self.tr("Choose the dancer."), self.dancer)
        values = dict(
            maker=maker,
            model=self.model.text(),
            size=size,
            width=self.width_field.currentText(),
            shank=str(self.shank.currentData() or self.shank.currentText()),
            vamp=self.vamp.text(),
            maker_mark=self.mark.text(),
            supplier=self.supplier.currentData(),
            pairs_per_week=self.rate.text().strip() or 0,
            lead_time_weeks=self.lead.text().strip() or None,
            minimum_pairs=self.minimum.text().strip() or None,
            season_allowance=self.allowance.text().strip() or None,
            unit_cost=self.cost.text().strip() or None,
        )
        if self.record is None:
            values["pairs_on_hand"] = self.on_hand.text().strip() or 0
        return values

    def work(self, values: dict[str, Any]) -> Callable[[], PointeSpecRecord]:
        db, record, dancer = self.db, self.record, self.dancer.currentData()
        if record is None:
            return lambda: pointe.create_spec(db, dancer, **values)
        return self.undoable(
            db,
            "pointe",
            record.id,
            lambda: pointe.edit_spec(db, record.id, expected_version=record.version, **values),
        )
