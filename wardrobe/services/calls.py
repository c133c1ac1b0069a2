"""The day's call: for one event, who is called and when (her call time before her first
entrance), her looks in running order with her pieces and where each is now; what is not
ready (at cleaning, in alteration, out with someone else, lent, missing, retired, a twin or a
piece still to make or to give); the pointe shoes to issue. Read in a handful of queries."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..language.i18n import Text
from ..language.vocabulary import describe_spec
from ..models import Company, Dancer, Event, PointeSpec, Production
from ..records import (
    Call,
    CalledDancer,
    CalledLook,
    CallReadiness,
    NotReady,
    PointeToIssue,
    WornPiece,
)
from ..store.database import Database
from .costume_plot import Dressing, read_dressing
from .schedule import Called, event_record, event_row, lineup

# The events a dancer dances in pointe shoes new for the day.
POINTE_DAYS = ("performance", "dress_rehearsal", "shooting_day")


def call(db: Database, event_id: int) -> Call:
    with db.read() as session:
        return read_call(session, event_row(session, event_id))


def calls_on(db: Database, day: date, company_id: int | None = None) -> list[Call]:
    """The calls of every event of a day (a matinee and an evening: two calls)."""
    with db.read() as session:
        stmt = select(Event).where(
            Event.starts_at >= datetime.combine(day, datetime.min.time()),
            Event.starts_at < datetime.combine(day + timedelta(days=1), datetime.min.time()),
        )
        if company_id is not None:
            stmt = stmt.join(Production, Production.id == Event.production_id).where(
                Production.company_id == company_id
            )
        rows = session.scalars(stmt.order_by(Event.starts_at)).all()
        return [read_call(session, row) for row in rows]


def coming(db: Database, now: datetime | None = None, hours: int = 48) -> list[CallReadiness]:
    """Each company's next date within ``hours`` of now on its own wall clock (a date under
    way included), and how ready it is: what the start-up banner says."""
    found: list[CallReadiness] = []
    with db.read() as session:
        for company in session.scalars(select(Company).order_by(Company.id)):
            clock = ZoneInfo(company.time_zone)
            here = (now or datetime.now(UTC)).astimezone(clock).replace(tzinfo=None)
            row = session.scalars(
                select(Event)
                .join(Production, Production.id == Event.production_id)
                .where(
                    Production.company_id == company.id,
                    Event.ends_at > here,
                    Event.starts_at < here + timedelta(hours=hours),
                )
                .order_by(Event.starts_at)
                .limit(1)
            ).first()
            if row is None:
                continue
            call = read_call(session, row)
            counts = sorted(call.counts().items(), key=lambda kv: (-kv[1], kv[0]))
            found.append(CallReadiness(call.event, len(call.dancers), call.pieces, tuple(counts)))
    return found


def read_call(session: Session, row: Event) -> Call:
    dressing = read_dressing(session, row.production_id)
    called = lineup(session, row, dressing.casts)
    by_dancer: dict[int, list[Called]] = defaultdict(list)
    for c in called:
        by_dancer[c.dancer_id].append(c)
    names = dict(
        session.execute(
            select(Dancer.id, Dancer.name).where(Dancer.id.in_(_holders(dressing, called) or [0]))
        ).all()
    )
    pointe = _pointe(session, row, list(by_dancer))
    dancers: list[CalledDancer] = []
    not_ready: list[NotReady] = []
    items: set[int] = set()
    told: set[tuple[int, int]] = set()
    for dancer_id, roles in by_dancer.items():
        looks: list[CalledLook] = []
        for part in dressing.parts:
            for c in roles:
                look = dressing.look_of(c.role_id, part.id)
                if look is None:
                    continue
                pieces = dressing.pieces_for(look, dancer_id)
                looks.append(CalledLook(part, c.role, look.name, look.notes, pieces, c.role_id))
                for worn in pieces:
                    if worn.costume_id is not None:
                        items.add(worn.costume_id)
                    key = (dancer_id, worn.costume_id or -worn.piece.id)
                    if key in told:  # said once, in the first part she wears it
                        continue
                    problem = _not_ready(worn, c, part.label, names)
                    if problem is not None:
                        told.add(key)
                        not_ready.append(problem)
        first = next((lk.part.starts_min for lk in looks if lk.part.starts_min is not None), 0)
        on_stage = row.starts_at + timedelta(minutes=first) if looks else None
        spec = pointe.get(dancer_id)
        if spec is not None and spec.on_hand < spec.pairs:
            not_ready.append(
                NotReady(
                    "no_pointe",
                    roles[0].dancer,
                    roles[0].role,
                    "",
                    "",
                    Text("no pair of her pointe shoes in stock ({spec}).", spec=spec.described),
                )
            )
        dancers.append(
            CalledDancer(
                dancer_id,
                roles[0].dancer,
                tuple(c.role for c in roles),
                (on_stage or row.starts_at) - timedelta(minutes=row.call_minutes),
                on_stage,
                tuple(looks),
                next((c.replaces for c in roles if c.replaces), ""),
                next((c.double_of for c in roles if c.double_of), ""),
                spec,
            )
        )
    dancers.sort(key=lambda d: (d.called_at, d.dancer))
    return Call(event_record(session, row), tuple(dancers), tuple(not_ready), len(items))


def _holders(dressing: Dressing, called: list[Called]) -> list[int]:
    """The dancers an item of the call may be checked out to (names for "out with ...")."""
    holders = {c.dancer_id for c in called}
    for item_list in (*dressing.made.values(), *dressing.copies.values()):
        holders.update(i.out_to_id for i in item_list if i.out_to_id)
    holders.update(i.out_to_id for i in dressing.assigned.values() if i.out_to_id)
    return list(holders)


def _not_ready(
    worn: WornPiece, called: Called, part: str, names: dict[int, str]
) -> NotReady | None:
    what = worn.piece.description or worn.piece.piece_type

    def said(why: str, sentence: Text) -> NotReady:
        return NotReady(why, called.dancer, called.role, part, worn.tag, sentence)

    if worn.how == "to_make":
        if called.double_of:
            return said(
                "twin_missing",
                Text("no twin of {principal}'s {what} yet.", principal=called.double_of, what=what),
            )
        return said("to_make", Text("{what}: none made for her yet.", what=what))
    if worn.how == "to_assign":
        return said("to_assign", Text("{what}: a copy to give her.", what=what))
    if worn.condition == "retired":
        return said("retired", Text("{tag} is retired.", tag=worn.tag))
    if worn.lent_to:
        return said(
            "lent", Text("{tag} is lent to {borrower}.", tag=worn.tag, borrower=worn.lent_to)
        )
    if worn.status in ("at_cleaning", "in_alteration", "missing"):
        status = {
            "at_cleaning": Text("{tag} is at cleaning.", tag=worn.tag),
            "in_alteration": Text("{tag} is in alteration.", tag=worn.tag),
            "missing": Text("{tag} is missing.", tag=worn.tag),
        }[worn.status]
        return said(worn.status, status)
    if worn.status == "out" and worn.out_to_id != called.dancer_id:
        holder = names.get(worn.out_to_id or 0, "")
        return said("out", Text("{tag} is out with {holder}.", tag=worn.tag, holder=holder))
    return None


def _pointe(session: Session, row: Event, dancer_ids: list[int]) -> dict[int, PointeToIssue]:
    if row.kind not in POINTE_DAYS:
        return {}
    specs = session.scalars(
        select(PointeSpec)
        .where(PointeSpec.dancer_id.in_(dancer_ids or [0]), PointeSpec.active.is_(True))
        .order_by(PointeSpec.id)
    ).all()
    found: dict[int, PointeToIssue] = {}
    for spec in specs:
        found.setdefault(
            spec.dancer_id,
            PointeToIssue(
                spec.id,
                describe_spec(
                    spec.maker,
                    spec.model,
                    spec.size,
                    spec.width,
                    spec.shank,
                    spec.vamp,
                    spec.box,
                    spec.maker_mark,
                ),
                1,
                spec.pairs_on_hand,
            ),
        )
    return found
