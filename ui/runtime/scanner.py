"""A scanner's burst is a scan, wherever the focus is.

A desk scanner types the tag a few milliseconds a key, then Enter, into whatever has the
focus. Keys are timed by the key events' own timestamps (the X server's time of each key
press), never by when the window gets round to them: while a window opens, the next burst
waits in the queue and then arrives all at once, its keys still a few ms apart by their
stamps. Printable keys are held: one within ``BURST_GAP`` of the previous joins the burst;
when the keys stop, they are handed to their widget unchanged (a person's typing arrives a
few hundredths of a second late, nothing else). Before handing them on, whatever keys are
still queued are taken in first, so a burst is never cut by a busy moment. Enter right after
at least ``MIN_LENGTH`` burst keys that read as a tag is a scan: the keys are dropped and the
tag goes out as ``scanned``. A second Enter at scanner speed (a CR LF suffix) is dropped too.
So a tag is never typed into a field, never chosen by a list's type-ahead, and never saved by
a dialog's default button."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

BURST_GAP = 40  # ms between two keys of a burst: a scanner's come every few ms, a person's 100+
# Keys this close (ms, the median of a burst of three or more) come from a machine, never a
# hand: such a burst may stall this long (a busy desk: the sender descheduled between two keys,
# seen at 40 to 60 ms on a loaded machine) and still be one burst.
MACHINE_GAP = 12
STALL_GAP = 250
# A timer this late (ms) says the machine is busy: the rest of a burst may not even have been
# read from the window system yet. The keys are held a little longer, this many times at most.
LATE = 15
MORE_WAITS = 4
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


@dataclass(frozen=True)
class HeldKey:
    widget: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    stamp: int  # ms, the event's own time


def key_time(event: QKeyEvent) -> int:
    """When the key was pressed, in ms: the window system's stamp (X11, Wayland, Windows and
    macOS give one); events made by hand carry none, and are timed as they are handled."""
    return event.timestamp() or int(time.monotonic() * 1000)


class ScannerBurstFilter(QObject):
    """Installed on the application; ``belongs(widget)`` says which widgets it watches and
    ``is_tag(text, widget)`` whether a burst reads as a tag there: one that does not (fast
    typing, a number into a number field, a text expander) goes to its field as typed.
    ``stray(text)`` goes out when keys at a scanner's speed that read as no tag ended with
    Enter in a window a scan had just opened: dropped, never saved there."""

    scanned = Signal(str)
    stray = Signal(str)

    def __init__(
        self,
        belongs: Callable[[QWidget], bool],
        is_tag: Callable[[str, QWidget | None], bool],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.belongs = belongs
        self.is_tag = is_tag
        self._held: list[HeldKey] = []
        self._last = 0  # the stamp of the last key seen, held or not
        self._last_scan = -(10**9)  # the stamp of the last scan's Enter
        self._replaying = False
        self._settling = False
        self.scan_opened: Callable[[QWidget], bool] = lambda _widget: False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BURST_GAP + 5)
        self._timer.timeout.connect(self._due)
        self._armed_at = 0.0  # when the timer was started (monotonic ms)
        self._waits = 0  # how many more waits this burst has had

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
        if kind == QEvent.Type.MouseButtonPress:
            self._last_scan = -(10**9)  # a person acted: a later Enter is theirs
            return False
        if self._replaying or kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if not self.belongs(watched) or event.key() in MODIFIER_KEYS:
            return False
        if event.key() in ENTER and not event.modifiers() & COMMAND_MODIFIERS:
            return self._enter(watched, event, kind == QEvent.Type.KeyPress)
        self._last_scan = -(10**9)  # another key came: a later Enter is no scan's suffix
        if not _printable(event):
            self.release()  # a shortcut or an arrow: what was typed before it comes first
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a printable key is ours to hold, never a shortcut's
            return True
        stamp = key_time(event)
        if self._held and stamp - self._held[-1].stamp > self._gap():
            self.release()
        self._held.append(HeldKey(watched, event.key(), event.modifiers(), event.text(), stamp))
        self._last = stamp
        self._waits = 0
        self._arm()
        return True

    def _machine_made(self) -> bool:
        """Three keys or more, a few ms apart: no person types so (a scanner, xdotool)."""
        held = self._held
        if len(held) < 3:
            return False
        gaps = sorted(b.stamp - a.stamp for a, b in zip(held, held[1:], strict=False))
        return gaps[len(gaps) // 2] <= MACHINE_GAP

    def _gap(self) -> int:
        """How long the held burst may pause and go on."""
        return STALL_GAP if self._machine_made() else BURST_GAP

    def _arm(self) -> None:
        self._armed_at = time.monotonic() * 1000
        self._timer.setInterval(self._gap() + 5)
        self._timer.start()

    def _enter(self, watched: QWidget, event: QKeyEvent, press: bool) -> bool:
        stamp = key_time(event)
        held = self._held
        text = "".join(key.text for key in held)
        # Held keys are a burst by construction (a longer gap hands the earlier ones on).
        at_speed = bool(held) and stamp - held[-1].stamp <= max(BURST_GAP * 3, self._gap())
        typed_into = held[-1].widget if held and isValid(held[-1].widget) else watched
        if at_speed and len(held) >= MIN_LENGTH and self.is_tag(text, typed_into):
            if press:
                self._take(stamp)
                # Out of this event's handling first: the scan may close the dialog that
                # holds the focus.
                QTimer.singleShot(0, lambda: self.scanned.emit(text))
            event.accept()
            return True
        if not held and stamp - self._last_scan <= BURST_GAP:
            if press:  # the scanner's second suffix key (CR LF): part of the scan before
                self._last_scan = stamp
            event.accept()
            return True
        if len(held) >= 2 and stamp - held[-1].stamp <= BURST_GAP * 2 and self.scan_opened(watched):
            # Keys no person types so fast, in a window a scan just opened: the tail of a
            # burst, never an edit to save.
            if press:
                self._take(stamp)
                QTimer.singleShot(0, lambda: self.stray.emit(text))
            event.accept()
            return True
        self.release()
        return False

    def _take(self, stamp: int) -> None:
        self._held = []
        self._timer.stop()
        self._last_scan = self._last = stamp

    def _due(self) -> None:
        """The keys have stopped, as far as the clock says; but a busy moment (a window
        opening) may have left the rest of the burst waiting in the queue: take it in first,
        and hand the keys on only if nothing joined them."""
        if self._settling or not self._held:
            return
        late = time.monotonic() * 1000 - self._armed_at - self._timer.interval()
        count = len(self._held)
        self._settling = True
        try:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeSocketNotifiers)
        finally:
            self._settling = False
        if not self._held or len(self._held) != count:
            return  # more keys came: the timer runs again from the last
        if late > LATE and self._waits < MORE_WAITS:
            self._waits += 1  # a busy machine: the rest may still be on its way
            self._arm()
            return
        self.release()

    def release(self) -> None:
        """Hands the held keys to their widgets, in order: they were typed, not scanned."""
        held, self._held = self._held, []
        self._timer.stop()
        self._replaying = True
        try:
            for key in held:
                if isValid(key.widget):
                    event = QKeyEvent(QEvent.Type.KeyPress, key.key, key.modifiers, key.text)
                    QApplication.sendEvent(key.widget, event)
        finally:
            self._replaying = False


def _printable(event: QKeyEvent) -> bool:
    text = event.text()
    return len(text) == 1 and text.isprintable() and not event.modifiers() & COMMAND_MODIFIERS
