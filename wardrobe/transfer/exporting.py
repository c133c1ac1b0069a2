"""Exporting the four kinds as CSV (UTF-8 with BOM, as Excel likes) or .xlsx, with columns the
import reads back unchanged, and no cell that a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from ..domain.measures import BY_KEY
from ..domain.units import G_PER_KG, G_PER_LB, MM_PER_CM, MM_PER_INCH, STOCK_UNITS, Units
from ..errors import InvalidInput
from ..files.output_file import checked_output, written_whole
from ..language.i18n import N_, Text
from ..records import (
    CostumeRecord,
    DancerRecord,
    MaterialRecord,
    MeasurementRecord,
    PointeSpecRecord,
)
from ..services import costumes, dancers, pointe, stock
from ..store.database import Database
from .columns import KINDS, MEASURE_KEYS, MONEY, NUMBERS, resolve
from .reading import FORMULA_STARTS, escape


def _number(value: Any) -> str:
    text = f"{value}"
    return text[:-2] if text.endswith(".0") else text


def _exact(base: int, per_unit: Decimal, places: str) -> str:
    """Base units (mm, g) in a coarser unit, with the fewest decimals (at most ``places``)
    that come back to the same base units: 2743 mm is "108" inches, not "107.99"."""
    finest = Decimal(places)
    step = Decimal(1)
    while True:
        value = (Decimal(base) / per_unit).quantize(step)
        back = (value * per_unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        if step <= finest or back == base:
            break
        step /= 10
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _stock(base: int, unit: str) -> str:
    return _exact(base, STOCK_UNITS[unit], "0.001")


_LENGTHS = [c for c, key in MEASURE_KEYS.items() if not BY_KEY[key].is_weight]
_WEIGHTS = [c for c, key in MEASURE_KEYS.items() if BY_KEY[key].is_weight]
_METRIC = (("cm", _LENGTHS), ("kg", _WEIGHTS))
_IMPERIAL = (("in", _LENGTHS), ("lb", _WEIGHTS))
# a stored mm or g in each unit: how many per unit, and the step that comes back exactly
_SCALE = {
    "cm": (MM_PER_CM, "0.1"),
    "in": (MM_PER_INCH, "0.01"),
    "kg": (G_PER_KG, "0.001"),
    "lb": (G_PER_LB, "0.001"),
}

HEADERS = {
    "costumes": [
        "tag",
        "name",
        "kind",
        "production",
        "role",
        "dancer",
        "colour",
        "location",
        "condition",
        "status",
        "out_to",
        "value",
        "tutu_style",
        "net_layers",
        "notes",
        "company",
    ],
    "materials": [
        "name",
        "kind",
        "colour",
        "width_cm",
        "width_in",
        "unit",
        "quantity",
        "minimum",
        "target",
        "supplier",
        "unit_cost",
        "company",
    ],
    "pointe": [
        "dancer",
        "maker",
        "model",
        "size",
        "width",
        "shank",
        "vamp",
        "maker_mark",
        "pairs_on_hand",
        "pairs_per_week",
        "lead_time_weeks",
        "company",
    ],
    "dancers": [
        "name",
        "company",
        "rank",
        "double_of",
        *(f"{column}_{unit}" for unit, columns in _METRIC for column in columns),
        *(f"{column}_{unit}" for unit, columns in _IMPERIAL for column in columns),
        "measured_on",
    ],
}


def costume_cells(c: CostumeRecord) -> list[str]:
    return [
        c.tag,
        c.name,
        c.piece_type,
        c.production,
        c.role,
        c.built_for,
        c.colour,
        c.location,
        c.condition,
        c.status,
        c.out_to,
        "" if c.replacement_value is None else f"{c.replacement_value / 100:.2f}",
        c.tutu.style if c.tutu else "",
        str(c.tutu.net_layers) if c.tutu else "",
        c.notes,
        c.company,
    ]


def material_cells(m: MaterialRecord) -> list[str]:
    return [
        m.name,
        m.kind,
        m.colour,
        *_width(m),
        m.unit,
        _stock(m.on_hand, m.unit),
        _stock(m.minimum, m.unit),
        _stock(m.target, m.unit),
        m.supplier,
        "" if m.unit_cost is None else f"{m.unit_cost / 100:.2f}",
        m.company,
    ]


def _width(m: MaterialRecord) -> tuple[str, str]:
    """(width_cm, width_in): the one of its company's units filled."""
    if m.width_mm is None:
        return "", ""
    if m.units == Units.IMPERIAL:
        return "", _exact(m.width_mm, MM_PER_INCH, "0.01")
    return _exact(m.width_mm, MM_PER_CM, "0.1"), ""


