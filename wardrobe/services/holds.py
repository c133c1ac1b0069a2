"""What the schedule holds: a date holds every piece its call wears, for its hours. Lending an
item, sending it away with a guest, or retiring it while a date holds it is refused in a
sentence (the command line's ``--anyway`` is a supervisor's override); an item says what holds
it; and whether an item is free over a range of days is a question answered here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import WrongState
from ..language.i18n import Text
from ..language.vocabulary import WORDS
from ..models import CostumeItem, Event, Look, LookPiece, PieceAssignment, Role
from ..records import EventRecord
from ..store.database import Database
from . import lookup
from .costume_plot import Dressing, read_dressing
from .schedule import event_record, lineup

FOREVER = datetime(9999, 1, 1)


@dataclass(frozen=True)
class Hold:
    """A date of the schedule that wears an item: ``wearer`` "Clara: Natália Caña"."""

    event: EventRecord
    wearer: str


def _worn(session: Session, row: Event, dressing: Dressing) -> dict[int, str]:
    """The items a date's call wears: item id -> "role: dancer"."""
    found: dict[int, str] = {}
    for called in lineup(session, row, dressing.casts):
        for part in dressing.parts:
            look = dressing.look_of(called.role_id, part.id)
            if look is None:
                continue
            for worn in dressing.pieces_for(look, called.dancer_id):
                if worn.costume_id is not None:
                    found.setdefault(worn.costume_id, f"{called.role}: {called.dancer}")
    return found


def holds_on(
    session: Session, item_ids: Iterable[int], start: datetime, end: datetime
) -> dict[int, list[Hold]]:
    """The dates between ``start`` and ``end`` (overlapping them) whose calls wear the items."""
    wanted = set(item_ids)
    if not wanted:
        return {}
    productions = set(
        session.scalars(
            select(CostumeItem.production_id).where(
                CostumeItem.id.in_(wanted), CostumeItem.production_id.is_not(None)
            )
        )
    )
    productions |= set(
        session.scalars(
            select(Role.production_id)
            .join(Look, Look.role_id == Role.id)
            .join(LookPiece, LookPiece.look_id == Look.id)
            .join(PieceAssignment, PieceAssignment.piece_id == LookPiece.id)
            .where(PieceAssignment.costume_id.in_(wanted))
        )
    )
    rows = session.scalars(
        select(Event)
        .where(
            Event.production_id.in_(productions or {0}),
            Event.starts_at < end,
            Event.ends_at > start,
        )
        .order_by(Event.starts_at)
    ).all()
    dressings: dict[int, Dressing] = {}
    found: dict[int, list[Hold]] = {}
    for row in rows:
        if row.production_id not in dressings:
            dressings[row.production_id] = read_dressing(session, row.production_id)
        worn = _worn(session, row, dressings[row.production_id])
        for item_id in wanted & set(worn):
            found.setdefault(item_id, []).append(Hold(event_record(session, row), worn[item_id]))
    return found


def _day(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def refuse_held(
    session: Session,
    items: Iterable[CostumeItem],
    start: date,
    until: date | None,
    doing: Text,
    *,
    anyway: bool = False,
) -> None:
    """Refuses ``doing`` (lending them, retiring them) for items a date holds between ``start``
    and ``until`` (None: from ``start`` on), unless ``anyway``."""
    if anyway:
        return
    chosen = list(items)
    end = _day(until) + timedelta(days=1) if until is not None else FOREVER
    held = holds_on(session, [i.id for i in chosen], _day(start), end)
    for item in chosen:
        if item.id in held:
            first = held[item.id][0]
            raise WrongState(
                what=f"{item.tag} ({item.name})",
                detail=Text(
                    "is held by {production}, {kind} on {day} ({wearer}): {doing} is refused "
                    "while a date of the schedule needs it.",
                    production=first.event.production,
                    kind=Text(WORDS[first.event.kind]),
                    day=first.event.starts_at.strftime("%Y-%m-%d %H:%M"),
                    wearer=first.wearer,
                    doing=doing,
                ),
            )


def holds_of(db: Database, tag: str, since: date | None = None) -> list[Hold]:
    """What holds an item from ``since`` (today) on: the dates whose calls wear it."""
    with db.read() as session:
        item = lookup.costume(session, tag)
        start = _day(since or date.today())
        return holds_on(session, [item.id], start, FOREVER).get(item.id, [])


def free_between(db: Database, tag: str, start: date, until: date) -> list[Hold]:
    """Whether an item is free from ``start`` to ``until`` (both days included): the dates
    that hold it then; none, it is free."""
    with db.read() as session:
        item = lookup.costume(session, tag)
        end = _day(until) + timedelta(days=1)
        return holds_on(session, [item.id], _day(start), end).get(item.id, [])
