"""The change bus: what an action changed goes out once, as one ``Changes`` value, and every
part that shows it (each section, the alerts, an open window, the scan flow) reads what it
needs again from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

# The kinds of record a change may touch, named as the sections that show them.
COSTUMES = "costumes"
DANCERS = "dancers"
POINTE = "pointe"
MATERIALS = "materials"
ORDERS = "orders"
STOCK = "stock"  # quantities moved: the alerts are read again
CATALOGUE = "catalogue"  # productions, roles or places may have been added
PHOTOS = "photos"  # an item's photos (``ids`` holds the item's id)
PRODUCTIONS = "productions"  # a running order, its looks, casts or plot
SCHEDULE = "schedule"  # a date of the schedule, or its cast
BUILDS = "builds"  # a build, its stages, what it holds


@dataclass(frozen=True)
class Changes:
    """``records``: the records an action saved, as they are now (each list shows its own kind
    and selects it). ``kinds``: the kinds changed in ways no single record says (a count moved
    many quantities), read again by whatever shows them; ``ids``: which ones, where known.
    ``everything``: the whole inventory changed (a restore, an import, a first demo)."""

    records: tuple[Any, ...] = ()
    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: tuple[int, ...] = ()
    everything: bool = False

    def touches(self, kind: str) -> bool:
        """Whether what shows ``kind`` must read it again (records aside)."""
        return self.everything or kind in self.kinds


def saved(*records: Any) -> Changes:
    return Changes(records=tuple(r for r in records if r is not None))


def of_kinds(*kinds: str, ids: tuple[int, ...] = (), records: tuple[Any, ...] = ()) -> Changes:
    return Changes(records=records, kinds=frozenset(kinds), ids=ids)


EVERYTHING = Changes(everything=True)


class ChangeBus(QObject):
    """``changed(Changes)``: an action's result, once. ``reloaded``: the lists were all read
    again (after ``EVERYTHING``, or Refresh). ``message``: a line for the status bar, with how
    long it stays (ms). ``restore_asked(path)``: the inventory is to be replaced by that backup
    (the host closes it, restores, and opens it again)."""

    changed = Signal(object)
    restore_asked = Signal(str)
    reloaded = Signal()
    message = Signal(str, int)

    def say(self, text: str, msecs: int = 6000) -> None:
        self.message.emit(text, msecs)

    def announce(self, changes: Changes) -> None:
        self.changed.emit(changes)
