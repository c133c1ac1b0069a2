"""The Productions section: a production's costume plot as a grid (roles, or one cast's
dancers, down; parts across; the look in each cell, a change of look marked), edited by
keyboard (Enter: choose the look worn there; Delete: not on stage there), and under it what
the check finds: a double not dressed like her principal, an item on two dancers at once, a
piece of another company, an item retired or missing. A problem opens its item."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wardrobe.records import CostumeRecord, PlotProblem, ProductionRecord

from ..models.plot_model import PlotModel
from ..operations import every, plot_cells, production_changes
from ..operations.operation import translated
from ..runtime.bus import BUILDS, PRODUCTIONS, Changes
from ..runtime.context import AppContext
from ..runtime.core import costs, costume_plot, plot_cell, production_checks, running_order
from ..text import formatting
from ..text.icons import icon
from ..text.language import current_language, filled
from .operations_bar import operations_bar
from .plot_cell_view import PlotCellView
from .read_when_shown import ReadWhenShown

CHOSEN_KEY = "productions/chosen"
# The section's bar, as a list of the operations' keys.
BAR = (
    "production_new_part",
    "production_edit_part",
    "production_remove_part",
    "production_new_look",
    "production_edit_look",
    "production_look_photo",
    "production_cast",
    "production_give_copy",
    "print_costume_plot",
    "print_continuity_book",
)
# What the grid's context menu offers for the cell chosen, after its own keys.
CELL_MENU = (
    "production_edit_part",
    "production_remove_part",
    "production_edit_look",
    "production_look_photo",
    "production_remove_look",
    "production_give_copy",
    "production_uncast",
)


def _read(db: Any, production_id: int | None, cast: int | None) -> tuple:  # on the worker
    found = running_order.productions(db)
    if production_id is None or all(p.id != production_id for p in found):
        production_id = found[0].id if found else None
    if production_id is None:
        return found, None, None, [], None
    plot = costume_plot.plot(db, production_id, cast)
    checked = production_checks.check(db, production_id)
    return found, production_id, plot, checked, costs.production_cost(db, production_id)


class ProductionsSection(ReadWhenShown):
    name = "productions"

    def __init__(self, ctx: AppContext, parent_widget: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.productions: list[ProductionRecord] = []
        self.problems: list[PlotProblem] = []
        self.widget = QWidget(parent_widget)
        self.widget.setObjectName("productionsSection")
        self.chooser = QComboBox(self.widget)
        self.chooser.setObjectName("productionChooser")
        self.chooser.setAccessibleName(self.tr("Production"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cast = QComboBox(self.widget)
        self.cast.setObjectName("castChooser")
        self.cast.addItem(self.tr("Every role"), None)
        for number in (1, 2, 3):
            self.cast.addItem(filled(self.tr("Cast %1"), str(number)), number)
        chooser_label = QLabel(self.tr("Prod&uction:"), self.widget)
        chooser_label.setBuddy(self.chooser)
        cast_label = QLabel(self.tr("&Rows:"), self.widget)
        cast_label.setBuddy(self.cast)
        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 2)
        top.addWidget(cast_label)
        top.addWidget(self.cast)
        self.bar = operations_bar(ctx, self.widget, "productionOperations", BAR)
        top.addWidget(self.bar, 3)
        self.model = PlotModel(self)
        self.grid = QTableView(self.widget)
        self.grid.setObjectName("plotGrid")
        self.grid.setModel(self.model)
        self.grid.setAccessibleName(self.tr("Costume plot"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        # The grid's own keys, on its cells only; its context menu lists them, then what the
        # Productions menu does to the cell chosen.
        for operation in (*plot_cells.CELL_OPERATIONS, *production_changes.PART_MOVES):
            action = QAction(translated(operation.text), self.grid)
            action.setShortcuts([QKeySequence(k) for k in operation.keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, op=operation: op.run and op.run(ctx, None))
            self.grid.addAction(action)
        line = QAction(self.grid)
        line.setSeparator(True)
        self.grid.addAction(line)
        for key, text, icon_name, _enabled, _keys in every.window_buttons(ctx, CELL_MENU, True):
            action = QAction(icon(icon_name or "none"), text, self.grid)
            action.triggered.connect(lambda _=False, k=key: every.run(ctx, k))
            self.grid.addAction(action)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.grid.doubleClicked.connect(lambda _i: plot_cells.wear(ctx))
        self.cell_view = PlotCellView(self.widget)
        self._cell_timer = QTimer(self)
        self._cell_timer.setSingleShot(True)
        self._cell_timer.setInterval(120)  # arrows held down read the last cell only
        self._cell_timer.timeout.connect(self._read_cell)
        self.grid.selectionModel().currentChanged.connect(lambda *_a: self._cell_timer.start())
        self.found = QLabel(self.widget)
        self.found.setObjectName("plotProblemsHeading")
        self.list = QListWidget(self.widget)
        self.list.setObjectName("plotProblems")
        self.list.setAccessibleName(self.tr("What the check found"))
        self.list.itemActivated.connect(self._open_problem)
        below = QWidget(self.widget)
        column = QVBoxLayout(below)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.found)
        column.addWidget(self.list)
        beside = QSplitter(Qt.Orientation.Horizontal, self.widget)
        beside.addWidget(self.grid)
        beside.addWidget(self.cell_view)
        beside.setStretchFactor(0, 1)  # the grid takes what the window gains
        beside.setSizes([960, 280])
        splitter = QSplitter(Qt.Orientation.Vertical, self.widget)
        splitter.addWidget(beside)
        splitter.addWidget(below)
        splitter.setSizes([420, 160])
        self.cost = QLabel(self.widget)  # what it has cost, against its budget
        self.cost.setObjectName("productionCost")
        self.cost.setWordWrap(True)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.cost)
        layout.addWidget(splitter)
        self._shown_production: int | None = None
        self.chooser.activated.connect(lambda _i: self.read())
        self.cast.activated.connect(lambda _i: self.read())
        ctx.bus.changed.connect(self._changed)

    def title(self) -> str:
        return self.tr("Productio&ns")

    def _show_cost(self, cost: Any) -> None:
        """What the production has cost so far (its builds, orders charged to it, its cast's
        pointe shoes this season), against its budget."""
        if cost is None:
            self.cost.setText("")
            return
        total = formatting.money(cost.total, cost.currency)
        parts = filled(
            self.tr("builds %1, orders %2, pointe shoes %3"),
            formatting.money(sum(b.total for b in cost.builds), cost.currency),
            formatting.money(sum(o.amount for o in cost.orders), cost.currency),
            formatting.money(cost.pointe.amount, cost.currency),
        )
        if cost.budget is None:
            said = filled(self.tr("Cost so far: %1 (%2); no budget set."), total, parts)
        else:
            said = filled(
                self.tr("Cost so far: %1 (%2), of a budget of %3."),
                total,
                parts,
                formatting.money(cost.budget, cost.currency),
            )
        over = cost.left is not None and cost.left < 0
        self.cost.setText(f"<span style='color:#c0392b'>{said}</span>" if over else said)

    # -- reading ----------------------------------------------------------------------------
    def read(self) -> None:
        self.stale = False
        db, chosen, cast = self.ctx.db, self._chosen_id(), self.cast.currentData()
        self.ctx.runner.run(lambda: _read(db, chosen, cast), self._loaded)

    def _chosen_id(self) -> int | None:
        data = self.chooser.currentData()
        if data is not None:
            return int(data)
        saved = self.ctx.settings.value(CHOSEN_KEY)
        return int(saved) if saved not in (None, "") else None

    def _changed(self, changes: Changes) -> None:
        """A production's change, or an item's (its status moves what the check finds)."""
        if (
            PRODUCTIONS in changes.kinds
            or BUILDS in changes.kinds
            or changes.everything
            or any(isinstance(r, CostumeRecord) for r in changes.records)
        ):
            self.refresh()

    def _loaded(self, read: tuple) -> None:
        found, chosen, plot, problems, cost = read
        self._show_cost(cost)
        self.productions = found
        cell = self.current_cell()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for production in found:
            self.chooser.addItem(f"{production.title} — {production.company}", production.id)
        if chosen is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(chosen))
            self.ctx.settings.setValue(CHOSEN_KEY, chosen)
        self.chooser.blockSignals(False)
        self.model.set_plot(plot, self.cast.currentData())
        self.grid.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # a look's name, whole, in every cell
            self.grid.setColumnWidth(column, max(110, self.grid.columnWidth(column) + 12))
        self.grid.resizeRowsToContents()
        if cell is not None:
            self._select(cell)
        self._read_cell()
        # A change that makes a problem is said at once (the list under the grid keeps it).
        before = self.problems if chosen == self._shown_production else None
        self._shown_production = chosen
        new = [p for p in problems if before is not None and p not in before]
        if new:
            first = new[0]
            said = filled(
                self.tr("%1 · %2: %3"), first.part, first.role, first.said.say(current_language())
            )
            more = "" if len(new) == 1 else filled(self.tr(" (and %1 more)"), str(len(new) - 1))
            self.ctx.say(said + more, 12_000)
        self.problems = problems
        self.list.clear()
        language = current_language()
        for problem in problems:
            line = filled(
                self.tr("%1 · %2: %3"), problem.part, problem.role, problem.said.say(language)
            )
            QListWidgetItem(line, self.list)
        self.found.setText(
            self.tr("The check finds nothing: every double dressed alike, no conflict.")
            if not problems
            else self.tr("What the check finds (Enter opens the item):")
        )

    def _read_cell(self) -> None:
        production, cell = self.current_production(), self.current_cell()
        if production is None or cell is None:
            self.cell_view.show_cell(None)
            return
        db, (role_id, part_id) = self.ctx.db, cell
        self.ctx.runner.run(
            lambda: plot_cell.plot_cell(db, production.id, role_id, part_id),
            self._cell_read,
            lambda _error: self.cell_view.show_cell(None),  # removed meanwhile: read again soon
        )

    def _cell_read(self, found: Any) -> None:
        if (found.role_id, found.part.id) == self.current_cell():  # not a late answer
            self.cell_view.show_cell(found)

    def _select(self, cell: tuple[int, int]) -> None:
        for row in range(len(self.model.rows)):
            for column in range(self.model.columnCount()):
                index = self.model.index(row, column)
                if self.model.cell(index) == cell:
                    self.grid.setCurrentIndex(index)
                    return

    # -- what is chosen -----------------------------------------------------------------------
    def current_production(self) -> ProductionRecord | None:
        chosen = self.chooser.currentData()
        return next((p for p in self.productions if p.id == chosen), None)

    def current_cell(self) -> tuple[int, int] | None:
        return self.model.cell(self.grid.currentIndex())

    def current_dancer(self) -> int | None:
        return self.model.dancer(self.grid.currentIndex())

    def _open_problem(self, item: QListWidgetItem) -> None:
        problem = self.problems[self.list.row(item)]
        if problem.tags:
            from ..operations import item_window

            item_window.open_tag(self.ctx, problem.tags[-1])

    def restore_state(self) -> None:
        """The production chosen last is read with the lists."""

    def save_state(self) -> None:
        """Kept as it is chosen."""
