"""Exporting the four kinds as CSV (UTF-8 with BOM, as Excel likes) or .xlsx, with columns the
import reads back unchanged, and no cell that a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..database import Database
from ..errors import InvalidInput
from ..private import private_file, restrict
from ..services import companies, costumes, dancers, pointe, stock
from ..units import MM_PER_CM, MM_PER_INCH, STOCK_UNITS
from .columns import KINDS, MEASURE_KEYS
from .reading import FORMULA_STARTS, escape


def _number(value: Any) -> str:
    text = f"{value}"
    return text[:-2] if text.endswith(".0") else text


def _exact(base: int, per_unit: Decimal, places: str) -> str:
    """Base units (mm) in a coarser unit with just enough decimals to come back exactly."""
    value = (Decimal(base) / per_unit).quantize(Decimal(places))
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _stock(base: int, unit: str) -> str:
    return _exact(base, STOCK_UNITS[unit], "0.001")


def rows_for(db: Database, kind: str) -> tuple[list[str], list[list[str]]]:
    if kind == "dancers":
        return _dancers(db)
    if kind == "costumes":
        headers = [
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
        ]
        rows = [
            [
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
            for c in costumes.list_items(db)
        ]
        return headers, rows
    if kind == "materials":
        headers = [
            "name",
            "kind",
            "colour",
            "width_cm",
            "unit",
            "quantity",
            "minimum",
            "target",
            "supplier",
            "unit_cost",
            "company",
        ]
        rows = [
            [
                m.name,
                m.kind,
                m.colour,
                "" if m.width_mm is None else _number(m.width_mm / 10),
                m.unit,
                _stock(m.on_hand, m.unit),
                _stock(m.minimum, m.unit),
                _stock(m.target, m.unit),
                m.supplier,
                "" if m.unit_cost is None else f"{m.unit_cost / 100:.2f}",
                m.company,
            ]
            for m in stock.list_materials(db)
        ]
        return headers, rows
    if kind == "pointe":
        headers = [
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
        ]
        rows = [
            [
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
            for s in pointe.list_specs(db)
        ]
        return headers, rows
    raise InvalidInput(field="kind", detail=f"“{kind}” is not one of {', '.join(KINDS)}")


def _dancers(db: Database) -> tuple[list[str], list[list[str]]]:
    units = {c.name: c.units for c in companies.list_companies(db)}
    lengths = list(MEASURE_KEYS)
    headers = ["name", "company", "rank", "double_of"]
    headers += [f"{c}_cm" for c in lengths] + [f"{c}_in" for c in lengths] + ["measured_on"]
    rows = []
    for record in dancers.list_dancers(db):
        latest = dancers.dancer_detail(db, record.id).latest
        metric = units.get(record.company) == "metric"
        cm, inches = [""] * len(lengths), [""] * len(lengths)
        if latest is not None:
            for index, column in enumerate(lengths):
                value = latest.values.get(MEASURE_KEYS[column])
                if value is None:
                    continue
                if metric:
                    cm[index] = _exact(value, MM_PER_CM, "0.1")
                else:
                    inches[index] = _exact(value, MM_PER_INCH, "0.01")
        rows.append(
            [
                record.name,
                record.company,
                record.rank,
                record.doubles,
                *cm,
                *inches,
                latest.measured_on.isoformat() if latest else "",
            ]
        )
    return headers, rows


def export(db: Database, kind: str, path: str | Path) -> int:
    """Writes ``kind`` to ``path`` (.csv or .xlsx), whole or not at all; returns the rows."""
    target = Path(path).expanduser()
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidInput(
            field="file", detail=f"{target.name}: give a name ending in .csv or .xlsx"
        )
    if not target.parent.is_dir():
        raise InvalidInput(field="file", detail=f"the folder {target.parent} does not exist")
    headers, rows = rows_for(db, kind)
    partial = target.with_name(f".{target.name}.partial")
    try:
        private_file(partial)  # names and measurements: the user's alone
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
            restrict(partial)  # openpyxl writes a new file
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return len(rows)


def _write_xlsx(path: Path, kind: str, headers: list[str], rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = kind
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str) and cell.value[:1] in FORMULA_STARTS:
                cell.data_type = "s"  # text, never a formula
    book.save(path)
