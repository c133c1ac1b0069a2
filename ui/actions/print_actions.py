"""The print menu: a dancer's fitting sheet, a production's sheets, the reorder list, labels."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

# reportlab is imported when something is printed, not at start-up (a tenth of a second).
from ..dialogs.print_dialog import PrintDialog, Printed
from ..runtime.context import AppContext
from ..runtime.core import catalog, lookup
from ..text.language import filled

if TYPE_CHECKING:
    from wardrobe.reports.fitting_sheet import PrintResult


class PrintActions(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db

    def announce(self, printed: Printed) -> None:
        """Says where a PDF printed elsewhere in the window went (and opens it)."""
        self._printed(printed)

    def _open(self, dialog: PrintDialog) -> None:
        dialog.saved.connect(self._printed)
        self.ctx.open_dialog(dialog)

    def _printed(self, printed: Printed) -> None:
        self.ctx.say(
            filled(
                self.tr("%1 page(s) written to %2"), str(printed.result.pages), str(printed.path)
            ),
            10_000,
        )
        if printed.result.warnings:
            QMessageBox.warning(
                self.ctx.host,
                self.tr("Some characters could not be printed"),
                "\n".join(printed.result.warnings),
            )
        if printed.open_after and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(printed.path))
        ):
            self._no_viewer(printed.path)

    def _no_viewer(self, path: Path) -> None:
        """No program here opens PDFs: say so, and offer to keep the file somewhere."""
        answer = QMessageBox.question(
            self.ctx.host,
            self.tr("No PDF viewer"),
            self.tr(
                "No program on this computer opens PDF files, so the document could not be "
                "shown. Save it where you choose, to print or send it from there?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        target, _filter = QFileDialog.getSaveFileName(
            self.ctx.host,
            self.tr("Save the PDF"),
            str(Path.home() / path.name),
            self.tr("PDF documents (*.pdf)"),
        )
        if target:
            shutil.copyfile(path, target)
            self.ctx.say(filled(self.tr("Saved as %1"), target), 10_000)

    def print_current(self) -> None:
        """Ctrl+P: what the current section prints."""
        section = self.ctx.selection.section() if self.ctx.selection else ""
        if section == "costumes":
            self.labels()
        elif section == "dancers":
            self.dancer_sheet()
        else:
            self.reorder_list()

    def dancer_sheet(self) -> None:
        dancer = self.ctx.selection.dancer() if self.ctx.selection else None
        if dancer is None:
            self.ctx.say(self.tr("Choose a dancer first."), 5000)
            return
        db, dancer_id = self.db, dancer.id

        def render(path: Path, progress: Any, _options: dict) -> PrintResult:
            from wardrobe.reports.data import fitting_sheets
            from wardrobe.reports.fitting_sheet import render_fitting_sheets

            return render_fitting_sheets(fitting_sheets(db, dancer=dancer_id), path, progress)

        self._open(
            PrintDialog(
                self.tr("Print a fitting sheet"),
                filled(self.tr("The fitting sheet of %1."), dancer.name),
                self.ctx.runner,
                render,
                f"fitting-{dancer.name}",
                parent=self.ctx.host,
            )
        )

    def dancer_and_double(self) -> None:
        """ "Print both": the dancer's sheet and her double's (or whom she doubles), together."""
        dancer = self.ctx.selection.dancer() if self.ctx.selection else None
        if dancer is None:
            self.ctx.say(self.tr("Choose a dancer first."), 5000)
            return
        db, dancer_id = self.db, dancer.id

        def render(path: Path, progress: Any, _options: dict) -> PrintResult:
            from wardrobe.reports.data import fitting_sheets
            from wardrobe.reports.fitting_sheet import render_fitting_sheets
            from wardrobe.services import doubles

            with db.read() as session:
                who = lookup.dancer(session, dancer_id)
                ids = [who.id, *(p.id for p in doubles.partners(session, who))]
            return render_fitting_sheets(fitting_sheets(db, dancer_ids=ids), path, progress)

        self._open(
            PrintDialog(
                self.tr("Print both fitting sheets"),
                filled(self.tr("The fitting sheets of %1 and of her double."), dancer.name),
                self.ctx.runner,
                render,
                f"fitting-{dancer.name}-and-double",
                parent=self.ctx.host,
            )
        )

    def doubles_report(self) -> None:
        self.ctx.runner.run(self._production_choices(), self._doubles_report)

    def _doubles_report(self, choices: list[tuple[str, Any]]) -> None:
        db = self.db

        def render(path: Path, _progress: Any, options: dict) -> PrintResult:
            from wardrobe.reports.doubles_report import render_doubles_report
            from wardrobe.services import doubles

            title, company_id = options["choice"]
            return render_doubles_report(
                doubles.doubles_report(db, title, company=company_id), path
            )

        self._open(
            PrintDialog(
                self.tr("Print a production's doubles"),
                self.tr(
                    "Each principal and her double: their pieces side by side, and the "
                    "measurements that differ by more than 2 cm."
                ),
                self.ctx.runner,
                render,
                "doubles",
                choices=choices,
                choice_label=self.tr("Production"),
                parent=self.ctx.host,
            )
        )

    def _production_choices(self) -> Callable[[], list[tuple[str, Any]]]:
        """Every production of every company, as a print dialog offers them (read on the
        worker)."""
        db, companies = self.db, list(self.ctx.lists.companies)

        def read() -> list[tuple[str, Any]]:
            return [
                (f"{title} — {company.name}", (title, company.id))
                for company in companies
                for title in catalog.productions_and_roles(db, company.id)
            ]

        return read

    def production_sheets(self) -> None:
        self.ctx.runner.run(self._production_choices(), self._production_sheets)

    def _production_sheets(self, choices: list[tuple[str, Any]]) -> None:
        db = self.db

        def render(path: Path, progress: Any, options: dict) -> PrintResult:
            from wardrobe.reports.data import fitting_sheets
            from wardrobe.reports.fitting_sheet import render_fitting_sheets

            title, company_id = options["choice"]
            batch = fitting_sheets(db, production=title, company=company_id)
            return render_fitting_sheets(batch, path, progress)

        self._open(
            PrintDialog(
                self.tr("Print a production's fitting sheets"),
                self.tr("One sheet for each dancer cast in the production."),
                self.ctx.runner,
                render,
                "fitting-sheets",
                choices=choices,
                choice_label=self.tr("Production"),
                parent=self.ctx.host,
            )
        )

    def costume_book(self) -> None:
        self.ctx.runner.run(self._production_choices(), self._costume_book)

    def _costume_book(self, choices: list[tuple[str, Any]]) -> None:
        db = self.db

        def render(path: Path, _progress: Any, options: dict) -> PrintResult:
            from wardrobe.reports.costume_book import costume_book, render_costume_book

            title, company_id = options["choice"]
            return render_costume_book(costume_book(db, title, company_id), path)

        self._open(
            PrintDialog(
                self.tr("Print a costume book"),
                self.tr("Each role's pieces with their photo, tag, colour and who they fit."),
                self.ctx.runner,
                render,
                "costume-book",
                choices=choices,
                choice_label=self.tr("Production"),
                parent=self.ctx.host,
            )
        )

    def reorder_list(self) -> None:
        choices = [(self.tr("Every company"), 0)] + [
            (c.name, c.id) for c in self.ctx.lists.companies
        ]
        db = self.db

        def render(path: Path, _progress: Any, options: dict) -> PrintResult:
            from wardrobe.reports.reorder_list import render_reorder_list

            return render_reorder_list(db, path, company=options["choice"] or None)

        self._open(
            PrintDialog(
                self.tr("Print the reorder list"),
                self.tr("Everything below its level, grouped by supplier."),
                self.ctx.runner,
                render,
                "reorder-list",
                choices=choices,
                choice_label=self.tr("Company"),
                parent=self.ctx.host,
            )
        )

    def labels(self) -> None:
        items = self.ctx.selection.costumes() if self.ctx.selection else []
        if not items:
            self.ctx.say(self.tr("Select the items to label in Costumes first."), 5000)
            return
        papers = {c.id: c.paper for c in self.ctx.lists.companies}

        def render(path: Path, _progress: Any, options: dict) -> PrintResult:
            from wardrobe.reports.tag_labels import LAYOUTS, render_labels

            return render_labels(
                items, path, layout=LAYOUTS[options["layout"]], start=options["start"]
            )

        self._open(
            PrintDialog(
                self.tr("Print tag labels"),
                self.tr("%n label(s), one for each selected item.", "", len(items)),
                self.ctx.runner,
                render,
                "labels",
                labels_paper=papers.get(items[0].company_id, "A4"),
                parent=self.ctx.host,
            )
        )