def pointe_cells(s: PointeSpecRecord) -> list[str]:
    return [
        s.dancer,
        s.maker,
        s.model,
        s.size,
        s.width,
        s.shank,
        s.vamp,
        s.maker_mark,
        str(s.pairs_on_hand),
        _number(s.pairs_per_week),
        str(s.lead_time_weeks),
        s.company,
    ]


def dancer_cells(record: DancerRecord, latest: MeasurementRecord | None) -> list[str]:
    """A dancer and her current measures, each in her company's units, exactly."""
    cells = {}
    for unit, columns in _METRIC if record.units == Units.METRIC else _IMPERIAL:
        for column in columns:
            value = latest.values.get(MEASURE_KEYS[column]) if latest is not None else None
            if value is not None:
                cells[f"{column}_{unit}"] = _exact(value, *_SCALE[unit])
    measures = [cells.get(h, "") for h in HEADERS["dancers"][4:-1]]
    when = latest.measured_on.isoformat() if latest is not None else ""
    return [record.name, record.company, record.rank, record.doubles, *measures, when]


def rows_for(db: Database, kind: str) -> tuple[list[str], list[list[str]]]:
    if kind == "dancers":
        rows = [
            dancer_cells(record, dancers.dancer_detail(db, record.id).latest)
            for record in dancers.list_dancers(db)
        ]
    elif kind == "costumes":
        rows = [costume_cells(c) for c in costumes.list_items(db)]
    elif kind == "materials":
        rows = [material_cells(m) for m in stock.list_materials(db)]
    elif kind == "pointe":
        rows = [pointe_cells(s) for s in pointe.list_specs(db)]
    else:
        raise InvalidInput(
            field=N_("kind"),
            detail=Text("“{kind}” is not one of {kinds}", kind=kind, kinds=", ".join(KINDS)),
        )
    return HEADERS[kind], rows


def export(db: Database, kind: str, path: str | Path) -> int:
    """Writes ``kind`` to ``path`` (.csv or .xlsx), whole or not at all; returns the rows."""
    target = Path(path).expanduser()
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidInput(
            field=N_("file"),
            detail=Text("{name}: give a name ending in .csv or .xlsx", name=target.name),
        )
    if not target.parent.is_dir():
        raise InvalidInput(
            field=N_("file"),
            detail=Text("the folder {parent} does not exist", parent=target.parent),
        )
    checked_output(target)
    headers, rows = rows_for(db, kind)
    with written_whole(target) as partial:  # names and measurements: the user's alone
        if suffix == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(headers)
                for row in rows:
                    # Any cell a spreadsheet could run, in any column, behind an apostrophe
                    # (reading takes exactly one off: every value returns unchanged).
                    writer.writerow([escape(cell) for cell in row])
        else:
            _write_xlsx(partial, kind, headers, rows)
    return len(rows)


def _write_xlsx(path: Path, kind: str, headers: list[str], rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = kind
    sheet.append(headers)
    canonical = [(resolve(kind, h) or ("", None))[0] for h in headers]
    numbers = [c in NUMBERS[kind] for c in canonical]
    for row in rows:
        sheet.append([_number_cell(c) if n else c for c, n in zip(row, numbers, strict=True)])
    for cells in sheet.iter_rows(min_row=2):
        for cell, column in zip(cells, canonical, strict=True):
            if isinstance(cell.value, str) and cell.value[:1] in FORMULA_STARTS:
                cell.data_type = "s"  # text, never a formula
            elif column in MONEY and cell.value is not None:
                cell.number_format = "0.00"
    book.save(path)


_DECIMAL = re.compile(r"^-?\d+(?:\.\d+)?$")


def _number_cell(text: str) -> Decimal | int | str:
    """A measure, a price, a count: a number the spreadsheet can add up (written exactly)."""
    if not _DECIMAL.match(text):
        return text
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() and "." not in text else value
