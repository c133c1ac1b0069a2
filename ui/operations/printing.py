"""The print menu: a dancer's fitting sheet, a production's sheets, the reorder list, labels."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence

# reportlab is imported when something is printed, not at start-up (a tenth of a second).
from ..dialogs.print_dialog import PrintDialog
from ..runtime.context import AppContext
from ..runtime.core import catalog, lookup
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import PrintActions
from .date_sheets import print_date
from .operation import Operation
from .print_out import _open

if TYPE_CHECKING:
    from wardrobe.reports.fitting_sheet import PrintResult


def print_current(ctx: AppContext) -> None:
    """Ctrl+P: what the current section prints."""
    section = ctx.selection.section() if ctx.selection else ""
    if section == "costumes":
        labels(ctx)
    elif section == "dancers":
        dancer_sheet(ctx)
    elif section == "calls":
        print_date(ctx)
    else:
        reorder_list(ctx)


def dancer_sheet(ctx: AppContext) -> None:
    dancer = ctx.selection.dancer() if ctx.selection else None
    if dancer is None:
        ctx.say(PrintActions.tr("Choose a dancer first."), 5000)
        return
    db, dancer_id = ctx.db, dancer.id

    def render(path: Path, progress: Any, _options: dict) -> PrintResult:
        from wardrobe.reports.data import fitting_sheets
        from wardrobe.reports.fitting_sheet import render_fitting_sheets

        return render_fitting_sheets(fitting_sheets(db, dancer=dancer_id), path, progress)

    _open(
        ctx,
        PrintDialog(
            PrintActions.tr("Print a fitting sheet"),
            filled(PrintActions.tr("The fitting sheet of %1."), dancer.name),
            ctx.runner,
            render,
            f"fitting-{dancer.name}",
            parent=ctx.host,
        ),
    )


def dancer_and_double(ctx: AppContext) -> None:
    """ "Print both": the dancer's sheet and her double's (or whom she doubles), together."""
    dancer = ctx.selection.dancer() if ctx.selection else None
    if dancer is None:
        ctx.say(PrintActions.tr("Choose a dancer first."), 5000)
        return
    db, dancer_id = ctx.db, dancer.id

    def render(path: Path, progress: Any, _options: dict) -> PrintResult:
        from wardrobe.reports.data import fitting_sheets
        from wardrobe.reports.fitting_sheet import render_fitting_sheets
        from wardrobe.services import doubles

        with db.read() as session:
            who = lookup.dancer(session, dancer_id)
            ids = [who.id, *(p.id for p in doubles.partners(session, who))]
        return render_fitting_sheets(fitting_sheets(db, dancer_ids=ids), path, progress)

    _open(
        ctx,
        PrintDialog(
            PrintActions.tr("Print both fitting sheets"),
            filled(
                PrintActions.tr("The fitting sheets of %1 and of her double."),
                dancer.name,
            ),
            ctx.runner,
            render,
            f"fitting-{dancer.name}-and-double",
            parent=ctx.host,
        ),
    )


def doubles_report(ctx: AppContext) -> None:
    ctx.runner.run(_production_choices(ctx), partial(_doubles_report, ctx))


def _doubles_report(ctx: AppContext, choices: list[tuple[str, Any]]) -> None:
    db = ctx.db

    def render(path: Path, _progress: Any, options: dict) -> PrintResult:
        from wardrobe.reports.doubles_report import render_doubles_report
        from wardrobe.services import doubles

        title, company_id = options["choice"]
        return render_doubles_report(doubles.doubles_report(db, title, company=company_id), path)

    _open(
        ctx,
        PrintDialog(
            PrintActions.tr("Print a production's doubles"),
            PrintActions.tr(
                "Each principal and her double: their pieces side by side, and the "
                "measurements that differ by more than 2 cm.",
            ),
            ctx.runner,
            render,
            "doubles",
            choices=choices,
            choice_label=PrintActions.tr("Production"),
            parent=ctx.host,
        ),
    )


def _production_choices(ctx: AppContext) -> Callable[[], list[tuple[str, Any]]]:
    """Every production of every company, as a print dialog offers them (read on the
    worker)."""
    db, companies = ctx.db, list(ctx.lists.companies)

    def read() -> list[tuple[str, Any]]:
        return [
            (f"{title} — {company.name}", (title, company.id))
            for company in companies
            for title in catalog.productions_and_roles(db, company.id)
        ]

    return read


def production_sheets(ctx: AppContext) -> None:
    ctx.runner.run(_production_choices(ctx), partial(_production_sheets, ctx))


def _production_sheets(ctx: AppContext, choices: list[tuple[str, Any]]) -> None:
    db = ctx.db

    def render(path: Path, progress: Any, options: dict) -> PrintResult:
        from wardrobe.reports.data import fitting_sheets
        from wardrobe.reports.fitting_sheet import render_fitting_sheets

        title, company_id = options["choice"]
        batch = fitting_sheets(db, production=title, company=company_id)
        return render_fitting_sheets(batch, path, progress)

    _open(
        ctx,
        PrintDialog(
            PrintActions.tr("Print a production's fitting sheets"),
            PrintActions.tr("One sheet for each dancer cast in the production."),
            ctx.runner,
            render,
            "fitting-sheets",
            choices=choices,
            choice_label=PrintActions.tr("Production"),
            parent=ctx.host,
        ),
    )


def costume_book(ctx: AppContext) -> None:
    ctx.runner.run(_production_choices(ctx), partial(_costume_book, ctx))


def _costume_book(ctx: AppContext, choices: list[tuple[str, Any]]) -> None:
    db = ctx.db

    def render(path: Path, _progress: Any, options: dict) -> PrintResult:
        from wardrobe.reports.costume_book import costume_book, render_costume_book

        title, company_id = options["choice"]
        return render_costume_book(costume_book(db, title, company_id), path)

    _open(
        ctx,
        PrintDialog(
            PrintActions.tr("Print a costume book"),
            PrintActions.tr("Each role's pieces with their photo, tag, colour and who they fit."),
            ctx.runner,
            render,
            "costume-book",
            choices=choices,
            choice_label=PrintActions.tr("Production"),
            parent=ctx.host,
        ),
    )


def reorder_list(ctx: AppContext) -> None:
    choices = [(PrintActions.tr("Every company"), 0)] + [
        (c.name, c.id) for c in ctx.lists.companies
    ]
    db = ctx.db

    def render(path: Path, _progress: Any, options: dict) -> PrintResult:
        from wardrobe.reports.reorder_list import render_reorder_list

        return render_reorder_list(db, path, company=options["choice"] or None)

    _open(
        ctx,
        PrintDialog(
            PrintActions.tr("Print the reorder list"),
            PrintActions.tr("Everything below its level, grouped by supplier."),
            ctx.runner,
            render,
            "reorder-list",
            choices=choices,
            choice_label=PrintActions.tr("Company"),
            parent=ctx.host,
        ),
    )


def labels(ctx: AppContext) -> None:
    items = ctx.selection.costumes() if ctx.selection else []
    if not items:
        ctx.say(
            PrintActions.tr("Select the items to label in Costumes first."),
            5000,
        )
        return
    papers = {c.id: c.paper for c in ctx.lists.companies}

    def render(path: Path, _progress: Any, options: dict) -> PrintResult:
        from wardrobe.reports.tag_labels import LAYOUTS, render_labels

        return render_labels(items, path, layout=LAYOUTS[options["layout"]], start=options["start"])

    _open(
        ctx,
        PrintDialog(
            PrintActions.tr("Print tag labels"),
            PrintActions.tr("%n label(s), one for each selected item.", "", len(items)),
            ctx.runner,
            render,
            "labels",
            labels_paper=papers.get(items[0].company_id, "A4"),
            parent=ctx.host,
        ),
    )


# -- declared once ---------------------------------------------------------------------------
class PrintOp(StrEnum):
    CURRENT = "print"
    SHEET = "print_sheet"
    PRODUCTION = "print_production"
    BOTH = "print_both"
    DOUBLES = "print_doubles"
    COSTUME_BOOK = "print_costume_book"
    REORDER = "print_reorder"
    LABELS = "print_labels"


OPERATIONS = (
    Operation(
        PrintOp.CURRENT,
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        (QKeySequence.StandardKey.Print,),
        "print",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Labels in Costumes, the dancer's fitting sheet in Dancers, the date's sheets in "
            "Calls, else the reorder list",
        ),
        run=lambda ctx, _record: print_current(ctx),
    ),
    Operation(
        PrintOp.SHEET,
        QT_TRANSLATE_NOOP("Actions", "Fitting sheet for this &dancer…"),
        run=lambda ctx, _record: dancer_sheet(ctx),
    ),
    Operation(
        PrintOp.PRODUCTION,
        QT_TRANSLATE_NOOP("Actions", "Fitting sheets for a &production…"),
        run=lambda ctx, _record: production_sheets(ctx),
    ),
    Operation(
        PrintOp.BOTH,
        QT_TRANSLATE_NOOP("Actions", "Fitting sheets of this dancer and her &double…"),
        run=lambda ctx, _record: dancer_and_double(ctx),
    ),
    Operation(
        PrintOp.DOUBLES,
        QT_TRANSLATE_NOOP("Actions", "A production's dou&bles…"),
        run=lambda ctx, _record: doubles_report(ctx),
    ),
    Operation(
        PrintOp.COSTUME_BOOK,
        QT_TRANSLATE_NOOP("Actions", "A production's cos&tume book…"),
        run=lambda ctx, _record: costume_book(ctx),
    ),
    Operation(
        PrintOp.REORDER,
        QT_TRANSLATE_NOOP("Actions", "&Reorder list…"),
        run=lambda ctx, _record: reorder_list(ctx),
    ),
    Operation(
        PrintOp.LABELS,
        QT_TRANSLATE_NOOP("Actions", "&Labels for the selected items…"),
        run=lambda ctx, _record: labels(ctx),
    ),
)
