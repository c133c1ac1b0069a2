"""A count sheet for materials: each material of a company with its unit and an empty box to
write what is on the shelf, for counting on paper; the counts are keyed back in the window.
The quantities recorded are left off, so that the count is what is there, not what is
expected."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import NextPageTemplate, Paragraph, Spacer

from ..language.vocabulary import unit_word
from ..records import CompanyRecord, MaterialRecord
from ..store.sorting import key as reading_order
from . import fonts
from .fitting_sheet import PrintResult
from .layout import (
    MARGIN,
    PAPERS,
    Document,
    SheetStart,
    day,
    draw_header,
    grid_table,
    signatures,
    styles,
)
from .printed_words import Labels
from .safe_text import GlyphReport, markup


def render_count_sheet(
    materials: list[MaterialRecord],
    company: CompanyRecord,
    target: str | Path | BinaryIO,
    *,
    printed_on: date | None = None,
) -> PrintResult:
    fonts.register()
    labels = Labels(company.language)
    lang = labels.language
    doc = Document(
        str(target) if isinstance(target, Path) else target, "Count sheet", [company.paper]
    )
    style = styles()
    glyphs = GlyphReport()
    width = PAPERS[company.paper][0] - 2 * MARGIN

    def p(text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, glyphs), style[kind])

    when = day(printed_on or date.today(), lang)
    story: list = [NextPageTemplate(company.paper), SheetStart(doc, (company, when))]
    story += [p(labels["count_help"], "body"), Spacer(1, 8)]
    heads = ("material", "type", "colour", "supplier", "unit", "counted")
    rows = [[p(labels[key], "head") for key in heads]]
    for material in sorted(materials, key=lambda m: reading_order(m.name)):
        rows.append(
            [
                p(material.name, "cell_bold"),
                p(labels.word(material.kind)),
                p(material.colour),
                p(material.supplier),
                p(unit_word(material.unit, lang)),
                "",
            ]
        )
    table = grid_table(rows, width, [32, 13, 12, 18, 9, 16], row_height=22, valign="MIDDLE")
    story += [table, Spacer(1, 16)]
    story.append(
        signatures(
            [[p(labels["counted_by_line"], "cell_bold"), p(labels["signature_date"], "small")]],
            width,
        )
    )
    doc.header = _header
    doc.build(story)
    return PrintResult(pages=doc.page, sheets=1, warnings=tuple(glyphs.warnings()))


def _header(canvas, doc: Document) -> None:  # noqa: ANN001
    if doc.sheet is None:
        return
    company, when = doc.sheet
    labels = Labels(company.language)
    subtitle = f"{company.name} · {labels['printed'].format(date=when)}"
    draw_header(canvas, doc, labels["count_sheet"], subtitle, labels["page"])
