"""Pulling a date's call by the scanner: its pull list, one row a piece of the call, sorted in
the walking order of the storage places (room, rack, hoist, bin; "Rack 2" before "Rack 10");
a scan marks its piece pulled for its dancer, once, whichever desk scans it first; a piece not
on the call, meant for another dancer, or the twin of the one wanted, is said at once. The pull
is kept in the inventory: it survives closing the app, and several desks share it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..language.i18n import Text
from ..models import CostumeItem, Dancer, Event, PullItem
from ..models.base import utcnow
from ..records import EventRecord
from ..store.database import Database
from . import lookup
from .calls import read_call
from .lookup import Ref
from .schedule import event_record, event_row


@dataclass(frozen=True)
class PullRow:
    costume_id: int
    tag: str
    name: str
    place: str
    status: str
    dancer_id: int
    dancer: str
    role: str
    part: str  # where she first wears it
    pulled_at: datetime | None
    pulled_by: str


@dataclass(frozen=True)
class PullList:
    event: EventRecord
    rows: tuple[PullRow, ...]  # in walking order

    @property
    def pulled(self) -> int:
        return sum(1 for r in self.rows if r.pulled_at is not None)


@dataclass(frozen=True)
class PullScan:
    """What a scan did: ``kind`` "pulled", "again" (pulled already: counted once),
    "not_on_call", "other_dancer" (on the call, for another than the one being pulled for),
    "wrong_twin" (the twin of a piece of the call, not the piece itself)."""

    kind: str
    tag: str
    said: Text
    row: PullRow | None


def walking_order(place: str) -> tuple:
    """A place's path as the storage is walked: each level in turn, its numbers as numbers
    ("Rack 2" before "Rack 10"); no place last."""
    if not place:
        return ((1,),)
    return tuple(
        (0, tuple(int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", level)))
        for level in place.split(" / ")
    )


def refresh_list(session: Session, row: Event) -> None:
    """The pull list made (or brought up to the call, when it changed): a piece the call
    wears gets its row; a row the call no longer wears goes, unless it was pulled already."""
    call = read_call(session, row)
    wanted: dict[int, tuple[int, str, str]] = {}
    for dancer in call.dancers:
        for look in dancer.looks:
            for worn in look.pieces:
                if worn.costume_id is not None:
                    wanted.setdefault(
                        worn.costume_id, (dancer.dancer_id, look.role, look.part.label)
                    )
    have = {
        p.costume_id: p
        for p in session.scalars(select(PullItem).where(PullItem.event_id == row.id))
    }
    for costume_id, (dancer_id, role, part) in wanted.items():
        known = have.get(costume_id)
        if known is None:
            session.add(
                PullItem(
                    event_id=row.id,
                    costume_id=costume_id,
                    dancer_id=dancer_id,
                    role=role,
                    part=part,
                )
            )
        elif known.pulled_at is None:
            known.dancer_id, known.role, known.part = dancer_id, role, part
    for costume_id, known in have.items():
        if costume_id not in wanted and known.pulled_at is None:
            session.delete(known)
    session.flush()


def _rows(session: Session, event_id: int, only: int | None = None) -> list[PullRow]:
    stmt = (
        select(PullItem, CostumeItem, Dancer.name)
        .join(CostumeItem, CostumeItem.id == PullItem.costume_id)
        .join(Dancer, Dancer.id == PullItem.dancer_id)
        .where(PullItem.event_id == event_id)
    )
    if only is not None:
        stmt = stmt.where(PullItem.costume_id == only)
    found = session.execute(stmt).all()
    paths = lookup.paths_of(session, {item.location_id for _p, item, _n in found})
    rows = [
        PullRow(
            item.id,
            item.tag,
            item.name,
            paths.get(item.location_id or 0, ""),
            item.status,
            pull.dancer_id,
            name,
            pull.role,
            pull.part,
            pull.pulled_at,
            pull.pulled_by,
        )
        for pull, item, name in found
    ]
    return sorted(rows, key=lambda r: (walking_order(r.place), r.tag))


def pull_list(db: Database, event_id: int) -> PullList:
    """The date's pull list in walking order, made or brought up to its call."""
    with db.write() as session:
        row = event_row(session, event_id)
        refresh_list(session, row)
        return PullList(event_record(session, row), tuple(_rows(session, row.id)))


