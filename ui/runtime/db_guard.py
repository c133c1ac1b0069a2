"""The GUI thread does not query the database: every read and write runs on the worker,
except the few reads named here (the scan's one indexed read). ``watch(engine)`` records
each statement the GUI thread runs outside them, so tests can fail on it."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from sqlalchemy import Engine, event

_local = threading.local()
_UI = str(Path(__file__).resolve().parents[1])  # the ui/ folder


@contextmanager
def gui_read(reason: str) -> Iterator[None]:
    """A read the GUI thread may make itself, for ``reason``."""
    previous = getattr(_local, "reason", None)
    _local.reason = reason
    try:
        yield
    finally:
        _local.reason = previous


def _window_frames() -> list[str]:
    """The frames of the window's own code on the stack, innermost first."""
    frames: list[str] = []
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(_UI) and not name.endswith("db_guard.py"):
            frames.append(f"{name[len(_UI) + 1 :]}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return frames


def watch(engine: Engine) -> list[str]:
    """Starts recording; returns the list that fills with each statement the window's code
    ran on the GUI thread outside ``gui_read`` (a test's own calls to the core are not the
    window's and are not recorded)."""
    offences: list[str] = []

    def before(_conn, _cursor, statement, _params, _context, _many) -> None:  # noqa: ANN001
        if threading.current_thread() is not threading.main_thread():
            return
        if getattr(_local, "reason", None):
            return
        frames = _window_frames()
        if frames:
            offences.append(f"{statement.strip()[:100]} <- {' <- '.join(frames[:4])}")

    event.listen(engine, "before_cursor_execute", before)
    return offences
