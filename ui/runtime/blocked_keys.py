"""Keys typed while a new modal window takes the keyboard are kept, never dropped (X11).

Qt hands a key to the window it last saw take the keyboard, and drops it there if a modal
window blocks that one. On X11 the keyboard follows a new window a moment after it is shown:
a scan read right after Ctrl+H opened the History (or a form opened over the list) went to
the window underneath, and was lost whole, before any event filter could see it.

So, from the moment a modal window is shown until the keyboard is in a window it does not
block, key events are held here as the X server sent them (with their own times), then sent
again, in order, to the window that has the keyboard by then: the scanner's filter takes the
burst there as usual, and a person's keys reach the window they see on top. While some are on
their way back, later keys wait behind them, so no key overtakes another.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

XCB_EVENT = b"xcb_generic_event_t"
KEY_PRESS, KEY_RELEASE = 2, 3
SENT = 0x80  # the response type's bit on an event another client sent
EVENT_SIZE = 32
EVENT_WINDOW = 12  # xcb_key_press_event_t: type, detail, sequence, time, root, event, child
KEY_MASKS = 1 | 2  # XCB_EVENT_MASK_KEY_PRESS | XCB_EVENT_MASK_KEY_RELEASE
GIVE_UP_MS = 2000  # held this long with the keyboard still blocked: dropped, as Qt would
LOST_AFTER = 0.5  # s: keys sent again and not back by then (their window closed) are gone


def _ancestors(window: QWindow) -> list[QWindow]:
    found, parent = [], window.transientParent()
    while parent is not None and parent not in found:
        found.append(parent)
        parent = parent.transientParent()
    return found


def blocked_by(window: QWindow, modal: QWindow) -> bool:
    """Whether ``modal`` blocks ``window``, by Qt's rules: an application-modal window blocks
    every window but its own; a window-modal one, its parents and the windows beside them."""
    if window is modal or modal in _ancestors(window):
        return False
    if modal.modality() == Qt.WindowModality.ApplicationModal:
        return True
    above = _ancestors(modal)
    if window in above:
        return True
    parent = window.transientParent()
    return parent is not None and parent in above


def keyboard_blocked() -> bool:
    """Whether the window Qt gives keys to is blocked by a modal window now."""
    modal, focus = QGuiApplication.modalWindow(), QGuiApplication.focusWindow()
    return modal is not None and focus is not None and blocked_by(focus, modal)


class _XSender:
    """A connection of our own to the X server, to send key events to a window."""

    def __init__(self) -> None:
        name = ctypes.util.find_library("xcb") or "libxcb.so.1"
        self.xcb = ctypes.CDLL(name)
        self.xcb.xcb_connect.restype = ctypes.c_void_p
        self.xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        self.xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        self.xcb.xcb_send_event.restype = ctypes.c_uint
        self.xcb.xcb_send_event.argtypes = [
            ctypes.c_void_p,
            ctypes.c_uint8,
            ctypes.c_uint32,
            ctypes.c_uint32,
            ctypes.c_char_p,
        ]
        self.xcb.xcb_flush.argtypes = [ctypes.c_void_p]
        self.connection = self.xcb.xcb_connect(None, None)
        if not self.connection or self.xcb.xcb_connection_has_error(self.connection):
            raise OSError("no connection to the X server")

    def send(self, window: int, events: list[bytes]) -> None:
        for raw in events:
            event = bytearray(raw)
            event[EVENT_WINDOW : EVENT_WINDOW + 4] = window.to_bytes(4, "little")
            self.xcb.xcb_send_event(self.connection, 0, window, KEY_MASKS, bytes(event))
        self.xcb.xcb_flush(self.connection)


class HeldKeys(QAbstractNativeEventFilter):
    def __init__(self, sender: Callable[[int, list[bytes]], None]) -> None:
        super().__init__()
        self.send = sender
        self.held: list[bytes] = []
        self.on_their_way = 0  # sent again, not back yet
        self.sent_at = 0.0
        self.waited = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._try_to_send)

    def nativeEventFilter(  # noqa: N802
        self, kind: QByteArray | bytes | bytearray | memoryview, message: Any
    ) -> tuple[bool, int]:
        raw = kind.data() if isinstance(kind, QByteArray) else bytes(kind)
        if raw != XCB_EVENT:
            return False, 0
        address = int(message)
        response = ctypes.c_uint8.from_address(address).value
        if response & 0x7F not in (KEY_PRESS, KEY_RELEASE):
            return False, 0
        if self.on_their_way and time.monotonic() - self.sent_at > LOST_AFTER:
            self.on_their_way = 0
        if response & SENT and self.on_their_way:
            self.on_their_way -= 1  # one of ours, back: Qt takes it
            if not self.on_their_way and self.held:
                self._try_to_send()
            return False, 0
        if not (self.held or self.on_their_way or keyboard_blocked()):
            return False, 0  # the usual case: nothing held, nothing in the way
        self.held.append(ctypes.string_at(address, EVENT_SIZE))
        if not self.timer.isActive():
            self.waited = 0
            self.timer.start()
        return True, 0

    def window_changed(self, _window: QWindow | None) -> None:
        self._try_to_send()

    def _try_to_send(self) -> None:
        if not self.held or self.on_their_way:
            if not self.held:
                self.timer.stop()
            return
        focus = QGuiApplication.focusWindow()
        if focus is None or keyboard_blocked():
            self.waited += self.timer.interval()
            if self.waited >= GIVE_UP_MS:
                self.held.clear()
                self.timer.stop()
            return
        events, self.held = self.held, []
        self.on_their_way += len(events)
        self.sent_at = time.monotonic()
        self.send(int(focus.winId()), events)
        self.timer.stop()


_installed: list[Any] = []


def keep_keys_while_a_window_opens() -> None:
    """Installs the filter once, on X11 (elsewhere the window system sends keys to the
    window on top)."""
    app = QGuiApplication.instance()
    if (
        not isinstance(app, QGuiApplication)
        or _installed
        or QGuiApplication.platformName() != "xcb"
    ):
        return
    try:
        sender = _XSender()
    except OSError:
        return  # no libxcb of our own: keys go as Qt sends them
    held = HeldKeys(sender.send)
    _installed.extend((sender, held))
    app.installNativeEventFilter(held)
    app.focusWindowChanged.connect(held.window_changed)
