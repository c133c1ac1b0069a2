"""Who dresses whom in a production, in one form saved whole: its dressers and dressing rooms
(each room with the dresser of its dancers who have none of their own), each dancer's room and
dresser, how few minutes make a change quick, and where each quick change happens and who does
it when not the dancer's own dresser. Refused whole, with the sentence, when any of it is
wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wardrobe.language.vocabulary import CHANGE_PLACES
from wardrobe.records import ChangePlan, DancerPlan, DressingPlan, PlanForm, RoomPlan

from ..runtime.tasks import TaskRunner
from ..text.labels import word
from ..text.language import filled
from .action_dialogs import ActionDialog, Perform
from .forms import Invalid


def _table(parent: QWidget, name: str, heads: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(heads), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(heads)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class DressingDialog(ActionDialog):
    def __init__(
        self,
        title: str,
        form: PlanForm,
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Who dresses whom: %1"), title), runner, perform, parent)
        self.setObjectName("dressingDialog")
        self.save_button.setText(self.tr("Save"))
        self.shown = form
        plan = form.plan
        tabs = QTabWidget(self)
        self.layout_.insertWidget(0, tabs, 1)
        # Dressers and rooms.
        people = QWidget(tabs)
        self.dressers = _table(people, "dressersTable", [self.tr("Dresser")])
        self.rooms = _table(people, "roomsTable", [self.tr("Dressing room"), self.tr("Dresser")])
        columns = QHBoxLayout(people)
        for table, add_text, remove_text in (
            (self.dressers, self.tr("Add a &dresser"), self.tr("Remove the dresser")),
            (self.rooms, self.tr("Add a &room"), self.tr("Remove the room")),
        ):
            column = QVBoxLayout()
            column.addWidget(table, 1)
            row = QHBoxLayout()
            add, remove = QPushButton(add_text, people), QPushButton(remove_text, people)
            for button in (add, remove):
                button.setAutoDefault(False)
                row.addWidget(button)
            add.clicked.connect(lambda _=False, t=table: self._add_row(t))
            remove.clicked.connect(lambda _=False, t=table: self._remove_row(t))
            column.addLayout(row)
            columns.addLayout(column)
        tabs.addTab(people, self.tr("Dressers and rooms"))
        # Each dancer's room and dresser.
        self.dancers = _table(
            tabs, "dancersTable", [self.tr("Dancer"), self.tr("Dressing room"), self.tr("Dresser")]
        )
        tabs.addTab(self.dancers, self.tr("Dancers"))
        # Quick changes.
        changes = QWidget(tabs)
        self.minutes = QSpinBox(changes)
        self.minutes.setObjectName("quickMinutes")
        self.minutes.setRange(0, 30)
        self.minutes.setValue(plan.minutes)
        self.minutes.setPrefix(self.tr("A change of look is quick under "))
        self.minutes.setSuffix(self.tr(" min"))
        self.changes = _table(
            changes,
            "changesTable",
            [self.tr("Quick change into"), self.tr("Who"), self.tr("Where"), self.tr("Dresser")],
        )
        column = QVBoxLayout(changes)
        column.addWidget(self.minutes)
        column.addWidget(self.changes, 1)
        tabs.addTab(changes, self.tr("Quick changes"))
        self._fill(plan)
        self.dressers.itemChanged.connect(lambda _i: self._choices())
        self.rooms.itemChanged.connect(lambda _i: self._choices())
        self.resize(820, 560)

    # -- filling ----------------------------------------------------------------------------
    def _fill(self, plan: DressingPlan) -> None:
        for name in plan.dressers:
            self._add_row(self.dressers, name)
        for room in plan.rooms:
            self._add_row(self.rooms, room.name, room.dresser)
        mine = {d.dancer_id: d for d in plan.dancers}
        self.dancers.setRowCount(len(self.shown.dancers))
        for row, (dancer_id, name) in enumerate(self.shown.dancers):
            item = _fixed(name)
            item.setData(Qt.ItemDataRole.UserRole, dancer_id)
            self.dancers.setItem(row, 0, item)
            said = mine.get(dancer_id)
            self.dancers.setCellWidget(row, 1, self._combo("room", said.room if said else ""))
            self.dancers.setCellWidget(
                row, 2, self._combo("dresser", said.dresser if said else "", none="room")
            )
        placed = {(c.part_id, c.role_id): c for c in plan.changes}
        self.changes.setRowCount(len(self.shown.changes))
        for row, change in enumerate(self.shown.changes):
            self.changes.setItem(row, 0, _fixed(change.label))
            self.changes.setItem(row, 1, _fixed(change.who or "—"))
            setting = placed.get((change.part_id, change.role_id))
            where = QComboBox(self.changes)
            where.addItem(self.tr("not set"), "")
            for place in CHANGE_PLACES:
                where.addItem(word(place), place)
            where.setCurrentIndex(max(where.findData(setting.place if setting else ""), 0))
            self.changes.setCellWidget(row, 2, where)
            self.changes.setCellWidget(
                row, 3, self._combo("dresser", setting.dresser if setting else "", own=True)
            )

    def _add_row(self, table: QTableWidget, name: str = "", dresser: str = "") -> None:
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(name)
        table.setItem(row, 0, item)
        if table is self.rooms:
            table.setCellWidget(row, 1, self._combo("dresser", dresser))
        if not name:
            table.setCurrentCell(row, 0)
            table.editItem(item)

    def _remove_row(self, table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self._choices()

    def _names(self, table: QTableWidget) -> list[str]:
        found = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            found.append(item.text().strip() if item is not None else "")
        return found

    def _combo(self, kind: str, current: str, *, own: bool = False, none: str = "") -> QComboBox:
        box = QComboBox(self)
        box.setProperty("kind", kind)
        box.setProperty("none", "own" if own else none)
        self._offer(box, current)
        return box

    def _offer(self, box: QComboBox, current: str) -> None:
        kind = box.property("kind")
        names = self._names(self.dressers if kind == "dresser" else self.rooms)
        box.blockSignals(True)
        box.clear()
        none = {
            "own": self.tr("her own dresser"),
            "room": self.tr("her room's dresser"),
        }.get(box.property("none"), self.tr("none"))
        box.addItem(none, "")
        for name in names:
            if name:
                box.addItem(name, name)
        if current and box.findData(current) < 0:
            box.addItem(current, current)  # removed from the list: said when saving
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def _choices(self) -> None:
        """Dressers or rooms renamed, added or removed: every choice offers them as they are."""
        for table, columns in ((self.rooms, (1,)), (self.dancers, (1, 2)), (self.changes, (3,))):
            for row in range(table.rowCount()):
                for column in columns:
                    box = table.cellWidget(row, column)
                    if isinstance(box, QComboBox):
                        self._offer(box, str(box.currentData() or ""))

    # -- saving -----------------------------------------------------------------------------
    def collect(self) -> Any:
        dressers = self._names(self.dressers)
        rooms = self._names(self.rooms)
        if "" in dressers:
            raise Invalid(self.tr("Each dresser needs a name."), self.dressers)
        if "" in rooms:
            raise Invalid(self.tr("Each dressing room needs a name."), self.rooms)

        def value(table: QTableWidget, row: int, column: int) -> str:
            box = table.cellWidget(row, column)
            return str(box.currentData() or "") if isinstance(box, QComboBox) else ""

        dancers = []
        for row, (dancer_id, name) in enumerate(self.shown.dancers):
            room, dresser = value(self.dancers, row, 1), value(self.dancers, row, 2)
            if room or dresser:
                dancers.append(DancerPlan(dancer_id, name, room, dresser))
        changes = []
        for row, change in enumerate(self.shown.changes):
            place, dresser = value(self.changes, row, 2), value(self.changes, row, 3)
            if place or dresser:
                changes.append(ChangePlan(change.part_id, change.role_id, place, dresser))
        return DressingPlan(
            self.shown.plan.production_id,
            self.minutes.value(),
            tuple(RoomPlan(name, value(self.rooms, row, 1)) for row, name in enumerate(rooms)),
            tuple(dressers),
            tuple(dancers),
            tuple(changes),
        )
