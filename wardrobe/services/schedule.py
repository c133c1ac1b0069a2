"""A production's schedule: performances, dress rehearsals, rehearsals, fittings and shooting
days, each on the wall clock of the production's company, each with the cast it uses and that
day's changes (an injured dancer replaced by her alternate, a guest added). A dancer is never
called to two events at once; an event always has someone to call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, StaleEdit, WrongCompany, WrongState
from ..language.i18n import N_, Text
from ..language.vocabulary import EVENT_HOURS, EVENT_KINDS, WORDS
from ..models import Company, Dancer, Event, EventChange, Production, Role
from ..records import CastRecord, EventChangeRecord, EventRecord
from ..store.database import Database
from . import holding, lookup
from .casting import cast_records
from .event_checks import refuse_lent
from .lookup import NotFound, Ref
from .text_checks import long_text, optional_text

LONGEST_EVENT = timedelta(hours=24)


@dataclass(frozen=True)
class Called:
    """One dancer called in one role for an event (a double with her principal)."""

    role_id: int
    role: str
    dancer_id: int
    dancer: str
    double_of: str = ""
    replaces: str = ""


# -- reading --------------------------------------------------------------------------------
def event_record(session: Session, row: Event) -> EventRecord:
    production = row.production
    company = session.get(Company, production.company_id)
    assert company is not None
    names = _names(
        session, [c.dancer_id for c in row.changes] + [c.replaces_id or 0 for c in row.changes]
    )
    roles = dict(
        session.execute(
            select(Role.id, Role.name).where(Role.id.in_([c.role_id for c in row.changes] or [0]))
        ).all()
    )
    changes = tuple(
        EventChangeRecord(
            c.role_id,
            roles.get(c.role_id, ""),
            c.dancer_id,
            names.get(c.dancer_id, ""),
            c.replaces_id,
            names.get(c.replaces_id or 0, ""),
        )
        for c in sorted(row.changes, key=lambda c: (c.role_id, c.dancer_id))
    )
    return EventRecord(
        row.id,
        production.id,
        production.title,
        company.id,
        company.name,
        company.time_zone,
        row.kind,
        row.starts_at,
        row.ends_at,
        row.call_minutes,
        row.venue,
        row.cast_number,
        row.notes,
        row.version,
        changes,
    )


def _names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    wanted = [i for i in ids if i]
    stmt = select(Dancer.id, Dancer.name).where(Dancer.id.in_(wanted or [0]))
    return dict(session.execute(stmt).all())


def events(
    db: Database,
    *,
    company: Ref | None = None,
    production_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[EventRecord]:
    """The schedule in order of time: of a company, of a production, between two days."""
    with db.read() as session:
        stmt = select(Event).join(Production, Production.id == Event.production_id)
        if company is not None:
            stmt = stmt.where(Production.company_id == lookup.company(session, company).id)
        if production_id is not None:
            stmt = stmt.where(Event.production_id == production_id)
        if since is not None:
            stmt = stmt.where(Event.ends_at >= datetime.combine(since, datetime.min.time()))
        if until is not None:
            stmt = stmt.where(
                Event.starts_at < datetime.combine(until, datetime.min.time()) + timedelta(days=1)
            )
        rows = session.scalars(stmt.order_by(Event.starts_at, Event.id)).all()
        return [event_record(session, row) for row in rows]


def event(db: Database, event_id: int) -> EventRecord:
    with db.read() as session:
        return event_record(session, event_row(session, event_id))


def called(db: Database, event_id: int) -> list[Called]:
    """Who an event calls, role by role (its cast, less those replaced, with those added)."""
    with db.read() as session:
        return lineup(session, event_row(session, event_id))


def event_row(session: Session, event_id: int) -> Event:
    row = session.get(Event, event_id)
    if row is None:
        raise NotFound(what=N_("event"), key=str(event_id))
    return row


def lineup(session: Session, row: Event, casts: list[CastRecord] | None = None) -> list[Called]:
    """Who is called for an event, role by role: its cast's dancers (not its alternates; a
    double with her principal), less those replaced that day, with those added. A role danced
    by one cast only (the corps, at every performance) is danced by that cast, except at a
    fitting (only the cast fitted is called)."""
    found = casts if casts is not None else cast_records(session, row.production_id)
    replaced = {(c.role_id, c.replaces_id) for c in row.changes if c.replaces_id}
    several = {c.role_id for c in found if c.cast_number > 1}  # roles danced in turns
    one_cast = row.kind != "fitting"

    def dances(c: CastRecord) -> bool:
        if c.role_id in several or not one_cast:
            return c.cast_number == row.cast_number
        return c.cast_number == 1

    called = [
        Called(c.role_id, c.role, c.dancer_id, c.dancer, c.double_of)
        for c in found
        if dances(c) and not c.alternate and (c.role_id, c.dancer_id) not in replaced
    ]
    if row.changes:
        names = _names(
            session, [c.dancer_id for c in row.changes] + [c.replaces_id or 0 for c in row.changes]
        )
        roles = {c.role_id: c.role for c in found}
        roles.update(
            session.execute(
                select(Role.id, Role.name).where(Role.id.in_([c.role_id for c in row.changes]))
            ).all()
        )
        called += [
            Called(
                c.role_id,
                roles.get(c.role_id, ""),
                c.dancer_id,
                names.get(c.dancer_id, ""),
                replaces=names.get(c.replaces_id or 0, ""),
            )
            for c in row.changes
        ]
    return called


# -- checks ---------------------------------------------------------------------------------
def _kind(kind: str) -> str:
    if kind not in EVENT_KINDS:
        raise InvalidInput(
            field=N_("kind"),
            detail=Text("one of {kinds}", kinds=", ".join(EVENT_KINDS)),
        )
    return kind


def _times(kind: str, starts_at: datetime, ends_at: datetime | None) -> tuple[datetime, datetime]:
    starts_at = starts_at.replace(second=0, microsecond=0, tzinfo=None)
    ends = ends_at or starts_at + timedelta(hours=EVENT_HOURS[kind])
    ends = ends.replace(second=0, microsecond=0, tzinfo=None)
    if ends <= starts_at:
        raise InvalidInput(field=N_("ends"), detail=Text("it must end after it starts"))
    if ends - starts_at > LONGEST_EVENT:
        raise InvalidInput(field=N_("ends"), detail=Text("an event lasts at most a day"))
    return starts_at, ends


def _minutes(value: int | str, field: str) -> int:
    try:
        minutes = int(str(value).strip())
    except ValueError:
        minutes = -1
    if not 0 <= minutes <= 600:
        raise InvalidInput(field=field, detail=Text("a number of minutes from 0 to 600"))
    return minutes


def _check_cast(session: Session, row: Event, *, loans: bool = True) -> None:
    """An event calls someone; no dancer it calls is called at the same time elsewhere; no
    piece it wears is lent over its day (``loans``; a date put back by Undo is not asked)."""
    casts = cast_records(session, row.production_id)
    called = lineup(session, row, casts)
    if not any(c.cast_number == row.cast_number and not c.alternate for c in casts):
        raise WrongState(
            what=Text("“{title}”", title=row.production.title),
            detail=Text(
                "has no one in cast {cast}: cast its roles first, or choose another cast.",
                cast=row.cast_number,
            ),
        )
    mine = {c.dancer_id: c.dancer for c in called}
    if loans:
        refuse_lent(session, row, mine)
    others = session.scalars(
        select(Event).where(
            Event.id != (row.id or 0),
            Event.starts_at < row.ends_at,
            Event.ends_at > row.starts_at,
        )
    ).all()
    for other in others:
        for c in lineup(session, other):
            if c.dancer_id in mine:
                raise WrongState(
                    what=c.dancer,
                    detail=Text(
                        "is called at the same time to “{title}” ({kind}, {day}).",
                        title=other.production.title,
                        kind=Text(WORDS[other.kind]),
                        day=other.starts_at.strftime("%Y-%m-%d %H:%M"),
                    ),
                )


# -- writing --------------------------------------------------------------------------------
def add_event(
    db: Database,
    production_id: int,
    *,
    kind: str,
    starts_at: datetime,
    ends_at: datetime | None = None,
    cast_number: int = 1,
    venue: str = "",
    call_minutes: int | str = 60,
    notes: str = "",
) -> EventRecord:
    kind = _kind(kind)
    starts, ends = _times(kind, starts_at, ends_at)
    with db.write() as session:
        production = session.get(Production, production_id)
        if production is None:
            raise NotFound(what=N_("production"), key=str(production_id))
        row = Event(
            production=production,
            kind=kind,
            starts_at=starts,
            ends_at=ends,
            cast_number=cast_number,
            venue=optional_text(venue, N_("venue"), 160),
            call_minutes=_minutes(call_minutes, N_("called before")),
            notes=long_text(notes, N_("notes"), 2000, required=False),
        )
        session.add(row)
        session.flush()
        _check_cast(session, row)
        return event_record(session, row)


def edit_event(
    db: Database, event_id: int, *, expected_version: int | None = None, **fields: object
) -> EventRecord:
    """Changes what is given of ``kind``, ``starts_at``, ``ends_at``, ``cast_number``,
    ``venue``, ``call_minutes``, ``notes``; refused if another desk saved it since."""
    with db.write() as session:
        row = event_row(session, event_id)
        if expected_version is not None and row.version != expected_version:
            raise StaleEdit(what=Text("the event of {day}", day=row.starts_at.strftime("%Y-%m-%d")))
        kind = _kind(str(fields.get("kind", row.kind)))
        starts = fields.get("starts_at", row.starts_at)
        ends = fields.get("ends_at", row.ends_at if "starts_at" not in fields else None)
        assert isinstance(starts, datetime) and (ends is None or isinstance(ends, datetime))
        row.kind = kind
        row.starts_at, row.ends_at = _times(kind, starts, ends)
        if "cast_number" in fields:
            row.cast_number = int(str(fields["cast_number"]))
        if "venue" in fields:
            row.venue = optional_text(str(fields["venue"]), N_("venue"), 160)
        if "call_minutes" in fields:
            row.call_minutes = _minutes(str(fields["call_minutes"]), N_("called before"))
        if "notes" in fields:
            row.notes = long_text(str(fields["notes"]), N_("notes"), 2000, required=False)
        row.version += 1
        session.flush()
        _check_cast(session, row)
        return event_record(session, row)


def remove_event(db: Database, event_id: int) -> EventRecord:
    """Removes an event and its changes; returns it as it was (for ``restore_event``)."""
    with db.write() as session:
        row = event_row(session, event_id)
        was = event_record(session, row)
        session.delete(row)
        return was


def restore_event(db: Database, was: EventRecord) -> EventRecord:
    with db.write() as session:
        row = Event(
            production_id=was.production_id,
            kind=was.kind,
            starts_at=was.starts_at,
            ends_at=was.ends_at,
            cast_number=was.cast_number,
            venue=was.venue,
            call_minutes=was.call_minutes,
            notes=was.notes,
        )
        session.add(row)
        session.flush()
        for change in was.changes:
            row.changes.append(
                EventChange(
                    role_id=change.role_id,
                    dancer_id=change.dancer_id,
                    replaces_id=change.replaces_id,
                )
            )
        session.flush()
        _check_cast(session, row, loans=False)
        return event_record(session, row)


def change_cast(
    db: Database, event_id: int, role_id: int, dancer: Ref, *, replaces: Ref | None = None
) -> EventRecord:
    """For one event, ``dancer`` dances the role in place of ``replaces`` (a dancer called in
    it), or as well as its cast: a dancer of the company, or a guest there that day."""
    with db.write() as session:
        row = event_row(session, event_id)
        production = row.production
        role = session.get(Role, role_id)
        if role is None or role.production_id != production.id:
            raise NotFound(what=N_("role"), key=str(role_id))
        who = lookup.dancer(session, dancer, production.company_id)
        home = holding.company_now(session, who, row.starts_at.date())
        if home.id != production.company_id:
            raise WrongCompany(
                dancer=who.name,
                dancer_company=home.name,
                what=Text("“{title}”", title=production.title),
                item_company=lookup.company(session, production.company_id).name,
            )
        called = lineup(session, row)
        if any(c.role_id == role.id and c.dancer_id == who.id for c in called):
            raise WrongState(
                what=who.name, detail=Text("is called as {role} already.", role=role.name)
            )
        out = None
        if replaces is not None:
            out = lookup.dancer(session, replaces, production.company_id)
            if not any(c.role_id == role.id and c.dancer_id == out.id for c in called):
                raise WrongState(
                    what=out.name,
                    detail=Text("is not called as {role} that day.", role=role.name),
                )
        row.changes.append(
            EventChange(role_id=role.id, dancer_id=who.id, replaces_id=out.id if out else None)
        )
        row.version += 1
        session.flush()
        _check_cast(session, row)
        return event_record(session, row)


def undo_change(db: Database, event_id: int, role_id: int, dancer_id: int) -> EventRecord:
    """Takes back one change of an event's cast."""
    with db.write() as session:
        row = event_row(session, event_id)
        row.changes = [c for c in row.changes if (c.role_id, c.dancer_id) != (role_id, dancer_id)]
        row.version += 1
        session.flush()
        return event_record(session, row)
