"""Spreadsheets from the window: an import previewed first (what will be created or updated,
every problem by row and column) and applied all at once; exports to CSV or .xlsx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wardrobe.errors import WardrobeError
from wardrobe.records import CompanyRecord
from wardrobe.store.database import Database

from ..runtime.core import importing
from ..runtime.tasks import TaskRunner
from ..text.error_text import error_text
from ..text.language import current_language, filled
from ..text.noop import QT_TRANSLATE_NOOP
from .forms import FormDialog, Invalid, choice

if TYPE_CHECKING:
    from wardrobe.transfer.importing import ImportReport, RowOutcome


KINDS = (
    (QT_TRANSLATE_NOOP("Transfer", "Dancers (with measurements)"), "dancers"),
    (QT_TRANSLATE_NOOP("Transfer", "Costumes (tutus included)"), "costumes"),
    (QT_TRANSLATE_NOOP("Transfer", "Tulle and materials"), "materials"),
    (QT_TRANSLATE_NOOP("Transfer", "Pointe-shoe specifications"), "pointe"),
)


def kinds(_widget: QWidget | None = None) -> list[tuple[str, str]]:
    """The four kinds, named in the user's language."""
    return [(QCoreApplication.translate("Transfer", label), kind) for label, kind in KINDS]


class ImportDialog(FormDialog):
    """Preview, then import. ``saved`` carries the applied ImportReport."""

    previewed = None
    outcomes: list[str] = []

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        companies: list[CompanyRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Import a spreadsheet"), runner, parent)
        self.setObjectName("importDialog")
        self.db = db
        self.save_button.setText(self.tr("Import"))
        self.save_button.setEnabled(False)
        self.kind = choice(self, self.tr("What the file holds"), kinds(self))
        # In an inventory of several companies, a file with no company column says whose it is.
        self.company = choice(
            self,
            self.tr("Company of rows that name none"),
            [(self.tr("As the file says"), "")] + [(c.name, c.name) for c in companies],
        )
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File"))
        self.path.setPlaceholderText(self.tr(".csv or .xlsx; costumes with photos: .zip"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.preview_button)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.problems = QTableWidget(0, 4, self)
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems, by row and column"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Why")]
        )
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().hide()
        self.problems.hide()
        self.rows = QTableWidget(0, 4, self)
        self.rows.setObjectName("importRows")
        self.rows.setAccessibleName(self.tr("What each row will do"))
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Record"), self.tr("Will be"), self.tr("What changes")]
        )
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.verticalHeader().hide()
        self.rows.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.rows.hide()
        self.show_unchanged = QCheckBox(self.tr("Show the rows that change &nothing"), self)
        self.show_unchanged.toggled.connect(self._hide_unchanged)
        self.show_unchanged.hide()
        self.form.addRow(self.tr("&What"), self.kind)
        if len(companies) > 1:
            self.form.addRow(self.tr("C&ompany"), self.company)
        else:
            self.company.hide()
        self.form.addRow(self.tr("File"), row)
        self.form.addRow(self.summary)
        self.form.addRow(self.problems)
        self.form.addRow(self.rows)
        self.form.addRow(self.show_unchanged)
        self.kind.currentIndexChanged.connect(self._changed)
        self.company.currentIndexChanged.connect(self._changed)
        self.path.textChanged.connect(self._changed)
        self.resize(860, 520)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet"),
            str(Path.home()),
            self.tr("Spreadsheets, or costumes with their photos (*.csv *.txt *.xlsx *.zip)"),
        )
        if path:
            self.path.setText(path)

    def _changed(self) -> None:
        self.previewed = None
        self.save_button.setEnabled(False)

    def _selection(self) -> tuple[str, Path, str]:
        text = self.path.text().strip()
        if not text:
            raise Invalid(self.tr("Choose the file to import."), self.path)
        return self.kind.currentData(), Path(text), self.company.currentData()

    def preview(self) -> None:
        try:
            kind, path, company = key = self._selection()
        except Invalid as problem:
            self.show_message(str(problem))
            return
        self.show_message("")
        self.summary.setText(self.tr("Reading the file…"))
        db = self.db
        self.runner.run(
            lambda: _import(db, kind, path, apply=False, company=company or None),
            lambda report: self._show(report, key),
            self._preview_failed,
        )

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, WardrobeError):
            self.summary.setText("")
            self.show_message(error_text(error))
            return
        self.runner.default_failure(error)

    def _show(self, report: ImportReport, key: tuple[str, Path, str]) -> None:
        text = filled(
            self.tr("Read as %1: %2 to create, %3 to update, %4 unchanged."),
            report.encoding,
            str(len(report.created)),
            str(len(report.updated)),
            str(len(report.unchanged)),
        )
        if report.ignored_columns:
            text += " " + filled(self.tr("Columns ignored: %1."), ", ".join(report.ignored_columns))
        language = current_language()
        self.problems.setRowCount(len(report.problems))
        for row, problem in enumerate(report.problems):
            for column, value in enumerate(
                (str(problem.row), problem.column, problem.value, problem.reason_in(language))
            ):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self.problems.setVisible(bool(report.problems))
        self._show_rows([] if report.problems else report.rows)
        if report.problems:
            text = (
                self.tr(
                    "%n problem(s): nothing can be imported until the file is corrected.",
                    "",
                    len(report.problems),
                )
                + " "
                + text
            )
        self.summary.setText(text)
        self.previewed = None if report.problems else key
        self.save_button.setEnabled(not report.problems)

    def _show_rows(self, rows: list[RowOutcome]) -> None:
        """Row by row: what each will create or change (an unchanged row says so)."""
        said = {
            "created": self.tr("created"),
            "updated": self.tr("changed"),
            "unchanged": self.tr("unchanged"),
        }
        self.rows.setUpdatesEnabled(False)
        self.rows.setRowCount(len(rows))
        for index, outcome in enumerate(rows):
            changes = "; ".join(
                filled(self.tr("%1: %2 → %3"), c.column, c.before or "—", c.after or "—")
                for c in outcome.changes
            )
            for column, value in enumerate(
                (str(outcome.row), outcome.label, said[outcome.outcome], changes)
            ):
                self.rows.setItem(index, column, QTableWidgetItem(value))
        self.outcomes = [r.outcome for r in rows]
        self._hide_unchanged()
        for column in range(3):
            self.rows.resizeColumnToContents(column)
        self.rows.setUpdatesEnabled(True)
        self.rows.setVisible(bool(rows))
        self.show_unchanged.setVisible("unchanged" in self.outcomes)

    def _hide_unchanged(self) -> None:
        """What an import will do stands out: the rows that change nothing show on request."""
        shown = self.show_unchanged.isChecked()
        for index, outcome in enumerate(self.outcomes):
            self.rows.setRowHidden(index, outcome == "unchanged" and not shown)

    def collect(self) -> tuple[str, Path, str]:
        key = self._selection()
        if self.previewed != key:
            raise Invalid(self.tr("Preview the file first."), self.preview_button)
        return key

    def work(self, values: tuple[str, Path, str]) -> Callable[[], ImportReport]:
        db, (kind, path, company) = self.db, values
        return lambda: _import(db, kind, path, apply=True, company=company or None)

    def failed(self, error: WardrobeError) -> None:
        self.previewed = None
        self.rows.hide()
        self.show_unchanged.hide()
        self.save_button.setEnabled(False)


