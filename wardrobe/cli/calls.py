"""The schedule and the day's call from the command line: events listed, added, changed and
removed; who is called and when, her looks and pieces, and what is not ready; the schedule or
a dancer's own calls as an .ics file. Read through the same services as the window."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InvalidInput
from ..files.output_file import checked_output, write_private
from ..language.dates import parse_day, parse_moment
from ..language.i18n import N_, Text
from ..language.vocabulary import word
from ..records import Call, EventRecord
from ..services import calls, casting, companies, holds, schedule
from ..store.database import Database
from .productions import _production
from .speech import said, tell


def _event_json(event: EventRecord) -> dict[str, Any]:
    return {
        "id": event.id,
        "production": event.production,
        "company": event.company,
        "kind": event.kind,
        "starts": event.starts_at.isoformat(timespec="minutes"),
        "ends": event.ends_at.isoformat(timespec="minutes"),
        "time_zone": event.time_zone,
        "venue": event.venue,
        "cast": event.cast_number,
        "changes": [
            {"role": c.role, "dancer": c.dancer, "replaces": c.replaces or None}
            for c in event.changes
        ],
    }


def _line(args: argparse.Namespace, event: EventRecord) -> str:
    when = event.starts_at.strftime("%Y-%m-%d %H:%M")
    cast = said(args, N_("cast {cast}"), cast=event.cast_number)
    what = word(event.kind, args.language)
    changes = f" ({len(event.changes)}±)" if event.changes else ""
    venue = f" · {event.venue}" if event.venue else ""
    return f"{event.id:>4}  {when}  {event.production} · {what} · {cast}{changes}{venue}"


def _day(args: argparse.Namespace, text: str | None, field: str) -> date | None:
    return parse_day(text, args.language, field) if text else None


def schedule_(db: Database, args: argparse.Namespace) -> int:
    since = _day(args, args.since, N_("from"))
    production_id = _production(db, args).id if args.production else None
    if args.ics:
        # icalendar is imported only to write a calendar (not at every start of the program).
        from ..transfer.calendar_export import dancer_calendar, schedule_calendar

        target = checked_output(Path(args.ics).expanduser())
        if target.suffix.lower() != ".ics":
            raise InvalidInput(
                field=N_("output"),
                detail=Text("{path}: give a file name ending in .ics", path=args.ics),
            )
        data = (
            dancer_calendar(db, args.dancer, since=since)
            if args.dancer
            else schedule_calendar(
                db, company=args.company, production_id=production_id, since=since
            )
        )
        write_private(target, data)
        tell(args, N_("The calendar is written to {target}."), target=str(target))
        return 0
    found = schedule.events(
        db,
        company=args.company,
        production_id=production_id,
        since=since,
        until=_day(args, args.until, N_("to")),
    )
    if args.json:
        print(json.dumps([_event_json(e) for e in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        tell(args, N_("Nothing is on the schedule."))
    for event in found:
        print(_line(args, event))
    return 0


def event_add(db: Database, args: argparse.Namespace) -> int:
    production = _production(db, args)
    added = schedule.add_event(
        db,
        production.id,
        kind=args.kind.replace("-", "_"),
        starts_at=parse_moment(args.starts, args.language, "starts"),
        ends_at=parse_moment(args.ends, args.language, "ends") if args.ends else None,
        cast_number=args.cast,
        venue=args.venue or "",
        call_minutes=args.called_before,
        notes=args.notes or "",
    )
    tell(args, N_("Event {id} added."), id=added.id)
    print(_line(args, added))
    return 0


def event_change(db: Database, args: argparse.Namespace) -> int:
    event = schedule.event(db, args.event)
    roles = {name.casefold(): role_id for role_id, name in casting.roles(db, event.production_id)}
    role_id = roles.get(args.role.strip().casefold())
    if role_id is None:
        raise InvalidInput(
            field=N_("role"),
            detail=Text(
                "“{role}” is not a role of {title}", role=args.role, title=event.production
            ),
        )
    changed = schedule.change_cast(db, event.id, role_id, args.dancer, replaces=args.replaces)
    print(_line(args, changed))
    return 0


def event_remove(db: Database, args: argparse.Namespace) -> int:
    was = schedule.remove_event(db, args.event)
    tell(args, N_("Event {id} removed."), id=was.id)
    return 0


def _call_json(call: Call) -> dict[str, Any]:
    return {
        "event": _event_json(call.event),
        "pieces": call.pieces,
        "not_ready": call.counts(),
        "dancers": [
            {
                "dancer": d.dancer,
                "roles": list(d.roles),
                "called": d.called_at.isoformat(timespec="minutes"),
                "on_stage": d.on_stage_at.isoformat(timespec="minutes") if d.on_stage_at else None,
                "replaces": d.replaces or None,
                "double_of": d.double_of or None,
                "looks": [
                    {
                        "part": lk.part.label,
                        "role": lk.role,
                        "look": lk.look,
                        "pieces": [
                            {
                                "piece": w.piece.description or w.piece.piece_type,
                                "tag": w.tag or None,
                                "how": w.how,
                                "where": w.location,
                                "status": w.status or None,
                            }
                            for w in lk.pieces
                        ],
                    }
                    for lk in d.looks
                ],
                "pointe": {"pairs": d.pointe.pairs, "on_hand": d.pointe.on_hand}
                if d.pointe
                else None,
            }
            for d in call.dancers
        ],
    }


def call_(db: Database, args: argparse.Namespace) -> int:
    """``wardrobe call 42`` (an event) or ``wardrobe call 2026-12-20`` (every event that day)."""
    if args.when.strip().isdigit():
        found = [calls.call(db, int(args.when))]
    else:
        day = parse_day(args.when, args.language, N_("day"))
        company = None
        if args.company:
            company = companies.get_company(db, args.company).id
        found = calls.calls_on(db, day, company)
        if not found:
            tell(args, N_("Nothing is on the schedule that day."))
            return 0
    if args.json:
        print(json.dumps([_call_json(c) for c in found], ensure_ascii=False, indent=2))
        return 0
    for call in found:
        _print_call(args, call)
    return 0


def _print_call(args: argparse.Namespace, call: Call) -> None:
    print(_line(args, call.event))
    tell(
        args,
        N_("{dancers} dancer(s) called, {pieces} piece(s) to pull, {missing} not ready."),
        dancers=len(call.dancers),
        pieces=call.pieces,
        missing=len(call.not_ready),
    )
    for dancer in call.dancers:
        extra = []
        if dancer.replaces:
            extra.append(said(args, N_("for {dancer}"), dancer=dancer.replaces))
        if dancer.double_of:
            extra.append(said(args, N_("double of {principal}"), principal=dancer.double_of))
        note = f" ({', '.join(extra)})" if extra else ""
        print(f"  {dancer.called_at:%H:%M}  {dancer.dancer}{note} · {', '.join(dancer.roles)}")
        for look in dancer.looks:
            pieces = ", ".join(
                w.tag or said(args, N_("to make"))
                if w.how != "to_assign"
                else said(args, N_("to assign"))
                for w in look.pieces
            )
            print(f"           {look.part.label:<6} {look.look}: {pieces}")
        if dancer.pointe is not None:
            print(
                "           "
                + said(
                    args,
                    N_("pointe shoes: {pairs} pair(s) of {spec} ({on_hand} in stock)"),
                    pairs=dancer.pointe.pairs,
                    spec=dancer.pointe.described,
                    on_hand=dancer.pointe.on_hand,
                )
            )
    if call.not_ready:
        tell(args, N_("Not ready:"))
    for problem in call.not_ready:
        where = f"{problem.part} · " if problem.part else ""
        print(f"  {where}{problem.dancer} ({problem.role}): {problem.said.say(args.language)}")


def holds_(db: Database, args: argparse.Namespace) -> int:
    """What needs an item from a day on (or between two days); exits 1 when it is held."""
    since = _day(args, args.since, N_("from")) or date.today()
    until = _day(args, args.until, N_("to"))
    found = (
        holds.free_between(db, args.tag, since, until)
        if until is not None
        else holds.holds_of(db, args.tag, since)
    )
    if args.json:
        document = [{"event": _event_json(h.event), "wearer": h.wearer} for h in found]
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 1 if found else 0
    if not found:
        tell(args, N_("{tag} is free: no date of the schedule needs it then."), tag=args.tag)
        return 0
    for hold in found:
        print(f"{_line(args, hold.event)} · {hold.wearer}")
    return 1


def _printed(db: Database, args: argparse.Namespace, what: str) -> int:
    from ..reports.call_sheets import render_call_sheet, render_pull_list
    from ..services import pulls
    from .printing import _output, _report, _write_pdf

    target = _output(args.output)
    event = schedule.event(db, args.event)
    company = companies.get_company(db, event.company_id)
    if what == "call-sheet":
        call = calls.call(db, event.id)
        result = _write_pdf(
            target, lambda t: render_call_sheet(call, company.language, company.paper, t)
        )
        return _report(args, result, target, said(args, N_("Call sheet")))
    listed = pulls.pull_list(db, event.id)
    result = _write_pdf(
        target, lambda t: render_pull_list(listed, company.language, company.paper, t)
    )
    return _report(args, result, target, said(args, N_("Pull list")))


def call_sheet(db: Database, args: argparse.Namespace) -> int:
    return _printed(db, args, "call-sheet")


def pull_list(db: Database, args: argparse.Namespace) -> int:
    return _printed(db, args, "pull-list")


def call_out(db: Database, args: argparse.Namespace) -> int:
    from ..services import call_returns

    out = call_returns.call_out(db, args.event, dancer=args.dancer)
    tell(args, N_("{count} piece(s) out to their dancers."), count=len(out.went))
    for tag, why in out.left:
        print(f"  {tag} {why.say(args.language)}")
    return 1 if out.left else 0


def call_in(db: Database, args: argparse.Namespace) -> int:
    from ..services import call_returns

    refused = 0
    for tag in [t.strip() for t in args.tags.split(",") if t.strip()]:
        back = call_returns.call_in(
            db, args.event, tag, condition=args.condition, damage=args.damage
        )
        print(back.said.say(args.language), flush=True)  # said as each piece is taken in
        refused += back.kind != "back"
    return 1 if refused else 0


def missing_(db: Database, args: argparse.Namespace) -> int:
    from ..services import call_returns

    if args.output:
        from .dressing import printed

        return printed(db, args)
    report = call_returns.exception_report(db, args.event)
    groups = (
        ("missing", N_("Not back:"), report.missing),
        ("damaged", N_("Damaged:"), report.damaged),
        ("laundry", N_("To wash:"), report.laundry),
        ("to_mend", N_("To mend before the next date:"), report.to_mend),
    )
    if args.json:
        document = {
            key: [{"tag": e.tag, "name": e.name, "dancer": e.dancer} for e in found]
            for key, _title, found in groups
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(_line(args, report.event))
        for _key, title, found in groups:
            if found:
                tell(args, title)
            for line in found:
                print(f"  {line.said.say(args.language)}")
    return 1 if report.missing or report.damaged or report.to_mend else 0
