"""A production written as the workbook ``production_sheets`` reads back: its running order,
its looks (pieces said in the company's language) and its plot, on three sheets."""

from __future__ import annotations

from pathlib import Path

from ..errors import InvalidInput
from ..files.output_file import checked_output, written_whole
from ..language.i18n import N_, Text, translate
from ..language.vocabulary import WORDS
from ..models import Company
from ..services import costume_plot, looks, running_order
from ..store.database import Database
from .production_sheets import HEADERS, SHEET_NAMES
from .reading import FORMULA_STARTS


def production_rows(db: Database, production_id: int) -> tuple[str, dict[str, list[list[object]]]]:
    """The company's language, and the three sheets' rows in it, headings first."""
    with db.read() as session:
        plot = costume_plot.plot(db, production_id)
        owner = session.get(Company, plot.production.company_id)
        language = owner.language if owner is not None else "en"

    def said(text: str) -> str:
        return translate(text, language)

    def piece_word(kind: str) -> str:
        return said(WORDS[kind]) if kind in WORDS else kind

    parts = running_order.parts(db, production_id)
    heading: list[object] = [said(HEADERS["plot"][0])]
    sheets: dict[str, list[list[object]]] = {
        "parts": [list(map(said, HEADERS["parts"]))],
        "looks": [list(map(said, HEADERS["looks"]))],
        "plot": [heading + [f"{p.label} {p.title}".strip() for p in parts]],
    }
    for p in parts:
        sheets["parts"].append([p.act, p.scene, p.title, p.starts_min, p.length_min])
    for look in looks.looks(db, production_id):
        pieces = "; ".join(
            f"{piece_word(p.piece_type)}: {p.description}"
            if p.description
            else piece_word(p.piece_type)
            for p in look.pieces
        )
        sheets["looks"].append([look.role, look.name, pieces, look.notes])
    for role_id, role in plot.roles:
        cells = [plot.cells.get((role_id, p.id), ("", False))[0] for p in parts]
        if any(cells):
            sheets["plot"].append([role, *cells])
    return language, sheets


def export_production(db: Database, production_id: int, path: str | Path) -> int:
    """Writes the workbook whole (or not at all); returns how many looks it holds."""
    target = Path(path).expanduser()
    if target.suffix.lower() != ".xlsx":
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name}: give a name ending in .xlsx (a production is three sheets)",
                name=target.name,
            ),
        )
    checked_output(target)
    language, sheets = production_rows(db, production_id)
    from openpyxl import Workbook

    book = Workbook()
    first = True
    for kind, rows in sheets.items():
        sheet = book.active if first else book.create_sheet()
        first = False
        assert sheet is not None
        sheet.title = translate(SHEET_NAMES[kind], language)
        for row in rows:
            sheet.append(row)
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, str) and cell.value[:1] in FORMULA_STARTS:
                    cell.data_type = "s"  # text, never a formula
    with written_whole(target) as partial:
        book.save(partial)
    return len(sheets["looks"]) - 1
