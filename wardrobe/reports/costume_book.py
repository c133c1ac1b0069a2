"""A production's costume book: for each role, its pieces with their main photo, tag, type,
colour and the dancers they were made for; printed in the language and on the paper of the
company that owns the production."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, NextPageTemplate, Paragraph, Spacer
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..errors import NotFound
from ..language.folding import fold_loose
from ..language.i18n import N_
from ..models import Company, CostumeItem, Production
from ..records import CompanyRecord
from ..services import convert, lookup, photos
from ..store.database import Database
from ..store.sorting import key as reading_order
from . import fonts
from .fitting_sheet import PrintResult
from .layout import MARGIN, PAPERS, Document, SheetStart, draw_header, grid_table, styles
from .pictures import photo
from .printed_words import Labels
from .safe_text import GlyphReport, markup


@dataclass(frozen=True)
class BookPiece:
    tag: str
    name: str
    piece_type: str
    colour: str
    made_for: str
    photo: bytes | None  # its main photo (JPEG), if it has one


@dataclass(frozen=True)
class CostumeBook:
    company: CompanyRecord
    production: str
    roles: tuple[tuple[str, tuple[BookPiece, ...]], ...]  # role, its pieces

    @property
    def pieces(self) -> int:
        return sum(len(pieces) for _role, pieces in self.roles)

    @property
    def photographed(self) -> int:
        return sum(1 for _r, pieces in self.roles for piece in pieces if piece.photo)


def costume_book(db: Database, production: str, company: str | int | None = None) -> CostumeBook:
    with db.read() as session:
        company_id = lookup.company(session, company).id if company is not None else None
        wanted = fold_loose(production)
        found = [
            p
            for p in session.scalars(select(Production))
            if fold_loose(p.title) == wanted and company_id in (None, p.company_id)
        ]
        if len(found) != 1:
            raise NotFound(what=N_("production"), key=production)
        chosen = found[0]
        owner = session.get(Company, chosen.company_id)
        assert owner is not None
        items = list(
            session.scalars(
                select(CostumeItem)
                .options(joinedload(CostumeItem.role), joinedload(CostumeItem.built_for))
                .where(CostumeItem.production_id == chosen.id, CostumeItem.condition != "retired")
                .order_by(CostumeItem.tag)
            )
        )
        pictures = photos.mains(session, [i.id for i in items], thumb=False)
        by_role: dict[str, list[BookPiece]] = defaultdict(list)
        for item in items:
            by_role[item.role.name if item.role else ""].append(
                BookPiece(
                    tag=item.tag,
                    name=item.name,
                    piece_type=item.piece_type,
                    colour=item.colour,
                    made_for=item.built_for.name if item.built_for else item.size,
                    photo=pictures.get(item.id),
                )
            )
        roles = tuple(
            (role, tuple(by_role[role]))
            for role in sorted(by_role, key=lambda r: (r == "", reading_order(r)))
        )
        return CostumeBook(convert.company_record(owner), chosen.title, roles)


def render_costume_book(book: CostumeBook, target: str | Path | BinaryIO) -> PrintResult:
    fonts.register()
    labels = Labels(book.company.language)
    doc = Document(
        str(target) if isinstance(target, Path) else target,
        f"Costume book: {book.production}",
        [book.company.paper],
    )
    style = styles()
    glyphs = GlyphReport()
    width = PAPERS[book.company.paper][0] - 2 * MARGIN

    def p(text: str, kind: str = "cell") -> Paragraph:
        return Paragraph(markup(text, glyphs), style[kind])

    story: list = [NextPageTemplate(book.company.paper), SheetStart(doc, book)]
    if not book.roles:
        story.append(p(labels["no_pieces_book"], "body"))
    for role, pieces in book.roles:
        rows = [[p(labels[k], "head") for k in ("photo", "tag", "piece", "colour", "made_for")]]
        for piece in pieces:
            rows.append(
                [
                    photo(piece.photo, 38 * mm, 48 * mm) if piece.photo else p("—"),
                    p(piece.tag, "cell_bold"),
                    [p(piece.name), p(labels.word(piece.piece_type), "small")],
                    p(piece.colour),
                    p(piece.made_for),
                ]
            )
        heading = p(role or labels["no_role"], "h2")
        heading.keepWithNext = True  # never a role's name alone at the foot of a page
        table = grid_table(rows, width, [24, 14, 30, 14, 18])
        # A short role stays with its heading; a long one may break across pages.
        story += [KeepTogether([heading, table])] if len(rows) < 4 else [heading, table]
        story.append(Spacer(1, 4))
    doc.header = _header
    doc.build(story)
    return PrintResult(pages=doc.page, sheets=1, warnings=tuple(glyphs.warnings()))


def _header(canvas, doc: Document) -> None:  # noqa: ANN001
    book: CostumeBook | None = doc.sheet
    if book is not None:
        labels = Labels(book.company.language)
        title = labels["costume_book"].format(production=book.production)
        draw_header(canvas, doc, title, book.company.name, labels["page"])
