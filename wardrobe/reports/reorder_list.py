"""The reorder list: every low item grouped by supplier, what to order and what it costs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..domain.units import base_to_stock
from ..language.vocabulary import unit_word
from ..records import Alert, CompanyRecord
from ..services import alerts as alert_service
from ..services import companies as company_service
from ..services import pointe as pointe_service
from ..store.database import Database
from . import fonts
from .fitting_sheet import GRID, SHADE, PrintResult
from .layout import MARGIN, PAPERS, Document, SheetStart, day, decimal_text, money, styles
from .printed_words import Labels
from .safe_text import GlyphReport, markup


@dataclass(frozen=True)
class _Section:
    company: CompanyRecord
    printed_on: date


def render_reorder_list(
    db: Database,
    target: str | Path | BinaryIO,
    *,
    company: str | int | None = None,
    printed_on: date | None = None,
) -> PrintResult:
    """One section per company (on its paper, in its language), suppliers in each."""
    fonts.register()
    when = printed_on or date.today()
    everyone = company_service.list_companies(db)
    chosen = everyone
    if company is not None:
        from ..services import lookup

        with db.read() as session:
            wanted = lookup.company(session, company).id
        chosen = [c for c in everyone if c.id == wanted]
    found = alert_service.compute_alerts(db, company)
    specs = {s.id: s for s in pointe_service.list_specs(db)}
    doc = Document(
        str(target) if isinstance(target, Path) else target,
        "Reorder list",
        [c.paper for c in chosen],
    )
    style = styles()
    glyphs = GlyphReport()
    story: list = []
    for section in chosen:
        labels = Labels(section.language)
        if story:
            story += [NextPageTemplate(section.paper), PageBreak()]
        else:
            story.append(NextPageTemplate(section.paper))
        story.append(SheetStart(doc, _Section(section, when)))
        mine = [a for a in found if a.company == section.name]
        story += _company(mine, specs, labels, style, glyphs, PAPERS[section.paper][0])
        story += _net_charts(db, mine, labels, style, PAPERS[section.paper][0])
    doc.header = _header
    doc.build(story or [Paragraph("", style["body"])])
    return PrintResult(pages=doc.page, sheets=len(chosen), warnings=tuple(glyphs.warnings()))


def _header(canvas, doc: Document) -> None:  # noqa: ANN001
    section: _Section = doc.sheet
    if section is None:
        return
    labels = Labels(section.company.language)
    width, height = canvas._pagesize  # noqa: SLF001
    top = height - MARGIN
    canvas.saveState()
    canvas.setFont(fonts.BOLD, 16)
    canvas.drawString(MARGIN, top - 10, labels["reorder_list"])
    canvas.setFont(fonts.REGULAR, 10)
    canvas.drawString(MARGIN, top - 26, section.company.name)
    canvas.drawRightString(
        width - MARGIN,
        top - 10,
        f"{labels['date']}{labels['colon']} {day(section.printed_on, labels.language)}",
    )
    canvas.setStrokeColor(GRID)
    canvas.line(MARGIN, top - 34, width - MARGIN, top - 34)
    canvas.setFont(fonts.REGULAR, 7.5)
    page = canvas.getPageNumber() - doc.sheet_first_page + 1
    canvas.drawRightString(width - MARGIN, MARGIN, labels["page"].format(page=page))
    canvas.restoreState()


def _amount(alert: Alert, base: int, language: str) -> str:
    if alert.unit == "pairs":
        return str(base)
    value = base_to_stock(base, alert.unit)
    places = 0 if value == value.to_integral() else 2
    return f"{decimal_text(value, language, places)} {unit_word(alert.unit, language)}"


def _company(
    found: list[Alert],
    specs: dict,
    labels: Labels,
    style: dict,
    glyphs: GlyphReport,
    page_width: float,
) -> list:
    lang = labels.language
    width = page_width - 2 * MARGIN
    out: list = []
    if not found:
        return [Paragraph(markup(labels["nothing_low"]), style["body"])]

    def p(text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, glyphs), style[kind])

    grand: dict[str, int] = {}
    for group in alert_service.by_supplier(found):
        out.append(p(group.supplier or labels["no_supplier"], "h2"))
        rows = [
            [
                p(labels[k], "head")
                for k in (
                    "item",
                    "for",
                    "on_hand",
                    "minimum",
                    "target",
                    "to_order",
                    "unit_cost",
                    "cost",
                )
            ]
        ]
        for alert in group.alerts:
            what = alert.what
            if alert.kind == "pointe" and alert.item_id in specs:
                what = labels.pointe_spec(specs[alert.item_id])
            if alert.covered_by_orders and alert.orders:
                order, cost = labels["covered_by"].format(numbers=", ".join(alert.orders)), ""
            elif alert.covered_by_orders:
                order, cost = labels["covered"], ""
            else:
                order = (
                    f"{alert.to_order} {labels['pairs']}"
                    if alert.unit == "pairs"
                    else f"{alert.to_order} {unit_word(alert.unit, lang)}"
                )
                cost = money(alert.order_cost, alert.currency, lang)
            minimum = _amount(alert, alert.minimum, lang) if alert.minimum else "—"
            rows.append(
                [
                    p(what),
                    p(alert.for_whom),
                    p(_amount(alert, alert.on_hand, lang), "cell_right"),
                    p(minimum, "cell_right"),
                    p(_amount(alert, alert.target, lang), "cell_right"),
                    p(order, "cell_right"),
                    p(money(alert.unit_cost, alert.currency, lang), "cell_right"),
                    p(cost, "cell_right"),
                ]
            )
        totals = " + ".join(money(v, k, lang) for k, v in sorted(group.totals.items()))
        rows.append(
            [
                p(
                    labels["total"].format(supplier=group.supplier or labels["no_supplier"]),
                    "cell_bold",
                ),
                "",
                "",
                "",
                "",
                "",
                "",
                p(totals or "—", "cell_right"),
            ]
        )
        for currency, value in group.totals.items():
            grand[currency] = grand.get(currency, 0) + value
        w = width / 100
        table = Table(
            rows,
            colWidths=[w * 22, w * 13, w * 9, w * 10, w * 9, w * 12, w * 11, w * 14],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("FONT", (0, 0), (-1, -1), fonts.REGULAR),  # an empty cell too: embedded
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("BACKGROUND", (0, -1), (-1, -1), SHADE),
                    ("SPAN", (0, -1), (6, -1)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
                ]
            )
        )
        out += [table, Spacer(1, 6)]
    total = " + ".join(money(v, k, lang) for k, v in sorted(grand.items()))
    out.append(p(f"{labels['grand_total']}{labels['colon']} {total}", "h2"))
    return out


def _net_charts(db: Database, found: list[Alert], labels: Labels, style: dict, page: float) -> list:
    """For each low tulle or net, what it had at each month's end against its minimum: two
    charts a row (reportlab's own bar charts)."""
    from ..language.vocabulary import NET_KINDS
    from ..services import usage_charts
    from ..services.stock import get_material
    from .charts import on_hand_chart

    low = [
        a for a in found if a.kind == "material" and get_material(db, a.item_id).kind in NET_KINDS
    ]
    if not low:
        return []
    width = (page - 2 * MARGIN) / 2
    drawings = [
        on_hand_chart(
            usage_charts.material_use(db, alert.item_id, months=6),
            labels.language,
            alert.what,
            labels["minimum"],
            width - 6,
            130,
        )
        for alert in low
    ]
    rows = [
        drawings[n : n + 2] + [""] * (2 - len(drawings[n : n + 2]))
        for n in range(0, len(drawings), 2)
    ]
    grid = Table(rows, colWidths=[width, width])
    grid.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), fonts.REGULAR)])
    )
    return [Paragraph(markup(labels["net_charts"]), style["h2"]), grid]
