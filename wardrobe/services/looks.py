"""Who dances each role (first cast, second, alternates; a double with her principal) and what
each role wears: its looks (pieces and how they are worn), the parts each look is worn in, and
the copy of a piece given to a dancer where none was made for her."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..errors import Duplicate, InvalidInput, StaleEdit
from ..language.i18n import N_, Text
from ..language.vocabulary import PIECE_TYPES
from ..models import (
    CostumeItem,
    Dancer,
    Look,
    LookInPart,
    LookPiece,
    PieceAssignment,
    ProductionPart,
    Role,
)
from ..records import LookPieceRecord, LookRecord
from ..store.database import Database
from . import lookup
from .casting import role_row
from .item_fields import choice
from .lookup import NotFound, Ref
from .text_checks import long_text, required_text

MOST_PIECES = 30


# -- looks ----------------------------------------------------------------------------------
def look_record(session: Session, row: Look) -> LookRecord:
    worn = session.scalars(
        select(LookInPart.part_id)
        .join(ProductionPart, ProductionPart.id == LookInPart.part_id)
        .where(LookInPart.look_id == row.id)
        .order_by(ProductionPart.position)
    )
    return LookRecord(
        row.id,
        row.role_id,
        row.role.name,
        row.name,
        row.notes,
        tuple(LookPieceRecord(p.id, p.position, p.piece_type, p.description) for p in row.pieces),
        tuple(worn),
        row.version,
    )


def looks(db: Database, production_id: int) -> list[LookRecord]:
    with db.read() as session:
        stmt = (
            select(Look)
            .join(Role, Role.id == Look.role_id)
            .where(Role.production_id == production_id)
            .order_by(Role.id, Look.name)
        )
        return [look_record(session, row) for row in session.scalars(stmt)]


def _pieces(pieces: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    if not pieces:
        raise InvalidInput(field=N_("pieces"), detail=Text("a look has at least one piece"))
    if len(pieces) > MOST_PIECES:
        raise InvalidInput(field=N_("pieces"), detail=Text("at most {most}", most=MOST_PIECES))
    return [
        (
            choice(kind, PIECE_TYPES, N_("piece type")),
            long_text(description, N_("description"), 200, required=False),
        )
        for kind, description in pieces
    ]


def save_look(
    db: Database,
    role_id: int,
    *,
    name: str,
    pieces: Sequence[tuple[str, str]],
    notes: str = "",
    look_id: int | None = None,
    expected_version: int | None = None,
    worn_in: Sequence[int] = (),
) -> LookRecord:
    """A new look for the role, or (``look_id``) the look edited, unless someone saved it since
    ``expected_version``. Its pieces (type, description) in order; the items given to dancers
    for a piece stay with it while it keeps its place and type. Worn at once in the parts
    ``worn_in``, in the same transaction."""
    name = required_text(name, N_("look"), 160)
    wanted = _pieces(pieces)
    notes = long_text(notes, N_("how it is worn"), 2000, required=False)
    with db.write() as session:
        row = _save(session, role_id, name, wanted, notes, look_id, expected_version)
        _wear(session, row, worn_in)
        return look_record(session, row)


def _save(
    session: Session,
    role_id: int,
    name: str,
    wanted: list[tuple[str, str]],
    notes: str,
    look_id: int | None,
    expected_version: int | None,
) -> Look:
    role = role_row(session, role_id)
    same_name = session.scalar(select(Look.id).where(Look.role_id == role.id, Look.name == name))
    if same_name is not None and same_name != look_id:
        raise Duplicate(what=N_("look"), key=name)
    if look_id is None:
        row = Look(role_id=role.id, name=name, notes=notes)
        session.add(row)
    else:
        row = _look(session, look_id)
        if expected_version is not None and row.version != expected_version:
            raise StaleEdit(what=Text("the look “{name}”", name=row.name))
        row.name, row.notes = name, notes
        row.version += 1
    kept = list(row.pieces)
    for position, (kind, description) in enumerate(wanted, start=1):
        if position <= len(kept) and kept[position - 1].piece_type == kind:
            kept[position - 1].description = description
            continue
        if position <= len(kept):
            row.pieces.remove(kept[position - 1])
        row.pieces.append(LookPiece(position=position, piece_type=kind, description=description))
    for piece in kept[len(wanted) :]:
        row.pieces.remove(piece)
    session.flush()
    row.pieces.sort(key=lambda p: p.position)
    return row


def wear(db: Database, look_id: int, part_ids: Sequence[int]) -> LookRecord:
    """The look worn by its role in these parts (instead of what it wore there before)."""
    with db.write() as session:
        row = _look(session, look_id)
        _wear(session, row, part_ids)
        return look_record(session, row)


def _wear(session: Session, row: Look, part_ids: Sequence[int]) -> None:
    production_id = row.role.production_id
    for part_id in part_ids:
        part = session.get(ProductionPart, part_id)
        if part is None or part.production_id != production_id:
            raise NotFound(what=N_("part of the running order"), key=str(part_id))
        found = session.get(LookInPart, (part_id, row.role_id))
        if found is None:
            session.add(LookInPart(part_id=part_id, role_id=row.role_id, look_id=row.id))
        else:
            found.look_id = row.id
    session.flush()


def take_off(db: Database, role_id: int, part_id: int) -> None:
    """The role wears no look in that part (it is not on stage)."""
    with db.write() as session:
        session.execute(
            delete(LookInPart).where(LookInPart.role_id == role_id, LookInPart.part_id == part_id)
        )


def assign_piece(db: Database, piece_id: int, dancer: Ref, tag: str | None) -> None:
    """Gives a dancer an item (a copy of the role's) for a piece of a look; ``None`` takes it
    back. The item must be of the piece's type."""
    give(db, dancer, {piece_id: tag})


def give(db: Database, dancer: Ref, chosen: dict[int, str | None]) -> None:
    """The copies ``chosen`` (piece id -> tag, or None to take it back) given to a dancer, all
    together or none (a copy of the wrong type refuses the lot)."""
    with db.write() as session:
        for piece_id, tag in chosen.items():
            _give(session, piece_id, dancer, tag)


def _give(session: Session, piece_id: int, dancer: Ref, tag: str | None) -> None:
    piece = session.get(LookPiece, piece_id)
    if piece is None:
        raise NotFound(what=N_("piece"), key=str(piece_id))
    production = piece.look.role.production
    who = lookup.dancer(session, dancer, production.company_id)
    session.execute(
        delete(PieceAssignment).where(
            PieceAssignment.piece_id == piece.id, PieceAssignment.dancer_id == who.id
        )
    )
    if tag is None:
        return
    item = lookup.costume(session, tag)
    if item.piece_type != piece.piece_type:
        raise InvalidInput(
            field=N_("piece"),
            detail=Text(
                "{tag} is a {kind}, but this piece is a {wanted}",
                tag=item.tag,
                kind=Text(item.piece_type),
                wanted=Text(piece.piece_type),
            ),
        )
    session.add(PieceAssignment(piece_id=piece.id, dancer_id=who.id, costume_id=item.id))


def _look(session: Session, look_id: int) -> Look:
    row = session.get(Look, look_id, with_for_update=True)
    if row is None:
        raise NotFound(what=N_("look"), key=str(look_id))
    return row


@dataclass(frozen=True)
class RemovedLook:
    """A look as it was before it was removed: its parts, and the copies given for its pieces
    (by the piece's place in the look)."""

    look: LookRecord
    given: tuple[tuple[int, int, int], ...]  # (piece position, dancer id, item id)


def remove_look(db: Database, look_id: int) -> RemovedLook:
    with db.write() as session:
        row = _look(session, look_id)
        record = look_record(session, row)
        positions = {p.id: p.position for p in row.pieces}
        given = session.execute(
            select(
                PieceAssignment.piece_id, PieceAssignment.dancer_id, PieceAssignment.costume_id
            ).where(PieceAssignment.piece_id.in_(list(positions) or [0]))
        ).all()
        session.delete(row)
        session.flush()
        return RemovedLook(record, tuple((positions[g[0]], g[1], g[2]) for g in given))


def restore_look(db: Database, removed: RemovedLook) -> LookRecord:
    """The undo of ``remove_look``: the look again, worn where its role wears nothing else
    now, its copies given again to those they were given to."""
    was = removed.look
    wanted = [(p.piece_type, p.description) for p in was.pieces]
    with db.write() as session:
        made = _save(session, was.role_id, was.name, wanted, was.notes, None, None)
        free = [
            part_id
            for part_id in was.part_ids
            if session.get(ProductionPart, part_id) is not None
            and session.get(LookInPart, (part_id, was.role_id)) is None
        ]
        for part_id in free:
            session.add(LookInPart(part_id=part_id, role_id=was.role_id, look_id=made.id))
        pieces = {p.position: p.id for p in made.pieces}
        for position, dancer_id, costume_id in removed.given:
            dancer, item = session.get(Dancer, dancer_id), session.get(CostumeItem, costume_id)
            if dancer is not None and item is not None:
                session.add(
                    PieceAssignment(
                        piece_id=pieces[position], dancer_id=dancer_id, costume_id=costume_id
                    )
                )
        session.flush()
        return look_record(session, made)


def copies(db: Database, role_id: int) -> list[tuple[str, str, str]]:
    """The role's copies made for no one, not retired: (tag, piece type, name), by tag."""
    with db.read() as session:
        rows = session.execute(
            select(CostumeItem.tag, CostumeItem.piece_type, CostumeItem.name)
            .where(
                CostumeItem.role_id == role_id,
                CostumeItem.built_for_id.is_(None),
                CostumeItem.condition != "retired",
            )
            .order_by(CostumeItem.tag)
        ).all()
        return [(r.tag, r.piece_type, r.name) for r in rows]


def given(db: Database, look_id: int, dancer: Ref) -> dict[int, str]:
    """The copies given to a dancer for a look's pieces: piece id -> tag."""
    with db.read() as session:
        who = lookup.dancer(session, dancer)
        rows = session.execute(
            select(PieceAssignment.piece_id, CostumeItem.tag)
            .join(CostumeItem, CostumeItem.id == PieceAssignment.costume_id)
            .join(LookPiece, LookPiece.id == PieceAssignment.piece_id)
            .where(LookPiece.look_id == look_id, PieceAssignment.dancer_id == who.id)
        ).all()
        return {r.piece_id: r.tag for r in rows}


def worn_in(db: Database, role_id: int, part_id: int) -> LookRecord | None:
    """The look a role wears in a part, if any (one row, by the plot's key)."""
    with db.read() as session:
        found = session.get(LookInPart, (part_id, role_id))
        return look_record(session, _look(session, found.look_id)) if found else None
