"""The command line's options and commands, their help in the reader's language (argparse's
own words too: "usage", "options", its error sentences)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from ..language.i18n import LANGUAGES, N_, translate
from ..version import describe
from .argument_types import whole_number
from .parser_areas import (
    engagement_commands,
    order_commands,
    photo_commands,
    production_commands,
)
from .parser_builds import build_commands
from .parser_schedule import schedule_commands

KINDS = ["dancers", "costumes", "materials", "pointe"]

# argparse's own sentences (it says them through gettext's ``_``): ours translates them.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("not allowed with argument %s"),
    N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"),
)


# The names the help gives the values to type, said in the reader's language (a value's
# choices, such as the kinds of spreadsheet, are words to type and stay as they are).
VALUE_NAMES = {
    "seed": N_("SEED"),
    "scale": N_("SCALE"),
    "company": N_("COMPANY"),
    "query": N_("WORDS"),
    "limit": N_("NUMBER"),
    "dancer": N_("DANCER"),
    "file": N_("FILE"),
    "layout": N_("LAYOUT"),
    "start": N_("POSITION"),
    "NAME": N_("NAME"),
    "dancers": N_("DANCER"),
    "to": N_("COMPANY"),
    "starts_on": N_("DATE"),
    "until": N_("DATE"),
    "on": N_("DATE"),
    "with_dancer": N_("DANCER"),
    "pairs": N_("PAIRS"),
    "production": N_("TITLE"),
    "tolerance": N_("CM"),
    "tags": N_("TAGS"),
    "leaving": N_("TAGS"),
    "arriving": N_("TAGS"),
    "borrower": N_("BORROWER"),
    "condition": N_("CONDITION"),
    "FILE.pdf": N_("FILE.pdf"),
    "FILE.xlsx": N_("FILE.xlsx"),
    "FILE": N_("FILE"),
    "PLACE,PLACE": N_("PLACE,PLACE"),
    "place": N_("PLACE"),
    "TAG": N_("TAG"),
    "number": N_("ORDER"),
    "line": N_("LINE"),
    "quantity": N_("QUANTITY"),
    "tag": N_("TAG"),
    "dir": N_("FOLDER"),
    "DAY|EVENT": N_("DAY|EVENT"),
    "DAY": N_("DAY"),
    "FILE.ics": N_("FILE.ics"),
    "ends": N_("WHEN"),
    "cast": N_("CAST"),
    "venue": N_("VENUE"),
    "notes": N_("NOTES"),
    "MINUTES": N_("MINUTES"),
    "DANCER": N_("DANCER"),
    "role": N_("ROLE"),
    "damage": N_("DAMAGE"),
    "set": N_("FILE.json"),
    "minutes": N_("MINUTES"),
    "FILE.json": N_("FILE.json"),
    "MATERIAL=QUANTITY": N_("MATERIAL=QUANTITY"),
    "STAGE=HOURS": N_("STAGE=HOURS"),
    "name": N_("NAME"),
    "piece_type": N_("TYPE"),
    "style": N_("STYLE"),
    "layers": N_("LAYERS"),
    "due": N_("DAY"),
    "count": N_("NUMBER"),
    "title": N_("TITLE"),
    "build": N_("BUILD"),
    "position": N_("STAGE"),
    "hours": N_("HOURS"),
    "days": N_("DAYS"),
    "by": N_("NAME"),
    "note": N_("NOTE"),
    "pattern": N_("PATTERN"),
    "maker": N_("MAKER"),
    "rate": N_("AMOUNT"),
    "amount": N_("AMOUNT"),
    "budget": N_("AMOUNT"),
    "hours_per_week": N_("HOURS"),
}


def _all_commands(commands: Any) -> list[argparse.ArgumentParser]:
    """Every command's parser, and those of their steps (``orders send``)."""
    found = []
    for command in commands.choices.values():
        found.append(command)
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                found.extend(action.choices.values())
    return found


def _name_values(parsers: Sequence[argparse.ArgumentParser], language: str) -> None:
    for parser in parsers:
        for action in parser._actions:
            key = action.metavar or action.dest
            if action.nargs != 0 and action.choices is None and key in VALUE_NAMES:
                action.metavar = translate(VALUE_NAMES[str(key)], language)


def language_asked(argv: Sequence[str]) -> str | None:
    """``--lang fr`` or ``--lang=fr`` among the arguments, read before the help is made."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            return arg.split("=", 1)[1]
    return None


def speak_argparse(language: str) -> None:
    """argparse looks its words up through its module's ``_`` at the moment it says them."""
    argparse._ = lambda message: translate(message, language)  # type: ignore[attr-defined]


