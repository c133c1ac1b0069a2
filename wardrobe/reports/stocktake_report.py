"""The report of a stocktake: the place counted, who counted and when, then what was found,
missing, misplaced (moved here or left as recorded) and the tags nobody knows. Printed in the
language and on the paper of the company whose place it is."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import NextPageTemplate, Paragraph, Table

from ..services.stocktake import CountedItem, StocktakeState
from . import fonts
from .fitting_sheet import PrintResult
from .layout import MARGIN, PAPERS, Document, SheetStart, day, draw_header, grid_table, styles
from .printed_words import Labels
from .safe_text import GlyphReport, markup


def render_stocktake_report(state: StocktakeState, target: str | Path | BinaryIO) -> PrintResult:
    fonts.register()
    labels = Labels(state.language)
    lang = labels.language
    doc = Document(
        str(target) if isinstance(target, Path) else target, "Stocktake report", [state.paper]
    )
    style = styles()
    glyphs = GlyphReport()
    width = PAPERS[state.paper][0] - 2 * MARGIN

    def p(text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, glyphs), style[kind])

    started = day(state.started_at.date(), lang)
    if state.finished_at is not None:
        who = labels["counted_by"].format(
            start=started,
            who=state.started_by,
            end=day(state.finished_at.date(), lang),
            finisher=state.finished_by,
        )
    else:
        who = labels["under_way"].format(start=started, who=state.started_by)
    summary = labels["summary"].format(
        found=len(state.found),
        missing=len(state.missing),
        misplaced=len(state.misplaced),
        unknown=len(state.unknown),
    )
    story: list = [NextPageTemplate(state.paper), SheetStart(doc, state)]
    story += [p(who, "body"), p(summary, "h2")]

    def table(items: tuple[CountedItem, ...], last: str, value) -> Table:  # noqa: ANN001
        rows = [[p(labels[k], "head") for k in ("tag", "piece", "recorded_at")] + [last]]
        for item in items:
            rows.append(
                [p(item.tag, "cell_bold"), p(item.name), p(item.recorded_at), p(value(item))]
            )
        return grid_table(rows, width, [16, 40, 28, 16])

    for key, items in (("missing", state.missing), ("misplaced", state.misplaced)):
        story.append(p(f"{labels[key]} ({len(items)})", "h2"))
        if not items:
            story.append(p(labels["no_item"], "body"))
        elif key == "missing":
            story.append(table(items, p(labels["status"], "head"), lambda i: labels.word(i.status)))
        else:
            story.append(
                table(
                    items,
                    p("", "head"),
                    lambda i: labels["moved_here"] if i.move_here else labels["left_there"],
                )
            )
    story.append(p(f"{labels['unknown_tags']} ({len(state.unknown)})", "h2"))
    story.append(p(", ".join(state.unknown) if state.unknown else labels["no_tag"], "body"))
    story.append(p(f"{labels['found']} ({len(state.found)})", "h2"))
    if state.found:
        story.append(
            table(state.found, p(labels["status"], "head"), lambda i: labels.word(i.status))
        )
    else:
        story.append(p(labels["no_item"], "body"))
    doc.header = _header
    doc.build(story)
    return PrintResult(pages=doc.page, sheets=1, warnings=tuple(glyphs.warnings()))


def _header(canvas, doc: Document) -> None:  # noqa: ANN001
    state: StocktakeState | None = doc.sheet
    if state is not None:
        labels = Labels(state.language)
        title = labels["stocktake_report"].format(place=state.place)
        draw_header(canvas, doc, title, f"{state.company} · {state.place_code}", labels["page"])
