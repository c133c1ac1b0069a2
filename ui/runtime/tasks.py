"""Database work off the GUI thread: one serial worker, a success and a failure path for each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid

from wardrobe.errors import as_refusal


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry a job's outcome back to it (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # noqa: BLE001 - every failure goes to the failure path
            self.relay.failed.emit(as_refusal(error))  # a full disk is a sentence, not a bug
        else:
            self.relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs jobs one at a time (database work is serial) and reports on the GUI thread.

    ``on_failure`` defaults to ``default_failure``: the window shows the error in a sentence,
    or the crash dialog for a bug. ``idle`` is true when nothing is queued or running.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self.default_failure: Callable[[BaseException], None] = _reraise

    @property
    def idle(self) -> bool:
        return not self._relays

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """``owner``: the object the answer is for (by default the object of a bound
        ``on_success``); once it is gone (a window replaced meanwhile), the answer is dropped.
        """
        if owner is None and isinstance(getattr(on_success, "__self__", None), QObject):
            owner = on_success.__self__  # type: ignore[union-attr]
        relay = _Relay(self)
        was_idle = self.idle
        self._relays.add(relay)

        def succeeded(result: Any) -> None:
            self._finish(relay)
            if on_success is not None and (owner is None or isValid(owner)):
                on_success(result)

        def failed(error: BaseException) -> None:
            self._finish(relay)
            if owner is not None and not isValid(owner):
                return  # asked for by something gone (a window replaced or closed)
            (on_failure or self.default_failure)(error)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        if was_idle:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if self.idle:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


def _reraise(error: BaseException) -> None:
    raise error
