"""Counting at the desk. The stocktake of a place: choose it (or scan its label), then scan
every item found there; four lists say, live, what is found, missing, misplaced and unknown;
Ctrl+M moves the selected misplaced item here when the count is finished. Closing keeps the
count for later. And the count of materials keyed back from the paper count sheet, with the
differences shown before they go to the ledger."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wardrobe.domain.units import base_to_stock
from wardrobe.records import MaterialRecord

from ..runtime.core import places
from ..runtime.tasks import TaskRunner
from ..text import formatting
from ..text.icons import icon
from ..text.labels import unit
from ..text.language import filled
from .forms import FormDialog, Invalid, line, set_choices

if TYPE_CHECKING:
    from wardrobe.services.places import PlaceRecord
    from wardrobe.services.stocktake import CountedItem, ScanOutcome, StocktakeState


class StocktakeDialog(QDialog):
    """``requested(name, payload)``: ``start`` (a place: path or code), ``scan`` (a tag),
    ``move`` (a tag), ``finish``; the actions run them and hand back ``show_state`` or
    ``show_scan``. Scans reach ``take_scan`` from the window whatever has the focus.
    ``buttons``: start, move and finish as the opener declares them (key, text, icon, enabled,
    shortcut); the window places them."""

    requested = Signal(str, object)

    def __init__(
        self,
        places: list[PlaceRecord],
        under_way: list[StocktakeState],
        buttons: list[tuple[str, str, str, bool, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stocktakeDialog")
        self.setWindowTitle(self.tr("Stocktake"))
        self.state: StocktakeState | None = None
        going = {s.place_code for s in under_way}
        self.place = QComboBox(self)
        self.place.setEditable(True)
        self.place.setAccessibleName(self.tr("Place to count"))
        items = [
            (
                filled(self.tr("%1 (count under way)"), p.path) if p.code in going else p.path,
                p.code,
            )
            for p in places
        ]
        set_choices(self.place, items)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if under_way:
            index = self.place.findData(under_way[0].place_code)
            self.place.setCurrentIndex(max(0, index))
        self.buttons = self._make_buttons(buttons)
        self.start_button = self.buttons["start"]
        self.field = QLineEdit(self)
        self.field.setObjectName("stocktakeTag")
        self.field.setPlaceholderText(self.tr("Scan or type a tag, then Enter"))
        self.field.setAccessibleName(self.tr("Tag"))
        self.field.returnPressed.connect(self._typed)
        self.heading = QLabel(self.tr("Choose the place, or scan its label."), self)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("stocktakeHeading")
        self.last = QLabel(self)
        self.last.setObjectName("stocktakeLast")
        self.last.setWordWrap(True)
        self.lists: dict[str, QListWidget] = {}
        self.titles: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, name in enumerate(("found", "missing", "misplaced", "unknown")):
            title = QLabel(self)
            listing = QListWidget(self)
            listing.setObjectName(f"stocktake_{name}")
            title.setBuddy(listing)
            grid.addWidget(title, 0, column)
            grid.addWidget(listing, 1, column)
            grid.setColumnStretch(column, (2, 2, 3, 1)[column])
            self.lists[name], self.titles[name] = listing, title
        self.move_button, self.finish_button = self.buttons["move"], self.buttons["finish"]
        close = QPushButton(self.tr("C&lose (the count is kept)"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.place, 1)
        top.addWidget(self.start_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.move_button)
        bottom.addStretch(1)
        bottom.addWidget(self.finish_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.field)
        layout.addWidget(self.last)
        layout.addLayout(grid, 1)
        layout.addLayout(bottom)
        self.resize(1100, 560)
        self._titles()
        self._enable()

    # -- what it shows ----------------------------------------------------------------------
    def _titles(self) -> None:
        state = self.state
        counts = {
            "found": len(state.found) if state else 0,
            "missing": len(state.missing) if state else 0,
            "misplaced": len(state.misplaced) if state else 0,
            "unknown": len(state.unknown) if state else 0,
        }
        texts = {
            "found": self.tr("&Found: %1"),
            "missing": self.tr("M&issing: %1"),
            "misplaced": self.tr("Mis&placed: %1"),
            "unknown": self.tr("&Unknown tags: %1"),
        }
        for name, text in texts.items():
            self.titles[name].setText(filled(text, str(counts[name])))

    def _enable(self) -> None:
        counting = self.state is not None
        self.field.setEnabled(counting)
        self.finish_button.setEnabled(counting)
        self.move_button.setEnabled(counting and bool(self.state and self.state.misplaced))

    def show_state(self, state: StocktakeState) -> None:
        self.state = state
        index = self.place.findData(state.place_code)
        if index >= 0:
            self.place.setCurrentIndex(index)
        self.heading.setText(
            filled(
                self.tr("Counting <b>%1</b> (%2), started %3 by %4. Scan every item found here."),
                state.place,
                state.place_code,
                formatting.day(state.started_at.date()),
                state.started_by,
            )
        )

        def fill(listing: QListWidget, items: tuple[CountedItem, ...], where: bool) -> None:
            chosen = listing.currentItem()  # kept across the refill (the next scan's)
            chosen_tag = chosen.data(Qt.ItemDataRole.UserRole) if chosen else None
            listing.clear()
            for item in items:
                text = f"{item.tag}  {item.name}"
                if where:
                    recorded = item.recorded_at or self.tr("no place set")
                    text += "\n    " + filled(self.tr("recorded at %1"), recorded)
                    if item.move_here:
                        text += "  ✔ " + self.tr("moves here")
                row = QListWidgetItem(text)
                row.setData(Qt.ItemDataRole.UserRole, item.tag)
                listing.addItem(row)
                if item.tag == chosen_tag:
                    listing.setCurrentItem(row)

        fill(self.lists["found"], state.found, False)
        fill(self.lists["missing"], state.missing, False)
        fill(self.lists["misplaced"], state.misplaced, True)
        self.lists["unknown"].clear()
        self.lists["unknown"].addItems(list(state.unknown))
        self._titles()
        self._enable()
        self.field.setFocus()

    def show_scan(self, outcome: ScanOutcome) -> None:
        said = {
            "found": self.tr("%1 found: %2"),
            "misplaced": self.tr("%1 is misplaced: recorded at %3 (%2)"),
            "unknown": self.tr("%1: no item has this tag"),
            "again": self.tr("%1 scanned already: counted once"),
        }[outcome.kind]
        self.last.setText(
            filled(said, outcome.tag, outcome.name, outcome.recorded_at or self.tr("no place set"))
        )
        self.show_state(outcome.state)
        if outcome.kind == "misplaced":
            listing = self.lists["misplaced"]
            for row in range(listing.count()):
                if listing.item(row).data(Qt.ItemDataRole.UserRole) == outcome.tag:
                    listing.setCurrentRow(row)

    def say(self, text: str) -> None:
        self.last.setText(text)

    # -- what the user does -----------------------------------------------------------------
    def _make_buttons(self, rows: list[tuple[str, str, str, bool, str]]) -> dict[str, QPushButton]:
        handlers = {
            "start": self._start,
            "move": self._move,
            "finish": lambda: self.requested.emit("finish", None),
        }
        made = {}
        for key, text, icon_name, _enabled, keys in rows:
            shown = filled(self.tr("%1 (%2)"), text, keys) if keys else text
            button = QPushButton(icon(icon_name or "none"), shown, self)
            button.setObjectName(f"action_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(handlers[key])
            if keys:
                QShortcut(QKeySequence(keys), self, handlers[key])
            made[key] = button
        return made

    def _start(self) -> None:
        index = self.place.currentIndex()
        text = self.place.currentText().strip()
        data = self.place.itemData(index) if index >= 0 else None
        chosen = data if data is not None and self.place.itemText(index) == text else text
        if chosen:
            self.requested.emit("start", chosen)

    def _typed(self) -> None:
        text = self.field.text().strip()
        self.field.clear()
        if text:
            self.take_scan(text.upper())

    def take_scan(self, tag: str) -> None:
        """A scan while this dialog is on top: a place label starts (or resumes) that
        place's count; any other tag is counted in the place being counted."""
        if places.is_place_code(tag):
            self.requested.emit("start", tag)
            return
        if self.state is None:
            self.say(self.tr("Choose the place first, or scan its label."))
            return
        self.requested.emit("scan", tag)

    def _move(self) -> None:
        listing = self.lists["misplaced"]
        row = listing.currentItem()
        if row is None and listing.count() == 1:
            row = listing.item(0)  # the only one: no need to choose it
        if self.state is None or listing.count() == 0:
            self.say(self.tr("No misplaced item to move here."))
        elif row is None:
            self.say(self.tr("Choose the misplaced item to move here (click it, or scan it)."))
        else:
            self.requested.emit("move", row.data(Qt.ItemDataRole.UserRole))


