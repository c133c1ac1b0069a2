"""Reading a spreadsheet as Excel writes it: .xlsx, or CSV in UTF-8 (with or without BOM),
cp1252 with ``;``, or UTF-16 with tabs. What was assumed is reported."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..errors import InvalidInput

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Sheet:
    headers: list[str]
    rows: list[list[str]]  # each as long as headers
    encoding: str  # what was assumed: "utf-8", "utf-8 with BOM", "cp1252", "utf-16", "xlsx"
    delimiter: str


def read_sheet(path: str | Path) -> Sheet:
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(field="file", detail=f"{path} does not exist")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    data = path.read_bytes()
    if not data.strip():
        raise InvalidInput(field="file", detail=f"{path.name} is empty")
    text, encoding = _decode(data)
    return _read_csv(text, encoding, path.name)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _read_csv(text: str, encoding: str, name: str) -> Sheet:
    first = text.splitlines()[0] if text.splitlines() else ""
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d])
    if counts[delimiter] == 0:
        delimiter = ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise InvalidInput(field="file", detail=f"{name} holds no rows")
    headers = [h.strip() for h in rows[0]]
    body = [[_unescape(cell) for cell in _fit(row, len(headers))] for row in rows[1:]]
    return Sheet(headers, body, encoding, delimiter)


def _read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # a damaged or foreign file: the user's to fix
        raise InvalidInput(
            field="file", detail=f"{path.name} cannot be read as .xlsx ({type(error).__name__})"
        ) from None
    sheet = book.worksheets[0]
    rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise InvalidInput(field="file", detail=f"{path.name} holds no rows")
    headers = [h.strip() for h in rows[0]]
    return Sheet(headers, [_fit(row, len(headers)) for row in rows[1:]], "xlsx", "")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(sep=" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _fit(row: list[str], width: int) -> list[str]:
    return (list(row) + [""] * width)[:width] if len(row) < width else list(row)


_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def escape(cell: str) -> str:
    """How an export writes a cell: ``=SUM(1,2)`` as ``'=SUM(1,2)`` (no spreadsheet runs
    it), ``'Tis`` as ``''Tis``; a plain number such as ``-5`` as it is."""
    if cell[:1] == "'" or (cell[:1] in FORMULA_STARTS and cell and not _PLAIN_NUMBER.match(cell)):
        return "'" + cell
    return cell


def _unescape(cell: str) -> str:
    """The inverse of ``escape``: one apostrophe off, where an export put it."""
    if cell.startswith("'") and cell[1:2] and (cell[1] in FORMULA_STARTS or cell[1] == "'"):
        return cell[1:]
    return cell
