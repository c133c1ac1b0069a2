"""The chosen date's call out to its dancers and back in: everything checked out in one action
(what cannot go is said), then each piece back by the scanner (whatever has the focus), in the
condition it went out unless another is chosen, a damage typed before its scan opening its
repair; each undoable. What went out and what is back is kept in the inventory: another desk
takes in the same call, each piece once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from wardrobe.errors import WardrobeError

from ..dialogs.back_in_dialog import BackInDialog
from ..runtime.context import AppContext
from ..runtime.core import call_returns, costumes
from ..text.error_text import error_text
from ..text.language import current_language, filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import ScheduleActions
from .operation import Operation
from .perform import finished
from .schedule_dates import chosen_event


class ReturnsOp(StrEnum):
    OUT = "schedule_call_out"
    BACK = "schedule_call_in"


@dataclass(frozen=True)
class Returned:
    """What went out with a date's call as it is now (after a scan, an undo or a redo)."""

    event_id: int
    rows: tuple[Any, ...]


def _items(db: Any, tags: tuple[str, ...]) -> list[Any]:
    return [costumes.get_item(db, tag) for tag in tags]


def call_out(ctx: AppContext, _record: Any = None) -> None:
    event = chosen_event(ctx)
    if event is None:
        return
    answer = QMessageBox.question(
        ctx.host,
        ScheduleActions.tr("Check out the call"),
        filled(
            ScheduleActions.tr(
                "Check out every piece of the call of %1 to the dancer who wears it? "
                "(Edit › Undo takes it back.)"
            ),
            event.production,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    db, event_id = ctx.db, event.id

    def work() -> Any:
        out = call_returns.call_out(db, event_id)
        return out, _items(db, out.went)

    def done(result: tuple[Any, list[Any]]) -> None:
        out, items = result

        def undo(_v: int | None) -> Any:
            call_returns.undo_out(db, event_id, out.went)
            return _items(db, out.went)

        def redo(_v: int | None) -> Any:
            return _items(db, call_returns.call_out(db, event_id).went)

        said = filled(ScheduleActions.tr("%1 piece(s) out to their dancers"), str(len(out.went)))
        finished(ctx, said, redo, undo, items, lambda _r: None)
        if out.left:
            language = current_language()
            QMessageBox.information(
                ctx.host,
                ScheduleActions.tr("Not checked out"),
                ScheduleActions.tr("These could not go out:")
                + "\n"
                + "\n".join(f"{tag} {why.say(language)}" for tag, why in out.left),
            )

    ctx.runner.run(work, done)


def back_in(ctx: AppContext, _record: Any = None) -> None:
    event = chosen_event(ctx)
    if event is None:
        return
    db = ctx.db
    ctx.runner.run(
        lambda: call_returns.out_rows(db, event.id), lambda rows: _open(ctx, event, rows)
    )


def _open(ctx: AppContext, event: Any, rows: tuple[Any, ...]) -> None:
    if not rows:
        ctx.say(ScheduleActions.tr("Nothing of this call is out: check out the call first."))
        return
    dialog = BackInDialog(event, rows, ctx.host)
    db, event_id = ctx.db, event.id

    def scanned(_name: str, payload: Any) -> None:
        tag, condition, damage = payload

        def now() -> tuple[Any, ...]:
            return call_returns.out_rows(db, event_id)

        def work() -> Any:
            back = call_returns.call_in(db, event_id, tag, condition=condition, damage=damage)
            return back, costumes.get_item(db, back.tag), Returned(event_id, now())

        def done(result: tuple[Any, Any, Returned]) -> None:
            back, item, returned = result
            if isValid(dialog):
                dialog.show_rows(returned.rows)
                dialog.show_back(back)
            if back.kind != "back":
                return
            state = {"back": back}

            def undo(_v: int | None) -> Any:
                call_returns.undo_in(db, event_id, state["back"])
                return [costumes.get_item(db, back.tag), Returned(event_id, now())]

            def redo(_v: int | None) -> Any:
                state["back"] = call_returns.call_in(
                    db, event_id, back.tag, condition=condition, damage=damage
                )
                return [costumes.get_item(db, back.tag), Returned(event_id, now())]

            said = filled(ScheduleActions.tr("Back in: %1"), back.tag)
            finished(ctx, said, redo, undo, [item, returned], lambda _r: None)

        def refused(error: BaseException) -> None:
            if isinstance(error, WardrobeError) and isValid(dialog):
                dialog.show_refusal(error_text(error))
            else:
                ctx.show_failure(error)

        ctx.runner.run(work, done, refused)

    def on_bus(changes: Any) -> None:
        if not isValid(dialog):
            return
        for record in changes.records:
            if isinstance(record, Returned) and record.event_id == event_id:
                dialog.show_rows(record.rows)

    dialog.requested.connect(scanned)
    ctx.bus.changed.connect(on_bus)
    dialog.finished.connect(lambda _r: ctx.bus.changed.disconnect(on_bus))
    ctx.open_dialog(dialog)


OPERATIONS = (
    Operation(
        ReturnsOp.OUT,
        QT_TRANSLATE_NOOP("Actions", "Check out the c&all…"),
        icon="check-out",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Every piece of the chosen date's call checked out to its dancer at once"
        ),
        run=call_out,
    ),
    Operation(
        ReturnsOp.BACK,
        QT_TRANSLATE_NOOP("Actions", "Bac&k in by scanner…"),
        icon="check-in",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "Each piece of the chosen date's call back by a scan: damaged, washed, or as it went",
        ),
        run=back_in,
    ),
)
