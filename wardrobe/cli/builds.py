"""Patterns and builds from the command line, through the same services as the window."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..errors import InvalidInput
from ..language.dates import parse_day
from ..language.i18n import N_, Text
from ..language.vocabulary import stock_amount
from ..records import BuildRecord
from ..services import build_work, builds, patterns
from ..store.database import Database
from .speech import said, tell


def _pairs(values: list[str], field: str) -> list[tuple[str, str]]:
    found = []
    for value in values:
        name, sep, amount = value.rpartition("=")
        if not sep or not name.strip() or not amount.strip():
            raise InvalidInput(
                field=field, detail=Text("“{value}”: write NAME=QUANTITY", value=value)
            )
        found.append((name.strip(), amount.strip()))
    return found


def pattern_add(db: Database, args: argparse.Namespace) -> int:
    stages = [
        (name, hours.rstrip("!"), hours.endswith("!"))
        for name, hours in _pairs(args.stage, "--stage")
    ]
    made = patterns.add_pattern(
        db,
        args.company,
        args.name,
        piece_type=args.piece_type,
        materials=_pairs(args.material, "--material"),
        stages=stages,
        style=args.style,
        layers=args.layers,
    )
    tell(
        args,
        N_("Pattern “{name}”: {materials} material(s), {stages} stage(s), {hours:g} h."),
        name=made.name,
        materials=len(made.materials),
        stages=len(made.stages),
        hours=made.minutes / 60,
    )
    return 0


def pattern_list(db: Database, args: argparse.Namespace) -> int:
    for found in patterns.patterns(db, args.company):
        uses = ", ".join(
            f"{m.material} {stock_amount(m.quantity, m.unit).say(args.language)}"
            for m in found.materials
        )
        print(f"{found.name} ({found.piece_type}) · {found.minutes / 60:g} h · {uses or '—'}")
    return 0


def _line(args: argparse.Namespace, build: BuildRecord) -> str:
    done = f"{build.stages_done}/{len(build.stages)}"
    for_ = (
        f" · {build.production}" + (f", {build.role}" if build.role else "")
        if build.production
        else ""
    )
    return (
        f"B-{build.id:04d}  {build.due_on.isoformat()}  {build.title} × {len(build.pieces)}"
        f"{for_} · {said(args, N_('stages {done}'), done=done)} · {build.status}"
    )


def build_new(db: Database, args: argparse.Namespace) -> int:
    saved = builds.new_build(
        db,
        args.company,
        pattern=args.pattern,
        due_on=parse_day(args.due, args.language, N_("due")),
        dancers=args.dancers,
        count=args.count,
        title=args.title,
        production=args.production,
        role=args.role,
    )
    print(_line(args, saved.build))
    for short in saved.short:
        print(short.say(args.language))
    return 0


def _json(build: BuildRecord) -> dict[str, Any]:
    return {
        "number": build.number,
        "title": build.title,
        "company": build.company,
        "pattern": build.pattern,
        "due": build.due_on.isoformat(),
        "status": build.status,
        "production": build.production or None,
        "role": build.role or None,
        "pieces": [{"dancer": p.dancer or None, "tag": p.tag or None} for p in build.pieces],
        "materials": [
            {
                "material": m.material,
                "unit": m.unit,
                "needed": m.needed,
                "reserved": m.reserved,
                "used": m.used,
            }
            for m in build.materials
        ],
        "stages": [
            {
                "stage": s.name,
                "hours": s.minutes / 60,
                "fitting": s.fitting,
                "done": s.done_on.isoformat() if s.done_on else None,
                "hours_worked": s.worked_minutes / 60 if s.worked_minutes else None,
                "by": s.done_by or None,
                "note": s.note or None,
            }
            for s in build.stages
        ],
    }


def build_list(db: Database, args: argparse.Namespace) -> int:
    found = builds.builds(db, args.company, status=None if args.all else "open")
    if args.json:
        print(json.dumps([_json(b) for b in found], ensure_ascii=False, indent=2))
        return 0
    for build in found:
        print(_line(args, build))
    return 0


def build_show(db: Database, args: argparse.Namespace) -> int:
    build = builds.build(db, args.build)
    print(_line(args, build))
    for piece in build.pieces:
        print(f"  {piece.position}. {piece.dancer or '—'} {piece.tag}")
    for m in build.materials:
        amount = stock_amount(m.needed, m.unit).say(args.language)
        held = stock_amount(m.reserved, m.unit).say(args.language)
        used = stock_amount(m.used, m.unit).say(args.language)
        print(f"  {m.material}: {amount} ({held} / {used})")
    for s in build.stages:
        mark = "✓" if s.done_on else " "
        worked = f" {s.worked_minutes / 60:g} h, {s.done_by}" if s.worked_minutes else ""
        print(f"  [{mark}] {s.position}. {s.name} ({s.minutes / 60:g} h){worked}")
    return 0


def build_stage(db: Database, args: argparse.Namespace) -> int:
    build = build_work.stage_done(
        db,
        args.build,
        args.position,
        hours=args.hours,
        days=args.days,
        by=args.by,
        note=args.note,
        uses=_pairs(args.use, "--use"),
    )
    print(_line(args, build))
    return 0


def build_finish(db: Database, args: argparse.Namespace) -> int:
    rest = "use" if args.use_rest else "free" if args.free_rest else "ask"
    build = build_work.finish(db, args.build, rest=rest)
    print(_line(args, build))
    for piece in build.pieces:
        print(f"  {piece.tag} {piece.dancer}")
    return 0


def build_cancel(db: Database, args: argparse.Namespace) -> int:
    print(_line(args, build_work.cancel(db, args.build)))
    return 0


def build_assign(db: Database, args: argparse.Namespace) -> int:
    print(_line(args, build_work.assign(db, args.build, args.position, args.maker)))
    return 0


def build_calendar(db: Database, args: argparse.Namespace) -> int:
    from ..services import build_calendar as planner
    from ..services import companies

    company_id = companies.get_company(db, args.company).id if args.company else None
    weeks, late = planner.calendar(db, company_id)
    for week in weeks:
        who = week.maker or said(args, N_("the workroom"))
        print(f"{week.week.isoformat()}  {who}: {week.hours:g} h / {week.capacity:g} h")
    for problem in late:
        print(problem.said.say(args.language))
    return 1 if late else 0


def maker_add(db: Database, args: argparse.Namespace) -> int:
    build_work.add_maker(
        db, args.company, args.name, hourly_rate=args.rate, hours_per_week=args.hours_per_week
    )
    tell(args, N_("{name} joins the workroom."), name=args.name)
    return 0


def maker_list(db: Database, args: argparse.Namespace) -> int:
    for name, rate, hours in build_work.makers(db, args.company):
        shown = "—" if rate is None else f"{rate / 100:.2f}"
        print(f"{name}: {shown} · {hours} h")
    return 0


def maker_rate(db: Database, args: argparse.Namespace) -> int:
    from ..services import costs

    costs.set_rate(db, args.company, args.amount)
    return 0


def work_sheet(db: Database, args: argparse.Namespace) -> int:
    from ..reports.build_sheets import render_work_sheet
    from ..reports.build_sheets import work_sheet as gathered
    from .printing import _output, _report, _write_pdf

    target = _output(args.output)
    sheet = gathered(db, args.build)
    result = _write_pdf(target, lambda t: render_work_sheet(sheet, t))
    return _report(args, result, target, said(args, N_("Work sheet")))


def costs_(db: Database, args: argparse.Namespace) -> int:
    from ..services import companies, costs
    from ..services.stock_amounts import unit_cost_minor
    from .productions import _production

    production = _production(db, args)
    if args.budget is not None:
        costs.set_budget(db, production.id, unit_cost_minor(args.budget))
    cost = costs.production_cost(db, production.id)
    if args.output:
        from ..reports.build_sheets import render_cost_report
        from .printing import _output, _report, _write_pdf

        company = companies.get_company(db, production.company_id)
        target = _output(args.output)
        result = _write_pdf(
            target, lambda t: render_cost_report(cost, company.language, company.paper, t)
        )
        return _report(args, result, target, said(args, N_("Cost report")))
    if args.json:
        document = {
            "production": cost.production,
            "currency": cost.currency,
            "budget": cost.budget,
            "total": cost.total,
            "left": cost.left,
            "builds": [
                {
                    "build": f"B-{b.build_id:04d}",
                    "title": b.title,
                    "materials": b.materials,
                    "labour": b.labour,
                    "hours": b.hours,
                    "estimated": b.estimated,
                }
                for b in cost.builds
            ],
            "orders": [{"order": o.what, "amount": o.amount} for o in cost.orders],
            "pointe": {"pairs": int(cost.pointe.what), "amount": cost.pointe.amount},
            "unpriced": list(cost.unpriced),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    for b in cost.builds:
        print(f"B-{b.build_id:04d} {b.title}: {b.total / 100:.2f} {cost.currency}")
    for o in cost.orders:
        print(f"{o.what}: {o.amount / 100:.2f} {cost.currency}")
    print(f"{said(args, N_('pointe shoes'))}: {cost.pointe.amount / 100:.2f} {cost.currency}")
    budget = "—" if cost.budget is None else f"{cost.budget / 100:.2f}"
    print(f"= {cost.total / 100:.2f} {cost.currency} / {budget}")
    return 0


def order_charge(db: Database, args: argparse.Namespace) -> int:
    from ..services import costs
    from .productions import _production

    production = _production(db, args) if args.production else None
    costs.charge_order(db, args.number, production.id if production else None)
    if production is not None:
        tell(
            args,
            N_("{number} charged to “{title}”."),
            number=args.number.upper(),
            title=production.title,
        )
    return 0


def value_(db: Database, args: argparse.Namespace) -> int:
    from ..services import costs

    worth = costs.inventory_value(db, args.company)
    if args.json:
        print(
            json.dumps(
                {
                    "company": worth.company,
                    "currency": worth.currency,
                    "total": worth.total,
                    "unvalued": worth.unvalued,
                    "by_production": {
                        line.what or None: line.amount for line in worth.by_production
                    },
                    "by_type": {line.what: line.amount for line in worth.by_type},
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for line in worth.by_production:
        print(f"{line.what or '—'}: {line.amount / 100:,.2f} {worth.currency}")
    print(f"= {worth.total / 100:,.2f} {worth.currency}")
    if worth.unvalued:
        tell(args, N_("{count} item(s) have no replacement value."), count=worth.unvalued)
    return 0


ACTIONS = {
    "new": build_new,
    "list": build_list,
    "show": build_show,
    "stage": build_stage,
    "finish": build_finish,
    "cancel": build_cancel,
    "assign": build_assign,
    "calendar": build_calendar,
}
PATTERN_ACTIONS = {"add": pattern_add, "list": pattern_list}
MAKER_ACTIONS = {"add": maker_add, "list": maker_list, "rate": maker_rate}
