"""One row of a spreadsheet, read by column name: its cells, the unit each measure is given
in, and the company it belongs to (its own column, else the one the import was told, else
the only one there is)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..language.dates import parse_day
from ..language.i18n import N_, Text
from ..models import Company
from ..services import lookup
from .columns import MEASURE_KEYS

# canonical column -> (index, unit such as "cm" or None, the file's header)
Columns = dict[str, tuple[int, str | None, str]]


class Cells:
    """A row's cells by canonical column. A measure the file gives in two units (``waist_cm``
    and ``waist_in``) is read from the one this row fills; both filled is a ``conflict``."""

    def __init__(
        self,
        row: list[str],
        columns: Columns,
        alternatives: Columns,
        company: str | None = None,
    ) -> None:
        self.row, self.company = [cell.strip() for cell in row], company
        self.columns = dict(columns)
        self.conflict = ""
        for canonical, other in alternatives.items():
            first = self._at(columns[canonical][0])
            second = self._at(other[0])
            if first and second:
                self.conflict = other[2]
            elif second:
                self.columns[canonical] = other

    def _at(self, index: int) -> str:
        return self.row[index] if index < len(self.row) else ""

    def has(self, name: str) -> bool:
        return name in self.columns

    def text(self, name: str) -> str:
        return self._at(self.columns[name][0]) if name in self.columns else ""

    def unit(self, name: str) -> str | None:
        return self.columns[name][1] if name in self.columns else None

    def header(self, name: str) -> str:
        return self.columns[name][2] if name in self.columns else name

    def header_for_field(self, field_name: str) -> str:
        """The file's header for an error's field (“waist” -> “waist_cm”), if there is one."""
        wanted = field_name.lower().replace(" ", "_")
        if not wanted:
            return ""
        for canonical, (_i, _u, header) in self.columns.items():
            if wanted in (canonical, MEASURE_KEYS.get(canonical, "")) or wanted.startswith(
                canonical
            ):
                return header
        return field_name

    def value_for_field(self, field_name: str) -> str:
        header = self.header_for_field(field_name)
        for canonical, (_i, _u, h) in self.columns.items():
            if h == header:
                return self.text(canonical)
        return ""

    def company_name(self) -> str:
        """The company this row names, or the one the import was told for rows naming none."""
        return self.text("company") or (self.company or "")


def company_of(session: Session, cells: Cells, tag: str = "") -> Company:
    if cells.company_name():
        return lookup.company(session, cells.company_name())
    everyone = list(session.scalars(select(Company)))
    if tag and "-" in tag:
        by_code = [c for c in everyone if c.code == tag.split("-")[0].upper()]
        if len(by_code) == 1:
            return by_code[0]
    if len(everyone) == 1:
        return everyone[0]
    raise InvalidInput(
        field=N_("company"),
        detail=Text("say which company (add a company column, or import with --company)"),
    )


def parse_date(text: str) -> date | None:
    """A spreadsheet's day: ISO, or day first as a French sheet writes it (none: empty)."""
    return parse_day(text, "fr", N_("measured_on")) if text else None
