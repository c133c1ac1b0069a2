"""The chosen date's sheets printed: call sheet, pull list, dressing lists, tracks, presets,
laundry list, exception report, in the company's language on its paper (Ctrl+P in Calls)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..dialogs.print_dialog import PrintDialog
from ..runtime.context import AppContext
from ..runtime.core import companies, quick_changes
from ..text import formatting
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import PrintActions
from .operation import Operation
from .print_out import _open as open_print
from .schedule_dates import chosen_event

if TYPE_CHECKING:
    from wardrobe.reports.fitting_sheet import PrintResult


class DateSheetOp(StrEnum):
    PRINT = "print_date"


SHEETS = (
    ("call_sheet", QT_TRANSLATE_NOOP("PrintActions", "Call sheet")),
    ("pull_list", QT_TRANSLATE_NOOP("PrintActions", "Pull list")),
    ("dressing_lists", QT_TRANSLATE_NOOP("PrintActions", "Dressing list of each room")),
    ("tracks", QT_TRANSLATE_NOOP("PrintActions", "Each dresser's track")),
    ("presets", QT_TRANSLATE_NOOP("PrintActions", "Presets of each place")),
    ("laundry", QT_TRANSLATE_NOOP("PrintActions", "Laundry list")),
    ("exceptions", QT_TRANSLATE_NOOP("PrintActions", "Exception report")),
)


def print_date(ctx: AppContext, _record: Any = None) -> None:
    event = chosen_event(ctx)
    if event is None:
        return
    db = ctx.db

    def render(path: Path, _progress: Any, options: dict) -> PrintResult:
        return render_sheet(db, event.id, options["choice"], path)

    open_print(
        ctx,
        PrintDialog(
            PrintActions.tr("Print the sheets of a date"),
            filled(
                PrintActions.tr("%1, %2: in the company's language, on its paper."),
                event.production,
                formatting.wall_clock(event.starts_at),
            ),
            ctx.runner,
            render,
            f"date-{event.starts_at:%Y-%m-%d}",
            choices=[(PrintActions.tr(text), key) for key, text in SHEETS],
            choice_label=PrintActions.tr("Sheet"),
            parent=ctx.host,
        ),
    )


def render_sheet(db: Any, event_id: int, sheet: str, path: Path) -> PrintResult:
    """One sheet of a date (on the worker)."""
    from wardrobe.reports import call_sheets, dressing_sheets
    from wardrobe.services import call_returns, calls, pulls, schedule

    event = schedule.event(db, event_id)
    company = companies.get_company(db, event.company_id)
    language, paper = company.language, company.paper
    if sheet == "call_sheet":
        return call_sheets.render_call_sheet(calls.call(db, event_id), language, paper, path)
    if sheet == "pull_list":
        listed = pulls.pull_list(db, event_id)
        return call_sheets.render_pull_list(listed, language, paper, path)
    if sheet in ("laundry", "exceptions"):
        report = call_returns.exception_report(db, event_id)
        render = (
            dressing_sheets.render_laundry_list
            if sheet == "laundry"
            else dressing_sheets.render_exception_report
        )
        return render(report, language, paper, path)
    day = quick_changes.day_dressing(db, event_id)
    render_day = {
        "dressing_lists": dressing_sheets.render_dressing_lists,
        "tracks": dressing_sheets.render_tracks,
        "presets": dressing_sheets.render_presets,
    }[sheet]
    return render_day(day, language, paper, path)


OPERATIONS = (
    Operation(
        DateSheetOp.PRINT,
        QT_TRANSLATE_NOOP("Actions", "Sheets of the chosen dat&e…"),
        icon="print",
        tip=QT_TRANSLATE_NOOP(
            "Actions",
            "The chosen date's call sheet, pull list, dressing lists, tracks, presets, "
            "laundry list or exception report",
        ),
        run=print_date,
    ),
)
