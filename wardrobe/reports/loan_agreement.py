"""A loan agreement: what the company lends to whom and until when, each item with its tag,
replacement value and condition as it left (and as it came back, once back), and the two
signatures. In the lending company's language and on its paper."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import NextPageTemplate, Paragraph, Spacer

from ..language.i18n import elided
from ..records import CompanyRecord, LoanRecord
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
    money,
    signatures,
    styles,
)
from .printed_words import Labels
from .safe_text import GlyphReport, markup


def render_loan_agreement(
    lender: CompanyRecord, lent: list[LoanRecord], target: str | Path | BinaryIO
) -> PrintResult:
    fonts.register()
    labels = Labels(lender.language)
    lang = labels.language
    doc = Document(str(target) if isinstance(target, Path) else target, "Loan", [lender.paper])
    style = styles()
    glyphs = GlyphReport()
    width = PAPERS[lender.paper][0] - 2 * MARGIN

    def p(text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, glyphs), style[kind])

    first = lent[0]
    due = day(first.due_on, lang) if first.due_on else labels["open_ended"]
    story: list = [NextPageTemplate(lender.paper), SheetStart(doc, (lender, first))]
    story.append(
        p(
            elided(
                labels["loan_terms"].format(
                    lender=lender.name,
                    borrower=first.borrower,
                    lent=day(first.lent_on, lang),
                    due=due,
                ),
                lang,
            ),
            "body",
        )
    )
    story.append(Spacer(1, 6))
    rows = [
        [p(labels[k], "head") for k in ("tag", "piece", "value", "condition_out", "condition_back")]
    ]
    totals: dict[str, int] = {}
    for loan in lent:
        rows.append(
            [
                p(loan.tag, "cell_bold"),
                p(loan.name),
                p(money(loan.replacement_value, loan.currency, lang), "cell_right"),
                p(labels.word(loan.condition_out)),
                p(labels.word(loan.condition_back) if loan.condition_back else ""),
            ]
        )
        if loan.replacement_value:
            totals[loan.currency] = totals.get(loan.currency, 0) + loan.replacement_value
    total = " + ".join(money(v, k, lang) for k, v in sorted(totals.items())) or "—"
    rows.append(
        [
            p(labels["items_count"].format(count=len(lent)), "cell_bold"),
            "",
            p(total, "cell_right"),
            "",
            "",
        ]
    )
    table = grid_table(rows, width, [15, 37, 16, 16, 16], total_span=2)
    story += [table, Spacer(1, 8), p(labels["loan_duty"], "small"), Spacer(1, 16)]
    story.append(p(labels["sign_off"], "h2"))
    signed = signatures(
        [
            [p(lender.name, "cell_bold"), p(labels["signature_date"], "small")],
            [p(first.borrower, "cell_bold"), p(labels["signature_date"], "small")],
        ],
        width,
        first=0.35,
    )
    story.append(signed)
    doc.header = _header
    doc.build(story)
    return PrintResult(pages=doc.page, sheets=1, warnings=tuple(glyphs.warnings()))


def _header(canvas, doc: Document) -> None:  # noqa: ANN001
    if doc.sheet is not None:
        lender, first = doc.sheet
        labels = Labels(lender.language)
        subtitle = f"{lender.name} → {first.borrower}"
        draw_header(canvas, doc, labels["loan_agreement"], subtitle, labels["page"])
