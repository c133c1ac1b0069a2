"""A date's call sheet and its pull list, in the company's language, on its paper: the call
sheet lists each dancer called with her call time, her first entrance, her looks in running
order with their pieces' tags (her pointe shoes), then what is not ready; the pull list lists
every piece in the walking order of the store, with a box to tick and whom it is for."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import NextPageTemplate, Paragraph

from ..records import Call, EventRecord
from ..services.pulls import PullList
from . import fonts
from .fitting_sheet import PrintResult
from .layout import (
    MARGIN,
    PAPERS,
    Document,
    SheetStart,
    draw_header,
    grid_table,
    styles,
)
from .long_lists import grid_tables, wrapped
from .printed_words import Labels
from .safe_text import GlyphReport, markup


def _event_line(event: EventRecord, labels: Labels) -> str:
    return labels["event_line"].format(
        kind=labels.word(event.kind),
        day=event.starts_at.strftime("%d/%m/%Y" if labels.language == "fr" else "%m/%d/%Y"),
        time=event.starts_at.strftime("%H:%M"),
        time_zone=event.time_zone,
        venue=f" · {event.venue}" if event.venue else "",
    )


class DateSheet:
    """A sheet of a date in a company's language, on its paper: the document, its labels, the
    width of its text, and ``p(text)``: a paragraph of it."""

    def __init__(
        self, kind: str, event: EventRecord, language: str, paper: str, target: Any
    ) -> None:
        fonts.register()
        self.labels = Labels(language)
        self.doc = Document(str(target) if isinstance(target, Path) else target, kind, [paper])
        self.style, self.glyphs = styles(), GlyphReport()
        self.width = PAPERS[paper][0] - 2 * MARGIN
        self.story: list = [
            NextPageTemplate(paper),
            SheetStart(self.doc, (kind, event, self.labels)),
            self.p(_event_line(event, self.labels), "body"),
        ]

    def p(self, text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, self.glyphs), self.style[kind])

    def build(self) -> PrintResult:
        self.doc.header = date_header
        self.doc.build(self.story)
        return PrintResult(pages=self.doc.page, sheets=1, warnings=tuple(self.glyphs.warnings()))


def render_call_sheet(
    call: Call, language: str, paper: str, target: str | Path | BinaryIO
) -> PrintResult:
    sheet = DateSheet("call_sheet", call.event, language, paper, target)
    labels, p = sheet.labels, sheet.p
    story = sheet.story
    story.append(
        p(
            labels["call_counts"].format(
                dancers=len(call.dancers), pieces=call.pieces, missing=len(call.not_ready)
            ),
            "body",
        )
    )
    rows = [[p(labels[k], "head") for k in ("called_at", "dancer", "on_stage", "looks_and_pieces")]]
    for dancer in call.dancers:
        notes = []
        if dancer.replaces:
            notes.append(labels["for_dancer"].format(dancer=dancer.replaces))
        if dancer.double_of:
            notes.append(labels["double_of_name"].format(principal=dancer.double_of))
        lines = []
        for look in dancer.looks:
            tags = ", ".join(
                labels[f"{w.how}_short"] if w.how in ("to_make", "to_assign") else w.tag
                for w in look.pieces
            )
            lines.append(f"{look.part.label} · {look.role} · {look.look}: {tags}")
        if dancer.pointe is not None:
            lines.append(
                labels["pointe_to_issue"].format(
                    pairs=dancer.pointe.pairs, on_hand=dancer.pointe.on_hand
                )
            )
        who = "\n".join(
            [dancer.dancer, ", ".join(dancer.roles), *(["; ".join(notes)] if notes else [])]
        )
        rows.append(
            [
                p(dancer.called_at.strftime("%H:%M"), "cell_bold"),
                p(who),
                p(dancer.on_stage_at.strftime("%H:%M") if dancer.on_stage_at else "—"),
                p("\n".join(lines), "small"),
            ]
        )
    story.append(grid_table(rows, sheet.width, [9, 26, 9, 56]))
    story.append(p(labels["not_ready"], "h2"))
    if not call.not_ready:
        story.append(p(labels["all_ready"], "body"))
    for problem in call.not_ready:
        where = f"{problem.part} · " if problem.part else ""
        said = problem.said.say(labels.language)
        story.append(p(f"{where}{problem.dancer} ({problem.role}): {said}", "body"))
    return sheet.build()


def render_pull_list(
    listed: PullList, language: str, paper: str, target: str | Path | BinaryIO
) -> PrintResult:
    sheet = DateSheet("pull_list", listed.event, language, paper, target)
    labels, p = sheet.labels, sheet.p
    sheet.story.append(
        p(labels["pull_counts"].format(pulled=listed.pulled, pieces=len(listed.rows)), "body")
    )
    head = [p(labels[k], "head") for k in ("pulled", "place", "tag", "piece", "dancer")]
    percents = [9.0, 26.0, 14.0, 27.0, 24.0]
    faces = (
        (fonts.REGULAR, 8.5),
        (fonts.REGULAR, 8.5),
        (fonts.BOLD, 8.5),
        (fonts.REGULAR, 8.5),
        (fonts.REGULAR, 8),
    )
    room = [sheet.width * share / 100 - 12 for share in percents]  # the cells' padding off

    def cell(text: str, column: int) -> str:
        font, size = faces[column]
        return wrapped(text, room[column], font, size, sheet.glyphs)

    rows = []
    for row in listed.rows:
        state = "" if row.status == "in_store" else f" ({labels.word(row.status)})"
        rows.append(
            [
                "☑" if row.pulled_at is not None else "☐",
                cell(row.place or labels["no_place"], 1),
                cell(row.tag, 2),
                cell(row.name + state, 3),
                cell(f"{row.dancer}\n{row.role}, {row.part}", 4),
            ]
        )
    sheet.story.extend(grid_tables(head, rows, sheet.width, percents, fonts_by_column=faces))
    return sheet.build()


def date_header(canvas: Any, doc: Document) -> None:
    sheet = doc.sheet
    if sheet is not None:
        kind, event, labels = sheet
        title = labels[kind].format(production=event.production)
        draw_header(canvas, doc, title, event.company, labels["page"])
