"""The command line's options and commands, their help in the reader's language (argparse's
own words too: "usage", "options", its error sentences)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from ..i18n import LANGUAGES, N_, translate
from ..models.orders import ORDER_STATUSES
from ..version import describe
from ..vocabulary import CONDITIONS

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
    "PLACE,PLACE": N_("PLACE,PLACE"),
    "place": N_("PLACE"),
    "TAG": N_("TAG"),
    "number": N_("ORDER"),
    "line": N_("LINE"),
    "quantity": N_("QUANTITY"),
    "tag": N_("TAG"),
    "dir": N_("FOLDER"),
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


MAX_WHOLE = 1_000_000  # a count, a seed, a line or a pair number: more is a slip of the keys


def whole_number(text: str) -> int:
    """A whole number from 0 to ``MAX_WHOLE`` (``--limit 10^23`` overflowed the database's
    integers); anything else is argparse's usage error, exit 1."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”: a whole number is needed") from None
    if not 0 <= value <= MAX_WHOLE:
        raise argparse.ArgumentTypeError(f"“{text}”: give a whole number from 0 to {MAX_WHOLE:,}")
    return value


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
    _engagement_commands(commands, db_option, t)
    _order_commands(commands, db_option, t)
    _photo_commands(commands, db_option, t)
    _name_values([parser, *_all_commands(commands)], language)
    return parser


