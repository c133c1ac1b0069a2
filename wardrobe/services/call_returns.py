"""A call out and back in: everything of a date's pull list goes out to its dancers in one
action (or one dancer's); at the end each piece comes back by a scan, once whichever desk
scans it, in the condition it went out unless told otherwise; a damaged piece opens its repair;
a piece washed after every wear (tights, leotards) goes to the laundry. The exception report
says what did not come back and who had it last, what came back damaged, what is at the
laundry, and what must be mended before the next date that needs it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..language.i18n import N_, Text
from ..language.vocabulary import CONDITIONS, status_text
from ..models import Alteration, CostumeItem, Dancer, Event, PullItem
from ..models.base import utcnow
from ..records import EventRecord
from ..store.database import Database
from . import lookup
from .holds import FOREVER, holds_on
from .item_fields import choice
from .lookup import Ref
from .pulls import refresh_list
from .schedule import event_record, event_row

# What is washed after every wear, by piece type: back from a date, it goes to the laundry.
WASHED_AFTER_WEAR = frozenset({"tights", "leotard"})


@dataclass(frozen=True)
class CallOut:
    went: tuple[str, ...]  # the tags checked out to their dancers
    left: tuple[tuple[str, Text], ...]  # (tag, why it could not go)


@dataclass(frozen=True)
class BackIn:
    """What a scan at the end did: ``kind`` "back", "again" (back already: counted once),
    "not_on_call", "not_out"."""

    kind: str
    tag: str
    said: Text
    washed: bool = False
    damaged: bool = False
    alteration_id: int | None = None  # the repair it opened
    condition_before: str = ""  # to undo it


@dataclass(frozen=True)
class OutRow:
    """A piece of a date's call that went out: to whom, and whether it is back (how)."""

    tag: str
    name: str
    dancer: str
    out_at: datetime
    back_at: datetime | None
    damage: str
    washed: bool


@dataclass(frozen=True)
class ExceptionLine:
    tag: str
    name: str
    dancer: str  # who had it last
    said: Text


@dataclass(frozen=True)
class ExceptionReport:
    event: EventRecord
    missing: tuple[ExceptionLine, ...]
    damaged: tuple[ExceptionLine, ...]
    laundry: tuple[ExceptionLine, ...]
    to_mend: tuple[ExceptionLine, ...]


def call_out(db: Database, event_id: int, *, dancer: Ref | None = None) -> CallOut:
    """Checks out every piece of the call (or one dancer's) to its dancer, in one unit of work;
    a piece that cannot go (at cleaning, out with someone else) is listed, not forced."""
    with db.write() as session:
        row = event_row(session, event_id)
        refresh_list(session, row)
        stmt = (
            select(PullItem, CostumeItem)
            .join(CostumeItem, CostumeItem.id == PullItem.costume_id)
            .where(PullItem.event_id == row.id, PullItem.out_at.is_(None))
        )
        if dancer is not None:
            stmt = stmt.where(PullItem.dancer_id == lookup.dancer(session, dancer).id)
        went: list[str] = []
        left: list[tuple[str, Text]] = []
        now = utcnow()
        for pull, item in session.execute(stmt).all():
            if item.status == "out" and item.out_to_id == pull.dancer_id:
                pass  # with her already
            elif item.status != "in_store" or item.condition == "retired":
                why = Text("is {value}.", value=status_text(item.status))
                if item.condition == "retired":
                    why = Text("is retired.")
                left.append((item.tag, why))
                continue
            else:
                item.status, item.out_to_id, item.out_since = "out", pull.dancer_id, now
            pull.out_at, pull.condition_out = now, item.condition
            went.append(item.tag)
        session.flush()
        return CallOut(tuple(sorted(went)), tuple(left))


def call_in(
    db: Database, event_id: int, tag: str, *, condition: str | None = None, damage: str = ""
) -> BackIn:
    """A piece back at the end of a date: checked in (in the condition it went out, unless
    told), a damage opening its repair, a piece washed after every wear sent to the laundry;
    once, whichever desk scans it first."""
    with db.write() as session:
        row = event_row(session, event_id)
        item = lookup.costume(session, tag, lock=True)
        pull = session.get(PullItem, (row.id, item.id))
        if pull is None:
            return BackIn(
                "not_on_call",
                item.tag,
                Text("{tag} ({name}) is not on this call.", tag=item.tag, name=item.name),
            )
        if pull.out_at is None:
            return BackIn(
                "not_out", item.tag, Text("{tag} did not go out with this call.", tag=item.tag)
            )
        new_condition = choice(condition, CONDITIONS, N_("condition")) if condition else None
        damaged = bool(damage.strip()) or new_condition == "needs_repair"
        washed = item.piece_type in WASHED_AFTER_WEAR
        done = session.execute(
            update(PullItem)
            .where(
                PullItem.event_id == row.id,
                PullItem.costume_id == item.id,
                PullItem.back_at.is_(None),
            )
            .values(
                back_at=utcnow(),
                back_by=lookup.actor_of(session),
                damage=damage.strip()[:400] or ("—" if damaged else ""),
                washed=washed,
            )
        )
        if not getattr(done, "rowcount", 0):  # another desk took it in first
            return BackIn(
                "again", item.tag, Text("{tag} is back already: counted once.", tag=item.tag)
            )
        before = item.condition
        item.condition = new_condition or pull.condition_out or item.condition
        item.out_to_id, item.out_since = None, None
        item.status = "at_cleaning" if washed else "in_store"
        repair = None
        if damaged:
            item.condition = "needs_repair"
            repair = Alteration(
                costume_id=item.id,
                kind="repair",
                description=damage.strip()
                or Text("damaged at {production}", production=row.production.title).say(
                    lookup.company(session, row.production.company_id).language
                ),
                requested_on=date.today(),
                recorded_by=lookup.actor_of(session),
                for_dancer_id=pull.dancer_id,
            )
            session.add(repair)
        session.flush()
        said = Text("{tag} back.", tag=item.tag)
        if washed:
            said = Text("{tag} back: to the laundry.", tag=item.tag)
        if damaged:
            said = Text("{tag} back damaged: its repair is on the alterations list.", tag=item.tag)
        return BackIn(
            "back",
            item.tag,
            said,
            washed=washed,
            damaged=damaged,
            alteration_id=repair.id if repair is not None else None,
            condition_before=before,
        )


