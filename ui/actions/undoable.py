"""How an action joins the undo history: its redo and undo steps, each given the version the
record must still have, and the line the status bar shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..runtime.context import AppContext
from ..runtime.undo import Step, UndoableAction


def push(
    ctx: AppContext,
    text: str,
    redo: Step,
    undo: Step,
    result: Any,
    version_of: Callable[[Any], int | None] | None = None,
) -> None:
    """Records a done action (``result`` is what it returned) and says it."""
    action = (
        UndoableAction(text, redo, undo, result)
        if version_of is None
        else UndoableAction(text, redo, undo, result, version_of)
    )
    ctx.undo.push(action)
    ctx.say(text)
