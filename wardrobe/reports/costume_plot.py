"""The costume plot of a production: roles (or the dancers of one cast) down, the parts of the
running order across, the look worn in each cell, a change of look marked. Landscape, in the
language and on the paper of the company; a long running order goes on over several pages,
the roles repeated at each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..models import Company
from ..records import CastRecord, CompanyRecord, PartRecord, Plot
from ..services import convert, costume_plot
from ..store.database import Database
from . import fonts
from .fitting_sheet import GRID, SHADE, PrintResult
from .layout import MARGIN, Document, SheetStart, draw_header, page_size, styles
from .printed_words import Labels
from .safe_text import GlyphReport, markup

ROW_LABEL_MM = 48
PART_MM = 30  # the narrowest a part's column gets before the plot goes on over another page


@dataclass(frozen=True)
class PlotSheet:
    company: CompanyRecord
    plot: Plot
    cast: int | None
    rows: tuple[tuple[str, str, int], ...]  # (role, the dancer or "", role_id)


def costume_plot_sheet(db: Database, production_id: int, cast: int | None = None) -> PlotSheet:
    plot = costume_plot.plot(db, production_id, cast)
    with db.read() as session:
        owner = session.get(Company, plot.production.company_id)
        assert owner is not None
        company = convert.company_record(owner)
    if cast is None:
        rows = tuple((name, "", role_id) for role_id, name in plot.roles)
    else:
        labels = Labels(company.language)
        rows = tuple((c.role, _dancer(c, labels), c.role_id) for c in plot.casts)
    return PlotSheet(company, plot, cast, rows)


def _dancer(casting: CastRecord, labels: Labels) -> str:
    """ "Aurélie Núñez · double of Marie-Agnès Du Pontavice" under her role."""
    said = [casting.dancer]
    if casting.alternate:
        said.append(labels["alternate"])
    if casting.double_of:
        said.append(labels["double_of_name"].format(principal=casting.double_of))
    return " · ".join(said)


def render_costume_plot(sheet: PlotSheet, target: str | Path | BinaryIO) -> PrintResult:
    fonts.register()
    labels = Labels(sheet.company.language)
    paper = sheet.company.paper
    doc = Document(
        str(target) if isinstance(target, Path) else target,
        f"Costume plot: {sheet.plot.production.title}",
        [paper],
        landscape=True,
    )
    style = styles()
    glyphs = GlyphReport()
    width = page_size(paper, landscape=True)[0] - 2 * MARGIN

    def p(text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, glyphs), style[kind])

    story: list = [NextPageTemplate(paper), SheetStart(doc, sheet)]
    parts = list(sheet.plot.parts)
    if not parts:
        story.append(p(labels["no_parts"], "body"))
    per_page = max(1, int((width - ROW_LABEL_MM * mm) // (PART_MM * mm)))
    chunks = [parts[i : i + per_page] for i in range(0, len(parts), per_page)]
    for number, chunk in enumerate(chunks):
        if number:
            story.append(PageBreak())
        story.append(_table(sheet, chunk, labels, p, width))
        story.append(Spacer(1, 4))
        story.append(p(labels["changed"], "small"))
    doc.header = _header
    doc.build(story)
    return PrintResult(pages=doc.page, sheets=1, warnings=tuple(glyphs.warnings()))


def _table(sheet: PlotSheet, chunk: list[PartRecord], labels: Labels, p, width: float) -> Table:  # noqa: ANN001
    head = [p(labels["role_or_dancer"], "head")]
    for part in chunk:
        cell = [p(part.label, "cell_bold")]
        if part.title:
            cell.append(p(part.title, "small"))
        if part.starts_min is not None:
            cell.append(p(labels["minutes_in"].format(minutes=part.starts_min), "small"))
        head.append(cell)
    rows: list[list] = [head]
    changed_cells = []
    for row_number, (role, dancer, role_id) in enumerate(sheet.rows, start=1):
        first = [p(role, "cell_bold")] + ([p(dancer, "small")] if dancer else [])
        line: list = [first]
        for column, part in enumerate(chunk, start=1):
            look = sheet.plot.cells.get((role_id, part.id))
            if look is None:
                line.append(p(labels["not_on_stage"], "small"))
                continue
            name, changed = look
            line.append(p(("▸ " if changed else "") + name, "cell_bold" if changed else "cell"))
            if changed:
                changed_cells.append((column, row_number))
        rows.append(line)
    part_width = (width - ROW_LABEL_MM * mm) / max(1, len(chunk))
    table = Table(rows, colWidths=[ROW_LABEL_MM * mm] + [part_width] * len(chunk), repeatRows=1)
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("BACKGROUND", (0, 0), (0, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    commands += [("BOX", cell, cell, 1.2, GRID) for cell in changed_cells]
    table.setStyle(TableStyle(commands))
    return table


def _header(canvas, doc: Document) -> None:  # noqa: ANN001
    sheet: PlotSheet | None = doc.sheet
    if sheet is not None:
        labels = Labels(sheet.company.language)
        title = (
            labels["costume_plot"].format(production=sheet.plot.production.title)
            if sheet.cast is None
            else labels["costume_plot_cast"].format(
                production=sheet.plot.production.title, cast=sheet.cast
            )
        )
        draw_header(canvas, doc, title, sheet.company.name, labels["page"])
