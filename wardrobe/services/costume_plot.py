"""The costume plot, resolved: for every part of the running order, the look each role wears
and, for each dancer cast in it, her pieces (made for her, a copy given to her, or still to
assign or to make), read in a handful of queries whatever the production's size."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..language.folding import fold
from ..models import (
    Alteration,
    Company,
    CostumeItem,
    Loan,
    Look,
    LookInPart,
    LookPiece,
    PieceAssignment,
    Production,
    ProductionPart,
    Role,
    Tutu,
)
from ..records import (
    CastRecord,
    DancerInPart,
    LookPieceRecord,
    LookRecord,
    PartRecord,
    Plot,
    WornPiece,
)
from ..store.database import Database
from . import lookup
from .casting import cast_records
from .lookup import NotFound, Ref
from .running_order import part_record, parts_of, production_record


@dataclass(frozen=True)
class _Item:
    id: int
    tag: str
    name: str
    status: str
    location_id: int | None
    colour: str
    condition: str
    company_id: int
    built_for_id: int | None
    role_id: int | None
    piece_type: str
    tutu: tuple[str, int] | None
    out_to_id: int | None = None


@dataclass
class Dressing:
    """Everything the plot, the checks and a dancer's own plot read of a production."""

    production_id: int
    company_id: int
    parts: list[PartRecord]
    roles: dict[int, str]
    casts: list[CastRecord]
    looks: dict[int, LookRecord]
    worn: dict[tuple[int, int], int]  # (role_id, part_id) -> look_id
    made: dict[tuple[int | None, str, int], list[_Item]]  # (role, type, dancer) -> items
    copies: dict[tuple[int | None, str], list[_Item]]  # (role, type) -> items made for no one
    assigned: dict[tuple[int, int], _Item]  # (piece_id, dancer_id) -> item
    altering: set[int] = field(default_factory=set)  # items with an open alteration
    lent_to: dict[int, tuple[int | None, str]] = field(default_factory=dict)
    paths: dict[int, str] = field(default_factory=dict)
    resolved: dict[tuple[int, int], tuple[WornPiece, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.given_ids = {item.id for item in self.assigned.values()}  # not free to assign

    def look_of(self, role_id: int, part_id: int) -> LookRecord | None:
        look_id = self.worn.get((role_id, part_id))
        return self.looks.get(look_id) if look_id is not None else None

    def pieces_for(self, look: LookRecord, dancer_id: int) -> tuple[WornPiece, ...]:
        """The look's pieces as ``dancer_id`` wears them: the item given to her for a piece,
        else one made for her of its type (the one whose name says the piece's description
        first: Aurora's "Act III tutu" for the wedding), each item once in a look. Read once
        per look and dancer, whatever the parts she wears it in."""
        known = self.resolved.get((look.id, dancer_id))
        if known is not None:
            return known
        used: set[int] = set()
        worn = []
        given = self.given_ids
        for piece in look.pieces:
            item = self.assigned.get((piece.id, dancer_id))
            how = "assigned"
            if item is None:
                mine = self.made.get((look.role_id, piece.piece_type, dancer_id), [])
                if len(mine) > 1:  # which of hers: the one its description names first
                    said = _named(piece.description)
                    mine = sorted(mine, key=lambda i: (not said(i.name), i.tag))
                item = next((i for i in mine if i.id not in used), None)
                how = "made"
            if item is None:
                free = [
                    c
                    for c in self.copies.get((look.role_id, piece.piece_type), [])
                    if c.id not in given
                ]
                worn.append(WornPiece(piece, "to_assign" if free else "to_make"))
                continue
            used.add(item.id)
            worn.append(self._worn(piece, how, item))
        self.resolved[(look.id, dancer_id)] = tuple(worn)
        return self.resolved[(look.id, dancer_id)]

    def giving(self, dancer_id: int, chosen: dict[int, str | None]) -> Dressing:
        """The dressing as it would be with the copies ``chosen`` (piece id -> tag, or None)
        given to the dancer: what a check would find before anything is saved."""
        known = {i.tag: i for i in self.assigned.values()}
        for items in (*self.copies.values(), *self.made.values()):
            known.update((i.tag, i) for i in items)
        assigned = dict(self.assigned)
        for piece_id, tag in chosen.items():
            assigned.pop((piece_id, dancer_id), None)
            if tag is not None and tag in known:
                assigned[(piece_id, dancer_id)] = known[tag]
        return replace(self, assigned=assigned, resolved={})

    def _worn(self, piece: LookPieceRecord, how: str, item: _Item) -> WornPiece:
        lent = self.lent_to.get(item.id)
        return WornPiece(
            piece,
            how,
            item.id,
            item.tag,
            item.name,
            item.status,
            self.paths.get(item.location_id or 0, ""),
            item.colour,
            item.condition,
            item.company_id,
            lent[1] if lent else "",
            item.tutu,
            item.id in self.altering,
            item.out_to_id,
        )


def _named(description: str) -> Callable[[str], bool]:
    """Whether an item's name says ``description`` as whole words, accents and case aside
    ("tutu acte I" is not said by "Tutu acte III — Aurore")."""
    if not description.strip():
        return lambda _name: False
    pattern = re.compile(rf"(?<!\w){re.escape(fold(description))}(?!\w)")
    return lambda name: pattern.search(fold(name)) is not None


def _look_records(session: Session, roles: dict[int, str]) -> dict[int, LookRecord]:
    """Every look of these roles, with its pieces and parts: three queries, whatever their
    number."""
    rows = session.execute(
        select(Look.id, Look.role_id, Look.name, Look.notes, Look.version).where(
            Look.role_id.in_(list(roles) or [0])
        )
    ).all()
    ids = [r.id for r in rows] or [0]
    pieces: dict[int, list[LookPieceRecord]] = defaultdict(list)
    for p in session.execute(
        select(
            LookPiece.look_id,
            LookPiece.id,
            LookPiece.position,
            LookPiece.piece_type,
            LookPiece.description,
        )
        .where(LookPiece.look_id.in_(ids))
        .order_by(LookPiece.look_id, LookPiece.position)
    ):
        pieces[p.look_id].append(LookPieceRecord(p.id, p.position, p.piece_type, p.description))
    parts: dict[int, list[int]] = defaultdict(list)
    for w in session.execute(
        select(LookInPart.look_id, LookInPart.part_id)
        .join(ProductionPart, ProductionPart.id == LookInPart.part_id)
        .where(LookInPart.look_id.in_(ids))
        .order_by(ProductionPart.position)
    ):
        parts[w.look_id].append(w.part_id)
    return {
        r.id: LookRecord(
            r.id,
            r.role_id,
            roles[r.role_id],
            r.name,
            r.notes,
            tuple(pieces[r.id]),
            tuple(parts[r.id]),
            r.version,
        )
        for r in rows
    }


def read_dressing(session: Session, production_id: int) -> Dressing:
    production = session.get(Production, production_id)
    if production is None:
        raise NotFound(what="production", key=str(production_id))
    parts = [part_record(p) for p in parts_of(session, production_id)]
    casts = cast_records(session, production_id)
    role_rows = session.execute(
        select(Role.id, Role.name).where(Role.production_id == production_id).order_by(Role.id)
    ).all()
    roles = {r.id: r.name for r in role_rows}
    looks = _look_records(session, roles)
    worn = {
        (r.role_id, r.part_id): r.look_id
        for r in session.execute(
            select(LookInPart.role_id, LookInPart.part_id, LookInPart.look_id).where(
                LookInPart.role_id.in_(list(roles) or [0])
            )
        )
    }
    piece_ids = [p.id for look in looks.values() for p in look.pieces]
    assignments = session.execute(
        select(
            PieceAssignment.piece_id, PieceAssignment.dancer_id, PieceAssignment.costume_id
        ).where(PieceAssignment.piece_id.in_(piece_ids or [0]))
    ).all()
    items = _items(session, production_id, [a.costume_id for a in assignments])
    made: dict[tuple[int | None, str, int], list[_Item]] = defaultdict(list)
    copies: dict[tuple[int | None, str], list[_Item]] = defaultdict(list)
    for item in sorted(items.values(), key=lambda i: i.tag):
        if item.role_id is None or (item.condition == "retired" and item.built_for_id is None):
            continue
        if item.built_for_id is not None:
            made[(item.role_id, item.piece_type, item.built_for_id)].append(item)
        else:
            copies[(item.role_id, item.piece_type)].append(item)
    ids = list(items)
    altering = set(
        session.scalars(
            select(Alteration.costume_id).where(
                Alteration.costume_id.in_(ids or [0]), Alteration.done_on.is_(None)
            )
        )
    )
    lent = {
        row.item_id: (row.borrower_company_id, row.borrower)
        for row in session.execute(
            select(Loan.item_id, Loan.borrower_company_id, Loan.borrower).where(
                Loan.item_id.in_(ids or [0]), Loan.returned_on.is_(None)
            )
        )
    }
    return Dressing(
        production_id,
        production.company_id,
        parts,
        roles,
        casts,
        looks,
        worn,
        dict(made),
        dict(copies),
        {(a.piece_id, a.dancer_id): items[a.costume_id] for a in assignments},
        altering,
        lent,
        lookup.paths_of(session, {i.location_id for i in items.values()}),
    )


def _items(session: Session, production_id: int, also: list[int]) -> dict[int, _Item]:
    """The production's items (by its index), and the items given for its pieces."""
    stmt = select(
        CostumeItem.id,
        CostumeItem.tag,
        CostumeItem.name,
        CostumeItem.status,
        CostumeItem.location_id,
        CostumeItem.colour,
        CostumeItem.condition,
        CostumeItem.company_id,
        CostumeItem.built_for_id,
        CostumeItem.role_id,
        CostumeItem.piece_type,
        Tutu.style,
        Tutu.net_layers,
        CostumeItem.out_to_id,
    ).outerjoin(Tutu, Tutu.costume_id == CostumeItem.id)
    found: dict[int, _Item] = {}
    for where in (
        CostumeItem.production_id == production_id,
        CostumeItem.id.in_(also or [0]),
    ):
        for r in session.execute(stmt.where(where)):
            found[r.id] = _Item(
                r.id,
                r.tag,
                r.name,
                r.status,
                r.location_id,
                r.colour,
                r.condition,
                r.company_id,
                r.built_for_id,
                r.role_id,
                r.piece_type,
                (r.style, r.net_layers) if r.style is not None else None,
                r.out_to_id,
            )
    return found


def plot(db: Database, production_id: int, cast_number: int | None = None) -> Plot:
    """Roles down, parts across, the look in each cell (``changed``: not the look the role
    wore in its part before). With ``cast_number``, only that cast's casting is listed."""
    with db.read() as session:
        dressing = read_dressing(session, production_id)
        production = session.get(Production, production_id)
        company = session.get(Company, dressing.company_id)
        assert production is not None and company is not None
        cells: dict[tuple[int, int], tuple[str, bool]] = {}
        for role_id in dressing.roles:
            before = None
            for part in dressing.parts:
                look = dressing.look_of(role_id, part.id)
                if look is None:
                    continue
                cells[(role_id, part.id)] = (look.name, before is not None and before != look.id)
                before = look.id
        casts = tuple(
            c for c in dressing.casts if cast_number is None or c.cast_number == cast_number
        )
        return Plot(
            production_record(production, company),
            tuple(dressing.parts),
            tuple(dressing.roles.items()),
            cells,
            casts,
        )


def dancer_plot(db: Database, production_id: int, dancer: Ref) -> list[DancerInPart]:
    """A dancer's own plot: her looks in running order, with her pieces and where each is."""
    with db.read() as session:
        dressing = read_dressing(session, production_id)
        who = lookup.dancer(session, dancer, dressing.company_id)
        hers = [c for c in dressing.casts if c.dancer_id == who.id]
        found = []
        for part in dressing.parts:
            for casting in hers:
                look = dressing.look_of(casting.role_id, part.id)
                if look is not None:
                    found.append(
                        DancerInPart(
                            part,
                            casting.role,
                            look.name,
                            look.notes,
                            dressing.pieces_for(look, who.id),
                        )
                    )
        return found
