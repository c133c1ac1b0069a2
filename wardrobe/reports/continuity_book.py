"""A production's continuity book, part by part in running order: each role's look with how it
is worn, and for each dancer of the role (her double just after her) her pieces with their
tags and where each is now, beside a reference photo (the look's photo of her, else its newest,
else the main photo of her first piece). Also a dancer's own plot: her looks in running order,
her pieces and where each is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, Paragraph, Spacer

from ..models import Company, Dancer
from ..records import CastRecord, CompanyRecord, DancerInPart, PartRecord, WornPiece
from ..services import convert, costume_plot, look_photos, lookup, photos
from ..services.costume_plot import read_dressing
from ..store.database import Database
from . import fonts
from .fitting_sheet import PrintResult
from .layout import MARGIN, Document, SheetStart, draw_header, grid_table, page_size, styles
from .pictures import photo
from .printed_words import Labels
from .safe_text import GlyphReport, markup


@dataclass(frozen=True)
class Dressed:
    """One dancer in one look: who, her cast, her pieces, a reference photo (JPEG)."""

    casting: CastRecord
    pieces: tuple[WornPiece, ...]
    picture: bytes | None


@dataclass(frozen=True)
class LookOnStage:
    role: str
    look: str
    notes: str
    dancers: tuple[Dressed, ...]


@dataclass(frozen=True)
class ContinuityBook:
    company: CompanyRecord
    production: str
    parts: tuple[tuple[PartRecord, tuple[LookOnStage, ...]], ...]


def _in_order(casts: list[CastRecord]) -> list[CastRecord]:
    """First cast first; each double just after her principal."""
    principals = [c for c in casts if not c.double_of_id]
    ordered = []
    for casting in sorted(principals, key=lambda c: (c.cast_number, c.alternate, c.dancer)):
        ordered.append(casting)
        ordered += [c for c in casts if c.double_of_id == casting.dancer_id]
    return ordered + [c for c in casts if c not in ordered]


def continuity_book(db: Database, production_id: int) -> ContinuityBook:
    with db.read() as session:
        dressing = read_dressing(session, production_id)
        owner = session.get(Company, dressing.company_id)
        assert owner is not None
        title = lookup.production_title(session, production_id)
        parts = []
        first_pieces: dict[tuple[int, int], int] = {}
        for part in dressing.parts:
            on_stage = []
            for role_id, role in dressing.roles.items():
                look = dressing.look_of(role_id, part.id)
                if look is None:
                    continue
                casts = _in_order([c for c in dressing.casts if c.role_id == role_id])
                dancers = []
                for casting in casts:
                    worn = dressing.pieces_for(look, casting.dancer_id)
                    first = next((w.costume_id for w in worn if w.costume_id), None)
                    if first is not None:
                        first_pieces[(look.id, casting.dancer_id)] = first
                    dancers.append((casting, worn, first))
                on_stage.append((role, look, dancers))
            parts.append((part, on_stage))
        pictures = photos.mains(session, sorted(set(first_pieces.values())), thumb=True)
        shots = look_photos.look_photos(db, list(dressing.looks))

        def reference(look_id: int, casting: CastRecord, first: int | None) -> bytes | None:
            """The look's photo of her, else its newest, else her first piece's main one."""
            taken = shots.get(look_id, [])
            hers = [t for t in taken if t.worn_by == casting.dancer] or taken
            return hers[0].thumb if hers else pictures.get(first or 0)

        return ContinuityBook(
            convert.company_record(owner),
            title,
            tuple(
                (
                    part,
                    tuple(
                        LookOnStage(
                            role,
                            look.name,
                            look.notes,
                            tuple(Dressed(c, w, reference(look.id, c, f)) for c, w, f in dancers),
                        )
                        for role, look, dancers in on_stage
                    ),
                )
                for part, on_stage in parts
            ),
        )


def _pieces_text(worn: tuple[WornPiece, ...], labels: Labels, esc: Callable[[str], str]) -> str:
    """Each piece on a line, "tutu: <b>BN-000501</b> · Salle des palans / Palan 3", every
    name escaped (``esc``) so that it prints exactly as typed."""
    lines = []
    for piece in worn:
        said = esc(piece.piece.description or labels.word(piece.piece.piece_type))
        if piece.tag:
            where = f" · {esc(piece.location)}" if piece.location else ""
            status = "" if piece.status == "in_store" else f" · {esc(labels.word(piece.status))}"
            lines.append(f"{said}: <b>{esc(piece.tag)}</b>{where}{status}")
        else:
            lines.append(f"{said}: <i>{esc(labels['how_' + piece.how])}</i>")
    return "<br/>".join(lines)


def _who(casting: CastRecord, labels: Labels, esc: Callable[[str], str]) -> str:
    said = [labels["cast_n"].format(cast=casting.cast_number)]
    if casting.alternate:
        said.append(labels["alternate"])
    if casting.double_of:
        said.append(labels["double_of_name"].format(principal=casting.double_of))
    return f"<b>{esc(casting.dancer)}</b><br/>{esc(', '.join(said))}"


class _Printing:
    """A portrait document on the company's paper, and the paragraphs of its text: ``p`` a
    paragraph (``marked``: our own <b>, <i>, <br/> kept, the names in it already escaped by
    ``esc``, so that each prints exactly as typed)."""

    def __init__(self, company: CompanyRecord, target: str | Path | BinaryIO, title: str):
        fonts.register()
        self.labels = Labels(company.language)
        self.paper = company.paper
        self.doc = Document(
            str(target) if isinstance(target, Path) else target, title, [self.paper]
        )
        self.style = styles()
        self.glyphs = GlyphReport()
        self.width = page_size(self.paper)[0] - 2 * MARGIN

    def p(self, text: str, kind: str = "cell", *, marked: bool = False) -> Paragraph:
        return Paragraph(text if marked else markup(text, self.glyphs), self.style[kind])

    def esc(self, text: str) -> str:
        return markup(text, self.glyphs)

    def result(self) -> PrintResult:
        return PrintResult(pages=self.doc.page, sheets=1, warnings=tuple(self.glyphs.warnings()))


def render_continuity_book(book: ContinuityBook, target: str | Path | BinaryIO) -> PrintResult:
    out = _Printing(book.company, target, f"Continuity book: {book.production}")
    labels, doc, p, esc, width = out.labels, out.doc, out.p, out.esc, out.width
    story: list = [NextPageTemplate(out.paper), SheetStart(doc, book)]
    if not book.parts:
        story.append(p(labels["no_parts"], "body"))
    for part, on_stage in book.parts:
        when = (
            f" · {labels['minutes_in'].format(minutes=part.starts_min)}"
            if part.starts_min is not None
            else ""
        )
        heading: list = [p(f"{part.label} {part.title}{when}".strip(), "h2")]
        if not on_stage:
            story += heading + [p(labels["no_looks_part"], "small")]
        for look in on_stage:
            rows: list[list] = [
                [p(labels[k], "head") for k in ("reference", "dancer", "dancers_pieces")]
            ]
            for dressed in look.dancers:
                rows.append(
                    [
                        photo(dressed.picture, 22 * mm, 28 * mm) if dressed.picture else p("—"),
                        p(_who(dressed.casting, labels, esc), marked=True),
                        p(_pieces_text(dressed.pieces, labels, esc), marked=True),
                    ]
                )
            # The part's heading stays with its first look, a look's title with its table; a
            # table longer than a page goes on over the next, its heading repeated.
            block: list = heading + [p(f"{look.role} · {look.look}", "cell_bold")]
            if look.notes:
                block.append(p(f"{labels['worn']}: {look.notes}", "small"))
            block += [grid_table(rows, width, [16, 26, 58]), Spacer(1, 4)]
            story.append(KeepTogether(block))
            heading = []
    doc.header = _book_header
    doc.build(story)
    return out.result()


def _book_header(canvas, doc: Document) -> None:  # noqa: ANN001
    book: ContinuityBook | None = doc.sheet
    if book is not None:
        labels = Labels(book.company.language)
        title = labels["continuity_book"].format(production=book.production)
        draw_header(canvas, doc, title, book.company.name, labels["page"])


# -- a dancer's own plot ----------------------------------------------------------------------
@dataclass(frozen=True)
class DancerPlotSheet:
    company: CompanyRecord
    production: str
    dancer: str
    parts: tuple[DancerInPart, ...]


def dancer_plot_sheet(db: Database, production_id: int, dancer: str | int) -> DancerPlotSheet:
    hers = costume_plot.dancer_plot(db, production_id, dancer)
    with db.read() as session:
        production_title = lookup.production_title(session, production_id)
        who = lookup.dancer(session, dancer)
        owner = session.get(Company, who.company_id)
        assert owner is not None and isinstance(who, Dancer)
        return DancerPlotSheet(
            convert.company_record(owner), production_title, who.name, tuple(hers)
        )


def render_dancer_plot(sheet: DancerPlotSheet, target: str | Path | BinaryIO) -> PrintResult:
    out = _Printing(sheet.company, target, f"{sheet.dancer}: {sheet.production}")
    labels, doc, p, esc, width = out.labels, out.doc, out.p, out.esc, out.width
    story: list = [NextPageTemplate(out.paper), SheetStart(doc, sheet)]
    if not sheet.parts:
        story.append(p(labels["no_plot_dancer"], "body"))
    else:
        rows: list[list] = [
            [p(labels[k], "head") for k in ("part", "look", "dancers_pieces", "worn")]
        ]
        for dressed in sheet.parts:
            part = dressed.part
            rows.append(
                [
                    [p(part.label, "cell_bold"), p(part.title, "small")],
                    [p(dressed.look, "cell_bold"), p(dressed.role, "small")],
                    p(_pieces_text(dressed.pieces, labels, esc), marked=True),
                    p(dressed.notes, "small"),
                ]
            )
        story.append(grid_table(rows, width, [14, 20, 46, 20]))
    doc.header = _dancer_header
    doc.build(story)
    return out.result()


def _dancer_header(canvas, doc: Document) -> None:  # noqa: ANN001
    sheet: DancerPlotSheet | None = doc.sheet
    if sheet is not None:
        labels = Labels(sheet.company.language)
        title = labels["dancer_plot"].format(dancer=sheet.dancer, production=sheet.production)
        draw_header(canvas, doc, title, sheet.company.name, labels["page"])
