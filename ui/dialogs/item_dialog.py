"""Logging a new costume item or editing one; a tutu shows its style, layers, hoop and net."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from shiboken6 import isValid

from wardrobe.domain.units import money_to_minor
from wardrobe.errors import StaleEdit, WardrobeError
from wardrobe.language.vocabulary import CONDITIONS, MAX_NET_LAYERS, PIECE_TYPES, TUTU_STYLES
from wardrobe.records import CompanyRecord, CostumeRecord, DancerRecord
from wardrobe.store.database import Database

from ..runtime.core import alterations, catalog, costumes, holds, item_fields
from ..runtime.tasks import TaskRunner
from ..text import formatting
from ..text.labels import word
from ..text.language import filled
from ..text.marks import status as status_mark
from .alteration_dialogs import OpenAlterations
from .forms import (
    FormDialog,
    Invalid,
    add_choice,
    choice,
    combo_value,
    hint,
    line,
    number_field,
    required,
    set_choices,
)
from .photo_panel import PhotoPanel
from .record_buttons import add_action_buttons


class ItemDialog(FormDialog):
    """``record`` given: edit it; else log a new item (``tag`` may come from the scanner).

    ``action_requested(name, record)``: the user chose an action (check_out, check_in, move,
    alteration, use_tulle, to_cleaning, history) from the item; the window performs it.
    ``alteration_requested(key, alteration)``: an operation on one open alteration.
    """

    action_requested = Signal(str, object)
    alteration_requested = Signal(str, object)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        companies: list[CompanyRecord],
        dancers: list[DancerRecord],
        *,
        record: CostumeRecord | None = None,
        tag: str = "",
        company_id: int | None = None,
        pick_lists: dict[int, tuple[dict[str, list[str]], list[str]]] | None = None,
        buttons: list[tuple[str, str, str, bool, str]] | None = None,
        alteration_buttons: list[tuple[str, str, str, bool, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``pick_lists``: each company's productions with roles, and places, as read by an
        earlier dialog (the window keeps them until something may have changed them).
        ``buttons``: the operations on the item, as its opener declares them (key, text, icon,
        enabled, shortcut); ``alteration_buttons``: those on an open alteration."""
        title = filled(self.tr("Edit %1"), record.tag) if record else self.tr("New item")
        super().__init__(title, runner, parent)
        self.setObjectName("itemDialog")
        self.db = db
        self.record = record
        self._buttons = buttons or []
        self._alteration_buttons = alteration_buttons or []
        self.dancers = dancers
        self.pick_lists = pick_lists if pick_lists is not None else {}
        first = record.company_id if record else (company_id or companies[0].id)
        self.company = choice(self, self.tr("Company"), [(c.name, c.id) for c in companies], first)
        self.company.setEnabled(record is None)
        self.tag = line(
            self, self.tr("Tag"), record.tag if record else tag, self.tr("empty: the next free tag")
        )
        self.tag.setReadOnly(record is not None)
        self.name = line(self, self.tr("Name"), placeholder=self.tr("e.g. Aurora Act III tutu"))
        self.piece = choice(self, self.tr("Piece type"), [(word(p), p) for p in PIECE_TYPES])
        self.production = QComboBox(self)
        self.production.setEditable(True)
        self.production.setAccessibleName(self.tr("Production"))
        self.role = QComboBox(self)
        self.role.setEditable(True)
        self.role.setAccessibleName(self.tr("Role"))
        self.colour = line(self, self.tr("Colour"))
        self.size_field = line(self, self.tr("Size"))
        self.built_for = QComboBox(self)
        self.built_for.setAccessibleName(self.tr("Made for"))
        self.location = QComboBox(self)
        self.location.setEditable(True)
        self.location.setAccessibleName(self.tr("Location"))
        hint(self.location, self.tr("Room / rack, hoist or bin"))
        self.condition = choice(
            self, self.tr("Condition"), [(word(c), c) for c in CONDITIONS], "good"
        )
        self.value = number_field(line(self, self.tr("Replacement value")))
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        self.tutu_box = QGroupBox(self.tr("Tutu"), self)
        self.tutu_style = choice(
            self.tutu_box, self.tr("Tutu style"), [(word(s), s) for s in TUTU_STYLES]
        )
        self.layers = QSpinBox(self.tutu_box)
        self.layers.setRange(1, MAX_NET_LAYERS)
        self.layers.setValue(12)
        self.layers.setAccessibleName(self.tr("Net layers"))
        self.hoop = QSpinBox(self.tutu_box)
        self.hoop.setRange(0, MAX_NET_LAYERS)
        self.hoop.setSpecialValueText(self.tr("no hoop"))
        self.hoop.setAccessibleName(self.tr("Hoop layer"))
        self.net_colour = line(self.tutu_box, self.tr("Net colour"))
        self.net_type = line(self.tutu_box, self.tr("Net type"), placeholder=self.tr("stiff net"))
        tutu_form = QFormLayout(self.tutu_box)
        tutu_form.addRow(self.tr("St&yle"), self.tutu_style)
        tutu_form.addRow(self.tr("Net &layers"), self.layers)
        tutu_form.addRow(self.tr("&Hoop on layer"), self.hoop)
        tutu_form.addRow(self.tr("Net colour"), self.net_colour)
        tutu_form.addRow(self.tr("Net type"), self.net_type)

        for label, widget in (
            (self.tr("&Company"), self.company),
            (self.tr("&Tag"), self.tag),
            (self.tr("&Name"), self.name),
            (self.tr("&Piece type"), self.piece),
            (self.tr("P&roduction"), self.production),
            (self.tr("R&ole"), self.role),
            (self.tr("Co&lour"), self.colour),
            (self.tr("&Size"), self.size_field),
            (self.tr("&Made for"), self.built_for),
            (self.tr("Locat&ion"), self.location),
            (self.tr("Con&dition"), self.condition),
            (self.tr("Replacement &value"), self.value),
            (self.tr("No&tes"), self.notes),
        ):
            self.form.addRow(label, widget)
        self.form.addRow(self.tutu_box)
        self.photos: PhotoPanel | None = None
        if record is not None:
            self._add_actions(record)
            self._add_photos(record)

        self.company.currentIndexChanged.connect(self._company_changed)
        self.production.currentTextChanged.connect(self._production_changed)
        self.piece.currentIndexChanged.connect(self._piece_changed)
        self._roles: dict[str, list[str]] = {}
        self._company_changed()
        if record is not None:
            self._fill(record)
        self._piece_changed()
        (self.name if record or tag else self.tag).setFocus()
        self.resize(800 if record is not None else 520, 0)

    def _add_photos(self, record: CostumeRecord) -> None:
        self.photos = PhotoPanel(self.db, self.runner, record.tag, self)
        self.photos.place_beside(self.layout_, self.form, self)

    def _add_actions(self, record: CostumeRecord) -> None:
        state = word(record.status)
        if record.status == "out":
            state = filled(
                self.tr("out to %1 since %2"), record.out_to, formatting.moment(record.out_since)
            )
        if record.lent_to:
            state = status_mark(record)
        where = record.location or self.tr("no place set")
        status = QLabel(filled(self.tr("Now: %1 · %2"), state, where), self)
        status.setObjectName("itemStatus")
        status.setWordWrap(True)
        self.layout_.insertWidget(0, status)
        self.status = status
        row = QHBoxLayout()
        add_action_buttons(self, row, self._buttons, self._request)
        self.layout_.insertLayout(1, row)
        self.alterations = OpenAlterations(self._alteration_buttons, self)
        self.alterations.requested.connect(self._alteration)
        self.layout_.insertWidget(2, self.alterations)
        db, tag = self.db, record.tag
        self.runner.run(lambda: alterations.alterations_for(db, tag), self._alterations_loaded)

    def _alterations_loaded(self, rows: list) -> None:
        self.refill(lambda: self.alterations.set_alterations(rows))
        if self.isVisible():
            self.adjustSize()
            self.keep_on_screen()
        db, tag = self.db, self.record.tag if self.record is not None else ""
        self.runner.run(lambda: holds.holds_of(db, tag), self._holds_loaded)

    def _holds_loaded(self, found: list) -> None:
        """The coming dates of the schedule that need it, under where it is now."""
        if not found or not isValid(self.status):
            return
        named = ", ".join(
            filled(
                self.tr("%1, %2 %3 (%4)"),
                hold.event.production,
                word(hold.event.kind),
                formatting.wall_clock(hold.event.starts_at),
                hold.wearer,
            )
            for hold in found[:2]
        )
        if len(found) > 2:
            named = filled(self.tr("%1 and %n more", "", len(found) - 2), named)
        self.status.setText(self.status.text() + "\n" + filled(self.tr("Needed by: %1"), named))

    def _alteration(self, name: str, alteration: Any) -> None:
        self.reject()
        self.alteration_requested.emit(name, alteration)

    def _request(self, name: str) -> None:
        record = self.record
        self.reject()
        self.action_requested.emit(name, record)

    # -- choices follow the company and production ----------------------------------------
    def _company_id(self) -> int:
        return int(self.company.currentData())

    def _company_changed(self) -> None:
        company_id = self._company_id()
        set_choices(
            self.built_for,
            [(self.tr("(no one: made to a size)"), None)]
            + [(d.name, d.id) for d in self.dancers if d.company_id == company_id and d.active],
        )
        # Hundreds of productions and thousands of places at scale: their pick-lists arrive
        # just after the dialog opens (anything can be typed at once), or are known already.
        known = self.pick_lists.get(company_id)
        if known is not None:
            self._lists_loaded(company_id, *known)
            return
        db = self.db

        def read() -> tuple[dict[str, list[str]], list[str]]:
            return catalog.productions_and_roles(db, company_id), catalog.location_paths(
                db, company_id
            )

        def loaded(lists: tuple[dict[str, list[str]], list[str]]) -> None:
            self.pick_lists[company_id] = lists
            if isValid(self):
                self.refill(lambda: self._lists_loaded(company_id, *lists))

        self.runner.run(read, loaded)

    def _lists_loaded(self, company_id: int, roles: dict[str, list[str]], paths: list[str]) -> None:
        if not isValid(self) or self._company_id() != company_id:
            return  # closed, or another company chosen meanwhile
        self._roles = roles
        keep, keep_role = self.production.currentText(), self.role.currentText()
        self.production.blockSignals(True)
        set_choices(self.production, [(t, t) for t in ["", *roles]])
        self.production.setEditText(keep)
        self.production.blockSignals(False)
        set_choices(self.role, [(r, r) for r in ["", *roles.get(keep.strip(), [])]])
        self.role.setEditText(keep_role)
        keep_place = self.location.currentText()
        set_choices(self.location, [(p, p) for p in ["", *paths]])
        self.location.setEditText(keep_place)

    def _production_changed(self, title: str) -> None:
        keep = self.role.currentText()
        set_choices(self.role, [(r, r) for r in ["", *self._roles.get(title.strip(), [])]])
        self.role.setEditText(keep)

    def _piece_changed(self) -> None:
        self.tutu_box.setVisible(self.piece.currentData() == "tutu")
        if self.isVisible():
            self.adjustSize()
            self.keep_on_screen()

    def _fill(self, record: CostumeRecord) -> None:
        self.name.setText(record.name)
        self.piece.setCurrentIndex(max(0, self.piece.findData(record.piece_type)))
        if self.piece.findData(record.piece_type) < 0:
            add_choice(self.piece, record.piece_type, record.piece_type)
            self.piece.setCurrentIndex(self.piece.count() - 1)
        self.production.setEditText(record.production)
        self._production_changed(record.production)
        self.role.setEditText(record.role)
        self.colour.setText(record.colour)
        self.size_field.setText(record.size)
        index = self.built_for.findText(record.built_for) if record.built_for else 0
        self.built_for.setCurrentIndex(max(0, index))
        self.location.setEditText(record.location)
        self.condition.setCurrentIndex(max(0, self.condition.findData(record.condition)))
        self.value.setText(formatting.money_field(record.replacement_value))
        self.notes.setPlainText(record.notes)
        if record.tutu:
            self.tutu_style.setCurrentIndex(max(0, self.tutu_style.findData(record.tutu.style)))
            self.layers.setValue(record.tutu.net_layers)
            self.hoop.setValue(record.tutu.hoop_layer or 0)
            self.net_colour.setText(record.tutu.net_colour)
            self.net_type.setText(record.tutu.net_type)

    # -- saving ----------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        name = required(self.name, self.tr("Give the item a name, e.g. “Aurora Act III tutu”."))
        value = self.value.text().strip()
        if value:
            try:
                money_to_minor(value)
            except WardrobeError:
                raise Invalid(
                    self.tr("The replacement value must be a number, e.g. 2500 or 2500.50."),
                    self.value,
                ) from None
        if self.role.currentText().strip() and not self.production.currentText().strip():
            raise Invalid(
                self.tr("A role belongs to a production: choose the production too."),
                self.production,
            )
        tutu = None
        if self.piece.currentData() == "tutu":
            hoop = self.hoop.value() or None
            if hoop and hoop > self.layers.value():
                raise Invalid(
                    filled(
                        self.tr("The hoop cannot sit on layer %1 of a %2-layer tutu."),
                        str(hoop),
                        str(self.layers.value()),
                    ),
                    self.hoop,
                )
            tutu = item_fields.TutuSpec(
                style=self.tutu_style.currentData(),
                net_layers=self.layers.value(),
                hoop_layer=hoop,
                net_colour=self.net_colour.text(),
                net_type=self.net_type.text(),
            )
        return dict(
            name=name,
            piece_type=self.piece.currentData(),
            production=self.production.currentText().strip() or None,
            role=self.role.currentText().strip() or None,
            colour=self.colour.text(),
            size=self.size_field.text(),
            built_for=self.built_for.currentData(),
            location=combo_value(self.location) or None,
            condition=self.condition.currentData(),
            replacement_value=value or None,
            notes=self.notes.toPlainText(),
            tutu=tutu,
        )

    def work(self, values: dict[str, Any]) -> Callable[[], CostumeRecord]:
        db, record = self.db, self.record
        if record is None:
            company, tag = self._company_id(), self.tag.text().strip() or None
            return lambda: costumes.log_item(db, company=company, tag=tag, **values)
        return self.undoable(
            db,
            "costume",
            record.id,
            lambda: costumes.edit_item(db, record.tag, expected_version=record.version, **values),
        )

    def failed(self, error: WardrobeError) -> None:
        if isinstance(error, StaleEdit) and self.record is not None:
            # Show what the other desk saved; the user may re-apply their change and save.
            db, tag = self.db, self.record.tag
            self.runner.run(lambda: costumes.get_item(db, tag), self._refreshed)

    def _refreshed(self, fresh: CostumeRecord) -> None:
        self.record = fresh
        self._fill(fresh)
        self._piece_changed()