def build(language: str) -> argparse.ArgumentParser:
    t: Callable[[str], str] = lambda message: translate(message, language)  # noqa: E731
    speak_argparse(language)
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=t(
            N_(
                "inventory to use: a SQLAlchemy URL or a SQLite file path (default: the "
                "per-user inventory)"
            )
        ),
    )
    parser = argparse.ArgumentParser(
        prog="wardrobe",
        parents=[db_option],
        description=t(
            N_(
                "Costume and wardrobe inventory for ballet companies. With no command, opens "
                "the desktop app."
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=describe(),
        help=t(N_("show program's version number and exit")),
    )
    parser.add_argument(
        "--debug", action="store_true", help=t(N_("show tracebacks of unexpected errors"))
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=t(N_("the language of what is said (default: the locale: LANGUAGE, LC_ALL, LANG)")),
    )
    commands = parser.add_subparsers(dest="command", metavar=t(N_("COMMAND")))
    company = t(N_("only this company (name, code or city)"))
    machine = t(N_("machine-readable output"))

    demo = commands.add_parser(
        "demo", parents=[db_option], help=t(N_("fill an empty inventory with a realistic demo"))
    )
    demo.add_argument(
        "--seed", type=whole_number, default=1, help=t(N_("same seed, same demo (default 1)"))
    )
    demo.add_argument(
        "--scale",
        type=whole_number,
        default=1,
        help=t(N_("multiply dancers, productions and costumes, for load tests")),
    )

    alerts = commands.add_parser(
        "alerts", parents=[db_option], help=t(N_("print low-stock alerts"))
    )
    alerts.add_argument("--company", help=company)
    alerts.add_argument("--json", action="store_true", help=machine)

    find = commands.add_parser(
        "find", parents=[db_option], help=t(N_("find costumes, dancers and materials"))
    )
    find.add_argument(
        "query", help=t(N_("tag, name, production, role or colour; accents optional"))
    )
    find.add_argument(
        "--limit", type=whole_number, default=50, help=t(N_("at most this many (50)"))
    )
    find.add_argument("--json", action="store_true", help=machine)

    sheet = commands.add_parser(
        "fitting-sheet",
        parents=[db_option],
        help=t(N_("print fitting sheets (PDF), one dancer per sheet")),
    )
    who = sheet.add_mutually_exclusive_group(required=True)
    who.add_argument("--dancer", metavar="NAME", help=t(N_("one dancer's sheet")))
    who.add_argument(
        "--production", metavar="NAME", help=t(N_("every dancer cast in a production"))
    )
    who.add_argument("--all", action="store_true", help=t(N_("every active dancer")))
    sheet.add_argument(
        "--only-production",
        metavar="NAME",
        help=t(N_("with --dancer: only that production's pieces and roles")),
    )
    sheet.add_argument("--company", help=company)
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    reorder = commands.add_parser(
        "reorder-list",
        parents=[db_option],
        help=t(N_("print the reorder list (PDF), grouped by supplier")),
    )
    reorder.add_argument("--company", help=company)
    reorder.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    labels = commands.add_parser(
        "labels",
        parents=[db_option],
        help=t(N_("print Code 128 tag labels (PDF), many to a sheet")),
    )
    which = labels.add_mutually_exclusive_group(required=True)
    which.add_argument("--tags", metavar="T1,T2", help=t(N_("these tags, comma-separated")))
    which.add_argument("--all", action="store_true", help=t(N_("every item (of --company)")))
    which.add_argument(
        "--places",
        metavar="PLACE,PLACE",
        help=t(N_("place labels: places as the window shows them, or their label codes")),
    )
    labels.add_argument(
        "--company", help=t(N_("only this company's items (with --all), or its places"))
    )
    labels.add_argument(
        "--layout",
        help=t(
            N_("label sheet: L7160, L7163 (A4), 5160, 5163 (Letter); default: the company's paper")
        ),
    )
    labels.add_argument(
        "--start",
        type=whole_number,
        default=1,
        help=t(N_("first free label on the first sheet (1 = top left)")),
    )
    labels.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    check = commands.add_parser(
        "check",
        parents=[db_option],
        help=t(N_("check the inventory: file, references, stock ledger")),
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help=t(
            N_(
                "set quantities that differ from their ledger to the ledger's sum, and make "
                "rooms of one name one room"
            )
        ),
    )

    erase = commands.add_parser(
        "erase-dancer",
        parents=[db_option],
        help=t(N_("erase a dancer's personal data on request (measurements, name in the history)")),
    )
    erase.add_argument("dancer", help=t(N_("the dancer's name (accents optional) or number")))
    erase.add_argument(
        "--yes",
        action="count",
        default=0,
        help=t(
            N_("confirm without being asked; give it twice (--yes --yes) when no one can answer")
        ),
    )

    backup = commands.add_parser(
        "backup", parents=[db_option], help=t(N_("write a consistent backup of the inventory"))
    )
    backup.add_argument("file", nargs="?", help=t(N_("where (default: the backups folder)")))

    importing = commands.add_parser(
        "import",
        parents=[db_option],
        help=t(N_("import a spreadsheet (CSV or .xlsx): all of it, or nothing if a row is bad")),
    )
    importing.add_argument("kind", choices=KINDS)
    importing.add_argument(
        "file", help=t(N_("FILE.csv or FILE.xlsx; costumes also FILE.zip, with their photos"))
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=t(N_("say, row by row, what would be created or changed; change nothing")),
    )
    importing.add_argument(
        "--company",
        help=t(N_("the company of rows that name none (the file has no company column)")),
    )

    exporting = commands.add_parser(
        "export",
        parents=[db_option],
        help=t(N_("export to CSV or .xlsx (imports back unchanged)")),
    )
    exporting.add_argument("kind", choices=KINDS)
    exporting.add_argument(
        "file",
        help=t(N_("FILE.csv or FILE.xlsx (no photos); costumes also FILE.zip, with their photos")),
    )

    restore = commands.add_parser(
        "restore",
        parents=[db_option],
        help=t(N_("replace the inventory by a backup (checked first)")),
    )
    restore.add_argument("file", help=t(N_("the backup to restore")))
    engagement_commands(commands, db_option, t)
    order_commands(commands, db_option, t)
    photo_commands(commands, db_option, t)
    production_commands(commands, db_option, t)
    schedule_commands(commands, db_option, t)
    build_commands(commands, db_option, t)
    _name_values([parser, *_all_commands(commands)], language)
    return parser
