"""How an action joins the undo history: its redo and undo steps, each given the version the
record must still have, and the line the status bar shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..dialogs.forms import FormDialog
from ..runtime.context import AppContext
from ..runtime.core import edit_undo
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


def push_edit(ctx: AppContext, dialog: FormDialog, text: Callable[[Any], str]) -> None:
    """An edit saved from ``dialog`` joins the history: undo puts back the columns it changed,
    redo changes them again, each refused once the record has changed since. ``text(record)``
    says it ("Edit BN-000024")."""

    def saved(result: Any) -> None:
        if dialog.edit_steps is None:  # a new record, not an edit
            return
        before, after = dialog.edit_steps
        db = ctx.db
        push(
            ctx,
            text(result),
            lambda v: edit_undo.put_back(db, before, after, v),
            lambda v: edit_undo.put_back(db, after, before, v),
            result,
        )

    dialog.saved.connect(saved)
