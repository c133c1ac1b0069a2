"""A scanner's burst is a scan, wherever the focus is.

A desk scanner types the tag a few milliseconds a key, then Enter, into whatever has the
focus. Printable keys are held for a moment: one that follows within ``BURST_GAP`` joins
the burst; when the keys stop, they are handed on to their widget unchanged (a person's
typing arrives a few hundredths of a second late, nothing else). Enter right after at least
``MIN_LENGTH`` burst keys is a scan: the keys are dropped and the text goes out as
``scanned``. So a tag is never typed into a field, never chosen by a list's type-ahead, and
never saved by a dialog's default button."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

BURST_GAP = 0.035  # seconds: a scanner's keys come every few ms, a person's every 100 or more
MIN_LENGTH = 4
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# A scanner presses Shift for each capital, as a keyboard does: these never end a burst.
MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class ScannerBurstFilter(QObject):
    """Installed on the application; ``belongs(widget)`` says which widgets it watches and
    ``is_tag(text)`` whether a burst reads as a tag: one that does not (fast typing, a text
    expander) goes to its field as typed."""

    scanned = Signal(str)

    def __init__(
        self,
        belongs: Callable[[QWidget], bool],
        is_tag: Callable[[str], bool],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.belongs = belongs
        self.is_tag = is_tag
        self._held: list[tuple[QWidget, int, Qt.KeyboardModifier, str]] = []
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(BURST_GAP * 1000) + 5)
        self._timer.timeout.connect(self.release)

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        self.release()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # -- the filter ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if not self.belongs(watched):
            return False
        if event.key() in MODIFIER_KEYS:
            return False
        now = time.monotonic()
        if event.key() in ENTER and not event.modifiers() & COMMAND_MODIFIERS:
            text = "".join(held[3] for held in self._held)
            burst = len(self._held) >= MIN_LENGTH and now - self._last < BURST_GAP * 3
            if burst and self.is_tag(text):
                if kind == QEvent.Type.KeyPress:
                    self._held.clear()
                    self._timer.stop()
                    # Out of this event's handling first: the scan may close the dialog
                    # that holds the focus.
                    QTimer.singleShot(0, lambda: self.scanned.emit(text))
                event.accept()
                return True
            self.release()
            return False
        if not _printable(event):
            self.release()  # a shortcut or an arrow: what was typed before it comes first
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a printable key is ours to hold, never a shortcut's
            return True
        if self._held and now - self._last > BURST_GAP:
            self.release()
        self._held.append((watched, event.key(), event.modifiers(), event.text()))
        self._last = now
        self._timer.start()
        return True

    def release(self) -> None:
        """Hands the held keys to their widgets, in order: they were typed, not scanned."""
        held, self._held = self._held, []
        self._timer.stop()
        self._replaying = True
        try:
            for widget, key, modifiers, text in held:
                if isValid(widget):
                    QApplication.sendEvent(
                        widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
                    )
        finally:
            self._replaying = False


def _printable(event: QKeyEvent) -> bool:
    text = event.text()
    return len(text) == 1 and text.isprintable() and not event.modifiers() & COMMAND_MODIFIERS
