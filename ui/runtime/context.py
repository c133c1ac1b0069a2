"""What every part of the window shares: the inventory, the worker, the undo history, the
change bus and the pick-lists the dialogs offer. It outlives a window rebuilt in another
language, so nothing of the session is lost with it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from wardrobe.records import (
    BuildRecord,
    CompanyRecord,
    CostumeRecord,
    DancerDetail,
    DancerRecord,
    EventRecord,
    MaterialRecord,
    PointeSpecRecord,
    ProductionRecord,
)
from wardrobe.store.database import Database

from .bus import CATALOGUE, ChangeBus, Changes, saved
from .tasks import TaskRunner
from .undo import UndoController


class Selection(Protocol):
    """What the user has chosen, as the shell knows it; actions ask, never the widgets."""

    def costume(self) -> CostumeRecord | None: ...
    def costumes(self) -> list[CostumeRecord]: ...
    def dancer(self) -> DancerRecord | None: ...
    def dancer_detail(self) -> DancerDetail | None: ...
    def pointe(self) -> PointeSpecRecord | None: ...
    def stock_item(self) -> MaterialRecord | PointeSpecRecord | None: ...
    def section(self) -> str: ...
    def show(self, section: str) -> None: ...
    def reveal(self, record: CostumeRecord) -> None: ...
    def production(self) -> ProductionRecord | None: ...
    def plot_cell(self) -> tuple[int, int] | None: ...
    def plot_dancer(self) -> int | None: ...
    def event(self) -> EventRecord | None: ...
    def build(self) -> BuildRecord | None: ...


class PickLists:
    """The choices dialogs offer, read off the GUI thread and kept until something changes."""

    def __init__(self) -> None:
        self.companies: list[CompanyRecord] = []
        self.suppliers: list[str] = []
        self.materials: list[MaterialRecord] = []
        self.roster: list[DancerRecord] | None = None  # every dancer, read after the lists
        # Each company's productions with their roles, and places, read by a first dialog.
        self.catalogue: dict[int, tuple[dict[str, list[str]], list[str]]] = {}

    def units_of(self, company_id: int) -> str:
        """The company's units ("metric" or "imperial"), metric when unknown."""
        return next((c.units for c in self.companies if c.id == company_id), "metric")

    def dancers(self) -> list[DancerRecord]:
        return self.roster or []

    def take_dancer(self, record: DancerRecord) -> None:
        if self.roster is not None:
            self.roster = [d for d in self.roster if d.id != record.id] + [record]


class AppContext(QObject):
    """``host`` is the widget dialogs open over; the shell sets ``selection``,
    ``open_dialog`` and ``show_failure`` when it builds a window."""

    def __init__(self, db: Database, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.runner = TaskRunner(self)
        # A second worker that only reads the long lists' pages: they show while the first
        # is busy (a start-up backup of a big inventory takes a second or more).
        self.reader = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self.lists = PickLists()
        self.host: QWidget | None = None
        self.selection: Selection | None = None
        self.open_dialog: Callable[[Any], None] = lambda _dialog: None
        self.show_failure: Callable[[BaseException], None] = _reraise
        self.undo = UndoController(self.undo_stack, self.runner, self)
        self.undo.done.connect(self._undone)
        self.undo.refused.connect(lambda error: self.show_failure(error))
        self.bus.changed.connect(self._forget_catalogue)
        self._waiting: list[Callable[[], None]] = []

    def _undone(self, outcome: Any) -> None:
        """What an undo or redo left: a record, or several (items lent or taken back)."""
        self.announce(saved(*(outcome if isinstance(outcome, list | tuple) else [outcome])))

    def _forget_catalogue(self, changes: Changes) -> None:
        if changes.touches(CATALOGUE) or any(
            isinstance(record, CostumeRecord) for record in changes.records
        ):  # a saved item may have added a production or a place
            self.lists.catalogue.clear()

    def with_roster(self, then: Callable[[], None]) -> None:
        """Runs ``then`` once every dancer is known (read just after the lists at start): a
        form that offers dancers never opens with an empty list."""
        if self.lists.roster is not None:
            then()
        else:
            self._waiting.append(then)

    def roster_arrived(self, roster: list[DancerRecord]) -> None:
        self.lists.roster = roster
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    @property
    def idle(self) -> bool:
        return self.runner.idle and self.reader.idle

    def wait(self) -> None:
        self.runner.wait()
        self.reader.wait()

    def say(self, text: str, msecs: int = 6000) -> None:
        self.bus.say(text, msecs)

    def saved(self, *records: Any) -> None:
        """Records saved by an action: out on the bus to whoever shows them."""
        self.announce(saved(*records))

    def announce(self, changes: Changes) -> None:
        """What an action changed, once, to every part that shows it."""
        self.bus.announce(changes)


def _reraise(error: BaseException) -> None:
    raise error
