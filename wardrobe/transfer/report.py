"""What an import found, row by row: what each row creates or changes, and every problem of
every row (its row, column, value and why)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet's row number (the header is row 1)
    column: str
    value: str
    why: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column “{self.column}”" if self.column else "")
        shown = f" (“{self.value[:60]}”)" if self.value else ""
        return f"{where}{shown}: {self.why}"


@dataclass(frozen=True)
class Change:
    """One column of a record, as an export writes it, before and after the row."""

    column: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.column} “{self.before}” → “{self.after}”"


@dataclass(frozen=True)
class RowOutcome:
    row: int
    label: str  # the tag, the name, "dancer: maker model"
    outcome: str  # "created", "updated" or "unchanged"
    changes: tuple[Change, ...] = ()

    def __str__(self) -> str:
        said = f"row {self.row}: {self.label} {self.outcome}"
        return said + (": " + "; ".join(map(str, self.changes)) if self.changes else "")


@dataclass
class ImportReport:
    kind: str
    encoding: str
    rows: list[RowOutcome] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    applied: bool = False

    def _labels(self, outcome: str) -> list[str]:
        return [r.label for r in self.rows if r.outcome == outcome]

    @property
    def created(self) -> list[str]:
        return self._labels("created")

    @property
    def updated(self) -> list[str]:
        return self._labels("updated")

    @property
    def unchanged(self) -> list[str]:
        return self._labels("unchanged")


def changes(headers: list[str], before: list[str], after: list[str]) -> tuple[Change, ...]:
    """The columns whose exported text differs."""
    return tuple(Change(h, b, a) for h, b, a in zip(headers, before, after, strict=True) if b != a)
