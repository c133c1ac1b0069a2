"""A build's work sheet and a production's cost report, in the company's language on its
paper. The work sheet: the build's pattern, production and due day; each piece with its dancer
and her latest measurements; the stages in order with their standard hours and boxes to fill
in and sign; the materials with what is needed, held and used. The cost report: each build's
materials and hours, the purchase orders charged to the production, the pointe shoes issued to
its cast; the total against the budget; what has no cost recorded."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import NextPageTemplate, Paragraph

from ..language.vocabulary import stock_amount
from ..records import BuildRecord, MeasurementRecord, ProductionCost
from ..services.costs import HOURS_UNPRICED, POINTE_UNPRICED
from . import fonts
from .fitting_sheet import PrintResult
from .layout import (
    MARGIN,
    PAPERS,
    Document,
    SheetStart,
    draw_header,
    grid_table,
    length,
    money,
    styles,
)
from .printed_words import Labels
from .safe_text import GlyphReport, markup

Target = str | Path | BinaryIO
# The measures a maker reads off a work sheet (the fitting sheet has them all).
WORK_MEASURES = ("height", "chest", "underbust", "waist", "hips", "girth", "nape_to_waist")


@dataclass(frozen=True)
class WorkSheet:
    build: BuildRecord
    language: str
    paper: str
    units: str
    measured: dict[int, MeasurementRecord]  # the latest of each dancer of the build


class _Sheet:
    def __init__(
        self, kind: str, title: str, company: str, language: str, paper: str, target: Any
    ) -> None:
        fonts.register()
        self.labels = Labels(language)
        self.doc = Document(str(target) if isinstance(target, Path) else target, kind, [paper])
        self.style, self.glyphs = styles(), GlyphReport()
        self.width = PAPERS[paper][0] - 2 * MARGIN
        self.story: list = [
            NextPageTemplate(paper),
            SheetStart(self.doc, (self.labels[kind].format(title=title), company, self.labels)),
        ]

    def p(self, text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, self.glyphs), self.style[kind])

    def build(self) -> PrintResult:
        self.doc.header = _header
        self.doc.build(self.story)
        return PrintResult(pages=self.doc.page, sheets=1, warnings=tuple(self.glyphs.warnings()))


def _header(canvas: Any, doc: Document) -> None:
    if doc.sheet is not None:
        title, company, labels = doc.sheet
        draw_header(canvas, doc, title, company, labels["page"])


def _hours(minutes: int | None) -> str:
    return "" if minutes is None else f"{minutes / 60:g} h"


def _amount(quantity: int, unit: str, labels: Labels) -> str:
    return stock_amount(quantity, unit).say(labels.language)


def render_work_sheet(sheet: WorkSheet, target: Target) -> PrintResult:
    build = sheet.build
    out = _Sheet(
        "work_sheet",
        f"{build.number} {build.title}",
        build.company,
        sheet.language,
        sheet.paper,
        target,
    )
    labels, p, story = out.labels, out.p, out.story
    facts = [labels["build_due"].format(due=build.due_on.isoformat())]
    if build.pattern:
        facts.append(labels["build_pattern"].format(pattern=build.pattern))
    if build.production:
        facts.append(f"{build.production}" + (f" · {build.role}" if build.role else ""))
    if build.piece_type == "tutu" and build.net_layers:
        facts.append(
            labels["tutu_layers"].format(
                style=labels.word(build.tutu_style), layers=build.net_layers
            )
        )
    story.append(p(" · ".join(facts), "body"))
    story.append(p(labels["pieces_to_make"], "h2"))
    if not any(piece.dancer_id for piece in build.pieces):  # made for no one: no measurements
        tags = ", ".join(piece.tag for piece in build.pieces if piece.tag)
        said = labels["pieces_for_no_one"].format(count=len(build.pieces))
        story.append(p(f"{said} {tags}".strip(), "body"))
    else:
        _measured_pieces(out, sheet)
    _stages_and_materials(out, build)
    return out.build()


def _measured_pieces(out: _Sheet, sheet: WorkSheet) -> None:
    labels, p, story, build = out.labels, out.p, out.story, sheet.build
    heads = [labels["dancer"], *(labels.word(k) for k in WORK_MEASURES)]
    rows = [[p(h, "head") for h in heads]]
    for piece in build.pieces:
        taken = sheet.measured.get(piece.dancer_id or 0)
        values = [
            length(taken.values.get(k) if taken else None, sheet.units, sheet.language)
            for k in WORK_MEASURES
        ]
        who = piece.dancer or labels["no_one"]
        rows.append([p(f"{piece.position}. {who}\n{piece.tag}".strip()), *(p(v) for v in values)])
    story.append(grid_table(rows, out.width, [23.0] + [11.0] * len(WORK_MEASURES)))


def _stages_and_materials(out: _Sheet, build: BuildRecord) -> None:
    labels, p, story = out.labels, out.p, out.story
    story.append(p(labels["stages"], "h2"))
    rows = [
        [
            p(labels[k], "head")
            for k in ("stage", "standard", "maker", "done_on", "hours_worked", "signed")
        ]
    ]
    for stage in build.stages:
        name = f"{stage.position}. {stage.name}" + (
            f" ({labels['fitting_stage']})" if stage.fitting else ""
        )
        rows.append(
            [
                p(name + (f"\n{stage.note}" if stage.note else "")),
                p(_hours(stage.minutes)),
                p(stage.done_by if stage.done_on else ""),
                p(stage.done_on.isoformat() if stage.done_on else "☐"),
                p(_hours(stage.worked_minutes)),
                p(""),
            ]
        )
    story.append(grid_table(rows, out.width, [34, 11, 16, 13, 11, 15]))
    story.append(p(labels["materials"], "h2"))
    rows = [[p(labels[k], "head") for k in ("material", "needed", "held", "used")]]
    for m in build.materials:
        rows.append(
            [
                p(m.material),
                *(p(_amount(q, m.unit, labels)) for q in (m.needed, m.reserved, m.used)),
            ]
        )
    story.append(grid_table(rows, out.width, [46, 18, 18, 18]))


def render_cost_report(
    cost: ProductionCost, language: str, paper: str, target: Target
) -> PrintResult:
    out = _Sheet("cost_report", cost.production, cost.company, language, paper, target)
    labels, p, story = out.labels, out.p, out.story

    def m(minor: int | None) -> str:
        return money(minor, cost.currency, language)

    rows = [[p(labels[k], "head") for k in ("what", "materials", "hours", "labour", "cost_total")]]
    for b in cost.builds:
        state = labels["estimated"] if b.estimated else ""
        rows.append(
            [
                p(f"B-{b.build_id:04d} {b.title} {state}".strip()),
                p(m(b.materials)),
                p(f"{b.hours:g} h"),
                p(m(b.labour)),
                p(m(b.total), "cell_bold"),
            ]
        )
    for order in cost.orders:
        rows.append(
            [
                p(labels["order_charged"].format(number=order.what)),
                p(""),
                p(""),
                p(""),
                p(m(order.amount), "cell_bold"),
            ]
        )
    rows.append(
        [
            p(labels["pointe_issued"].format(pairs=cost.pointe.what)),
            p(""),
            p(""),
            p(""),
            p(m(cost.pointe.amount), "cell_bold"),
        ]
    )
    rows.append(
        [p(labels["cost_total"], "cell_bold"), p(""), p(""), p(""), p(m(cost.total), "cell_bold")]
    )
    story.append(grid_table(rows, out.width, [40, 15, 10, 15, 20], total_span=4))
    if cost.budget is not None and cost.left is not None:
        key = "budget_left" if cost.left >= 0 else "budget_over"
        story.append(p(labels[key].format(budget=m(cost.budget), left=m(abs(cost.left))), "h2"))
    else:
        story.append(p(labels["no_budget"], "body"))
    if cost.unpriced:
        said = {
            HOURS_UNPRICED: labels["hours_unpriced"],
            POINTE_UNPRICED: labels["pointe_unpriced"],
        }
        names = ", ".join(said.get(u, u) for u in cost.unpriced)
        story.append(p(labels["unpriced"].format(what=names), "body"))
    return out.build()


def work_sheet(db: Any, build_id: int) -> WorkSheet:
    """A build's work sheet: the build, its company's language, paper and units, and the
    latest measurements of each of its dancers (read once each)."""
    from ..records import current_measurements
    from ..services import builds, companies, dancers

    build = builds.build(db, build_id)
    company = companies.get_company(db, build.company_id)
    measured = {}
    for piece in build.pieces:
        if piece.dancer_id is not None:
            latest = current_measurements(dancers.measurement_history(db, piece.dancer_id))
            if latest is not None:
                measured[piece.dancer_id] = latest
    return WorkSheet(build, company.language, company.paper, company.units, measured)
