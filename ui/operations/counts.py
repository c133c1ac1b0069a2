"""Counting at the desk: the stocktake of a place (resumed where it was left), the count of
materials keyed back from the paper sheet, and the sheets to print for both: the count sheet
and the place labels whose barcodes start a count or a put-away."""

from __future__ import annotations

from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from wardrobe.records import CompanyRecord, MaterialRecord

from ..dialogs.print_dialog import PrintDialog
from ..dialogs.stocktake_dialogs import CountMaterialsDialog, StocktakeDialog
from ..runtime.bus import COSTUMES, STOCK, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import companies, places, stock, stock_movements
from ..runtime.core import stocktake as stocktakes
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from . import print_out
from .contexts import CountActions
from .operation import Operation, buttons

if TYPE_CHECKING:
    from wardrobe.reports.fitting_sheet import PrintResult
    from wardrobe.services.stocktake import StocktakeState


def _company(ctx: AppContext) -> CompanyRecord | None:
    """The company counted: the one the user works for (the first, with one)."""
    known = ctx.lists.companies
    return known[0] if known else None


# -- stocktake ------------------------------------------------------------------------
def stocktake(ctx: AppContext, place: str | None = None) -> None:
    """The stocktake window; ``place`` (a scanned label's code) starts its count."""
    db = ctx.db

    def read() -> tuple[list, list]:
        return places.places(db), stocktakes.under_way(db)

    def show(found: tuple[list, list]) -> None:
        everything, going = found
        rows = buttons(ctx, STOCKTAKE_OPERATIONS, everything)
        dialog = StocktakeDialog(everything, going, rows, ctx.host)
        dialog.requested.connect(lambda n, p: _requested(ctx, dialog, n, p))
        ctx.open_dialog(dialog)
        if place is not None:
            _requested(ctx, dialog, "start", place)

    ctx.runner.run(read, show)


def _requested(ctx: AppContext, dialog: StocktakeDialog, name: str, payload: Any) -> None:
    db, runner = ctx.db, ctx.runner
    failed = _refused(ctx, dialog)
    counting = dialog.state
    if name == "start":
        runner.run(lambda: stocktakes.start(db, payload), dialog.show_state, failed)
    elif name == "scan" and counting is not None:
        code = counting.place_code
        runner.run(lambda: stocktakes.scan(db, code, payload), dialog.show_scan, failed)
    elif name == "move" and counting is not None:
        code = counting.place_code
        runner.run(lambda: stocktakes.move_here(db, code, payload), dialog.show_state, failed)
    elif name == "finish" and counting is not None:
        _finish(ctx, dialog, counting)


def _refused(ctx: AppContext, dialog: StocktakeDialog) -> Any:
    from wardrobe.errors import WardrobeError

    from ..text.error_text import error_text

    def said(error: BaseException) -> None:
        if isinstance(error, WardrobeError):
            dialog.say(error_text(error))
        else:
            ctx.show_failure(error)

    return said