def undo_in(db: Database, event_id: int, back: BackIn) -> None:
    """A piece's return taken back (Edit › Undo): out with its dancer again, its repair gone."""
    with db.write() as session:
        row = event_row(session, event_id)
        item = lookup.costume(session, back.tag, lock=True)
        pull = session.get(PullItem, (row.id, item.id))
        if pull is None or pull.back_at is None:
            return
        pull.back_at, pull.back_by, pull.damage, pull.washed = None, "", "", False
        item.status, item.out_to_id, item.out_since = "out", pull.dancer_id, pull.out_at
        item.condition = back.condition_before or item.condition
        if back.alteration_id is not None:
            repair = session.get(Alteration, back.alteration_id)
            if repair is not None and repair.done_on is None:
                session.delete(repair)
        session.flush()


def undo_out(db: Database, event_id: int, tags: tuple[str, ...]) -> None:
    """A call out taken back: each piece it checked out (and not back since) in store again."""
    with db.write() as session:
        row = event_row(session, event_id)
        found = session.execute(
            select(PullItem, CostumeItem)
            .join(CostumeItem, CostumeItem.id == PullItem.costume_id)
            .where(
                PullItem.event_id == row.id,
                CostumeItem.tag.in_(tags or ("",)),
                PullItem.back_at.is_(None),
            )
        ).all()
        for pull, item in found:
            pull.out_at, pull.condition_out = None, ""
            if item.status == "out" and item.out_to_id == pull.dancer_id:
                item.status, item.out_to_id, item.out_since = "in_store", None, None
        session.flush()


def out_rows(db: Database, event_id: int) -> tuple[OutRow, ...]:
    """What went out with a date's call, not back first, then by tag."""
    with db.read() as session:
        row = event_row(session, event_id)
        found = session.execute(
            select(PullItem, CostumeItem.tag, CostumeItem.name, Dancer.name)
            .join(CostumeItem, CostumeItem.id == PullItem.costume_id)
            .join(Dancer, Dancer.id == PullItem.dancer_id)
            .where(PullItem.event_id == row.id, PullItem.out_at.is_not(None))
        ).all()
        rows = [
            OutRow(
                tag, name, dancer, pull.out_at or utcnow(), pull.back_at, pull.damage, pull.washed
            )
            for pull, tag, name, dancer in found
        ]
        return tuple(sorted(rows, key=lambda r: (r.back_at is not None, r.tag)))


def exception_report(db: Database, event_id: int) -> ExceptionReport:
    with db.read() as session:
        row = event_row(session, event_id)
        found = session.execute(
            select(PullItem, CostumeItem, Dancer.name)
            .join(CostumeItem, CostumeItem.id == PullItem.costume_id)
            .join(Dancer, Dancer.id == PullItem.dancer_id)
            .where(PullItem.event_id == row.id, PullItem.out_at.is_not(None))
            .order_by(CostumeItem.tag)
        ).all()
        missing, damaged, laundry = [], [], []
        for pull, item, dancer in found:
            if pull.back_at is None:
                missing.append(
                    ExceptionLine(
                        item.tag,
                        item.name,
                        dancer,
                        Text(
                            "{tag} did not come back; {dancer} had it last.",
                            tag=item.tag,
                            dancer=dancer,
                        ),
                    )
                )
                continue
            if pull.damage:
                damaged.append(
                    ExceptionLine(
                        item.tag,
                        item.name,
                        dancer,
                        Text("{tag} came back damaged: {damage}", tag=item.tag, damage=pull.damage),
                    )
                )
            if pull.washed:
                laundry.append(
                    ExceptionLine(item.tag, item.name, dancer, Text("{tag} to wash.", tag=item.tag))
                )
        return ExceptionReport(
            event_record(session, row),
            tuple(missing),
            tuple(damaged),
            tuple(laundry),
            tuple(_to_mend(session, row, [item.id for _p, item, _d in found])),
        )


def _to_mend(session: Session, row: Event, item_ids: list[int]) -> list[ExceptionLine]:
    """The pieces of this call with an open repair or alteration, when a coming date needs them."""
    open_ = session.execute(
        select(CostumeItem.id, CostumeItem.tag, CostumeItem.name)
        .join(Alteration, Alteration.costume_id == CostumeItem.id)
        .where(CostumeItem.id.in_(item_ids or [0]), Alteration.done_on.is_(None))
        .distinct()
    ).all()
    coming = holds_on(session, [i.id for i in open_], row.ends_at, FOREVER)
    found = []
    for item_id, tag, name in open_:
        if item_id in coming:
            hold = coming[item_id][0]
            found.append(
                ExceptionLine(
                    tag,
                    name,
                    hold.wearer,
                    Text(
                        "{tag} must be mended before {production}, {day}.",
                        tag=tag,
                        production=hold.event.production,
                        day=hold.event.starts_at.strftime("%Y-%m-%d %H:%M"),
                    ),
                )
            )
    return found
