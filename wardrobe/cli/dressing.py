"""Who dresses whom from the command line: a production's dressing plan shown or set (rooms,
dressers, each dancer's room and dresser, where each quick change happens), a date's quick
changes, and its sheets printed: dressing lists per room, dressers' tracks, presets, the
laundry list and the exception report."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from ..errors import InvalidInput
from ..language.i18n import N_, Text
from ..language.vocabulary import word
from ..services import companies, dressing_plan, quick_changes, schedule
from ..store.database import Database
from .productions import _production
from .speech import said, tell


def dressing(db: Database, args: argparse.Namespace) -> int:
    production = _production(db, args)
    if args.set or args.minutes is not None:
        plan = dressing_plan.dressing_plan(db, production.id)
        if args.set:
            plan = dressing_plan.plan_from_names(db, production.id, _named(args.set))
        if args.minutes is not None:
            plan = replace(plan, minutes=args.minutes)
        dressing_plan.save_plan(db, plan)  # one unit of work, whatever was asked
        tell(args, N_("Who dresses whom in “{title}” saved."), title=production.title)
    plan = dressing_plan.dressing_plan(db, production.id)
    named = dressing_plan.plan_names(db, plan)
    if args.json:
        print(json.dumps(named, ensure_ascii=False, indent=2))
        return 0
    if args.set or args.minutes is not None:
        return 0
    tell(args, N_("A quick change: fewer than {minutes} minutes."), minutes=plan.minutes)
    for room in plan.rooms:
        mine = [d.dancer for d in plan.dancers if d.room == room.name]
        dresser = f" ({room.dresser})" if room.dresser else ""
        print(f"{room.name}{dresser}: {', '.join(mine) or '—'}")
    for dancer in plan.dancers:
        if dancer.dresser:
            print(
                said(
                    args,
                    N_("{dancer} is dressed by {dresser}."),
                    dancer=dancer.dancer,
                    dresser=dancer.dresser,
                )
            )
    for change in named["quick_changes"]:
        place = word(change["place"], args.language) if change["place"] else "?"
        who = f" · {change['dresser']}" if change["dresser"] else ""
        print(f"{change['part']} · {change['role']}: {place}{who}")
    return 0


def _named(path: str) -> dict:
    """A plan written with names, as ``--json`` prints it."""
    try:
        named = json.loads(Path(path).expanduser().read_text(encoding="utf-8"))
    except (OSError, ValueError) as problem:
        raise InvalidInput(
            field="--set", detail=Text("{path}: {problem}", path=path, problem=problem)
        ) from problem
    if not isinstance(named, dict):
        raise InvalidInput(field="--set", detail=Text("not a plan: {problem}", problem=path))
    return named


def quick_changes_(db: Database, args: argparse.Namespace) -> int:
    day = quick_changes.day_dressing(db, args.event)
    if args.json:
        document = [
            {
                "at": c.at.isoformat(timespec="minutes"),
                "minutes": c.minutes,
                "dancer": c.dancer,
                "from": c.part_from.label,
                "into": c.part_to.label,
                "look": c.look_to,
                "place": c.place or None,
                "dresser": c.dresser or None,
                "off": [w.tag or w.piece.description for w in c.off],
                "on": [w.tag or w.piece.description for w in c.on],
            }
            for c in day.quick_changes
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for c in day.quick_changes:
            place = word(c.place, args.language) if c.place else "?"
            off = ", ".join(w.tag or w.piece.description for w in c.off) or "—"
            on = ", ".join(w.tag or w.piece.description for w in c.on) or "—"
            print(
                f"{c.at.strftime('%H:%M')}  {c.dancer} · {c.part_from.label} → "
                f"{c.part_to.label} {c.look_to} · {place} · {c.dresser or '?'} · −{off} +{on}"
            )
        for problem in day.problems:
            print(problem.say(args.language))
    return 1 if day.problems else 0


def printed(db: Database, args: argparse.Namespace) -> int:
    from ..reports import dressing_sheets as sheets
    from ..services import call_returns
    from .printing import _output, _report, _write_pdf

    target = _output(args.output)
    event = schedule.event(db, args.event)
    company = companies.get_company(db, event.company_id)
    language, paper = company.language, company.paper
    if args.command in ("laundry", "missing"):
        report = call_returns.exception_report(db, event.id)
        render = (
            sheets.render_laundry_list
            if args.command == "laundry"
            else (sheets.render_exception_report)
        )
        result = _write_pdf(target, lambda t: render(report, language, paper, t))
    else:
        day = quick_changes.day_dressing(db, event.id)
        render_day = {
            "dressing-lists": sheets.render_dressing_lists,
            "tracks": sheets.render_tracks,
            "presets": sheets.render_presets,
        }[args.command]
        result = _write_pdf(target, lambda t: render_day(day, language, paper, t))
    titles = {
        "dressing-lists": N_("Dressing lists"),
        "tracks": N_("Dressers' tracks"),
        "presets": N_("Presets"),
        "laundry": N_("Laundry list"),
        "missing": N_("Exception report"),
    }
    return _report(args, result, target, said(args, titles[args.command]))
