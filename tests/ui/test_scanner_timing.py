"""The burst filter times keys by the key events' own stamps, not by when they are handled: a
burst that waited in the queue behind a busy window is still one scan; keys stamped at a
person's pace are typing, however fast they are handled."""

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.runtime.scanner import ScannerBurstFilter


def _press(widget, key, text, stamp):
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(stamp)
    QApplication.sendEvent(widget, event)


def _type(widget, text, first_stamp, gap_ms, handled_every_s=0.0):
    stamp = first_stamp
    for char in text:
        _press(widget, Qt.Key.Key_A if char.isalpha() else Qt.Key.Key_0, char, stamp)
        time.sleep(handled_every_s)  # the window busy between two keys
        stamp += gap_ms
    _press(widget, Qt.Key.Key_Return, "\r", stamp)


def _filter(qtbot, field):
    scans = []
    burst = ScannerBurstFilter(lambda w: w is field, lambda text, _w: "-" in text)
    burst.scanned.connect(scans.append)
    burst.install()
    return burst, scans


def test_a_burst_handled_late_is_still_one_scan(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    burst, scans = _filter(qtbot, field)
    try:
        # Stamped 4 ms apart, handled 60 ms apart (longer than the burst gap).
        _type(field, "BN-000012", 5_000, 4, handled_every_s=0.06)
        qtbot.waitUntil(lambda: scans == ["BN-000012"])
        assert field.text() == ""  # no key reached the field
    finally:
        burst.remove()


def test_keys_stamped_at_a_persons_pace_are_typing(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    burst, scans = _filter(qtbot, field)
    try:
        _type(field, "BN-000012", 9_000, 120)  # a key every 120 ms, handled at once
        qtbot.waitUntil(lambda: field.text() == "BN-000012", timeout=2000)
        assert scans == []
    finally:
        burst.remove()


def test_a_burst_stalled_in_the_middle_by_a_busy_machine_is_still_one_scan(qtbot):
    """A desk busy with something else: the scanner's keys 4 ms apart, then nothing for 150 ms
    (the sender descheduled), then the rest and Enter: one scan, no key in the field; keys at
    a person's pace around such a pause stay typing."""
    field = QLineEdit()
    qtbot.addWidget(field)
    burst, scans = _filter(qtbot, field)
    try:
        stamp = 20_000
        for char in "MBT-000":
            _press(field, Qt.Key.Key_A if char.isalpha() else Qt.Key.Key_0, char, stamp)
            stamp += 4
        stamp += 150  # the stall
        for char in "216":
            _press(field, Qt.Key.Key_0, char, stamp)
            stamp += 4
        _press(field, Qt.Key.Key_Return, "\r", stamp)
        qtbot.waitUntil(lambda: scans == ["MBT-000216"])
        assert field.text() == ""
        _type(field, "AB-12", 40_000, 90)  # a person, pausing 90 ms a key: typed
        qtbot.waitUntil(lambda: field.text() == "AB-12", timeout=2000)
        assert scans == ["MBT-000216"]
    finally:
        burst.remove()
