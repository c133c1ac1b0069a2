"""The command line's schedule and call commands: ``schedule``, ``event add|change|remove``,
``call``."""

from __future__ import annotations

import argparse
from typing import Any

from ..language.i18n import N_
from ..language.vocabulary import EVENT_KINDS
from .argument_types import whole_number


def schedule_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    listed = commands.add_parser(
        "schedule",
        parents=[db_option],
        help=t(N_("the schedule: performances, rehearsals, fittings, shooting days")),
    )
    listed.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    listed.add_argument("--production", help=t(N_("only this production")))
    listed.add_argument("--from", dest="since", metavar="DAY", help=t(N_("from this day on")))
    listed.add_argument("--to", dest="until", metavar="DAY", help=t(N_("up to this day")))
    listed.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    listed.add_argument(
        "--ics",
        metavar="FILE.ics",
        help=t(N_("write it as a calendar file, in each company's time zone")),
    )
    listed.add_argument(
        "--dancer", help=t(N_("with --ics: her own calls and fittings, from her call time"))
    )
    event = commands.add_parser(
        "event", parents=[db_option], help=t(N_("add, change or remove a date of the schedule"))
    )
    actions = event.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    add = actions.add_parser("add", parents=[db_option], help=t(N_("a date of a production")))
    add.add_argument("production", help=t(N_("the production's title")))
    add.add_argument(
        "kind", choices=[k.replace("_", "-") for k in EVENT_KINDS], help=t(N_("what it is"))
    )
    add.add_argument("starts", help=t(N_('its day and time, e.g. "2026-12-20 19:30"')))
    add.add_argument("--ends", help=t(N_("its day and time of ending (else the usual length)")))
    add.add_argument("--cast", type=whole_number, default=1, help=t(N_("the cast it uses")))
    add.add_argument("--venue", help=t(N_("where")))
    add.add_argument(
        "--called-before",
        type=whole_number,
        default=60,
        metavar="MINUTES",
        help=t(N_("dancers are called this long before they are first on stage")),
    )
    add.add_argument("--notes")
    add.add_argument("--company", help=t(N_("whose production it is (name, code or city)")))
    change = actions.add_parser(
        "change",
        parents=[db_option],
        help=t(N_("for one event: a dancer in a role, in place of another or as well")),
    )
    change.add_argument("event", type=whole_number, help=t(N_("the event's number")))
    change.add_argument("role")
    change.add_argument("dancer")
    change.add_argument("--for", dest="replaces", metavar="DANCER", help=t(N_("who she replaces")))
    remove = actions.add_parser("remove", parents=[db_option], help=t(N_("remove an event")))
    remove.add_argument("event", type=whole_number, help=t(N_("the event's number")))
    call = commands.add_parser(
        "call",
        parents=[db_option],
        help=t(N_("the day's call: who is called when, her pieces, what is not ready")),
    )
    call.add_argument("when", metavar="DAY|EVENT", help=t(N_("a day, or an event's number")))
    call.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    call.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    held = commands.add_parser(
        "holds",
        parents=[db_option],
        help=t(N_("the dates of the schedule that need an item (is it free then?)")),
    )
    held.add_argument("tag", help=t(N_("the item's tag")))
    held.add_argument("--from", dest="since", metavar="DAY", help=t(N_("from this day on")))
    held.add_argument("--to", dest="until", metavar="DAY", help=t(N_("up to this day")))
    held.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    for name, said_help in (
        ("call-sheet", N_("print a date's call sheet: who is called when, her looks and pieces")),
        ("pull-list", N_("print a date's pull list, in the walking order of the store")),
    ):
        printed = commands.add_parser(name, parents=[db_option], help=t(said_help))
        printed.add_argument("event", type=whole_number, help=t(N_("the event's number")))
        printed.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    out = commands.add_parser(
        "call-out",
        parents=[db_option],
        help=t(N_("everything of a date's call out to its dancers (or one dancer's)")),
    )
    out.add_argument("event", type=whole_number, help=t(N_("the event's number")))
    out.add_argument("--dancer", help=t(N_("only her pieces")))
    back = commands.add_parser(
        "call-in",
        parents=[db_option],
        help=t(N_("pieces back at the end of a date: checked in, washed, or to repair")),
    )
    back.add_argument("event", type=whole_number, help=t(N_("the event's number")))
    back.add_argument("tags", help=t(N_("the items' tags, comma-separated")))
    back.add_argument("--condition", help=t(N_("their condition, if not as they went out")))
    back.add_argument("--damage", default="", help=t(N_("what is damaged: opens its repair")))
    missing = commands.add_parser(
        "missing",
        parents=[db_option],
        help=t(N_("a date's exceptions: not back, damaged, to wash, to mend (exits 1 if any)")),
    )
    missing.add_argument("event", type=whole_number, help=t(N_("the event's number")))
    missing.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    missing.add_argument(
        "-o", "--output", metavar="FILE.pdf", help=t(N_("print the exception report"))
    )
    _dressing_commands(commands, db_option, t)


def _dressing_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    plan = commands.add_parser(
        "dressing",
        parents=[db_option],
        help=t(N_("who dresses whom in a production: rooms, dressers, quick changes")),
    )
    plan.add_argument("production", help=t(N_("the production's title")))
    plan.add_argument("--company", help=t(N_("whose production it is (name, code or city)")))
    plan.add_argument(
        "--set", metavar="FILE.json", help=t(N_("replace it with this plan (as --json prints it)"))
    )
    plan.add_argument(
        "--minutes",
        type=whole_number,
        help=t(N_("a change with fewer minutes than this between two looks is a quick change")),
    )
    plan.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    changes = commands.add_parser(
        "quick-changes",
        parents=[db_option],
        help=t(N_("a date's quick changes: when, where, who, what comes off and goes on")),
    )
    changes.add_argument("event", type=whole_number, help=t(N_("the event's number")))
    changes.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    for name, said_help in (
        ("dressing-lists", N_("print a date's dressing list of each room")),
        ("tracks", N_("print each dresser's track: her dancers and quick changes in show order")),
        ("presets", N_("print what to preset at each quick-change place")),
        ("laundry", N_("print what came back from a date to be washed")),
    ):
        printed = commands.add_parser(name, parents=[db_option], help=t(said_help))
        printed.add_argument("event", type=whole_number, help=t(N_("the event's number")))
        printed.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
