"""Undoable actions. An undo is a new record of its own (a correcting ledger line, an item put
back), never an erased one; redo does the action again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from wardrobe.errors import WardrobeError


class ActionCommand(QUndoCommand):
    """Pushed after the action has succeeded, so its first ``redo`` does nothing."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        after: Callable[[Any], None],
        refused: Callable[[WardrobeError], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._after, self._refused = after, refused
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self._run(self._redo)
        self._done = True

    def undo(self) -> None:
        self._run(self._undo)
        self._done = False

    def _run(self, step: Callable[[], Any]) -> None:
        try:
            result = step()
        except WardrobeError as error:
            # Someone else changed the item since; this step cannot be taken any more.
            self.setObsolete(True)
            self._refused(error)
        else:
            self._after(result)
