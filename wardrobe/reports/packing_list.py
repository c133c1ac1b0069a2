"""The packing list of a guest dancer: what travels with her from her company to the host, each
costume with its tag, condition and replacement value, boxes to tick leaving and arriving; her
pointe-shoe specification and the pairs she took; signatures. Printed in the language and on
the paper of the company that packs (her own)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import NextPageTemplate, Paragraph, Spacer

from ..language.i18n import elided
from ..records import PackingList
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


def render_packing_list(packing: PackingList, target: str | Path | BinaryIO) -> PrintResult:
    fonts.register()
    home = packing.home
    labels = Labels(home.language)
    lang = labels.language
    doc = Document(
        str(target) if isinstance(target, Path) else target, "Packing list", [home.paper]
    )
    style = styles()
    glyphs = GlyphReport()
    width = PAPERS[home.paper][0] - 2 * MARGIN

    def p(text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, glyphs), style[kind])

    engagement = packing.engagement
    until = (
        labels["until_day"].format(day=day(engagement.until, lang))
        if engagement.until
        else labels["open_ended"]
    )
    story: list = [NextPageTemplate(home.paper), SheetStart(doc, packing)]
    story.append(p(engagement.dancer, "title"))
    story.append(
        p(
            elided(
                labels["guest_line"].format(
                    home=home.name,
                    host=packing.host.name,
                    start=day(engagement.starts_on, lang),
                    until=until,
                ),
                lang,
            ),
            "body",
        )
    )
    story.append(p(labels["costumes_travelling"], "h2"))
    if not packing.items:
        story.append(p(labels["nothing_packed"], "body"))
    else:
        rows = [
            [
                p(labels[k], "head")
                for k in ("tag", "piece", "condition", "value", "left", "arrived")
            ]
        ]
        totals: dict[str, int] = {}
        for loan in packing.items:
            rows.append(
                [
                    p(loan.tag, "cell_bold"),
                    p(loan.name),
                    p(labels.word(loan.condition_out)),
                    p(money(loan.replacement_value, loan.currency, lang), "cell_right"),
                    p("☐" if loan.left_at is None else "☑"),
                    p("☐" if loan.arrived_at is None else "☑"),
                ]
            )
            if loan.replacement_value:
                totals[loan.currency] = totals.get(loan.currency, 0) + loan.replacement_value
        total = " + ".join(money(v, k, lang) for k, v in sorted(totals.items())) or "—"
        rows.append(
            [
                p(labels["items_count"].format(count=len(packing.items)), "cell_bold"),
                "",
                "",
                p(total, "cell_right"),
                "",
                "",
            ]
        )
        story.append(grid_table(rows, width, [15, 37, 13, 15, 10, 10], total_span=3))
    story.append(p(labels["pointe"], "h2"))
    if packing.pointe is None:
        story.append(p(labels["no_pointe"], "body"))
    else:
        story.append(p(labels.pointe_spec(packing.pointe), "body"))
        story.append(
            p(labels["pairs_taken"].format(pairs=engagement.pairs_taken, host=packing.host.name))
        )
    story += [Spacer(1, 16), p(labels["sign_off"], "h2")]
    signed = signatures(
        [
            [p(labels["packed_by"], "cell_bold"), p(labels["signature_date"], "small")],
            [p(labels["received_by"], "cell_bold"), p(labels["signature_date"], "small")],
        ],
        width,
    )
    story.append(signed)
    doc.header = _header
    doc.build(story)
    return PrintResult(pages=doc.page, sheets=1, warnings=tuple(glyphs.warnings()))


def _header(canvas, doc: Document) -> None:  # noqa: ANN001
    packing: PackingList | None = doc.sheet
    if packing is not None:
        labels = Labels(packing.home.language)
        subtitle = f"{packing.home.name} → {packing.host.name}"
        draw_header(canvas, doc, labels["packing_list"], subtitle, labels["page"])
