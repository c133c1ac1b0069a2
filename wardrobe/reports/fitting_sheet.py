"""Fitting sheets, one dancer per sheet: what walks into the fitting room."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    TableStyle,
)

from ..domain.measures import MEASURES
from ..domain.units import Units
from ..language.i18n import elided
from ..language.vocabulary import word as stored_word
from ..records import MeasurementRecord
from . import fonts
from .cells import CELL_PADDING, PLAIN_ROWS, cell_table, fit_lines, measurement_grid
from .data import FittingBatch, FittingSheet
from .layout import (
    GRID,
    MARGIN,
    SHADE,
    Document,
    Line,
    PlainGrid,
    SheetStart,
    SignatureLines,
    WritingBoxes,
    day,
    decimal_text,
    length,
    styles,
)
from .printed_words import Labels, local_size
from .safe_text import GlyphReport, markup
from .sign_off import SignOff

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PrintResult:
    pages: int
    sheets: int
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _EmptySheet:
    company_name: str
    language: str
    paper: str
    production: str


def render_fitting_sheets(
    batch: FittingBatch, target: str | Path | BinaryIO, progress: Progress | None = None
) -> PrintResult:
    """Writes the batch as one PDF, each sheet on its company's paper and in its language."""
    fonts.register()
    papers = [s.company.paper for s in batch.sheets] + [c.paper for c, _ in batch.empty_productions]
    doc = Document(
        str(target) if isinstance(target, Path) else target, "Fitting sheets", papers or ["A4"]
    )
    glyphs = GlyphReport()
    style = styles()
    story: list[Flowable] = []
    total = len(batch.sheets) + len(batch.empty_productions)
    for index, sheet in enumerate(batch.sheets):
        if story:
            story += [NextPageTemplate(sheet.company.paper), PageBreak()]
        else:
            story.append(NextPageTemplate(sheet.company.paper))
        story.append(SheetStart(doc, sheet))
        story += _sheet(sheet, Labels(sheet.company.language), style, glyphs)
        if progress is not None:
            progress(index + 1, total)
    for company, production in batch.empty_productions:
        if story:
            story += [NextPageTemplate(company.paper), PageBreak()]
        empty = _EmptySheet(company.name, company.language, company.paper, production)
        labels = Labels(company.language)
        story += [
            SheetStart(doc, empty),
            Paragraph(
                markup(labels["empty_production"].format(production=production), glyphs),
                style["body"],
            ),
        ]
    if not story:
        story.append(Paragraph("", style["body"]))
    doc.header = lambda canvas, d: _header(canvas, d, glyphs)
    doc.build(story)
    return PrintResult(pages=doc.page, sheets=len(batch.sheets), warnings=tuple(glyphs.warnings()))


def _header(canvas: Canvas, doc: Document, glyphs: GlyphReport) -> None:
    sheet = doc.sheet
    if sheet is None:
        return
    width, height = canvas._pagesize  # noqa: SLF001 - the page being drawn
    if isinstance(sheet, _EmptySheet):
        labels, company, production, dancer_line, when = (
            Labels(sheet.language),
            sheet.company_name,
            sheet.production,
            "",
            "",
        )
    else:
        labels = Labels(sheet.company.language)
        company = sheet.company.name
        production = sheet.production or labels["all_productions"]
        dancer_line = sheet.dancer.name + (
            f" · {stored_word(sheet.dancer.rank, labels.language)}" if sheet.dancer.rank else ""
        )
        when = (
            f"{labels['fitting_date']}{labels['colon']} {day(sheet.fitting_date, labels.language)}"
        )
    top = height - MARGIN
    full = width - 2 * MARGIN
    canvas.saveState()
    production = glyphs.check(production)
    right = max(stringWidth(t, fonts.REGULAR, 9) for t in (production, when))
    title = f"{labels['fitting_sheet']} — {company}"
    size, lines = fit_lines(title, fonts.BOLD, 9, full - right - 6 * mm, smallest=6, most=1)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(MARGIN, top - 3 * mm, lines[0])
    canvas.setFont(fonts.REGULAR, 9)
    canvas.drawRightString(width - MARGIN, top - 3 * mm, production)
    canvas.drawRightString(width - MARGIN, top - 8 * mm, when)
    page_in_sheet = canvas.getPageNumber() - doc.sheet_first_page + 1
    name = glyphs.check(dancer_line)
    if page_in_sheet > 1:
        name += f"  ({labels['continued']})"
    # The name fits beside the fitting date: smaller, then on two lines, never over it.
    room = full - right - 6 * mm
    size, lines = fit_lines(name, fonts.BOLD, 16, room, smallest=10, most=1)
    if lines[0] != name:  # not on one line even at 10 pt: two lines, 10 pt or smaller
        size, lines = fit_lines(name, fonts.BOLD, 10, room, smallest=6, most=2)
    canvas.setFont(fonts.BOLD, size)
    if len(lines) == 1:
        canvas.drawString(MARGIN, top - 12 * mm, lines[0])
    else:
        canvas.drawString(MARGIN, top - 11 * mm, lines[0])
        canvas.drawString(MARGIN, top - 11 * mm - size * 1.1, lines[1])
    canvas.setStrokeColor(GRID)
    canvas.line(MARGIN, top - 16 * mm, width - MARGIN, top - 16 * mm)
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.drawString(MARGIN, MARGIN, company)
    canvas.drawRightString(width - MARGIN, MARGIN, labels["page"].format(page=page_in_sheet))
    canvas.restoreState()


