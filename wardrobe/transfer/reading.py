"""Reading a spreadsheet as Excel writes it: .xlsx, or CSV in UTF-8 (with or without BOM),
cp1252 with ``;``, or UTF-16 with tabs. What was assumed is reported."""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from ..language.i18n import N_, Text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# What one spreadsheet may hold: past these, it is refused in a sentence before it is read
# whole (a 5 KB .xlsx can claim a million rows by sixteen thousand columns).
MAX_BYTES = 100 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 100
MAX_CELL = 10_000  # characters in one cell
# Rows read at most, empty ones included (20 million empty rows took 1.8 GB and minutes).
MAX_ROWS_READ = 2 * MAX_ROWS
# A line no row within the limits can reach (every column full, quoted): refused before the
# CSV reader makes a list of its cells (a 95 MB line of commas took 2 GB).
MAX_LINE = MAX_COLUMNS * (MAX_CELL + 3)
csv.field_size_limit(MAX_CELL + 1)


@dataclass(frozen=True)
class Sheet:
    headers: list[str]
    rows: list[list[str]]  # each as long as headers
    encoding: str  # what was assumed: "utf-8", "utf-8 with BOM", "cp1252", "utf-16", "xlsx"
    delimiter: str


def read_sheet(path: str | Path) -> Sheet:
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(field=N_("file"), detail=Text("{path} does not exist", path=path))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name} is {size} MB; a spreadsheet to import may be {max_bytes} MB at most "
                "(split it)",
                name=path.name,
                size=size // 1024 // 1024,
                max_bytes=MAX_BYTES // 1024 // 1024,
            ),
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    data = path.read_bytes()
    if not data.strip():
        raise InvalidInput(field=N_("file"), detail=Text("{name} is empty", name=path.name))
    text, encoding = _decode(data, path.name)
    return _read_csv(text, encoding, path.name)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8"), "utf-8 with BOM"
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16"), "utf-16"
    except UnicodeDecodeError as error:
        said = "UTF-8" if data.startswith(b"\xef") else "UTF-16"
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name} begins as {said} text but byte {start} is not {said}; save it again "
                "from the spreadsheet (as CSV UTF-8)",
                name=name,
                said=said,
                start=error.start + 1,
            ),
        ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _too_many_rows(name: str) -> InvalidInput:
    return InvalidInput(
        field=N_("file"),
        detail=Text(
            "{name} has more than {max_rows:,} rows, empty ones included (split it)",
            name=name,
            max_rows=MAX_ROWS_READ,
        ),
    )


def _longest_line(text: str) -> int:
    longest, start = 0, 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        longest = max(longest, end - start)
        start = end + 1
    return longest


def _read_csv(text: str, encoding: str, name: str) -> Sheet:
    if _longest_line(text) > MAX_LINE:
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name} has a line longer than any row can be ({max_line:,} characters)",
                name=name,
                max_line=MAX_LINE,
            ),
        )
    first = text.partition("\n")[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d])
    if counts[delimiter] == 0:
        delimiter = ","
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for read, row in enumerate(reader, start=1):
            if read > MAX_ROWS_READ:
                raise _too_many_rows(name)
            if any(cell.strip() for cell in row):
                rows.append(_bounded(row, len(rows) + 1, name))
    except csv.Error:
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name}, row {line_num}: a cell is longer than {max_cell:,} characters (or a "
                "quote is never closed)",
                name=name,
                line_num=reader.line_num,
                max_cell=MAX_CELL,
            ),
        ) from None
    if not rows:
        raise InvalidInput(field=N_("file"), detail=Text("{name} holds no rows", name=name))
    headers = [h.strip() for h in rows[0]]
    body = [[_unescape(cell) for cell in _fit(row, len(headers))] for row in rows[1:]]
    return Sheet(headers, body, encoding, delimiter)


MAX_UNPACKED = 300 * 1024 * 1024  # an .xlsx's parts unpacked: 100,000 rows need far less
MAX_STYLES = 10 * 1024 * 1024  # its styles: read whole (220 KB of them took 3.8 GB)
# What openpyxl builds an object for, counted before it parses: 9.8 MB of styles (544,000 cell
# formats, Excel allows 64,000) took 445 MB; 692 KB of shared strings (18 million) 1.6 GB.
MAX_STYLE_ELEMENTS = 100_000
MAX_SHARED_STRING_ELEMENTS = 2_000_000
_ELEMENT = re.compile(rb"<[A-Za-z_]")


def _elements_over(archive: zipfile.ZipFile, part: zipfile.ZipInfo, limit: int) -> bool:
    """Whether ``part`` holds more than ``limit`` XML elements, counted as it unpacks."""
    count, carry = 0, b""
    with archive.open(part) as source:
        while chunk := source.read(1024 * 1024):
            data = carry + chunk
            count += len(_ELEMENT.findall(data))
            if count > limit:
                return True
            carry = data[-1:] if data.endswith(b"<") else b""  # a tag cut between two reads
    return False


