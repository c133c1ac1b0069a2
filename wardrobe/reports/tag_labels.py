"""Labels: a Code 128 barcode with its code and a short name under it, many to a sheet: tag
labels for items, and place labels for rooms, racks, hoists and bins (their code scanned at the
desk starts put-away there)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..errors import InvalidInput
from ..language.i18n import N_, Text
from ..records import CostumeRecord
from ..services.places import PlaceRecord
from . import fonts
from .fitting_sheet import PrintResult
from .safe_text import GlyphReport


@dataclass(frozen=True)
class LabelLayout:
    name: str
    page: tuple[float, float]
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows


LAYOUTS = {
    layout.name: layout
    for layout in (
        LabelLayout(
            "L7160", A4, 3, 7, 63.5 * mm, 38.1 * mm, 7.2 * mm, 15.1 * mm, 66.0 * mm, 38.1 * mm
        ),
        LabelLayout(
            "L7163", A4, 2, 7, 99.1 * mm, 38.1 * mm, 4.65 * mm, 15.15 * mm, 101.6 * mm, 38.1 * mm
        ),
        LabelLayout(
            "5160",
            LETTER,
            3,
            10,
            2.625 * inch,
            1 * inch,
            0.1875 * inch,
            0.5 * inch,
            2.75 * inch,
            1 * inch,
        ),
        LabelLayout(
            "5163",
            LETTER,
            2,
            5,
            4 * inch,
            2 * inch,
            0.15625 * inch,
            0.5 * inch,
            4.1875 * inch,
            2 * inch,
        ),
    )
}
DEFAULT_FOR_PAPER = {"A4": "L7160", "Letter": "5160"}


def layout_for(name: str | None, paper: str) -> LabelLayout:
    key = name or DEFAULT_FOR_PAPER.get(paper, "L7160")
    if key not in LAYOUTS:
        known = ", ".join(LAYOUTS)
        raise InvalidInput(
            field=N_("layout"),
            detail=Text("“{key}” is not a label sheet (use {known})", key=key, known=known),
        )
    return LAYOUTS[key]


def render_labels(
    items: list[CostumeRecord],
    target: str | Path | BinaryIO,
    *,
    layout: LabelLayout,
    start: int = 1,
) -> PrintResult:
    """``start``: the first free label on the first sheet (1 = top left), so a half-used sheet
    can go back in the printer."""
    if not items:
        raise InvalidInput(field=N_("tags"), detail=Text("no item to print a label for"))
    return _render([(i.tag, i.name) for i in items], target, layout, start, "Tag labels")


def render_place_labels(
    places: list[PlaceRecord],
    target: str | Path | BinaryIO,
    *,
    layout: LabelLayout,
    start: int = 1,
) -> PrintResult:
    """A label for each place: its code as a barcode, its path under it."""
    if not places:
        raise InvalidInput(field=N_("places"), detail=Text("no place to print a label for"))
    return _render([(p.code, p.path) for p in places], target, layout, start, "Place labels")


def _render(
    labels: list[tuple[str, str]],
    target: str | Path | BinaryIO,
    layout: LabelLayout,
    start: int,
    title: str,
) -> PrintResult:
    if not 1 <= start <= layout.per_sheet:
        raise InvalidInput(
            field=N_("start"),
            detail=Text(
                "a {name} sheet has labels 1 to {per_sheet}",
                name=layout.name,
                per_sheet=layout.per_sheet,
            ),
        )
    fonts.register()
    glyphs = GlyphReport()
    canvas = fonts.canvas(str(target) if isinstance(target, Path) else target, pagesize=layout.page)
    canvas.setTitle(title)
    canvas.setAuthor("wardrobe")
    slot = start - 1
    pages = 1
    for code, name in labels:
        if slot == layout.per_sheet:
            canvas.showPage()
            pages += 1
            slot = 0
        row, column = divmod(slot, layout.columns)
        x = layout.left + column * layout.pitch_x
        y = layout.page[1] - layout.top - row * layout.pitch_y - layout.height
        _label(canvas, code, name, x, y, layout, glyphs)
        slot += 1
    canvas.showPage()
    canvas.save()
    return PrintResult(pages=pages, sheets=len(labels), warnings=tuple(glyphs.warnings()))


def _label(
    canvas: Canvas,
    code: str,
    caption: str,
    x: float,
    y: float,
    layout: LabelLayout,
    glyphs: GlyphReport,
) -> None:
    pad = 2.5 * mm
    usable = layout.width - 2 * pad
    text_size = 8 if layout.height < 30 * mm else 9
    bar_height = layout.height - 2 * pad - text_size * 2.6
    probe = Code128(code, barWidth=1, barHeight=bar_height, quiet=True)
    bar_width = min(1.2, usable / probe.width)
    barcode = Code128(code, barWidth=bar_width, barHeight=bar_height, quiet=True)
    barcode.drawOn(
        canvas, x + (layout.width - barcode.width) / 2, y + layout.height - pad - bar_height
    )
    canvas.setFont(fonts.BOLD, text_size)
    canvas.drawCentredString(x + layout.width / 2, y + pad + text_size * 1.1, code)
    name, size = _fit(glyphs.check(caption), usable, text_size - 1.5)
    canvas.setFont(fonts.REGULAR, size)
    canvas.drawCentredString(x + layout.width / 2, y + pad, name)


SMALLEST = 5.0  # points: the smallest a name on a label is printed, still readable


def _fit(text: str, width: float, size: float) -> tuple[str, float]:
    """The name whole, as large as fits down to ``SMALLEST``; longer still, cut with “…” (the
    tag and its barcode say which item it is)."""
    while size > SMALLEST and stringWidth(text, fonts.REGULAR, size) > width:
        size = max(SMALLEST, size - 0.5)
    if stringWidth(text, fonts.REGULAR, size) <= width:
        return text, size
    while text and stringWidth(text + "…", fonts.REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size