def _photo_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    """Photos of the items, and the costume book that prints them."""
    tag = t(N_("the item's tag"))
    photo = commands.add_parser(
        "photo", parents=[db_option], help=t(N_("add, list, save and remove an item's photos"))
    )
    actions = photo.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    add = actions.add_parser(
        "add",
        parents=[db_option],
        help=t(N_("add a photo (made upright, stripped of its metadata, resized)")),
    )
    add.add_argument("tag", help=tag)
    add.add_argument("file", help=t(N_("the picture: JPEG, PNG, WebP, GIF")))
    add.add_argument("--main", action="store_true", help=t(N_("make it the item's main photo")))
    listing = actions.add_parser("list", parents=[db_option], help=t(N_("the item's photos")))
    listing.add_argument("tag", help=tag)
    listing.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    save = actions.add_parser(
        "save", parents=[db_option], help=t(N_("write the stored photos as JPEG files"))
    )
    save.add_argument("tag", help=tag)
    save.add_argument("dir", help=t(N_("the folder to write them in")))
    remove = actions.add_parser("remove", parents=[db_option], help=t(N_("remove a photo")))
    remove.add_argument("tag", help=tag)
    remove.add_argument(
        "number", type=whole_number, metavar="N", help=t(N_("its number, as photo list shows it"))
    )
    book = commands.add_parser(
        "costume-book",
        parents=[db_option],
        help=t(N_("print a production's costume book: each role's pieces with their photos")),
    )
    book.add_argument("--production", required=True, help=t(N_("the production's title")))
    book.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    book.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def _order_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    """Purchase orders, stocktakes and count sheets (the window is where staff do this)."""
    company = t(N_("only this company (name, code or city)"))
    number = t(N_("the order's number, PO-BN-0001"))
    orders = commands.add_parser(
        "orders", parents=[db_option], help=t(N_("draft, send, receive and list purchase orders"))
    )
    actions = orders.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    draft = actions.add_parser(
        "draft",
        parents=[db_option],
        help=t(N_("one draft order per supplier from the alerts, rounded to packs")),
    )
    draft.add_argument("--company", help=company)
    listing = actions.add_parser(
        "list", parents=[db_option], help=t(N_("the orders with their status"))
    )
    listing.add_argument("--company", help=company)
    listing.add_argument(
        "--status",
        choices=ORDER_STATUSES,
        help=t(N_("only the orders of this status")),
    )
    listing.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    send = actions.add_parser(
        "send", parents=[db_option], help=t(N_("write the order's PDF and mark it sent"))
    )
    send.add_argument("number", help=number)
    send.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    receive = actions.add_parser(
        "receive", parents=[db_option], help=t(N_("a delivery against an order"))
    )
    receive.add_argument("number", help=number)
    receive.add_argument(
        "--all", action="store_true", help=t(N_("everything the order still awaits"))
    )
    receive.add_argument("--line", type=whole_number, help=t(N_("the line delivered")))
    receive.add_argument(
        "--quantity", help=t(N_("how much of it, in the line's unit (metres, yards, pairs)"))
    )
    cancel = actions.add_parser("cancel", parents=[db_option], help=t(N_("call an order off")))
    cancel.add_argument("number", help=number)

    place = t(N_("the place as the window shows it (Réserve / Bac 3) or its label's code"))
    counting = commands.add_parser(
        "stocktake", parents=[db_option], help=t(N_("count a place with a scanner"))
    )
    steps = counting.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    start = steps.add_parser(
        "start", parents=[db_option], help=t(N_("start counting a place, or resume its count"))
    )
    start.add_argument("place", help=place)
    start.add_argument("--company", help=company)
    scan = steps.add_parser(
        "scan", parents=[db_option], help=t(N_("tags found in the place being counted"))
    )
    scan.add_argument("place", help=place)
    scan.add_argument("tags", nargs="+", metavar="TAG", help=t(N_("the tags scanned")))
    scan.add_argument("--company", help=company)
    finish = steps.add_parser(
        "finish",
        parents=[db_option],
        help=t(N_("end the count: mark what is missing, say what was found where")),
    )
    finish.add_argument("place", help=place)
    finish.add_argument("--company", help=company)
    finish.add_argument(
        "--move-misplaced",
        action="store_true",
        help=t(N_("move every misplaced item to the counted place")),
    )
    finish.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    finish.add_argument("-o", "--output", metavar="FILE.pdf", help=t(N_("the report (PDF)")))

    sheet = commands.add_parser(
        "count-sheet",
        parents=[db_option],
        help=t(N_("print a count sheet of a company's materials (PDF)")),
    )
    sheet.add_argument("--company", required=True, help=company)
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def _engagement_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    """Guest engagements, swaps and loans (the window is where staff do this)."""
    day = t(N_("a date: 2026-11-28, or as your language writes it"))
    engage = commands.add_parser(
        "engage",
        parents=[db_option],
        help=t(N_("send a dancer to the other company as a guest, from a date")),
    )
    engage.add_argument("dancer", help=t(N_("the dancer's name (accents optional) or number")))
    engage.add_argument("--to", required=True, help=t(N_("the host company")))
    engage.add_argument("--from", dest="starts_on", required=True, help=day)
    engage.add_argument("--until", help=t(N_("the last day (none: open-ended)")))
    engage.add_argument(
        "--pairs", type=whole_number, help=t(N_("the pointe pairs taken along (default: all)"))
    )

    swap = commands.add_parser(
        "swap",
        parents=[db_option],
        help=t(N_("exchange dancers of the two companies on the same dates")),
    )
    swap.add_argument(
        "dancers",
        nargs="+",
        help=t(N_("dancers two by two: each followed by the one exchanged for")),
    )
    swap.add_argument("--from", dest="starts_on", required=True, help=day)
    swap.add_argument("--until", required=True, help=day)

    listing = commands.add_parser(
        "engagements", parents=[db_option], help=t(N_("list the guest engagements under way"))
    )
    listing.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    listing.add_argument("--all", action="store_true", help=t(N_("the ended ones too")))
    listing.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))

    end = commands.add_parser(
        "end-engagement",
        parents=[db_option],
        help=t(N_("bring a dancer home: the pointe shoes come back; lists what must return")),
    )
    end.add_argument("dancer", help=t(N_("the dancer's name (accents optional) or number")))
    end.add_argument("--on", help=t(N_("the day of return (default: today)")))
    end.add_argument(
        "--pairs", type=whole_number, help=t(N_("the pointe pairs brought back (default: all)"))
    )

    lend = commands.add_parser(
        "lend",
        parents=[db_option],
        help=t(N_("lend items to the other company or an outside borrower until a date")),
    )
    lend.add_argument("tags", help=t(N_("the items' tags, comma-separated")))
    lend.add_argument(
        "--to", dest="borrower", required=True, help=t(N_("a company, or a borrower's name"))
    )
    lend.add_argument("--until", help=t(N_("the due date (needed for an outside borrower)")))
    lend.add_argument(
        "--with-dancer", help=t(N_("they travel with this dancer on a guest engagement"))
    )
    lend.add_argument(
        "--agreement",
        metavar="FILE.pdf",
        help=t(N_("print the loan agreement to sign (PDF) here too")),
    )

    back = commands.add_parser(
        "return-loan", parents=[db_option], help=t(N_("take lent items back"))
    )
    back.add_argument("tags", help=t(N_("the items' tags, comma-separated")))
    back.add_argument(
        "--condition",
        choices=CONDITIONS,
        help=t(N_("their condition on return (default: as they went)")),
    )

    packing = commands.add_parser(
        "packing-list",
        parents=[db_option],
        help=t(N_("print what travels with a guest dancer (PDF); --pack adds items first")),
    )
    packing.add_argument("dancer", help=t(N_("the dancer's name (accents optional) or number")))
    packing.add_argument(
        "--pack", dest="tags", help=t(N_("lend these items alongside first, comma-separated"))
    )
    packing.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    travel = commands.add_parser(
        "travel",
        parents=[db_option],
        help=t(N_("scan a guest's items leaving or arriving; says what is missing at arrival")),
    )
    travel.add_argument("dancer", help=t(N_("the dancer's name (accents optional) or number")))
    way = travel.add_mutually_exclusive_group(required=True)
    way.add_argument("--leaving", dest="leaving", help=t(N_("the items' tags, comma-separated")))
    way.add_argument("--arriving", dest="arriving", help=t(N_("the items' tags, comma-separated")))

    doubles = commands.add_parser(
        "doubles",
        parents=[db_option],
        help=t(N_("print a production's doubles: twin pieces side by side, measures that differ")),
    )
    doubles.add_argument("--production", required=True, help=t(N_("the production's title")))
    doubles.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    doubles.add_argument(
        "--tolerance",
        type=float,
        default=2.0,
        help=t(N_("the difference worth saying, in cm (default 2)")),
    )
    doubles.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    loans = commands.add_parser("loans", parents=[db_option], help=t(N_("list the open loans")))
    loans.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    loans.add_argument("--overdue", action="store_true", help=t(N_("only those past due")))
    loans.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
