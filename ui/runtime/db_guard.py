"""The GUI thread does not query the database: every read and write runs on the worker,
except the few reads named here (the scan's one indexed read). ``watch(engine)`` records
each statement the GUI thread runs outside them, so tests can fail on it."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event

_local = threading.local()


@contextmanager
def gui_read(reason: str) -> Iterator[None]:
    """A read the GUI thread may make itself, for ``reason``."""
    previous = getattr(_local, "reason", None)
    _local.reason = reason
    try:
        yield
    finally:
        _local.reason = previous


def watch(engine: Engine) -> list[str]:
    """Starts recording; returns the list that fills with each offending statement."""
    offences: list[str] = []

    def before(_conn, _cursor, statement, _params, _context, _many) -> None:  # noqa: ANN001
        if threading.current_thread() is not threading.main_thread():
            return
        if getattr(_local, "reason", None):
            return
        where = "".join(traceback.format_stack(limit=12)[:-2])
        offences.append(f"{statement.strip()[:160]}\n{where}")

    event.listen(engine, "before_cursor_execute", before)
    return offences
