"""Who dances each role of a production: the first cast, the second, alternates, and a double
with her principal. A dancer taken out of a role takes the copies given to her for its looks
with her, and gets them back when the removal is undone."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, WrongCompany, WrongState
from ..language.i18n import N_, Text
from ..models import Casting, Dancer, Look, LookPiece, PieceAssignment, Production, Role
from ..records import CastRecord
from ..store.database import Database
from . import holding, lookup
from .lookup import NotFound, Ref


def roles(db: Database, production_id: int) -> list[tuple[int, str]]:
    with db.read() as session:
        stmt = select(Role.id, Role.name).where(Role.production_id == production_id)
        return [(r.id, r.name) for r in session.execute(stmt.order_by(Role.id))]


def add_role(db: Database, production_id: int, name: str) -> tuple[int, str]:
    with db.write() as session:
        row = lookup.role(session, production_row(session, production_id), name, create=True)
        return row.id, row.name


def casts(db: Database, production_id: int) -> list[CastRecord]:
    with db.read() as session:
        return cast_records(session, production_id)


def cast_records(session: Session, production_id: int) -> list[CastRecord]:
    rows = session.execute(
        select(Casting, Role, Dancer)
        .join(Role, Role.id == Casting.role_id)
        .join(Dancer, Dancer.id == Casting.dancer_id)
        .where(Role.production_id == production_id)
        .order_by(Role.id, Casting.cast_number, Casting.alternate, Dancer.name)
    ).all()
    cast_in = {(c.role_id, c.dancer_id) for c, _r, _d in rows}
    names = {d.id: d.name for _c, _r, d in rows}
    found = []
    for casting, role, dancer in rows:
        principal = dancer.doubles_dancer_id
        doubles = principal if principal and (role.id, principal) in cast_in else None
        found.append(
            CastRecord(
                role.id,
                role.name,
                dancer.id,
                dancer.name,
                casting.cast_number,
                casting.alternate,
                names[doubles] if doubles else "",
                doubles,
            )
        )
    # A double right after her principal (the rows of a cast read in pairs).
    order = {(c.role_id, c.dancer_id): n for n, c in enumerate(found)}
    return sorted(
        found,
        key=lambda c: (
            order[(c.role_id, c.double_of_id)]
            if c.double_of_id
            else order[(c.role_id, c.dancer_id)],
            c.double_of_id is not None,
        ),
    )


def cast(
    db: Database, role_id: int, dancer: Ref, *, cast_number: int = 1, alternate: bool = False
) -> CastRecord:
    """Casts a dancer of the production's company (or a guest there now) in a role; a double
    only once her principal is cast in it."""
    if not 1 <= cast_number <= 9:
        raise InvalidInput(field=N_("cast"), detail=Text("a cast from 1 to 9"))
    with db.write() as session:
        role = role_row(session, role_id)
        production = role.production
        who = lookup.dancer(session, dancer, production.company_id)
        home = holding.company_now(session, who)
        if home.id != production.company_id:
            raise WrongCompany(
                dancer=who.name,
                dancer_company=home.name,
                what=Text("“{title}”", title=production.title),
                item_company=lookup.company(session, production.company_id).name,
            )
        principal = who.doubles_dancer_id
        if principal and session.get(Casting, (principal, role.id)) is None:
            raise WrongState(
                what=who.name,
                detail=Text(
                    "doubles {principal}, who is not cast as {role}: cast her first.",
                    principal=who.doubles_dancer.name if who.doubles_dancer else "",
                    role=role.name,
                ),
            )
        row = session.get(Casting, (who.id, role.id))
        if row is None:
            row = Casting(dancer_id=who.id, role_id=role.id)
            session.add(row)
        row.cast_number, row.alternate = cast_number, alternate
        session.flush()
        return next(c for c in cast_records(session, production.id) if c.dancer_id == who.id)


@dataclass(frozen=True)
class Uncast:
    """A casting as it was before it was removed, with the copies given to her for the
    role's looks (piece id, item id)."""

    casting: CastRecord
    given: tuple[tuple[int, int], ...]


def uncast(db: Database, role_id: int, dancer: Ref) -> Uncast:
    """Takes a dancer out of a role, with the copies given to her for its looks; refused while
    her double is cast in it (the double is taken out first)."""
    with db.write() as session:
        role = role_row(session, role_id)
        who = lookup.dancer(session, dancer, role.production.company_id)
        mine = [c for c in cast_records(session, role.production_id) if c.dancer_id == who.id]
        was = next((c for c in mine if c.role_id == role.id), None)
        if was is None:
            raise WrongState(what=who.name, detail=Text("is not cast as {role}.", role=role.name))
        doubles = session.scalars(
            select(Dancer.name)
            .join(Casting, Casting.dancer_id == Dancer.id)
            .where(Casting.role_id == role.id, Dancer.doubles_dancer_id == who.id)
        ).first()
        if doubles is not None:
            raise WrongState(
                what=who.name,
                detail=Text(
                    "is doubled by {double} as {role}: take her double out of the role first.",
                    double=doubles,
                    role=role.name,
                ),
            )
        pieces = (
            select(LookPiece.id)
            .join(Look, Look.id == LookPiece.look_id)
            .where(Look.role_id == role.id)
        )
        hers = (PieceAssignment.dancer_id == who.id) & PieceAssignment.piece_id.in_(pieces)
        given = session.execute(
            select(PieceAssignment.piece_id, PieceAssignment.costume_id).where(hers)
        ).all()
        session.execute(delete(PieceAssignment).where(hers))
        session.execute(
            delete(Casting).where(Casting.role_id == role.id, Casting.dancer_id == who.id)
        )
        return Uncast(was, tuple((g.piece_id, g.costume_id) for g in given))


def recast(db: Database, removed: Uncast) -> CastRecord:
    """The undo of ``uncast``: cast again as she was, her copies given back (a piece or an item
    gone since stays gone)."""
    was = removed.casting
    with db.write() as session:
        role = role_row(session, was.role_id)
        if session.get(Casting, (was.dancer_id, role.id)) is None:
            session.add(
                Casting(
                    dancer_id=was.dancer_id,
                    role_id=role.id,
                    cast_number=was.cast_number,
                    alternate=was.alternate,
                )
            )
        for piece_id, item_id in removed.given:
            if (
                session.get(LookPiece, piece_id) is not None
                and session.get(PieceAssignment, (piece_id, was.dancer_id)) is None
            ):
                session.add(
                    PieceAssignment(piece_id=piece_id, dancer_id=was.dancer_id, costume_id=item_id)
                )
        session.flush()
        return next(
            c
            for c in cast_records(session, role.production_id)
            if c.dancer_id == was.dancer_id and c.role_id == role.id
        )


def production_row(session: Session, production_id: int) -> Production:
    row = session.get(Production, production_id)
    if row is None:
        raise NotFound(what=N_("production"), key=str(production_id))
    return row


def role_row(session: Session, role_id: int) -> Role:
    row = session.get(Role, role_id)
    if row is None:
        raise NotFound(what=N_("role"), key=str(role_id))
    return row
