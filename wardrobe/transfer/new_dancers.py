"""New dancers of a file, the bulk of a company's roster moved in from a spreadsheet: each
row checked as the window checks a dancer and her measurements, then every new dancer, her
first set of measurements and their audit lines written in one go, before the rows that change
dancers already there (which may then name them as doubles)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

from ..domain.units import Units
from ..errors import InvalidInput, WardrobeError
from ..language.folding import fold_loose
from ..language.i18n import N_, Text
from ..language.vocabulary import rank_code
from ..models import Company, Dancer, MeasurementSet
from ..services import convert, dancers, text_checks
from ..store import audit
from .bulk import insert_rows, next_ids, row_of
from .cells import Cells, parse_date
from .import_rows import KnownDancers, known_dancers, measures_of
from .report import RowProblem
from .row_checks import Lookups


@dataclass
class _New:
    number: int
    cells: Cells
    dancer: Dancer
    measures: MeasurementSet | None
    double: str  # as the row writes it: a dancer's name, or an actor's


class NewDancers:
    """The new dancers of one import, checked row by row, written together."""

    def __init__(self, session: Session, lookups: Lookups) -> None:
        self.session, self.lookups = session, lookups
        self.known: KnownDancers = known_dancers(session)
        self.rows: list[_New] = []

    def _owner(self, cells: Cells) -> Company:
        owner = self.lookups.company(cells, "dancers")  # asked once a company per file
        assert owner is not None  # for dancers: a company, or its lookup's error
        return owner

    def is_new(self, cells: Cells) -> bool:
        """A row naming a dancer the company does not have (a bad name or company: no, the
        row path says what is wrong, in its words)."""
        try:
            name = text_checks.required_text(cells.text("name"), N_("name"), 160)
            owner = self._owner(cells)
        except WardrobeError:
            return False
        return (owner.id, fold_loose(name)) not in self.known.by_name

    def add(self, number: int, cells: Cells) -> str:
        """Checks a new dancer's row (a sentence if it breaks a rule); her name."""
        owner = self._owner(cells)
        name = text_checks.required_text(cells.text("name"), N_("name"), 160)
        dancer = Dancer(company_id=owner.id, name=name, active=True, notes="")
        dancer.rank = rank_code(text_checks.optional_text(cells.text("rank"), N_("rank"), 40))
        double = text_checks.optional_text(cells.text("double_of"), N_("double of"), 160)
        measures = None
        stored = measures_of(cells, Units(owner.units))
        if stored:
            when = dancers.measured_day(parse_date(cells.text("measured_on")) or date.today())
            measures = MeasurementSet(measured_on=when, taken_by="", notes="", shoe_size="")
            for key, value in stored.items():
                setattr(measures, key, value)
        self.rows.append(_New(number, cells, dancer, measures, double))
        return name

    def write(self) -> list[RowProblem]:
        """Every new dancer and her measurements, each table in one INSERT, with their audit
        lines; each double a row names is found among every dancer, old and new. Returns the
        problems of doubles (her own double, a name several dancers share): nothing is written
        then."""
        if not self.rows:
            return []
        doubles, problems = self._doubles()
        if problems:
            return problems
        session = self.session
        ids = next_ids(session, Dancer, len(self.rows))
        rows, lines = [], []
        for index, new in enumerate(self.rows):
            dancer = new.dancer
            double = doubles.get(index)
            if new.double and double is None:
                dancer.doubles_actor = new.double  # no dancer of that name: an actor's
            dancer.search_text = convert.dancer_search_text(dancer)
            changes = audit.created_changes(dancer)
            if double is not None:
                changes["doubles_dancer"] = [None, double[1]]
            lines.append((dancer, "created", changes))
            row = {"doubles_dancer_id": None, "doubles_actor": None, **row_of(dancer)}
            if double is not None and double[0] > 0:  # a dancer already there
                row["doubles_dancer_id"] = double[0]
            if ids is not None:
                row["id"] = ids[index]
            rows.append(row)
        written = insert_rows(session, Dancer, rows)
        for new, dancer_id in zip(self.rows, written, strict=True):
            new.dancer.id = dancer_id
            self.known.add(new.dancer.company_id, new.dancer.name, dancer_id)
        links = [  # doubles new in this file too, linked once both have their ids
            {"who": written[index], "double": written[-target - 1]}
            for index, (target, _name) in doubles.items()
            if target < 0
        ]
        if links:
            table = cast(Table, Dancer.__table__)
            session.execute(
                update(table)
                .where(table.c.id == bindparam("who"))
                .values(doubles_dancer_id=bindparam("double")),
                links,
            )
        sets = []
        for new in self.rows:
            if new.measures is not None:
                new.measures.dancer_id = new.dancer.id
                sets.append(row_of(new.measures))
                lines.append((new.dancer, "created", audit.created_changes(new.measures)))
        insert_rows(session, MeasurementSet, sets)
        audit.write_lines(session, lines)
        return []

    def _doubles(self) -> tuple[dict[int, tuple[int, str]], list[RowProblem]]:
        """For each new row naming a dancer as her double: that dancer (an id, or -1 - the
        index of a new row) and her name; one of the row's company first."""
        everyone: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        wanted = {fold_loose(new.double) for new in self.rows if new.double}
        if not wanted:
            return {}, []
        for loose in wanted:
            there = self.known.everyone.get(loose, ())
            everyone[loose] += [(company, dancer_id, "") for company, dancer_id in there]
        for index, new in enumerate(self.rows):
            loose = fold_loose(new.dancer.name)
            if loose in wanted:
                everyone[loose].append((new.dancer.company_id, -index - 1, new.dancer.name))
        found: dict[int, tuple[int, str]] = {}
        problems = []
        for index, new in enumerate(self.rows):
            matches = everyone.get(fold_loose(new.double), []) if new.double else []
            if len(matches) > 1:
                same = [m for m in matches if m[0] == new.dancer.company_id]
                matches = same or matches
            if not matches:
                continue
            try:
                if len(matches) > 1:
                    raise InvalidInput(
                        field=N_("double of"),
                        detail=Text(
                            "{matches} dancers are called “{name}”: choose the company too",
                            matches=len(matches),
                            name=new.double,
                        ),
                    )
                company_id, target, name = matches[0]
                if target == -index - 1:
                    raise InvalidInput(
                        field=N_("double of"), detail=Text("a dancer cannot be their own double")
                    )
            except WardrobeError as error:
                column = new.cells.header("double_of")
                problems.append(RowProblem(new.number, column, new.double, error))
                continue
            found[index] = (target, name or self._name_of(target))
        return found, problems

    def _name_of(self, dancer_id: int) -> str:
        return self.session.get(Dancer, dancer_id).name  # type: ignore[union-attr]
