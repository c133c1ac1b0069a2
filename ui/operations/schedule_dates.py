"""The schedule, declared once: a date of a production added, edited or removed, one date's
cast changed (a dancer replaced, a dancer added), the schedule written as a calendar file.
Each change undoable; each goes out on the bus for the Calls section to read again."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..dialogs.event_dialogs import CastChangeDialog, EditEventDialog, EventDialog
from ..runtime.bus import SCHEDULE, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import calendar_export, casting, running_order, schedule
from ..text.labels import word
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import ScheduleActions
from .operation import Operation
from .perform import finished, perform

CHANGED = of_kinds(SCHEDULE)


class ScheduleOp(StrEnum):
    NEW_EVENT = "schedule_new_event"
    EDIT_EVENT = "schedule_edit_event"
    REMOVE_EVENT = "schedule_remove_event"
    CHANGE_CAST = "schedule_change_cast"
    CALENDAR = "schedule_calendar"


def chosen_event(ctx: AppContext) -> Any:
    chosen = ctx.selection.event() if ctx.selection is not None else None
    if chosen is None:
        ctx.say(ScheduleActions.tr("Choose a date of the schedule first (Calls)."))
    return chosen


def _said(event: Any) -> str:
    return filled(
        ScheduleActions.tr("%1, %2 on %3"),
        event.production,
        word(event.kind),
        event.starts_at.strftime("%Y-%m-%d %H:%M"),
    )


def new_event(ctx: AppContext, _record: Any = None) -> None:
    db = ctx.db
    shown = ctx.selection.production() if ctx.selection is not None else None

    def open_dialog(productions: list[Any]) -> None:
        if not productions:
            ctx.say(ScheduleActions.tr("No production yet: make one first (Productions)."))
            return

        def work(values: dict[str, Any]) -> Any:
            production_id = values.pop("production_id")
            return lambda: schedule.add_event(db, production_id, **values)

        state: dict[str, Any] = {}

        def saved(event: Any) -> None:
            state["event"] = event

            def undo(_v: int | None) -> Any:
                state["removed"] = schedule.remove_event(db, state["event"].id)

            def redo(_v: int | None) -> Any:
                state["event"] = schedule.restore_event(db, state["removed"])

            said = filled(ScheduleActions.tr("New date: %1"), _said(event))
            finished(ctx, said, redo, undo, event, lambda _r: None, changes=CHANGED)

        chosen = shown.id if shown is not None else None
        dialog = EventDialog(productions, chosen, ctx.runner, work, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.runner.run(lambda: running_order.productions(db), open_dialog)


FIELDS = ("kind", "starts_at", "ends_at", "cast_number", "venue", "call_minutes", "notes")


def edit_event(ctx: AppContext, _record: Any = None) -> None:
    event = chosen_event(ctx)
    if event is None:
        return
    db = ctx.db

    def open_dialog(productions: list[Any]) -> None:
        def work(values: dict[str, Any]) -> Any:
            values.pop("production_id", None)
            return lambda: schedule.edit_event(
                db, event.id, expected_version=event.version, **values
            )

        def saved(after: Any) -> None:
            state = {"version": after.version}

            def put(record: Any) -> Any:
                values = {name: getattr(record, name) for name in FIELDS}
                done = schedule.edit_event(
                    db, event.id, expected_version=state["version"], **values
                )
                state["version"] = done.version
                return done

            said = filled(ScheduleActions.tr("Edit %1"), _said(after))
            finished(
                ctx,
                said,
                lambda _v: put(after),
                lambda _v: put(event),
                after,
                lambda _r: None,
                changes=CHANGED,
            )

        dialog = EditEventDialog(event, productions, ctx.runner, work, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.runner.run(lambda: running_order.productions(db), open_dialog)


def remove_event(ctx: AppContext, _record: Any = None) -> None:
    event = chosen_event(ctx)
    if event is None:
        return
    answer = QMessageBox.question(
        ctx.host,
        ScheduleActions.tr("Remove a date"),
        filled(
            ScheduleActions.tr("Remove %1 from the schedule? (Edit › Undo puts it back.)"),
            _said(event),
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    db, state = ctx.db, {"event": event}

    def remove(_v: int | None = None) -> Any:
        return schedule.remove_event(db, state["event"].id)

    def put_back(_v: int | None) -> Any:
        state["event"] = schedule.restore_event(db, event)
        return state["event"]

    said = filled(ScheduleActions.tr("Remove %1"), _said(event))
    perform(ctx, remove, lambda _r: said, remove, put_back, lambda _r: None, changes=_changed)


def _changed(_result: Any) -> Any:
    return CHANGED


def change_cast(ctx: AppContext, _record: Any = None) -> None:
    event = chosen_event(ctx)
    if event is None:
        return
    db = ctx.db

    def read() -> tuple[list[tuple[int, str]], dict[int, list[tuple[int, str]]]]:
        roles = casting.roles(db, event.production_id)
        called: dict[int, list[tuple[int, str]]] = {}
        for c in schedule.called(db, event.id):
            called.setdefault(c.role_id, []).append((c.dancer_id, c.dancer))
        return roles, called

    def open_dialog(found: Any) -> None:
        roles, called = found
        dancers = [
            d
            for d in ctx.lists.dancers()
            if d.active and event.company_id in (d.company_id, d.engaged_at_id)
        ]

        def work(values: dict[str, Any]) -> Any:
            return lambda: schedule.change_cast(
                db,
                event.id,
                values["role_id"],
                values["dancer_id"],
                replaces=values["replaces"],
            )

        def saved(after: Any) -> None:
            change = next(
                c
                for c in after.changes
                if (c.role_id, c.dancer_id) not in {(d.role_id, d.dancer_id) for d in event.changes}
            )

            def undo(_v: int | None) -> Any:
                return schedule.undo_change(db, event.id, change.role_id, change.dancer_id)

            def redo(_v: int | None) -> Any:
                return schedule.change_cast(
                    db, event.id, change.role_id, change.dancer_id, replaces=change.replaces_id
                )

            said = (
                filled(
                    ScheduleActions.tr("%1 dances %2 for %3 that day"),
                    change.dancer,
                    change.role,
                    change.replaces,
                )
                if change.replaces
                else filled(ScheduleActions.tr("%1 dances %2 that day"), change.dancer, change.role)
            )
            finished(ctx, said, redo, undo, after, lambda _r: None, changes=CHANGED)

        dialog = CastChangeDialog(event, roles, called, dancers, ctx.runner, work, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.with_roster(lambda: ctx.runner.run(read, open_dialog))


def calendar(ctx: AppContext, _record: Any = None) -> None:
    """The schedule (of the chosen date's company, else of both) as an .ics file."""
    event = ctx.selection.event() if ctx.selection is not None else None
    path, _filter = QFileDialog.getSaveFileName(
        ctx.host,
        ScheduleActions.tr("The schedule as a calendar file"),
        "schedule.ics",
        ScheduleActions.tr("Calendars (*.ics)"),
    )
    if not path:
        return
    target = Path(path if path.lower().endswith(".ics") else path + ".ics")
    db, company = ctx.db, event.company_id if event is not None else None

    def write() -> Path:
        from wardrobe.files.output_file import write_private

        return write_private(target, calendar_export.schedule_calendar(db, company=company))

    ctx.runner.run(
        write,
        lambda made: ctx.say(filled(ScheduleActions.tr("Calendar written to %1"), str(made))),
    )


OPERATIONS = (
    Operation(
        ScheduleOp.NEW_EVENT,
        QT_TRANSLATE_NOOP("Actions", "New &date…"),
        icon="new",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "A performance, a rehearsal, a fitting or a shooting day of a production"
        ),
        run=new_event,
    ),
    Operation(
        ScheduleOp.EDIT_EVENT,
        QT_TRANSLATE_NOOP("Actions", "Ed&it the date…"),
        icon="edit",
        tip=QT_TRANSLATE_NOOP("Actions", "When, the cast it uses, where"),
        run=edit_event,
    ),
    Operation(
        ScheduleOp.REMOVE_EVENT,
        QT_TRANSLATE_NOOP("Actions", "Re&move the date…"),
        run=remove_event,
    ),
    Operation(
        ScheduleOp.CHANGE_CAST,
        QT_TRANSLATE_NOOP("Actions", "A dancer &for that day…"),
        icon="dancer",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "A dancer in a role that day: in place of one called (injured), or added"
        ),
        run=change_cast,
    ),
    Operation(
        ScheduleOp.CALENDAR,
        QT_TRANSLATE_NOOP("Actions", "Calendar file (.ic&s)…"),
        icon="calendar",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The schedule for any calendar app, in the company's time zone"
        ),
        run=calendar,
    ),
)
