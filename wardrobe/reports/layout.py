"""Pages and styles shared by the printouts: A4 or Letter per company, a running header that a
sheet's second page repeats, and numbers, dates and money as the company writes them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..domain.units import Units, format_body_length, format_money, mm_to_body_length
from ..language.i18n import said
from . import fonts

GRID = colors.HexColor("#9aa3ad")  # rules and table grids
SHADE = colors.HexColor("#eef1f4")  # table headings and totals
PAPERS = {"A4": A4, "Letter": LETTER}
MARGIN = 14 * mm
HEADER = 20 * mm


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.5, leading=12)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=fonts.BOLD, fontSize=8.5, leading=10.5
        ),
        "head": ParagraphStyle("head", parent=base, fontName=fonts.BOLD, fontSize=7.5, leading=9.5),
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19),
    }


class Line(Flowable):
    """One line of plain text in a paragraph style, drawn where a Paragraph would draw it:
    for text known to fit, without a Paragraph's markup parsing and line breaking (most of
    what a batch of five hundred sheets costs)."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFont(self.style.fontName, self.style.fontSize)
        self.canv.drawString(0, self.height - self.style.fontSize, self.text)


class PlainGrid(Flowable):
    """A small table of one-line cells (labels, numbers) in a ruled grid, drawn straight on
    the page: what a Table would draw for text known to fit, without its cell machinery
    (most of what a batch of sheets' measurement tables cost)."""

    PADDING = 3

    def __init__(
        self,
        rows: list[list[str]],
        widths: list[float],
        *,
        font: str,
        size: float,
        right: frozenset[int] = frozenset(),
        colour: object = None,
        header: tuple[str, object] | None = None,
        bold_column: int | None = None,
    ) -> None:
        """``header``: the first row is a heading, in this (bold) font on this shade;
        ``bold_column``: a column in the heading's font (an item's tag)."""
        super().__init__()
        self.rows, self.widths, self.font, self.size = rows, widths, font, size
        self.right, self.colour = right, colour
        self.header, self.bold_column = header, bold_column
        self.row_height = size * 1.2 + 2 * self.PADDING

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), self.row_height * len(self.rows)
        return self.width, self.height

    def draw(self) -> None:
        canvas, pad = self.canv, self.PADDING
        canvas.saveState()
        if self.colour is not None:
            canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(0.4)
        edges = [0.0]
        for width in self.widths:
            edges.append(edges[-1] + width)
        if self.header is not None:
            canvas.setFillColor(self.header[1])
            canvas.rect(0, self.height - self.row_height, self.width, self.row_height, 0, 1)
            canvas.setFillColor(colors.black)
        for index in range(len(self.rows) + 1):
            canvas.line(0, index * self.row_height, self.width, index * self.row_height)
        for x in edges:
            canvas.line(x, 0, x, self.height)
        bold = self.header[0] if self.header is not None else self.font
        current = self.font
        canvas.setFont(current, self.size)
        for index, row in enumerate(self.rows):
            baseline = self.height - index * self.row_height - pad - self.size
            for column, text in enumerate(row):
                if not text:
                    continue
                heading = (index == 0 and self.header is not None) or column == self.bold_column
                if (bold if heading else self.font) != current:
                    current = bold if heading else self.font
                    canvas.setFont(current, self.size)
                room = edges[column + 1] - edges[column] - 2 * pad
                size, text = fitted(text, current, self.size, room)
                if size != self.size:
                    canvas.setFont(current, size)
                if column in self.right:
                    canvas.drawRightString(edges[column + 1] - pad, baseline, text)
                else:
                    canvas.drawString(edges[column] + pad, baseline, text)
                if size != self.size:
                    canvas.setFont(current, self.size)
        canvas.restoreState()


def fitted(text: str, font: str, size: float, room: float) -> tuple[float, str]:
    """A cell's text at a size that keeps it inside its column (down to 80 %), cut with an
    ellipsis when even that is too wide: never across a rule."""
    if stringWidth(text, font, size) <= room:
        return size, text
    smaller = max(size * 0.8, size * room / stringWidth(text, font, size))
    if stringWidth(text, font, smaller) <= room:
        return smaller, text
    while text and stringWidth(text + "…", font, smaller) > room:
        text = text[:-1]
    return smaller, text + "…"


class WritingBoxes(Flowable):
    """Empty boxes side by side to write in, each with its label at its top left."""

    def __init__(
        self,
        labels: list[str],
        widths: list[float],
        height: float,
        *,
        font: str,
        size: float,
        colour: object,
    ) -> None:
        super().__init__()
        self.labels, self.widths, self.box_height = labels, widths, height
        self.font, self.size, self.colour = font, size, colour

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), self.box_height
        return self.width, self.height

    def draw(self) -> None:
        canvas, x = self.canv, 0.0
        canvas.saveState()
        canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(0.6)
        canvas.setFont(self.font, self.size)
        for label, width in zip(self.labels, self.widths, strict=True):
            canvas.rect(x, 0, width, self.height)
            canvas.drawString(x + 6, self.height - 3 - self.size, label)
            x += width
        canvas.restoreState()


class SignatureLines(Flowable):
    """Rows of a label and a ruled line to sign on, with a small hint under the line."""

    def __init__(
        self, rows: list[tuple[str, str]], widths: list[float], height: float, **text
    ) -> None:  # noqa: ANN003
        super().__init__()
        self.rows, self.widths, self.row_height = rows, widths, height
        self.bold, self.regular, self.colour = text["bold"], text["regular"], text["colour"]

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), self.row_height * len(self.rows)
        return self.width, self.height

    def draw(self) -> None:
        canvas, left = self.canv, self.widths[0]
        canvas.saveState()
        canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(0.6)
        for index, (label, hint) in enumerate(self.rows):
            bottom = self.height - (index + 1) * self.row_height
            canvas.line(left, bottom, left + self.widths[1], bottom)
            canvas.setFont(self.bold, 8.5)
            canvas.drawString(6, bottom + 3 + 8.5 * 0.2, label)
            canvas.setFont(self.regular, 7.5)
            canvas.drawString(left + 6, bottom + 3 + 7.5 * 0.2, hint)
        canvas.restoreState()


