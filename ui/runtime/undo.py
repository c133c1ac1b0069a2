"""Undo and redo as operations: each step runs on the worker and is refused, in a sentence,
when the record has changed since (here or at another desk); nothing is overwritten. An undo
is a new record of its own (a correcting ledger line, an item put back), never an erased one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from wardrobe.errors import WardrobeError
from wardrobe.store.database import UNDO, because

from .tasks import TaskRunner

# A step is given the version the record had after the previous step (None: no check) and
# returns the record (or anything) it produced.
Step = Callable[[Any], Any]


class UndoableAction(QUndoCommand):
    """Pushed after the action has succeeded. ``version_of`` reads the record version a
    step's result leaves (the next step expects it)."""

    def __init__(
        self,
        text: str,
        redo: Step,
        undo: Step,
        result: Any,
        version_of: Callable[[Any], int | None] = lambda r: getattr(r, "version", None),
    ) -> None:
        super().__init__(text)
        self.redo_step, self.undo_step = redo, undo
        self.version_of = version_of
        self.version = version_of(result)
        self.outcome: Any = None  # what the step just run on the worker returned

    # QUndoStack calls these once the worker has done the step: nothing left to do here.
    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


class UndoController(QObject):
    """Runs undo and redo on the worker; the stack moves only when the step succeeded.

    ``done(outcome)`` goes out after each step with what it returned; ``refused(error)``
    when the step was refused (the action is then dropped from the history)."""

    done = Signal(object)
    refused = Signal(object)

    def __init__(self, stack: QUndoStack, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = stack
        self.runner = runner
        self.running = False

    def push(self, action: UndoableAction) -> None:
        self.stack.push(action)

    def undo(self) -> None:
        self._step(self.stack.index() - 1, undoing=True)

    def redo(self) -> None:
        self._step(self.stack.index(), undoing=False)

    def _step(self, index: int, *, undoing: bool) -> None:
        if self.running or not 0 <= index < self.stack.count():
            return
        action = self.stack.command(index)
        if not isinstance(action, UndoableAction):
            return
        step = action.undo_step if undoing else action.redo_step
        expected = action.version
        self.running = True

        def succeeded(outcome: Any) -> None:
            self.running = False
            action.version = action.version_of(outcome)
            (self.stack.undo if undoing else self.stack.redo)()
            self.done.emit(outcome)

        def failed(error: BaseException) -> None:
            self.running = False
            if not isinstance(error, WardrobeError):
                self.runner.default_failure(error)
                return
            # This step can never be taken now: drop the action from the history.
            action.setObsolete(True)
            (self.stack.undo if undoing else self.stack.redo)()
            self.refused.emit(error)

        def run() -> Any:
            if not undoing:
                return step(expected)
            with because(UNDO):  # its history says "Undone: …"
                return step(expected)

        self.runner.run(run, succeeded, failed)
