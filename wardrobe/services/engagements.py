"""Guest engagements: a dancer dances for the other company for a while and stays a member of
her own. Her pointe-shoe specification goes with her: the host holds and orders her shoes
(its supplier, its prices, its currency), and the pairs she takes along leave one stock and
enter the other by ledger lines. Ending the engagement brings her and her shoes home; the
costumes lent with her come back by their own return scans (loans.py)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, WrongState
from ..language.i18n import N_, Text
from ..models import Company, Dancer, Engagement, Loan, PointeSpec
from ..records import EngagementRecord
from ..store.database import Database
from . import ledger, lookup
from .lookup import Ref

# The reasons the ledger gives a handover (said in the reader's language in the history).
TAKEN_ALONG = N_("taken along on a guest engagement")
BROUGHT_ALONG = N_("brought along by a guest dancer")
BROUGHT_BACK = N_("brought back from a guest engagement")


def _overlapping(session: Session, who: Dancer, starts_on: date, until: date | None) -> list:
    stmt = select(Engagement).where(
        Engagement.dancer_id == who.id,
        Engagement.ended_on.is_(None),
    )
    found = []
    for other in session.scalars(stmt):
        other_end = other.until or date.max
        if other.starts_on <= (until or date.max) and starts_on <= other_end:
            found.append(other)
    return found


BOOKED_AHEAD = timedelta(days=2 * 366)  # a guest is booked at most two seasons ahead
LONGEST = timedelta(days=5 * 366)  # and engaged five years at most


def _dates(starts_on: date, until: date | None) -> None:
    """Dates a wardrobe books: her pointe pairs go to the host now, so an engagement dated
    9999-12-31 (a slip of the keyboard) would move them for nothing."""
    if starts_on > date.today() + BOOKED_AHEAD:
        raise InvalidInput(
            field=N_("from"),
            detail=Text("{start} is more than two years ahead: check the date", start=starts_on),
        )
    if until is not None and until > starts_on + LONGEST:
        raise InvalidInput(
            field=N_("until"),
            detail=Text(
                "{until} is more than five years after the start: check the date", until=until
            ),
        )
    if until is not None and until < starts_on:
        raise InvalidInput(
            field=N_("until"),
            detail=Text(
                "the end ({until}) comes before the start ({start})", until=until, start=starts_on
            ),
        )


def engage(
    session: Session,
    dancer: Ref,
    to: Ref,
    starts_on: date,
    until: date | None = None,
    *,
    pairs: int | None = None,
    swap_id: int | None = None,
    actor: str | None = None,
) -> Engagement:
    """Sends a dancer to the other company (within the caller's unit of work). ``pairs``:
    the pointe pairs she takes along (all she has, when not said)."""
    who = lookup.dancer(session, dancer)
    host = lookup.company(session, to)
    if host.id == who.company_id:
        raise InvalidInput(
            field=N_("company"),
            detail=Text(
                "{dancer} already dances for {company}: a guest engagement is with another company",
                dancer=who.name,
                company=host.name,
            ),
        )
    if not who.active:
        raise WrongState(what=who.name, detail=Text("is no longer an active dancer."))
    _dates(starts_on, until)
    other = next(iter(_overlapping(session, who, starts_on, until)), None)
    if other is not None:
        raise WrongState(
            what=who.name,
            detail=Text(
                "is already engaged at {host} from {start}; one engagement at a time.",
                host=other.host.name,
                start=other.starts_on,
            ),
        )
    row = Engagement(
        dancer=who,
        home_company_id=who.company_id,
        host=host,
        starts_on=starts_on,
        until=until,
        swap_id=swap_id,
        pairs_taken=0,
        notes="",
    )
    session.add(row)
    session.flush()
    row.pairs_taken = _hand_over_pointe(session, who, who.company, host, pairs, actor)
    session.flush()
    return row


def _active_spec(session: Session, who: Dancer, holder: Company) -> PointeSpec | None:
    return session.scalars(
        select(PointeSpec)
        .where(
            PointeSpec.dancer_id == who.id,
            PointeSpec.company_id == holder.id,
        )
        .order_by(PointeSpec.active.desc(), PointeSpec.id.desc())
        .limit(1)
    ).first()


def _host_terms(session: Session, host: Company, maker: str) -> tuple[int | None, int | None]:
    """The supplier and price per pair the host last used for shoes of this maker."""
    row = session.execute(
        select(PointeSpec.supplier_id, PointeSpec.unit_cost)
        .where(PointeSpec.company_id == host.id, func.lower(PointeSpec.maker) == maker.lower())
        .order_by(PointeSpec.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else (None, None)


def _hand_over_pointe(
    session: Session,
    who: Dancer,
    giver: Company,
    taker: Company,
    pairs: int | None,
    actor: str | None,
    *,
    reasons: tuple[str, str] = (TAKEN_ALONG, BROUGHT_ALONG),
) -> int:
    """Her specification held by ``taker`` from now: the giver's is retired, the taker's
    (made from it the first time, on the taker's supplier and price when it has one for that
    maker; else the price is left to be entered there) is the active one; ``pairs`` move by
    two ledger lines. Returns the pairs moved."""
    given = session.scalars(
        select(PointeSpec).where(
            PointeSpec.dancer_id == who.id,
            PointeSpec.company_id == giver.id,
            PointeSpec.active,
        )
    ).first()
    if given is None:
        return 0
    moving = given.pairs_on_hand if pairs is None else pairs
    if moving < 0:
        raise InvalidInput(field=N_("pairs"), detail=Text("a number of pairs cannot be negative"))
    taken = _active_spec(session, who, taker)
    if taken is None:
        supplier_id, unit_cost = _host_terms(session, taker, given.maker)
        taken = PointeSpec(
            dancer=who,
            company=taker,
            maker=given.maker,
            model=given.model,
            size=given.size,
            width=given.width,
            shank=given.shank,
            vamp=given.vamp,
            box=given.box,
            maker_mark=given.maker_mark,
            supplier_id=supplier_id if supplier_id is not None else given.supplier_id,
            pairs_on_hand=0,
            pairs_on_order=0,
            pairs_per_week=given.pairs_per_week,
            lead_time_weeks=given.lead_time_weeks,
            season_allowance=given.season_allowance,
            unit_cost=unit_cost,
            active=True,
            notes="",
        )
        session.add(taken)
        session.flush()
    else:  # her earlier specification there, made the same again
        for field in ("maker", "model", "size", "width", "shank", "vamp", "box", "maker_mark"):
            setattr(taken, field, getattr(given, field))
        taken.pairs_per_week = given.pairs_per_week
        taken.active = True
    given.active = False
    if moving:
        by = lookup.actor_of(session, actor)
        ledger.post(session, given, "adjusted", -moving, actor=by, reason=reasons[0])
        ledger.post(session, taken, "adjusted", moving, actor=by, reason=reasons[1])
    return moving


def end(
    session: Session,
    dancer: Ref,
    on: date | None = None,
    *,
    pairs: int | None = None,
    actor: str | None = None,
) -> Engagement:
    """Ends her engagement under way (or the next one planned): she dances for her own
    company again and her shoes come home. The items lent with her stay on loan until each
    is scanned back (loans.return_items)."""
    who = lookup.dancer(session, dancer)
    row = session.scalars(
        select(Engagement)
        .where(Engagement.dancer_id == who.id, Engagement.ended_on.is_(None))
        .order_by(Engagement.starts_on)
        .with_for_update()
    ).first()
    if row is None:
        raise WrongState(what=who.name, detail=Text("is not on a guest engagement."))
    ending = on or date.today()
    if ending < row.starts_on:
        raise InvalidInput(
            field=N_("ended on"),
            detail=Text(
                "the end ({until}) comes before the start ({start})",
                until=ending,
                start=row.starts_on,
            ),
        )
    row.ended_on = ending
    _hand_over_pointe(
        session, who, row.host, row.home, pairs, actor, reasons=(BROUGHT_BACK, BROUGHT_BACK)
    )
    session.flush()
    return row


def record(session: Session, row: Engagement) -> EngagementRecord:
    away = session.scalar(
        select(func.count(Loan.id)).where(Loan.engagement_id == row.id, Loan.returned_on.is_(None))
    )
    return EngagementRecord(
        id=row.id,
        dancer_id=row.dancer_id,
        dancer=row.dancer.name,
        home_id=row.home_company_id,
        home=row.home.name,
        host_id=row.host_company_id,
        host=row.host.name,
        starts_on=row.starts_on,
        until=row.until,
        ended_on=row.ended_on,
        swap_id=row.swap_id,
        pairs_taken=row.pairs_taken,
        items_away=away or 0,
        version=row.version,
    )


# -- the services the window and the command line call: one unit of work each -------------
def send(
    db: Database,
    dancer: Ref,
    to: Ref,
    starts_on: date,
    until: date | None = None,
    *,
    pairs: int | None = None,
    actor: str | None = None,
) -> EngagementRecord:
    with db.write() as session:
        return record(
            session, engage(session, dancer, to, starts_on, until, pairs=pairs, actor=actor)
        )


def swap(
    db: Database,
    pairs_of_dancers: list[tuple[Ref, Ref]],
    starts_on: date,
    until: date | None,
    *,
    actor: str | None = None,
) -> list[EngagementRecord]:
    """Dancers exchanged on the same dates, each pair one from each company: all of them
    or none."""
    if not pairs_of_dancers:
        raise InvalidInput(field=N_("dancers"), detail=Text("name two dancers to exchange"))
    _dates(starts_on, until)
    with db.write() as session:
        rows: list[Engagement] = []
        for first_ref, second_ref in pairs_of_dancers:
            first = lookup.dancer(session, first_ref)
            second = lookup.dancer(session, second_ref)
            if first.company_id == second.company_id:
                raise InvalidInput(
                    field=N_("dancers"),
                    detail=Text(
                        "{first} and {second} both dance for {company}: a swap exchanges "
                        "dancers of two companies",
                        first=first.name,
                        second=second.name,
                        company=first.company.name,
                    ),
                )
            for who, other in ((first, second), (second, first)):
                swap_id = rows[0].id if rows else None
                row = engage(session, who.id, other.company_id, starts_on, until, actor=actor)
                row.swap_id = swap_id if swap_id is not None else row.id
                rows.append(row)
        session.flush()
        return [record(session, row) for row in rows]


def finish(
    db: Database,
    dancer: Ref,
    on: date | None = None,
    *,
    pairs: int | None = None,
    actor: str | None = None,
) -> EngagementRecord:
    with db.write() as session:
        return record(session, end(session, dancer, on, pairs=pairs, actor=actor))


def list_engagements(
    db: Database, company: Ref | None = None, *, include_ended: bool = False
) -> list[EngagementRecord]:
    """Engagements (of dancers from or to one company), the earliest first."""
    with db.read() as session:
        stmt = select(Engagement).order_by(Engagement.starts_on, Engagement.id)
        if not include_ended:
            stmt = stmt.where(Engagement.ended_on.is_(None))
        if company is not None:
            owner = lookup.company(session, company)
            stmt = stmt.where(
                (Engagement.home_company_id == owner.id) | (Engagement.host_company_id == owner.id)
            )
        return [record(session, row) for row in session.scalars(stmt)]
