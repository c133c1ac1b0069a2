"""The change bus: an action's result goes out once, and every part that shows it listens."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """``record_saved`` carries a saved record (a costume, dancer, material or pointe
    specification); each section takes the kind it shows. ``stock_changed``: a quantity moved,
    the alerts are read again. ``catalogue_changed``: productions, roles or places may have
    been added. ``reloaded``: everything was read again. ``message``: a line for the status
    bar, with how long it stays (ms)."""

    record_saved = Signal(object)
    stock_changed = Signal()
    catalogue_changed = Signal()
    reloaded = Signal()
    message = Signal(str, int)
    photos_changed = Signal(int)  # an item's photos (by its id): its picture in the list

    def say(self, text: str, msecs: int = 6000) -> None:
        self.message.emit(text, msecs)
