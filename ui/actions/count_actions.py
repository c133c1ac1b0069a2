"""Counting at the desk: the stocktake of a place (resumed where it was left), the count of
materials keyed back from the paper sheet, and the sheets to print for both: the count sheet
and the place labels whose barcodes start a count or a put-away."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from wardrobe.records import CompanyRecord, MaterialRecord

from ..dialogs.print_dialog import PrintDialog
from ..dialogs.stocktake_dialogs import CountMaterialsDialog, StocktakeDialog
from ..runtime.context import AppContext
from ..runtime.core import companies, places, stock, stock_movements, stocktake
from ..text.language import filled

if TYPE_CHECKING:
    from wardrobe.reports.fitting_sheet import PrintResult
    from wardrobe.services.stocktake import StocktakeState


class CountActions(QObject):
    """``moved``: items moved or marked missing, or stock adjusted (lists read again);
    ``printed(Printed)``: a PDF made."""

    moved = Signal()
    printed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db

    def _company(self) -> CompanyRecord | None:
        """The company counted: the one the user works for (the first, with one)."""
        known = self.ctx.lists.companies
        return known[0] if known else None

    # -- stocktake ------------------------------------------------------------------------
    def stocktake(self, place: str | None = None) -> None:
        """The stocktake window; ``place`` (a scanned label's code) starts its count."""
        db = self.db

        def read() -> tuple[list, list]:
            return places.places(db), stocktake.under_way(db)

        def show(found: tuple[list, list]) -> None:
            everything, going = found
            dialog = StocktakeDialog(everything, going, self.ctx.host)
            dialog.requested.connect(lambda n, p: self._requested(dialog, n, p))
            self.ctx.open_dialog(dialog)
            if place is not None:
                self._requested(dialog, "start", place)

        self.ctx.runner.run(read, show)

    def _requested(self, dialog: StocktakeDialog, name: str, payload: Any) -> None:
        db, runner = self.db, self.ctx.runner
        failed = self._refused(dialog)
        counting = dialog.state
        if name == "start":
            runner.run(lambda: stocktake.start(db, payload), dialog.show_state, failed)
        elif name == "scan" and counting is not None:
            code = counting.place_code
            runner.run(lambda: stocktake.scan(db, code, payload), dialog.show_scan, failed)
        elif name == "move" and counting is not None:
            code = counting.place_code
            runner.run(lambda: stocktake.move_here(db, code, payload), dialog.show_state, failed)
        elif name == "finish" and counting is not None:
            self._finish(dialog, counting)

    def _refused(self, dialog: StocktakeDialog) -> Any:
        from wardrobe.errors import WardrobeError

        from ..text.error_text import error_text

        def said(error: BaseException) -> None:
            if isinstance(error, WardrobeError):
                dialog.say(error_text(error))
            else:
                self.ctx.show_failure(error)

        return said

    def _finish(self, dialog: StocktakeDialog, counting: StocktakeState) -> None:
        moving = sum(1 for item in counting.misplaced if item.move_here)
        answer = QMessageBox.question(
            dialog,
            self.tr("Finish the stocktake"),
            filled(
                self.tr(
                    "Finish the count of %1? %2 item(s) not scanned will be marked missing, %3 "
                    "misplaced item(s) move here; the others stay where they are recorded."
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
        db, code = self.db, counting.place_code

        def finished(done: StocktakeState) -> None:
            dialog.accept()
            self.moved.emit()
            self.ctx.say(
                filled(self.tr("Stocktake of %1 finished."), done.place)
                + " "
                + filled(
                    self.tr("%1 found, %2 missing, %3 misplaced, %4 unknown."),
                    str(len(done.found)),
                    str(len(done.missing)),
                    str(len(done.misplaced)),
                    str(len(done.unknown)),
                ),
                15_000,
            )
            self._report(done)

        self.ctx.runner.run(lambda: stocktake.finish(db, code), finished, self._refused(dialog))

    def _report(self, done: StocktakeState) -> None:
        def render(path: Path, _progress: Any, _options: dict) -> PrintResult:
            from wardrobe.reports.stocktake_report import render_stocktake_report

            return render_stocktake_report(done, path)

        self._print(
            self.tr("Print the stocktake report"),
            filled(self.tr("The report of the count of %1."), done.place),
            render,
            f"stocktake-{done.place}",
        )

    def _print(self, title: str, heading: str, render: Any, stem: str) -> None:
        dialog = PrintDialog(title, heading, self.ctx.runner, render, stem, parent=self.ctx.host)
        dialog.saved.connect(self.printed)
        self.ctx.open_dialog(dialog)

    # -- materials ----------------------------------------------------------------------------
    def count_materials(self) -> None:
        company = self._company()
        if company is None:
            return
        db = self.db

        def show(materials: list[MaterialRecord]) -> None:
            def perform(counts: dict[int, str], reason: str) -> Any:
                return lambda: stock_movements.count_materials(db, counts, reason=reason)

            dialog = CountMaterialsDialog(materials, self.ctx.runner, perform, self.ctx.host)
            dialog.saved.connect(self._counted)
            self.ctx.open_dialog(dialog)

        self.ctx.runner.run(lambda: stock.list_materials(db, company.id), show)

    def _counted(self, done: list[tuple[MaterialRecord, int]]) -> None:
        changed = [record for record, difference in done if difference]
        for record in changed:
            self.ctx.saved(record)
        self.moved.emit()
        self.ctx.say(
            filled(
                self.tr("%n count(s) taken, %1 adjusted in the ledger.", "", len(done)),
                str(len(changed)),
            ),
            10_000,
        )

    def count_sheet(self) -> None:
        company = self._company()
        if company is None:
            return
        db = self.db

        def render(path: Path, _progress: Any, _options: dict) -> PrintResult:
            from wardrobe.reports.count_sheet import render_count_sheet

            whose = companies.get_company(db, company.id)
            return render_count_sheet(stock.list_materials(db, company.id), whose, path)

        self._print(
            self.tr("Print the count sheet"),
            filled(self.tr("The materials of %1, to count on paper."), company.name),
            render,
            "count-sheet",
        )

    def place_labels(self) -> None:
        """Labels for the places chosen: the places of the selected items' company."""
        company = self._company()
        if company is None:
            return
        db = self.db

        def show(found: list) -> None:
            choices = [(self.tr("Every place (%n)", "", len(found)), "")] + [
                (p.path, p.code) for p in found
            ]

            def render(path: Path, _progress: Any, options: dict) -> PrintResult:
                from wardrobe.reports.tag_labels import LAYOUTS, render_place_labels

                chosen = options.get("choice") or ""
                wanted = [p for p in found if not chosen or p.code == chosen]
                layout = LAYOUTS[options["layout"]]
                return render_place_labels(
                    wanted, path, layout=layout, start=options.get("start", 1)
                )

            dialog = PrintDialog(
                self.tr("Print place labels"),
                filled(
                    self.tr(
                        "Labels for the rooms, racks, hoists and bins of %1: scanned at the "
                        "desk, a place label starts putting items away there."
                    ),
                    company.name,
                ),
                self.ctx.runner,
                render,
                "place-labels",
                choices=choices,
                choice_label=self.tr("&Places:"),
                labels_paper=company.paper,
                parent=self.ctx.host,
            )
            dialog.saved.connect(self.printed)
            self.ctx.open_dialog(dialog)

        self.ctx.runner.run(lambda: places.places(db, company.id), show)
