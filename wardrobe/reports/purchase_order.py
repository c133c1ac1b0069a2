"""A purchase order to send to the supplier: its number, the company's name and address, the
supplier's, each line with its quantity, unit price and amount, and the total. Printed in the
language, currency and paper of the company that orders."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import NextPageTemplate, Paragraph, Spacer, Table, TableStyle

from ..domain.units import base_to_stock
from ..language.vocabulary import one_unit_word, unit_word
from ..records import CompanyRecord, OrderRecord
from . import fonts
from .fitting_sheet import GRID, PrintResult
from .layout import (
    MARGIN,
    PAPERS,
    Document,
    SheetStart,
    day,
    decimal_text,
    draw_header,
    grid_table,
    money,
    styles,
)
from .printed_words import Labels
from .safe_text import GlyphReport, markup


def quantity_text(base: int, unit: str, language: str) -> str:
    """A quantity in its stock unit as the company writes it: "100 m", "12 paires"."""
    value = base_to_stock(base, unit)
    places = 0 if value == value.to_integral() else 2
    return f"{decimal_text(value, language, places)} {unit_word(unit, language)}"


def render_purchase_order(
    order: OrderRecord, company: CompanyRecord, target: str | Path | BinaryIO
) -> PrintResult:
    fonts.register()
    labels = Labels(company.language)
    lang = labels.language
    doc = Document(
        str(target) if isinstance(target, Path) else target,
        f"Purchase order {order.number}",
        [company.paper],
    )
    style = styles()
    glyphs = GlyphReport()
    width = PAPERS[company.paper][0] - 2 * MARGIN

    def p(text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, glyphs), style[kind])

    def block(lines: list[str]) -> Paragraph:
        return Paragraph(
            "<br/>".join(markup(line, glyphs) for line in lines if line), style["body"]
        )

    story: list = [NextPageTemplate(company.paper), SheetStart(doc, (order, company))]
    when = (order.sent_at.date() if order.sent_at else None) or date.today()
    facts = f"{labels['order_date']}{labels['colon']} {day(when, lang)}"
    if order.status == "draft":
        facts += f" · {labels['draft']}"
    story.append(p(facts, "body"))
    story.append(Spacer(1, 8))
    supplier_lines = [
        order.supplier,
        order.supplier_contact,
        order.supplier_email,
        order.supplier_phone,
    ]
    addresses = Table(
        [
            [p(labels["order_from"], "head"), p(labels["order_to"], "head")],
            [
                block([company.name, *company.address.splitlines()]),
                block(supplier_lines),
            ],
        ],
        colWidths=[width / 2, width / 2],
    )
    addresses.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), fonts.REGULAR),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [addresses, Spacer(1, 12)]
    heads = ("line", "item", "for", "quantity", "unit_cost", "amount")
    rows = [[p(labels[key], "head") for key in heads]]
    for line in order.lines:
        unit_price = (
            f"{money(line.unit_cost, order.currency, lang)} / {one_unit_word(line.unit, lang)}"
            if line.unit_cost is not None
            else labels["no_price"]
        )
        rows.append(
            [
                p(str(line.line_no)),
                p(line.what_in(lang)),
                p(line.for_whom),
                p(quantity_text(line.quantity, line.unit, lang), "cell_right"),
                p(unit_price, "cell_right"),
                p(
                    money(line.cost, order.currency, lang) if line.cost is not None else "—",
                    "cell_right",
                ),
            ]
        )
    total = order.total
    rows.append(
        [
            p(labels["order_total"], "cell_bold"),
            "",
            "",
            "",
            "",
            p(money(total, order.currency, lang) if total is not None else "—", "cell_right"),
        ]
    )
    table = grid_table(rows, width, [6, 38, 18, 12, 13, 13], total_span=5)
    story += [table, Spacer(1, 12), p(labels["quote_number"].format(number=order.number), "body")]
    if order.notes:
        story += [Spacer(1, 6), p(order.notes, "body")]
    doc.header = _header
    doc.build(story)
    return PrintResult(pages=doc.page, sheets=1, warnings=tuple(glyphs.warnings()))


def _header(canvas, doc: Document) -> None:  # noqa: ANN001
    if doc.sheet is None:
        return
    order, company = doc.sheet
    labels = Labels(company.language)
    title = labels["purchase_order"].format(number=order.number)
    draw_header(canvas, doc, title, f"{company.name} → {order.supplier}", labels["page"])
    # The number as a barcode, top right: scanned off the delivery at the desk, the order
    # opens to receive it.
    from reportlab.graphics.barcode.code128 import Code128

    barcode = Code128(order.number, barWidth=0.9, barHeight=22, quiet=True)
    width, height = canvas._pagesize  # noqa: SLF001
    barcode.drawOn(canvas, width - MARGIN - barcode.width, height - MARGIN - 28)