def pull(db: Database, event_id: int, tag: str, *, for_dancer: Ref | None = None) -> PullScan:
    """A scan while pulling a date's call: its piece marked pulled (once), or why not."""
    with db.write() as session:
        row = event_row(session, event_id)
        item = lookup.costume(session, tag)
        wanted = session.get(PullItem, (row.id, item.id))
        if wanted is None:
            refresh_list(session, row)  # the call may have changed since the list was read
            wanted = session.get(PullItem, (row.id, item.id))
        if wanted is None:
            return _not_on_call(session, row, item)
        holder = session.get(Dancer, wanted.dancer_id)
        name = holder.name if holder is not None else ""
        if for_dancer is not None:
            chosen = lookup.dancer(session, for_dancer)
            if chosen.id != wanted.dancer_id:
                return PullScan(
                    "other_dancer",
                    item.tag,
                    Text(
                        "{tag} is {dancer}'s ({role}), not {chosen}'s.",
                        tag=item.tag,
                        dancer=name,
                        role=wanted.role,
                        chosen=chosen.name,
                    ),
                    _rows(session, row.id, item.id)[0],
                )
        done = session.execute(
            update(PullItem)
            .where(
                PullItem.event_id == row.id,
                PullItem.costume_id == item.id,
                PullItem.pulled_at.is_(None),
            )
            .values(pulled_at=utcnow(), pulled_by=lookup.actor_of(session))
        )
        got = _rows(session, row.id, item.id)[0]
        if not getattr(done, "rowcount", 0):  # another desk pulled it first
            return PullScan(
                "again",
                item.tag,
                Text(
                    "{tag} was pulled already by {who}: counted once.",
                    tag=item.tag,
                    who=got.pulled_by,
                ),
                got,
            )
        return PullScan(
            "pulled",
            item.tag,
            Text(
                "{tag} pulled for {dancer} ({role}, {part}).",
                tag=item.tag,
                dancer=name,
                role=wanted.role,
                part=wanted.part,
            ),
            got,
        )


def _not_on_call(session: Session, row: Event, item: CostumeItem) -> PullScan:
    """Not on the call: the twin of a piece on it (a principal's and her double's), or not."""
    if item.built_for_id is not None:
        who = session.get(Dancer, item.built_for_id)
        pair = {d for d in (who.doubles_dancer_id if who else None,) if d}
        pair |= set(
            session.scalars(select(Dancer.id).where(Dancer.doubles_dancer_id == item.built_for_id))
        )
        twins = session.execute(
            select(PullItem, CostumeItem.tag, Dancer.name)
            .join(CostumeItem, CostumeItem.id == PullItem.costume_id)
            .join(Dancer, Dancer.id == PullItem.dancer_id)
            .where(
                PullItem.event_id == row.id,
                PullItem.dancer_id.in_(pair or {0}),
                CostumeItem.piece_type == item.piece_type,
                CostumeItem.role_id == item.role_id,
            )
        ).first()
        if twins is not None:
            _pull, twin_tag, dancer = twins
            return PullScan(
                "wrong_twin",
                item.tag,
                Text(
                    "{tag} is the twin: {dancer} wears {twin} that day.",
                    tag=item.tag,
                    dancer=dancer,
                    twin=twin_tag,
                ),
                None,
            )
    return PullScan(
        "not_on_call",
        item.tag,
        Text("{tag} ({name}) is not on this call.", tag=item.tag, name=item.name),
        None,
    )


def unpull(db: Database, event_id: int, tag: str) -> None:
    """Takes a scan back (its undo): the piece is to pull again."""
    with db.write() as session:
        item = lookup.costume(session, tag)
        session.execute(
            update(PullItem)
            .where(PullItem.event_id == event_id, PullItem.costume_id == item.id)
            .values(pulled_at=None, pulled_by="")
        )
