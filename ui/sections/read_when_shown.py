"""A section that reads only while it is shown: a start, a desk's scans and the other lists
never wait behind it; a change while it is hidden marks it to read when it is shown."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget


class ReadWhenShown(QObject):
    """Subclasses set ``widget`` and implement ``read()`` (which clears ``stale``)."""

    widget: QWidget
    stale = True

    def refresh(self) -> None:
        """Read again now if the section is shown, else when it is."""
        self.stale = True
        if self.widget.isVisible():
            self.read()

    def shown(self) -> None:
        if self.stale:
            self.read()

    def read(self) -> None:
        raise NotImplementedError
