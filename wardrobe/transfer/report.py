"""What an import found, row by row: what each row creates or changes, and every problem of
every row (its row, column, value and why)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..language.i18n import DEFAULT, N_, Text


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet's row number (the header is row 1)
    column: str
    value: str
    reason: Any  # the error, or a Text: said in the reader's language

    @property
    def why(self) -> str:
        return self.reason_in(DEFAULT)

    def reason_in(self, language: str) -> str:
        return self.reason.say(language) if hasattr(self.reason, "say") else str(self.reason)

    def say(self, language: str) -> str:
        where = Text(N_("row {row}"), row=self.row)
        if self.column:
            where = Text(N_("row {row}, column “{column}”"), row=self.row, column=self.column)
        reason = self.reason_in(language)
        if self.value:
            line = Text(
                N_("{where} (“{value}”): {reason}"),
                where=where,
                value=self.value[:60],
                reason=reason,
            )
        else:
            line = Text(N_("{where}: {reason}"), where=where, reason=reason)
        return line.say(language)

    def __str__(self) -> str:
        return self.say(DEFAULT)


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

    def say(self, language: str) -> str:
        outcome = Text(OUTCOMES[self.outcome])
        if not self.changes:
            line = Text(
                N_("row {row}: {label} {outcome}"), row=self.row, label=self.label, outcome=outcome
            )
        else:
            line = Text(
                N_("row {row}: {label} {outcome}: {changes}"),
                row=self.row,
                label=self.label,
                outcome=outcome,
                changes="; ".join(map(str, self.changes)),
            )
        return line.say(language)

    def __str__(self) -> str:
        return self.say(DEFAULT)


OUTCOMES = {"created": N_("created"), "updated": N_("updated"), "unchanged": N_("unchanged")}


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
