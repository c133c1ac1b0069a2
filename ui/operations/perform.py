"""One way to finish an action: its service has run (on the worker), its undo step joins the
history, its result is said in the status bar, and what it changed goes out once on the bus,
for every section and open window to show (``ChangeBus.changed``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..dialogs.forms import FormDialog
from ..runtime.bus import Changes, saved
from ..runtime.context import AppContext
from ..runtime.core import edit_undo
from ..runtime.undo import Step, UndoableAction


def finished(
    ctx: AppContext,
    text: str,
    redo: Step | None,
    undo: Step | None,
    result: Any,
    version_of: Callable[[Any], int | None] | None = None,
    *,
    changes: Changes | None = None,
) -> None:
    """An action done, ``result`` what its service returned: ``changes`` broadcast (by
    default the records it returned), its undo step pushed when it has one (``redo`` and
    ``undo``, each given the version the record must still have), and ``text`` said."""
    if changes is None:
        changes = saved(*(result if isinstance(result, list | tuple) else [result]))
    ctx.announce(changes)
    if redo is not None and undo is not None:
        if version_of is None:
            ctx.undo.push(UndoableAction(text, redo, undo, result))
        else:
            ctx.undo.push(UndoableAction(text, redo, undo, result, version_of))
    ctx.say(text)


def perform(
    ctx: AppContext,
    work: Callable[[], Any],
    text: Callable[[Any], str],
    redo: Step | None = None,
    undo: Step | None = None,
    version_of: Callable[[Any], int | None] | None = None,
    *,
    changes: Callable[[Any], Changes] | None = None,
) -> None:
    """Runs ``work`` (the service call) on the worker, then ``finished`` with what it returned;
    a refusal is said by the worker's failure handler, and nothing changes."""

    def done(result: Any) -> None:
        said = changes(result) if changes is not None else None
        finished(ctx, text(result), redo, undo, result, version_of, changes=said)

    ctx.runner.run(work, done)


def push_edit(ctx: AppContext, dialog: FormDialog, text: Callable[[Any], str]) -> None:
    """A record saved from ``dialog`` is finished: shown everywhere; an edit joins the history
    (undo puts back the columns it changed, redo changes them again, each refused once the
    record has changed since). ``text(record)`` says it ("Edit BN-000024")."""

    def edited(result: Any) -> None:
        if dialog.edit_steps is None:  # a new record, not an edit: shown, nothing to undo
            ctx.saved(result)
            return
        before, after = dialog.edit_steps
        db = ctx.db
        finished(
            ctx,
            text(result),
            lambda v: edit_undo.put_back(db, before, after, v),
            lambda v: edit_undo.put_back(db, after, before, v),
            result,
        )

    dialog.saved.connect(edited)