def _finish(ctx: AppContext, dialog: StocktakeDialog, counting: StocktakeState) -> None:
    moving = sum(1 for item in counting.misplaced if item.move_here)
    answer = QMessageBox.question(
        dialog,
        CountActions.tr("Finish the stocktake"),
        filled(
            CountActions.tr(
                "Finish the count of %1? %2 item(s) not scanned will be marked missing, %3 "
                "misplaced item(s) move here; the others stay where they are recorded.",
            ),
            counting.place,
            str(len(counting.missing)),
            str(moving),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    db, code = ctx.db, counting.place_code

    def finished(done: StocktakeState) -> None:
        dialog.accept()
        ctx.announce(of_kinds(COSTUMES, STOCK))  # items found, missing, moved
        ctx.say(
            filled(CountActions.tr("Stocktake of %1 finished."), done.place)
            + " "
            + filled(
                CountActions.tr("%1 found, %2 missing, %3 misplaced, %4 unknown."),
                str(len(done.found)),
                str(len(done.missing)),
                str(len(done.misplaced)),
                str(len(done.unknown)),
            ),
            15_000,
        )
        _report(ctx, done)

    ctx.runner.run(lambda: stocktakes.finish(db, code), finished, _refused(ctx, dialog))


def _report(ctx: AppContext, done: StocktakeState) -> None:
    def render(path: Path, _progress: Any, _options: dict) -> PrintResult:
        from wardrobe.reports.stocktake_report import render_stocktake_report

        return render_stocktake_report(done, path)

    _print(
        ctx,
        CountActions.tr("Print the stocktake report"),
        filled(CountActions.tr("The report of the count of %1."), done.place),
        render,
        f"stocktake-{done.place}",
    )


def _print(ctx: AppContext, title: str, heading: str, render: Any, stem: str) -> None:
    dialog = PrintDialog(title, heading, ctx.runner, render, stem, parent=ctx.host)
    dialog.saved.connect(partial(print_out.announce, ctx))
    ctx.open_dialog(dialog)


# -- materials ----------------------------------------------------------------------------
def count_materials(ctx: AppContext) -> None:
    company = _company(ctx)
    if company is None:
        return
    db = ctx.db

    def show(materials: list[MaterialRecord]) -> None:
        def perform(counts: dict[int, str], reason: str) -> Any:
            return lambda: stock_movements.count_materials(db, counts, reason=reason)

        dialog = CountMaterialsDialog(materials, ctx.runner, perform, ctx.host)
        dialog.saved.connect(partial(_counted, ctx))
        ctx.open_dialog(dialog)

    ctx.runner.run(lambda: stock.list_materials(db, company.id), show)


def _counted(ctx: AppContext, done: list[tuple[MaterialRecord, int]]) -> None:
    changed = [record for record, difference in done if difference]
    ctx.saved(*changed)
    ctx.say(
        filled(
            CountActions.tr("%n count(s) taken, %1 adjusted in the ledger.", "", len(done)),
            str(len(changed)),
        ),
        10_000,
    )


def count_sheet(ctx: AppContext) -> None:
    company = _company(ctx)
    if company is None:
        return
    db = ctx.db

    def render(path: Path, _progress: Any, _options: dict) -> PrintResult:
        from wardrobe.reports.count_sheet import render_count_sheet

        whose = companies.get_company(db, company.id)
        return render_count_sheet(stock.list_materials(db, company.id), whose, path)

    _print(
        ctx,
        CountActions.tr("Print the count sheet"),
        filled(
            CountActions.tr("The materials of %1, to count on paper."),
            company.name,
        ),
        render,
        "count-sheet",
    )


def place_labels(ctx: AppContext) -> None:
    """Labels for the places chosen: the places of the selected items' company."""
    company = _company(ctx)
    if company is None:
        return
    db = ctx.db

    def show(found: list) -> None:
        choices = [(CountActions.tr("Every place (%n)", "", len(found)), "")] + [
            (p.path, p.code) for p in found
        ]

        def render(path: Path, _progress: Any, options: dict) -> PrintResult:
            from wardrobe.reports.tag_labels import LAYOUTS, render_place_labels

            chosen = options.get("choice") or ""
            wanted = [p for p in found if not chosen or p.code == chosen]
            layout = LAYOUTS[options["layout"]]
            return render_place_labels(wanted, path, layout=layout, start=options.get("start", 1))

        dialog = PrintDialog(
            CountActions.tr("Print place labels"),
            filled(
                CountActions.tr(
                    "Labels for the rooms, racks, hoists and bins of %1: scanned at the "
                    "desk, a place label starts putting items away there.",
                ),
                company.name,
            ),
            ctx.runner,
            render,
            "place-labels",
            choices=choices,
            choice_label=CountActions.tr("&Places:"),
            labels_paper=company.paper,
            parent=ctx.host,
        )
        dialog.saved.connect(partial(print_out.announce, ctx))
        ctx.open_dialog(dialog)

    ctx.runner.run(lambda: places.places(db, company.id), show)


# -- declared once ---------------------------------------------------------------------------
class CountOp(StrEnum):
    STOCKTAKE = "stocktake"
    MATERIALS = "count_materials"
    COUNT_SHEET = "print_count_sheet"
    PLACE_LABELS = "print_place_labels"


OPERATIONS = (
    Operation(
        CountOp.STOCKTAKE,
        QT_TRANSLATE_NOOP("Actions", "S&tocktake of a place…"),
        ("Ctrl+Shift+K",),
        "count",
        QT_TRANSLATE_NOOP("Actions", "Scan everything found in a room, rack, hoist or bin"),
        run=lambda ctx, _record: stocktake(ctx),
    ),
    Operation(
        CountOp.MATERIALS,
        QT_TRANSLATE_NOOP("Actions", "Count &all materials…"),
        (),
        "count",
        QT_TRANSLATE_NOOP("Actions", "Key back the counts of the paper count sheet"),
        run=lambda ctx, _record: count_materials(ctx),
    ),
    Operation(
        CountOp.COUNT_SHEET,
        QT_TRANSLATE_NOOP("Actions", "&Count sheet of the materials…"),
        run=lambda ctx, _record: count_sheet(ctx),
    ),
    Operation(
        CountOp.PLACE_LABELS,
        QT_TRANSLATE_NOOP("Actions", "Pl&ace labels…"),
        run=lambda ctx, _record: place_labels(ctx),
    ),
)


class StocktakeOp(StrEnum):
    """What is done in the stocktake window (each run as its ``requested`` name)."""

    START = "start"
    MOVE = "move"
    FINISH = "finish"


STOCKTAKE_OPERATIONS = (
    Operation(StocktakeOp.START, QT_TRANSLATE_NOOP("Actions", "&Start or resume")),
    Operation(
        StocktakeOp.MOVE,
        QT_TRANSLATE_NOOP("Actions", "&Move here when finished"),
        ("Ctrl+M",),
        tip=QT_TRANSLATE_NOOP("Actions", "The misplaced item chosen moves here at the finish"),
    ),
    Operation(StocktakeOp.FINISH, QT_TRANSLATE_NOOP("Actions", "&Finish and print the report…")),
)
