"""Who dresses whom in the chosen date's production: its dressers and rooms, each dancer's
room and dresser, where each quick change happens; saved whole, undoable whole."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..dialogs.dressing_dialog import DressingDialog
from ..runtime.bus import SCHEDULE, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import dressing_plan, quick_changes
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import ScheduleActions
from .operation import Operation
from .perform import finished
from .schedule_dates import chosen_event

CHANGED = of_kinds(SCHEDULE)


class DressingOp(StrEnum):
    PLAN = "schedule_dressing"


def plan(ctx: AppContext, _record: Any = None) -> None:
    event = chosen_event(ctx)
    if event is None:
        return
    db = ctx.db
    ctx.runner.run(
        lambda: quick_changes.plan_form(db, event.production_id, event.id),
        lambda form: _open(ctx, event.production, form),
    )


def _open(ctx: AppContext, title: str, form: Any) -> None:
    db, was = ctx.db, form.plan

    def work(values: Any) -> Any:
        return lambda: (dressing_plan.save_plan(db, values, was), values)

    def saved(result: tuple[Any, Any]) -> None:
        before, now = result

        def undo(_v: int | None) -> Any:
            dressing_plan.save_plan(db, before, now)
            return before  # the Calls section reads the date again

        def redo(_v: int | None) -> Any:
            dressing_plan.save_plan(db, now, before)
            return now

        said = filled(ScheduleActions.tr("Who dresses whom: %1"), title)
        finished(ctx, said, redo, undo, None, lambda _r: None, changes=CHANGED)

    dialog = DressingDialog(title, form, ctx.runner, work, ctx.host)
    dialog.saved.connect(saved)
    ctx.open_dialog(dialog)


OPERATIONS = (
    Operation(
        DressingOp.PLAN,
        QT_TRANSLATE_NOOP("Actions", "Who dresses &whom…"),
        icon="dancer",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "The production's dressers and dressing rooms, and where each quick change happens",
        ),
        run=plan,
    ),
)