def day(value: date, language: str) -> str:
    """A date as the reader writes it: 28/11/2026 in Paris, 11/28/2026 in New York (the
    core's one way, as in the window and the command line)."""
    return str(said(value, language))


def decimal_text(value: Decimal | float, language: str, places: int = 2) -> str:
    text = f"{value:,.{places}f}"
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def length(mm_value: int | None, units: str, language: str) -> str:
    if mm_value is None:
        return ""
    if Units(units) is Units.IMPERIAL:
        return format_body_length(mm_value, Units.IMPERIAL)
    return f"{decimal_text(mm_to_body_length(mm_value, Units.METRIC), language, 1)} cm"


def money(minor: int | None, currency: str, language: str) -> str:
    return format_money(minor, currency, language)


def page_size(paper: str, landscape: bool = False) -> tuple[float, float]:
    """(width, height) in points: A4 or Letter, upright or on its side."""
    width, height = PAPERS[paper]
    return (height, width) if landscape else (width, height)


class Document(BaseDocTemplate):
    """One template per paper; ``header`` draws the running header at each page's end, when
    the page's own sheet is known (a marker flowable sets it as the sheet starts)."""

    def __init__(
        self, target: str | BinaryIO, title: str, papers: list[str], *, landscape: bool = False
    ) -> None:
        fonts.register()
        super().__init__(
            target,
            title=title,
            author="wardrobe",
            pageCompression=1,
            # Every font named in the file is embedded: the canvas starts with ours, not
            # reportlab's Helvetica (named, never embedded: a viewer substitutes).
            initialFontName=fonts.REGULAR,
        )
        self.header: Callable[[Canvas, Document], None] | None = None
        self.sheet: Any = None
        self.sheet_first_page = 1
        templates = []
        for paper in dict.fromkeys(papers or ["A4"]):
            width, height = page_size(paper, landscape)
            frame = Frame(
                MARGIN,
                MARGIN + 8 * mm,
                width - 2 * MARGIN,
                height - 2 * MARGIN - HEADER - 8 * mm,
                id=f"body-{paper}",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            templates.append(
                PageTemplate(
                    id=paper, frames=[frame], pagesize=(width, height), onPageEnd=self._page_end
                )
            )
        self.addPageTemplates(templates)

    def _page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self.header is not None:
            self.header(canvas, self)


class SheetStart(Flowable):
    """Invisible: tells the document which sheet the following pages belong to."""

    def __init__(self, doc: Document, sheet: Any) -> None:
        super().__init__()
        self.doc, self.sheet = doc, sheet

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.doc.sheet = self.sheet
        self.doc.sheet_first_page = self.canv.getPageNumber()


def draw_header(canvas: Canvas, doc: Document, title: str, subtitle: str, page_word: str) -> None:
    """A document's running header: its title and who it is for, a rule, the page number."""
    width, height = canvas._pagesize  # noqa: SLF001
    top = height - MARGIN
    room = width - 2 * MARGIN
    canvas.saveState()
    # A long production's title gets smaller (to 9 pt), then cut: never off the page.
    size, title = _fit_heading(title, fonts.BOLD, 16, 9, room)
    canvas.setFont(fonts.BOLD, size)
    canvas.drawString(MARGIN, top - 10, title)
    size, subtitle = _fit_heading(subtitle, fonts.REGULAR, 10, 7, room)
    canvas.setFont(fonts.REGULAR, size)
    canvas.drawString(MARGIN, top - 26, subtitle)
    canvas.setStrokeColor(GRID)
    canvas.line(MARGIN, top - 34, width - MARGIN, top - 34)
    canvas.setFont(fonts.REGULAR, 7.5)
    page = canvas.getPageNumber() - doc.sheet_first_page + 1
    canvas.drawRightString(width - MARGIN, MARGIN, page_word.format(page=page))
    canvas.restoreState()


def _fit_heading(text: str, font: str, size: float, smallest: float, room: float) -> tuple:
    while size > smallest and stringWidth(text, font, size) > room:
        size -= 0.5
    if stringWidth(text, font, size) <= room:
        return size, text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return size, text.rstrip() + "…"


def signatures(rows: list[list[Any]], width: float, first: float = 0.3) -> Any:
    """Names on the left, a line to sign and date on the right."""
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=[width * first, width * (1 - first)], rowHeights=[28] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR),
                ("LINEBELOW", (1, 0), (1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return table


def grid_table(
    rows: list[list[Any]],
    width: float,
    percents: list[float],
    *,
    total_span: int | None = None,
    row_height: float | None = None,
    valign: str = "TOP",
) -> Any:
    """A ruled table in the printouts' style: its heading shaded and repeated on each page,
    our font in every cell (an empty one too, or the PDF would name Helvetica); with
    ``total_span``, the last row is a shaded total whose label spans that many columns."""
    from reportlab.platypus import Table, TableStyle

    heights = None if row_height is None else [None] + [row_height] * (len(rows) - 1)
    table = Table(
        rows, colWidths=[width * p / 100 for p in percents], rowHeights=heights, repeatRows=1
    )
    style: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), valign),
    ]
    if total_span is not None:
        style += [("BACKGROUND", (0, -1), (-1, -1), SHADE), ("SPAN", (0, -1), (total_span - 1, -1))]
    table.setStyle(TableStyle(style))
    return table
