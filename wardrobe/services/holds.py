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
from ..models import CostumeItem, Event, Look, LookInPart, LookPiece, PieceAssignment, Role
from ..records import EventRecord
from ..store.database import Database
from . import lookup
from .casting import cast_records
from .schedule import event_record, lineup

FOREVER = datetime(9999, 1, 1)


@dataclass(frozen=True)
class Hold:
    """A date of the schedule that wears an item: ``wearer`` "Clara: Natália Caña"."""

    event: EventRecord
    wearer: str


def _wearers(session: Session, wanted: set[int]) -> dict[int, set[tuple[int, int, int, str]]]:
    """Who wears each item, and in what: item id -> (production, role, dancer, piece type):
    the dancer it was made for in its role, and those it is given to for a look's piece."""
    found: dict[int, set[tuple[int, int, int, str]]] = {}
    made = session.execute(
        select(
            CostumeItem.id,
            CostumeItem.production_id,
            CostumeItem.role_id,
            CostumeItem.built_for_id,
            CostumeItem.piece_type,
        ).where(
            CostumeItem.id.in_(wanted),
            CostumeItem.role_id.is_not(None),
            CostumeItem.built_for_id.is_not(None),
        )
    ).all()
    for item_id, production_id, role_id, dancer_id, kind in made:
        if production_id is not None and role_id is not None and dancer_id is not None:
            found.setdefault(item_id, set()).add((production_id, role_id, dancer_id, kind))
    given = session.execute(
        select(
            PieceAssignment.costume_id,
            Role.production_id,
            Role.id,
            PieceAssignment.dancer_id,
            LookPiece.piece_type,
        )
        .join(LookPiece, LookPiece.id == PieceAssignment.piece_id)
        .join(Look, Look.id == LookPiece.look_id)
        .join(Role, Role.id == Look.role_id)
        .where(PieceAssignment.costume_id.in_(wanted))
    ).all()
    for item_id, production_id, role_id, dancer_id, kind in given:
        found.setdefault(item_id, set()).add((production_id, role_id, dancer_id, kind))
    return found


def holds_on(
    session: Session, item_ids: Iterable[int], start: datetime, end: datetime
) -> dict[int, list[Hold]]:
    """The dates between ``start`` and ``end`` (overlapping them) whose calls wear the items:
    a date that calls the dancer who wears one, in its role, where the role wears a piece of
    its type. Read in a few small queries (an item's window asks at every scan)."""
    wanted = set(item_ids)
    wearers = _wearers(session, wanted) if wanted else {}
    productions = {w[0] for found in wearers.values() for w in found}
    if not productions:
        return {}
    rows = session.scalars(
        select(Event)
        .where(
            Event.production_id.in_(productions),
            Event.starts_at < end,
            Event.ends_at > start,
        )
        .order_by(Event.starts_at)
    ).all()
    worn_types = set(
        session.execute(
            select(Look.role_id, LookPiece.piece_type)
            .join(LookPiece, LookPiece.look_id == Look.id)
            .join(LookInPart, LookInPart.look_id == Look.id)
            .join(Role, Role.id == Look.role_id)
            .where(Role.production_id.in_(productions))
        ).all()
    )
    casts: dict[int, list] = {}
    found: dict[int, list[Hold]] = {}
    for row in rows:
        if row.production_id not in casts:
            casts[row.production_id] = cast_records(session, row.production_id)
        called = {
            (c.role_id, c.dancer_id): f"{c.role}: {c.dancer}"
            for c in lineup(session, row, casts[row.production_id])
        }
        record = None
        for item_id, worn_by in wearers.items():
            for production_id, role_id, dancer_id, kind in worn_by:
                wearer = called.get((role_id, dancer_id))
                if production_id != row.production_id or wearer is None:
                    continue
                if (role_id, kind) not in worn_types:
                    continue
                record = record or event_record(session, row)
                found.setdefault(item_id, []).append(Hold(record, wearer))
                break
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