def _sheet(sheet: FittingSheet, labels: Labels, style: dict, glyphs: GlyphReport) -> list:
    lang = labels.language
    units = sheet.company.units
    width = _frame_width(sheet.company.paper)
    out: list = []

    # Text that fits on one line is drawn as it is; a Paragraph (most of what a batch of
    # sheets costs) only for text that must wrap.
    def fits(text: str, kind: str, room: float) -> bool:
        chosen = style[kind]
        return "\n" not in text and stringWidth(text, chosen.fontName, chosen.fontSize) <= room

    def p(text: str, kind: str = "body") -> Flowable:
        if fits(text, kind, width):
            return Line(glyphs.check(text), style[kind])
        return Paragraph(markup(text, glyphs), style[kind])

    def cell(text: str, room: float) -> str | Paragraph:
        if fits(text, "cell", room - CELL_PADDING):
            return glyphs.check(text)
        return Paragraph(markup(text, glyphs), style["cell"])

    colon = labels["colon"]
    company = sheet.company.name
    if sheet.dancer.engaged_at:  # a guest: her own company, and where she dances now
        guest = labels["guest_of"].format(home=sheet.dancer.company, host=sheet.dancer.engaged_at)
        if sheet.dancer.engaged_until is not None:
            guest += " " + labels["until_day"].format(
                day=day(sheet.dancer.engaged_until, labels.language)
            )
        company = elided(guest, labels.language)
    facts = [f"<b>{markup(labels['company'])}{colon}</b> {markup(company, glyphs)}"]
    if sheet.roles:
        facts.append(
            f"<b>{markup(labels['roles'])}{colon}</b> " + markup(", ".join(sheet.roles), glyphs)
        )
    if sheet.dancer.doubles:
        double = markup(sheet.dancer.doubles, glyphs)
        facts.append(f"<b>{markup(labels['double_of'])}{colon}</b> {double}")
    out += [Paragraph("<br/>".join(facts), style["body"])]

    # Measurements, latest set, in the company's units.
    heading = labels["measurements"]
    if sheet.latest is not None:
        heading += " — " + labels["taken_on"].format(date=day(sheet.latest.measured_on, lang))
    out.append(p(heading, "h2"))
    if sheet.latest is None:
        out.append(p(labels["no_measurements"]))
    else:
        cells = []
        for item in MEASURES:
            value = sheet.latest.values.get(item.key)
            if item.is_weight:
                text = (
                    ""
                    if value is None
                    else (
                        f"{decimal_text(value / 1000, lang, 1)} kg"
                        if units == Units.METRIC
                        else f"{decimal_text(value / 453.59237, lang, 1)} lb"
                    )
                )
            else:
                text = length(value, units, lang)
            cells.append((labels.word(item.key), _dated(text, sheet.latest, item.key, lang)))
        shoe = _dated(local_size(sheet.latest.shoe_size, lang), sheet.latest, "shoe_size", lang)
        cells.append((labels.word("shoe_size"), shoe))
        half = (len(cells) + 1) // 2
        # Our own labels and formatted numbers: plain cells (a Paragraph each is the cost
        # of a batch); only user text that can run long needs a Paragraph to wrap.
        rows = [
            [left[0], glyphs.check(left[1]), right[0], glyphs.check(right[1])]
            for left, right in zip(cells[:half], cells[half:] + [("", "")], strict=False)
        ]
        out.append(measurement_grid(rows, width))

    # Every costume piece with its tag: doubles as pull list and dressing list.
    out.append(p(labels["pieces"], "h2"))
    if not sheet.pieces:
        out.append(p(labels["no_pieces"]))
    else:
        rows = [[labels[k] for k in ("tag", "piece", "type", "colour", "condition", "tutu")]]
        for piece in sheet.pieces:
            tutu = ""
            if piece.tutu is not None:
                tutu = labels["tutu_detail"].format(
                    style=labels.word(piece.tutu.style), layers=piece.tutu.net_layers
                )
                if piece.tutu.hoop_layer:
                    tutu += ", " + labels["hoop"].format(layer=piece.tutu.hoop_layer)
            rows.append(
                [
                    piece.tag,
                    piece.name,
                    labels.word(piece.piece_type),
                    piece.colour,
                    labels.word(piece.condition),
                    tutu,
                ]
            )
        w = width / 100
        widths = [w * 14, w * 30, w * 11, w * 13, w * 11, w * 21]
        for row in rows[1:]:  # what fits on one line needs no Paragraph (most cells do)
            for column in (1, 3, 5):
                row[column] = cell(row[column], widths[column])
        if sheet.photos:  # each piece's main photo beside it, to know it by sight
            from .pictures import photo

            rows[0].insert(0, labels["photo"])
            for row, piece in zip(rows[1:], sheet.pieces, strict=True):
                data = sheet.photos.get(piece.id)
                row.insert(0, photo(data, 16 * mm, 20 * mm) if data else "")
            widths = [18 * mm] + [w * (width - 18 * mm) / width for w in widths]
        one_line = all(isinstance(text, str) for row in rows for text in row)
        if one_line and not sheet.photos and len(rows) <= PLAIN_ROWS:
            # Every cell on one line (the usual case): drawn straight, like the measures.
            out.append(
                PlainGrid(
                    rows,
                    widths,
                    font=fonts.REGULAR,
                    size=8.5,
                    colour=GRID,
                    header=(fonts.BOLD, SHADE),
                    bold_column=0,
                )
            )
        else:
            tag_column = 1 if sheet.photos else 0
            table = cell_table(rows, widths)
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8.5),
                        ("FONT", (0, 0), (-1, 0), fonts.BOLD, 8.5),
                        ("FONT", (tag_column, 1), (tag_column, -1), fonts.BOLD, 8.5),
                    ]
                )
            )
            out.append(table)

    # Pointe shoes: the specification a maker needs, and what is on the shelf.
    out.append(p(labels["pointe"], "h2"))
    if sheet.pointe is None:
        out.append(p(labels["no_pointe"]))
    else:
        spec = sheet.pointe
        parts = [labels.pointe_spec(spec)]
        stock = labels["pairs_on_hand"].format(pairs=spec.pairs_on_hand)
        if spec.weeks_left is not None:
            stock += " · " + labels["weeks_left"].format(
                weeks=decimal_text(spec.weeks_left, lang, 1)
            )
        out += [p(", ".join(parts)), p(stock)]

    out.append(p(labels["alterations"], "h2"))
    if not sheet.alterations:
        out.append(p(labels["no_alterations"]))
    for alteration in sheet.alterations:
        line = f"{alteration.costume_tag} — {alteration.description}"
        if alteration.for_dancer and alteration.for_dancer != sheet.dancer.name:
            line += f" ({alteration.for_dancer})"
        line += f" · {day(alteration.requested_on, lang)}"
        out.append(p(line))

    # Room to write and a place for a photo, then the sign-off lines, kept together.
    boxes = WritingBoxes(
        [labels["notes"], labels["photo"]],
        [width * 0.64, width * 0.36],
        36 * mm,
        font=fonts.BOLD,
        size=8.5,
        colour=GRID,
    )
    signs = SignatureLines(
        [
            (labels[k], labels["signature_date"])
            for k in ("sign_dancer", "sign_cutter", "sign_supervisor")
        ],
        [width * 0.3, width * 0.7],
        9 * mm,
        bold=fonts.BOLD,
        regular=fonts.REGULAR,
        colour=GRID,
    )
    out.append(SignOff(boxes, p(labels["sign_off"], "h2"), signs, smallest=18 * mm))
    return out


def _frame_width(paper: str) -> float:
    from .layout import PAPERS

    return PAPERS[paper][0] - 2 * MARGIN


def _dated(text: str, latest: MeasurementRecord, key: str, lang: str) -> str:
    """A value taken before the newest set carries its own day: (12/03/2026)."""
    older = latest.taken_on.get(key)
    return f"{text} ({day(older, lang)})" if text and older is not None else text
