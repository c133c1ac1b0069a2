"""The schedule as iCalendar (.ics), the file every calendar app reads: a company's or a
production's events, or one dancer's own calls and fittings (from her call time to the end),
each on the wall clock of the production's company (a guest's calls in her host's time zone),
said in that company's language."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from ..language.i18n import Text
from ..language.vocabulary import WORDS
from ..records import EventRecord
from ..services import calls, lookup, schedule
from ..services.lookup import Ref
from ..store.database import Database

PRODUCT = "-//wardrobe//the schedule of a ballet company//EN"


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    return calendar


def _language(db: Database, company_id: int) -> str:
    with db.read() as session:
        return lookup.company(session, company_id).language


def _entry(
    event: EventRecord, uid: str, starts: datetime, summary: str, description: str
) -> CalendarEvent:
    clock = ZoneInfo(event.time_zone)
    entry = CalendarEvent()
    entry.add("uid", uid)
    entry.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    entry.add("dtstart", starts.replace(tzinfo=clock))
    entry.add("dtend", event.ends_at.replace(tzinfo=clock))
    entry.add("summary", summary)
    if event.venue:
        entry.add("location", event.venue)
    if description:
        entry.add("description", description)
    return entry


def _title(event: EventRecord, language: str) -> str:
    return Text(
        "{production}: {kind}", production=event.production, kind=Text(WORDS[event.kind])
    ).say(language)


def schedule_calendar(
    db: Database,
    *,
    company: Ref | None = None,
    production_id: int | None = None,
    since: date | None = None,
) -> bytes:
    """Every event of the schedule (a company's, a production's) from ``since`` on."""
    found = schedule.events(db, company=company, production_id=production_id, since=since)
    calendar = _calendar("wardrobe")
    languages: dict[int, str] = {}
    for event in found:
        language = languages.setdefault(event.company_id, _language(db, event.company_id))
        cast = Text("cast {cast}", cast=event.cast_number).say(language)
        changes = "; ".join(
            Text("{dancer} for {out} as {role}", dancer=c.dancer, out=c.replaces, role=c.role).say(
                language
            )
            if c.replaces
            else Text("{dancer} as {role}", dancer=c.dancer, role=c.role).say(language)
            for c in event.changes
        )
        calendar.add_component(
            _entry(
                event,
                f"event-{event.id}@wardrobe",
                event.starts_at,
                _title(event, language),
                "\n".join(p for p in (cast, changes, event.notes) if p),
            )
        )
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def dancer_calendar(db: Database, dancer: Ref, *, since: date | None = None) -> bytes:
    """One dancer's calls and fittings: each from her call time (an hour before she is first
    on stage, as the production says) to the event's end, with her roles and looks."""
    with db.read() as session:
        who = lookup.dancer(session, dancer)
        name, dancer_id = who.name, who.id
    calendar = _calendar(name)
    for event in schedule.events(db, since=since):
        call = calls.call(db, event.id)
        hers = next((d for d in call.dancers if d.dancer_id == dancer_id), None)
        if hers is None:
            continue
        language = _language(db, event.company_id)
        roles = ", ".join(hers.roles)
        looks = "\n".join(f"{lk.part.label} {lk.look}" for lk in hers.looks)
        called = Text("Called at {time}", time=hers.called_at.strftime("%H:%M")).say(language)
        calendar.add_component(
            _entry(
                event,
                f"call-{event.id}-{dancer_id}@wardrobe",
                hers.called_at,
                f"{_title(event, language)} — {roles}",
                "\n".join(p for p in (called, looks, event.notes) if p),
            )
        )
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
