"""Importing a spreadsheet: every row checked by the same rules as the window, all in one
transaction. One bad row and nothing is written; every problem of every row is reported
(row, column, value, why). Importing the same file again updates, it does not duplicate.
New items (the bulk of a big file) are written together at the end; the rest goes row by row
through the services, and the report says, row by row, what each creates or changes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import InvalidInput, WardrobeError
from ..language.folding import fold_loose
from ..language.i18n import N_, Text
from ..services import lookup
from ..store.database import Database
from .cells import Cells, Columns
from .columns import KINDS, REQUIRED, resolve
from .import_rows import ROWS
from .new_costumes import NewCostumes
from .new_dancers import NewDancers
from .reading import Sheet, read_sheet
from .report import ImportReport, RowOutcome, RowProblem
from .row_checks import Lookups, row_problems

__all__ = ["ImportReport", "RowOutcome", "RowProblem", "import_file", "import_sheet"]


class Bound(Database):
    """The inventory seen through one session: every service call joins its transaction."""

    def __init__(self, parent: Database, session: Session) -> None:  # noqa: D107
        self.url, self.engine, self.user = parent.url, parent.engine, parent.user
        self.read_only = None
        self._session = session

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session

    @contextmanager
    def write(self) -> Iterator[Session]:
        yield self._session

    @contextmanager
    def rows(self) -> Iterator[Connection]:
        yield self._session.connection()


def import_file(
    db: Database,
    kind: str,
    path: str | Path,
    *,
    apply: bool = True,
    company: str | None = None,
) -> ImportReport:
    """Reads and imports ``path``; with ``apply`` false (a preview), nothing is kept. Rows that
    name no company belong to ``company`` (needed where the inventory holds several)."""
    if kind not in KINDS:
        raise InvalidInput(
            field=N_("kind"),
            detail=Text("“{kind}” is not one of {kinds}", kind=kind, kinds=", ".join(KINDS)),
        )
    if company:
        with db.read() as session:
            company = lookup.company(session, company).name  # a sentence if there is none
    return import_sheet(db, kind, read_sheet(path), apply=apply, company=company)


def _columns(kind: str, sheet: Sheet, report: ImportReport) -> tuple[Columns, Columns]:
    """The columns understood, by canonical name; a measure may come in cm and in inches."""
    columns: Columns = {}
    alternatives: Columns = {}
    for index, header in enumerate(sheet.headers):
        found = resolve(kind, header)
        if found is None:
            if header:
                report.ignored_columns.append(header)
            continue
        canonical, unit = found
        if canonical in columns:
            if unit is not None and columns[canonical][1] not in (None, unit):
                alternatives[canonical] = (index, unit, header)
                continue
            report.problems.append(
                RowProblem(1, header, "", Text("“{column}” is given twice", column=canonical))
            )
        columns[canonical] = (index, unit, header)
    missing = [c for c in REQUIRED[kind] if c not in columns]
    if missing:
        report.problems.append(
            RowProblem(
                1, "", "", Text("the file has no column for {columns}", columns=", ".join(missing))
            )
        )
    return columns, alternatives


def _layout_problems(number: int, row: list[str], cells: Cells, width: int) -> list:
    problems = []
    if cells.conflict:
        problems.append(
            RowProblem(number, cells.conflict, "", Text("give this measure in one unit, not both"))
        )
    if len(row) > width and any(c.strip() for c in row[width:]):
        problems.append(
            RowProblem(number, "", "", Text("the row has more cells than the header has columns"))
        )
    return problems


def import_sheet(
    db: Database, kind: str, sheet: Sheet, *, apply: bool = True, company: str | None = None
) -> ImportReport:
    report = ImportReport(kind, sheet.encoding)
    columns, alternatives = _columns(kind, sheet, report)
    if report.problems:
        return report
    first = REQUIRED[kind][0]
    with db.write() as session:
        bound = Bound(db, session)
        known = Lookups(session)
        new_costumes = NewCostumes(session, sheet, columns) if kind == "costumes" else None
        new_dancers = NewDancers(session, known) if kind == "dancers" else None
        seen: dict[str, int] = {}
        later: list[tuple[int, Cells]] = []  # rows changing dancers there, after the new ones
        for number, row in enumerate(sheet.rows, start=2):
            cells = Cells(row, columns, alternatives, company)
            problems = _layout_problems(number, row, cells, len(sheet.headers))
            key = fold_loose(cells.text(first))
            if key and cells.company_name():
                key = f"{fold_loose(cells.company_name())}|{key}"
            if key and key in seen:
                problems.append(
                    RowProblem(
                        number,
                        cells.header(first),
                        cells.text(first),
                        Text("the same as row {row}: each appears once in a file", row=seen[key]),
                    )
                )
            seen.setdefault(key, number)
            problems += row_problems(kind, known, cells, number)
            if problems:
                report.problems += problems
                continue
            new_tag = new_costumes.new_tag(cells) if new_costumes is not None else None
            same = new_costumes.unchanged(cells) if new_costumes is not None else None
            try:
                if new_costumes is not None and new_tag is not None:
                    # A new item: checked now, written with the others in one go at the end.
                    new_costumes.add(cells, new_tag)
                    report.rows.append(RowOutcome(number, new_tag, "created"))
                    if new_costumes.full():
                        _write_new(new_costumes, report)
                elif same is not None:  # as the inventory has it (an export read back)
                    report.rows.append(RowOutcome(number, same, "unchanged"))
                elif new_dancers is not None and new_dancers.is_new(cells):
                    name = new_dancers.add(number, cells)  # written with the others, below
                    report.rows.append(RowOutcome(number, name, "created"))
                elif new_dancers is not None:
                    later.append((number, cells))
                else:
                    _apply_row(bound, session, kind, number, cells, report)
            except WardrobeError as error:
                report.problems.append(_problem(number, cells, error))
        if new_dancers is not None:
            doubles = new_dancers.write()  # rolled back below if any row has a problem
            report.problems += doubles
            for number, cells in later if not doubles else ():
                _apply_row(bound, session, kind, number, cells, report)
            report.rows.sort(key=lambda outcome: outcome.row)
            report.problems.sort(key=lambda problem: problem.row)
        if report.problems or not apply:
            session.rollback()
            return report
        if new_costumes is not None:
            _write_new(new_costumes, report)
    report.applied = True
    return report


def _write_new(new_costumes: NewCostumes, report: ImportReport) -> None:
    """The new items checked so far, written in bulk with their audit lines; forgotten once
    a row has a problem (nothing will be written)."""
    if report.problems:
        new_costumes.discard()
        return
    try:
        new_costumes.write()
    except IntegrityError:
        # Only another desk logging one of the same tags meanwhile can do this.
        raise InvalidInput(
            field=N_("tag"),
            detail=Text(
                "another desk logged one of these tags while the file was being "
                "imported; nothing was imported, import the file again"
            ),
        ) from None


def _apply_row(
    db: Database, session: Session, kind: str, number: int, cells: Cells, report: ImportReport
) -> None:
    """A row through the services, as the window would change its record."""
    try:
        with session.begin_nested():
            outcome, label, found = ROWS[kind](db, session, cells)
        report.rows.append(RowOutcome(number, label, outcome, found))
    except WardrobeError as error:
        report.problems.append(_problem(number, cells, error))


def _problem(number: int, cells: Cells, error: WardrobeError) -> RowProblem:
    # The column at fault: the field named, or what was not found (a dancer, a place...).
    column = error.params.get("field") or error.params.get("what") or ""
    return RowProblem(number, cells.header_for_field(column), cells.value_for_field(column), error)
