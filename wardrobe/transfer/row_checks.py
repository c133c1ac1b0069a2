"""Every problem of a row at once: each column checked on its own, by the same rules the
services apply, before the row is tried. A row with a value of -20, “abc” net layers and no
company is told all three, not only the first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from ..domain.units import STOCK_UNITS, Units, check_stock_unit, parse_number
from ..errors import WardrobeError
from ..language.i18n import N_
from ..language.vocabulary import CONDITIONS, STATUSES
from ..models import Company, Dancer
from ..services import dancers, item_fields, lookup, pointe, stock_amounts, text_checks
from .cells import Cells, company_of, parse_date
from .columns import MEASURE_KEYS, METRIC_UNITS, REQUIRED
from .report import RowProblem


class Lookups:
    """Companies and dancers as the rows name them, each looked up once per import (ten
    thousand rows of the same company ask the database once), the answer or its error."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._known: dict[tuple, Any] = {}

    def _once(self, key: tuple, find: Callable[[], Any]) -> Any:
        if key not in self._known:
            try:
                self._known[key] = find()
            except WardrobeError as error:
                self._known[key] = error
        found = self._known[key]
        if isinstance(found, WardrobeError):
            raise found
        return found

    def company(self, cells: Cells, kind: str) -> Company | None:
        name = cells.company_name()
        if kind == "pointe":  # a dancer is found by name; the company only says which one
            return (
                self._once(("company", name), lambda: lookup.company(self.session, name))
                if name
                else None
            )
        tag = cells.text("tag") if kind == "costumes" else ""
        if tag and not name:
            try:
                tag = lookup.normalise_tag(tag)
            except WardrobeError:
                return None  # the company its tag would say: the tag's problem says it
        code = tag.split("-")[0].upper() if "-" in tag else ""
        return self._once(("owner", name, code), lambda: company_of(self.session, cells, tag))

    def dancer(self, name: str, owner: Company | None) -> Dancer:
        owner_id = owner.id if owner is not None else None
        return self._once(
            ("dancer", name, owner_id), lambda: lookup.dancer(self.session, name, owner_id)
        )


# A check: the cell's text, the row, the row's company (None when that is itself the problem)
Check = Callable[[str, Cells, Company | None, Lookups], object]


def _text(field: str, limit: int, *, required: bool = False) -> Check:
    if required:
        return lambda text, _c, _o, _s: text_checks.required_text(text, field, limit)
    return lambda text, _c, _o, _s: text_checks.optional_text(text, field, limit)


def _measure(column: str) -> Check:
    def check(text: str, cells: Cells, owner: Company | None, _k: Lookups) -> object:
        unit = cells.unit(column)
        if unit is None and owner is None:
            return parse_number(text, column)  # in which unit, the company would say
        metric = unit in METRIC_UNITS if unit else owner is not None and owner.units == "metric"
        return dancers.to_stored(
            MEASURE_KEYS[column], text, Units.METRIC if metric else Units.IMPERIAL
        )

    return check


def _dancer_of_company(text: str, _c: Cells, owner: Company | None, known: Lookups) -> object:
    return known.dancer(text, owner)


def _width(text: str, cells: Cells, owner: Company | None, _k: Lookups) -> object:
    unit = cells.unit("width")
    if unit is None:
        if owner is None:
            return parse_number(text, N_("width"))  # in which unit, the company would say
        unit = stock_amounts.company_width_unit(owner)
    return stock_amounts.width_mm(text, unit)


def _level(field: str) -> Check:
    def check(text: str, cells: Cells, _o: Company | None, _k: Lookups) -> object:
        unit = cells.text("unit")
        if unit not in STOCK_UNITS:
            return parse_number(text, field)  # the unit is wrong: said in its own column
        return stock_amounts.stock_level(text, unit, field)

    return check


CHECKS: dict[str, dict[str, Check]] = {
    "dancers": {
        "name": _text("name", 160, required=True),
        "rank": _text("rank", 40),
        "double_of": _text("double of", 160),
        **{column: _measure(column) for column in MEASURE_KEYS},
        "measured_on": lambda text, _c, _o, _s: parse_date(text),
    },
    "costumes": {
        "tag": lambda text, _c, _o, _s: lookup.normalise_tag(text),
        "name": _text("name", 200, required=True),
        "kind": _text("piece type", 40),
        "colour": _text("colour", 80),
        "condition": lambda text, _c, _o, _s: item_fields.choice(text, CONDITIONS, N_("condition")),
        "status": lambda text, _c, _o, _s: item_fields.choice(text, STATUSES, N_("status")),
        "value": lambda text, _c, _o, _s: item_fields.replacement_value(text),
        "tutu_style": lambda text, _c, _o, _s: item_fields.tutu_style(text),
        "net_layers": lambda text, _c, _o, _s: item_fields.net_layers(text),
        "dancer": _dancer_of_company,
        "out_to": _dancer_of_company,
        "notes": lambda text, _c, _o, _s: text_checks.long_text(text, N_("notes"), required=False),
    },
    "materials": {
        "name": _text("name", 160, required=True),
        "kind": _text("kind", 40),
        "colour": _text("colour", 80),
        "unit": lambda text, _c, _o, _s: check_stock_unit(text),
        "width": _width,
        "quantity": _level("quantity"),
        "minimum": _level("minimum"),
        "target": _level("target"),
        "supplier": _text("supplier", 160),
        "unit_cost": lambda text, _c, _o, _s: stock_amounts.unit_cost_minor(text),
    },
    "pointe": {
        "dancer": lambda text, c, o, s: _dancer_of_company(
            text_checks.required_text(text, N_("dancer"), 160), c, o, s
        ),
        "maker": _text("maker", 80, required=True),
        "model": _text("model", 80),
        "size": _text("size", 16, required=True),
        "width": _text("width", 16),
        "shank": _text("shank", 40),
        "vamp": _text("vamp", 40),
        "maker_mark": _text("maker's mark", 40),
        "pairs_on_hand": lambda text, _c, _o, _s: pointe.pairs_count(
            text, N_("pairs on hand"), allow_zero=True
        ),
        "pairs_per_week": lambda text, _c, _o, _s: pointe.pairs_per_week(text),
        "lead_time_weeks": lambda text, _c, _o, _s: pointe.lead_time_weeks(text),
    },
}


def row_problems(kind: str, known: Lookups, cells: Cells, number: int) -> list[RowProblem]:
    """Every column of the row that breaks a rule, each said in its own words."""
    problems: list[RowProblem] = []
    owner: Company | None = None
    try:
        owner = known.company(cells, kind)
    except WardrobeError as error:
        problems.append(RowProblem(number, cells.header("company"), cells.company_name(), error))
    for column, check in CHECKS[kind].items():
        text = cells.text(column)
        if not cells.has(column) or (not text and column not in REQUIRED[kind]):
            continue
        try:
            check(text, cells, owner, known)
        except WardrobeError as error:
            problems.append(RowProblem(number, cells.header(column), text, error))
    order = {header: index for index, _unit, header in cells.columns.values()}
    return sorted(problems, key=lambda p: order.get(p.column, -1))  # as the columns come
