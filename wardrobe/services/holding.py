"""Who has an item and for whom a dancer dances, on a day: an item lent to the other company is
that company's to hand out until it comes back; a dancer on a guest engagement dances for her
host. The rules that check a hand-out ask here."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Company, CostumeItem, Dancer, Engagement, Loan


def open_loan(session: Session, item: CostumeItem) -> Loan | None:
    return session.scalars(
        select(Loan).where(Loan.item_id == item.id, Loan.returned_on.is_(None))
    ).first()


def open_loans(session: Session, item_ids: list[int]) -> dict[int, Loan]:
    """The open loans of these items, by item, in one query."""
    if not item_ids:
        return {}
    return {
        loan.item_id: loan
        for loan in session.scalars(
            select(Loan).where(Loan.item_id.in_(item_ids), Loan.returned_on.is_(None))
        )
    }


def holder_of(session: Session, item: CostumeItem) -> Company | None:
    """The company that has the item now: the borrowing company while lent to one, its own
    otherwise; None while it is with an outside borrower."""
    loan = open_loan(session, item)
    if loan is None:
        return item.company
    return loan.borrower_company


def current_engagement(session: Session, who: Dancer, on: date | None = None) -> Engagement | None:
    """Her engagement under way on ``on`` (today): begun and not ended."""
    return session.scalar(
        select(Engagement)
        .where(
            Engagement.dancer_id == who.id,
            Engagement.ended_on.is_(None),
            Engagement.starts_on <= (on or date.today()),
        )
        .order_by(Engagement.starts_on.desc())
        .limit(1)
    )


def company_now(session: Session, who: Dancer, on: date | None = None) -> Company:
    """The company she dances for on ``on``: her host during an engagement, else her own."""
    engagement = current_engagement(session, who, on)
    return engagement.host if engagement is not None else who.company


def engaged_now(
    session: Session,
    dancer_ids: list[int] | None = None,
    *,
    host_id: int | None = None,
    on: date | None = None,
) -> dict[int, Engagement]:
    """The engagements under way on ``on`` (today), by dancer: of these dancers, or of the
    guests of one host, in one query."""
    stmt = select(Engagement).where(
        Engagement.ended_on.is_(None), Engagement.starts_on <= (on or date.today())
    )
    if dancer_ids is not None:
        if not dancer_ids:
            return {}
        stmt = stmt.where(Engagement.dancer_id.in_(dancer_ids))
    if host_id is not None:
        stmt = stmt.where(Engagement.host_company_id == host_id)
    found: dict[int, Engagement] = {}
    for row in session.scalars(stmt.order_by(Engagement.starts_on)):
        found[row.dancer_id] = row  # the latest begun wins
    return found