def _check_parts(path: Path) -> None:
    """An .xlsx is a zip: what its parts unpack to, and how many styles and shared strings
    they hold, is checked before any is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            styles = [p for p in parts if p.filename.lower().endswith("styles.xml")]
            strings = [p for p in parts if p.filename.lower().endswith("sharedstrings.xml")]
            too_big = sum(p.file_size for p in styles) > MAX_STYLES or (
                sum(p.file_size for p in parts) > MAX_UNPACKED
            )
            too_many = not too_big and (
                any(_elements_over(archive, p, MAX_STYLE_ELEMENTS) for p in styles)
                or any(_elements_over(archive, p, MAX_SHARED_STRING_ELEMENTS) for p in strings)
            )
    except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, zlib.error, EOFError):
        return  # said by the reader below, as a file that is no .xlsx or a damaged one
    if too_big or too_many:
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name} unpacks to more than a spreadsheet of {max_rows:,} rows can hold "
                "(its styles or its text); save it again as .xlsx or .csv",
                name=path.name,
                max_rows=MAX_ROWS,
            ),
        )


def _unreadable(path: Path, error: BaseException, row: int | None = None) -> InvalidInput:
    """A damaged or foreign file, or a cell that cannot be: the user's to fix."""
    if row is not None:
        return InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name}: row {row} cannot be read (a damaged cell, {reason}); open the file in "
                "a spreadsheet program and save it again",
                name=path.name,
                row=row,
                reason=type(error).__name__,
            ),
        )
    return InvalidInput(
        field=N_("file"),
        detail=Text(
            "{name} cannot be read as .xlsx ({name2})", name=path.name, name2=type(error).__name__
        ),
    )


def _read_xlsx(path: Path) -> Sheet:
    return _read_xlsx_sheets(path, first_only=True)[0][1]


def read_sheets(path: str | Path) -> list[tuple[str, Sheet]]:
    """Every sheet of a workbook with its name (each read within the same bounds as
    ``read_sheet``, an empty one left out); a CSV file is one sheet named as the file."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return [(path.stem, read_sheet(path))]
    read_sheet(path)  # the file's own checks (there, size), said the same way
    return _read_xlsx_sheets(path, first_only=False)


def _read_xlsx_sheets(path: Path, *, first_only: bool) -> list[tuple[str, Sheet]]:
    from openpyxl import load_workbook

    _check_parts(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # a damaged or foreign file: the user's to fix
        raise _unreadable(path, error) from None
    if not book.worksheets:  # a workbook of charts only, or a damaged one
        book.close()
        raise InvalidInput(field=N_("file"), detail=Text("{name} holds no sheet", name=path.name))
    found: list[tuple[str, Sheet]] = []
    try:
        for sheet in book.worksheets[:1] if first_only else book.worksheets:
            rows = _sheet_rows(sheet, path)
            if rows:
                headers = [h.strip() for h in rows[0]]
                found.append(
                    (
                        str(sheet.title),
                        Sheet(headers, [_fit(row, len(headers)) for row in rows[1:]], "xlsx", ""),
                    )
                )
    finally:
        book.close()
    if not found:
        raise InvalidInput(field=N_("file"), detail=Text("{name} holds no rows", name=path.name))
    return found


def _sheet_rows(sheet: Any, path: Path) -> list[list[str]]:
    # The size a sheet claims is not trusted: read what is there, row by row, within bounds.
    sheet.reset_dimensions()
    rows: list[list[str]] = []
    number = 0
    try:
        for number, cells in enumerate(sheet.iter_rows(), start=1):
            if number > MAX_ROWS_READ:
                raise _too_many_rows(path.name)
            values = [cell.value for cell in cells]
            for cell in cells[:MAX_COLUMNS]:
                _plain_value(cell, number, path.name)
            row = [_cell(v) for v in values[: MAX_COLUMNS + 1]]
            if len(values) > MAX_COLUMNS and any(v is not None for v in values[MAX_COLUMNS:]):
                row.append("x")  # a filled cell past the last column allowed: refused below
            if any(cell.strip() for cell in row):
                rows.append(_bounded(row, len(rows) + 1, path.name))
    except InvalidInput:
        raise
    except Exception as error:  # noqa: BLE001 - a malformed sheet (a bad cell, a bad index)
        raise _unreadable(path, error, number + 1) from None
    return rows


def _plain_value(cell: object, number: int, name: str) -> None:
    """A cell holding a spreadsheet's error (#REF!) or TRUE/FALSE is no name, no quantity:
    said, never stored as "#REF!" or "True"."""
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", "") == "e":
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name}, row {number}: a cell holds the spreadsheet's error {value}; "
                "correct it in the spreadsheet",
                name=name,
                number=number,
                value=value,
            ),
        )
    if isinstance(value, bool):
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name}, row {number}: a cell holds {value} (a true/false value), not text",
                name=name,
                number=number,
                value="TRUE" if value else "FALSE",
            ),
        )


def _bounded(row: list[str], number: int, name: str) -> list[str]:
    """A row within the limits, or a sentence saying which limit it passes."""
    if number > MAX_ROWS + 1:
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name} has more than {max_rows:,} rows (split it)", name=name, max_rows=MAX_ROWS
            ),
        )
    if len(row) > MAX_COLUMNS and any(cell.strip() for cell in row[MAX_COLUMNS:]):
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name}, row {number}: something is written past column {max_columns}",
                name=name,
                number=number,
                max_columns=MAX_COLUMNS,
            ),
        )
    row = row[:MAX_COLUMNS]
    for cell in row:
        if len(cell) > MAX_CELL:
            raise InvalidInput(
                field=N_("file"),
                detail=Text(
                    "{name}, row {number}: a cell is longer than {max_cell:,} characters",
                    name=name,
                    number=number,
                    max_cell=MAX_CELL,
                ),
            )
    return row


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
