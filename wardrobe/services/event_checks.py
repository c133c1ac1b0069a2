"""A date of the schedule checked against the loans: a piece its call wears that is lent over
its day (not given back, due back after it starts) is refused in a sentence, nothing saved:
the loan is taken back first, or its due day moved, or another date chosen."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import WrongState
from ..language.i18n import Text
from ..language.vocabulary import WORDS
from ..models import CostumeItem, Event, Loan, Look, LookPiece, PieceAssignment, Role


def refuse_lent(session: Session, row: Event, dancer_ids: Iterable[int]) -> None:
    """The pieces the dancers called wear in the production (made for them, or given to them)
    that are lent over the date's day: the first is said."""
    dancers = list(set(dancer_ids)) or [0]
    day = row.starts_at.date()
    open_loan = (
        select(Loan.item_id, Loan.borrower, Loan.due_on)
        .where(
            Loan.returned_on.is_(None),
            Loan.lent_on <= row.ends_at.date(),
            or_(Loan.due_on.is_(None), Loan.due_on >= day),
        )
        .subquery()
    )
    made = (
        select(CostumeItem.tag, CostumeItem.name, open_loan.c.borrower, open_loan.c.due_on)
        .join(open_loan, open_loan.c.item_id == CostumeItem.id)
        .where(
            CostumeItem.production_id == row.production_id,
            CostumeItem.built_for_id.in_(dancers),
        )
    )
    given = (
        select(CostumeItem.tag, CostumeItem.name, open_loan.c.borrower, open_loan.c.due_on)
        .join(open_loan, open_loan.c.item_id == CostumeItem.id)
        .join(PieceAssignment, PieceAssignment.costume_id == CostumeItem.id)
        .join(LookPiece, LookPiece.id == PieceAssignment.piece_id)
        .join(Look, Look.id == LookPiece.look_id)
        .join(Role, Role.id == Look.role_id)
        .where(Role.production_id == row.production_id, PieceAssignment.dancer_id.in_(dancers))
    )
    found = session.execute(made.union(given).limit(1)).first()
    if found is None:
        return
    tag, name, borrower, due = found
    raise WrongState(
        what=f"{tag} ({name})",
        detail=Text(
            "is lent to {borrower} until {due}, over the {kind} of {day}: take it back first, "
            "move the loan's due day, or choose another date.",
            borrower=borrower,
            due=due.isoformat() if due else "—",
            kind=Text(WORDS[row.kind]),
            day=row.starts_at.strftime("%Y-%m-%d %H:%M"),
        ),
    )