def _import(db: Database, kind: str, path: Path, *, apply: bool, company: str | None) -> Any:
    """A spreadsheet, or (costumes, .zip) the spreadsheet with its photos: the report either
    way (an archive's says how many photos came in)."""
    if kind == "costumes" and path.suffix.lower() == ".zip":
        from wardrobe.transfer.archive import import_archive

        done = import_archive(db, path, apply=apply, company=company)
        return done.report
    return importing.import_file(db, kind, path, apply=apply, company=company)


def export_to_file(
    parent: QWidget, db: Database, runner: TaskRunner, kind: str, done: Callable[[Any], None]
) -> None:
    """Asks where, then exports off the GUI thread."""
    from wardrobe.transfer.exporting import export

    filters = parent.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
    if kind == "costumes":
        filters += ";;" + parent.tr("Zip, with their photos (*.zip)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, parent.tr("Export"), str(Path.home() / f"{kind}.xlsx"), filters
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx", ".zip"):
        suffix = ".zip" if "zip" in chosen.lower() else ".csv" if "csv" in chosen.lower() else ""
        target = target.with_suffix(suffix or ".xlsx")
    if target.suffix.lower() == ".zip" and kind == "costumes":
        from wardrobe.transfer.archive import export_archive

        runner.run(lambda: (export_archive(db, target)[0], target), done)
        return
    runner.run(lambda: (export(db, kind, target), target), done)