class CountMaterialsDialog(FormDialog):
    """Each material of a company with what the inventory holds and a field for what was
    counted; the difference shows as it is typed. Saved in one go with the reason."""

    def __init__(
        self,
        materials: list[MaterialRecord],
        runner: TaskRunner,
        perform: Callable[[dict[int, str], str], Callable[[], Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Count the materials"), runner, parent)
        self.setObjectName("countMaterialsDialog")
        self.materials, self.perform = materials, perform
        heading = QLabel(
            self.tr(
                "Type what the count sheet says for each material counted; leave the others "
                "empty. Each difference is written to the ledger with the reason."
            ),
            self,
        )
        heading.setWordWrap(True)
        self.form.addRow(heading)
        self.table = QTableWidget(len(materials), 5, self)
        self.table.setObjectName("countTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Material"),
                self.tr("Unit"),
                self.tr("Recorded"),
                self.tr("Counted"),
                self.tr("Difference"),
            ]
        )
        for row, material in enumerate(materials):
            cells = (
                material.name,
                unit(material.unit),
                formatting.trimmed(base_to_stock(material.on_hand, material.unit)),
                "",
                "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column != 3:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._difference)
        self.form.addRow(self.table)
        self.reason = line(self, self.tr("Reason"), self.tr("stocktake"))
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.resize(760, 520)

    def _difference(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 3:
            return
        material = self.materials[cell.row()]
        text = cell.text().strip().replace(",", ".")
        shown = ""
        if text:
            try:
                counted = Decimal(text)
                difference = counted - base_to_stock(material.on_hand, material.unit)
                sign = "+" if difference > 0 else ""
                shown = f"{sign}{formatting.trimmed(difference)} {unit(material.unit)}"
            except InvalidOperation:
                shown = "?"
        self.table.blockSignals(True)
        difference_cell = self.table.item(cell.row(), 4)
        if difference_cell is not None:
            difference_cell.setText(shown)
        self.table.blockSignals(False)

    def counts(self) -> dict[int, str]:
        found = {}
        for row, material in enumerate(self.materials):
            counted = self.table.item(row, 3)
            text = counted.text().strip() if counted is not None else ""
            if text:
                found[material.id] = text
        return found

    def collect(self) -> tuple[dict[int, str], str]:
        counts = self.counts()
        if not counts:
            raise Invalid(self.tr("Type at least one count."), self.table)
        reason = self.reason.text().strip()
        if not reason:
            raise Invalid(self.tr("Give the reason written in the ledger."), self.reason)
        return counts, reason

    def work(self, values: tuple[dict[int, str], str]) -> Callable[[], Any]:
        return self.perform(*values)
