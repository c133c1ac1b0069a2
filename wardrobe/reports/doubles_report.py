"""The doubles report of a production, for the cutter: each principal and her double, their
pieces side by side (a piece still to make for the double is said so), and the measurements
that differ by more than the tolerance. In the company's language, units and paper."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import NextPageTemplate, Paragraph, Spacer, Table, TableStyle

from ..records import CostumeRecord, DoublesReport
from . import fonts
from .fitting_sheet import GRID, SHADE, PrintResult
from .layout import MARGIN, PAPERS, Document, SheetStart, draw_header, length, styles
from .printed_words import Labels
from .safe_text import GlyphReport, markup


def render_doubles_report(report: DoublesReport, target: str | Path | BinaryIO) -> PrintResult:
    fonts.register()
    company = report.company
    labels = Labels(company.language)
    lang, units = labels.language, company.units
    doc = Document(str(target) if isinstance(target, Path) else target, "Doubles", [company.paper])
    style = styles()
    glyphs = GlyphReport()
    width = PAPERS[company.paper][0] - 2 * MARGIN

    def p(text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, glyphs), style[kind])

    def piece(item: CostumeRecord | None) -> Paragraph:
        if item is None:
            return p(labels["to_make"], "cell_bold")
        return p(f"{item.tag} · {item.colour}" if item.colour else item.tag)

    story: list = [NextPageTemplate(company.paper), SheetStart(doc, report)]
    if not report.pairs:
        story.append(p(labels["no_doubles"].format(production=report.production), "body"))
    for pair in report.pairs:
        story.append(
            p(
                labels["pair"].format(principal=pair.principal.name, double=pair.double.name),
                "h2",
            )
        )
        rows = [
            [p(labels[k], "head") for k in ("role", "piece", "principal_piece", "double_piece")]
        ]
        for hers, theirs in pair.pieces:
            either = hers or theirs
            assert either is not None
            rows.append(
                [
                    p(either.role or "—"),
                    p(f"{either.name} · {labels.word(either.piece_type)}"),
                    piece(hers),
                    piece(theirs),
                ]
            )
        if len(rows) == 1:
            rows.append([p(labels["no_pieces_pair"]), "", "", ""])
        w = width / 100
        table = Table(rows, colWidths=[w * 18, w * 40, w * 21, w * 21], repeatRows=1)
        table.setStyle(_grid())
        story.append(table)
        story.append(Spacer(1, 4))
        tolerance = length(report.tolerance_mm, units, lang)
        if not pair.differences:
            story.append(p(labels["no_differences"].format(tolerance=tolerance), "small"))
        else:
            story.append(p(labels["differences"].format(tolerance=tolerance), "cell_bold"))
            rows = [
                [
                    p(labels["measure"], "head"),
                    p(pair.principal.name, "head"),
                    p(pair.double.name, "head"),
                    p(labels["difference"], "head"),
                ]
            ]
            for key, hers_mm, theirs_mm in pair.differences:
                rows.append(
                    [
                        p(labels.word(key)),
                        p(length(hers_mm, units, lang), "cell_right"),
                        p(length(theirs_mm, units, lang), "cell_right"),
                        p(length(abs(hers_mm - theirs_mm), units, lang), "cell_right"),
                    ]
                )
            table = Table(rows, colWidths=[w * 34, w * 22, w * 22, w * 22], repeatRows=1)
            table.setStyle(_grid())
            story.append(table)
        story.append(Spacer(1, 8))
    doc.header = _header
    doc.build(story)
    return PrintResult(pages=doc.page, sheets=len(report.pairs), warnings=tuple(glyphs.warnings()))


def _grid() -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("FONT", (0, 0), (-1, -1), fonts.REGULAR),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )


def _header(canvas, doc: Document) -> None:  # noqa: ANN001
    report: DoublesReport | None = doc.sheet
    if report is not None:
        labels = Labels(report.company.language)
        title = labels["doubles"].format(production=report.production)
        draw_header(canvas, doc, title, report.company.name, labels["page"])
