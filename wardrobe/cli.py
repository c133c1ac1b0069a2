"""The command line: a thin convenience over the same services the window uses."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import __version__
from .database import Database, open_database
from .errors import InvalidInput, WardrobeError, as_refusal
from .i18n import LANGUAGES, N_, Text, language_from
from .private import restrict
from .records import Alert
from .reports.fitting_sheet import PrintResult
from .services import alerts as alert_service
from .services import companies, search
from .text import printable
from .units import base_to_stock, format_money

EXIT_USER_ERROR = 1
EXIT_BUG = 70


def _parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="inventory to use: a SQLAlchemy URL or a SQLite file path "
        "(default: the per-user inventory)",
    )
    parser = argparse.ArgumentParser(
        prog="wardrobe",
        parents=[db_option],
        description="Costume and wardrobe inventory for ballet companies. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"wardrobe {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the language of what is said (default: the locale, LANGUAGE, LC_ALL or LANG)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[db_option], help="fill an empty inventory with a realistic demo"
    )
    demo.add_argument("--seed", type=int, default=1, help="same seed, same demo (default 1)")
    demo.add_argument(
        "--scale",
        type=int,
        default=1,
        help="multiply dancers, productions and costumes, for load tests",
    )

    alerts = commands.add_parser("alerts", parents=[db_option], help="print low-stock alerts")
    alerts.add_argument("--company", help="only this company (name, code or city)")
    alerts.add_argument("--json", action="store_true", help="machine-readable output")

    find = commands.add_parser(
        "find", parents=[db_option], help="find costumes, dancers and materials"
    )
    find.add_argument("query", help="tag, name, production, role or colour; accents optional")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true", help="machine-readable output")
    sheet = commands.add_parser(
        "fitting-sheet",
        parents=[db_option],
        help="print fitting sheets (PDF), one dancer per sheet",
    )
    who = sheet.add_mutually_exclusive_group(required=True)
    who.add_argument("--dancer", metavar="NAME", help="one dancer's sheet")
    who.add_argument("--production", metavar="NAME", help="every dancer cast in a production")
    who.add_argument("--all", action="store_true", help="every active dancer")
    sheet.add_argument(
        "--only-production",
        metavar="NAME",
        help="with --dancer: only that production's pieces and roles",
    )
    sheet.add_argument("--company", help="only this company (name, code or city)")
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    reorder = commands.add_parser(
        "reorder-list",
        parents=[db_option],
        help="print the reorder list (PDF), grouped by supplier",
    )
    reorder.add_argument("--company", help="only this company (name, code or city)")
    reorder.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    labels = commands.add_parser(
        "labels", parents=[db_option], help="print Code 128 tag labels (PDF), many to a sheet"
    )
    which = labels.add_mutually_exclusive_group(required=True)
    which.add_argument("--tags", metavar="T1,T2", help="these tags, comma-separated")
    which.add_argument("--all", action="store_true", help="every item (of --company)")
    labels.add_argument("--company", help="only this company's items (with --all)")
    labels.add_argument(
        "--layout",
        help="label sheet: L7160, L7163 (A4), 5160, 5163 (Letter); default: the company's paper",
    )
    labels.add_argument(
        "--start", type=int, default=1, help="first free label on the first sheet (1 = top left)"
    )
    labels.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    check = commands.add_parser(
        "check", parents=[db_option], help="check the inventory: file, references, stock ledger"
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="set quantities that differ from their ledger to the ledger's sum",
    )

    erase = commands.add_parser(
        "erase-dancer",
        parents=[db_option],
        help="erase a dancer's personal data on request (measurements, name in the history)",
    )
    erase.add_argument("dancer", help="the dancer's name (accents optional) or number")
    erase.add_argument(
        "--yes",
        action="count",
        default=0,
        help="confirm without being asked; give it twice (--yes --yes) when no one can answer",
    )

    backup = commands.add_parser(
        "backup", parents=[db_option], help="write a consistent backup of the inventory"
    )
    backup.add_argument("file", nargs="?", help="where (default: the backups folder)")

    importing = commands.add_parser(
        "import",
        parents=[db_option],
        help="import a spreadsheet (CSV or .xlsx): all of it, or nothing if a row is bad",
    )
    importing.add_argument("kind", choices=["dancers", "costumes", "materials", "pointe"])
    importing.add_argument("file")
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help="say, row by row, what would be created or changed; change nothing",
    )
    importing.add_argument(
        "--company",
        help="the company of rows that name none (the file has no company column)",
    )

    exporting = commands.add_parser(
        "export", parents=[db_option], help="export to CSV or .xlsx (imports back unchanged)"
    )
    exporting.add_argument("kind", choices=["dancers", "costumes", "materials", "pointe"])
    exporting.add_argument("file", help="FILE.csv or FILE.xlsx")

    restore = commands.add_parser(
        "restore", parents=[db_option], help="replace the inventory by a backup (checked first)"
    )
    restore.add_argument("file", help="the backup to restore")
    return parser


WindowOpener = Callable[[str | None], int]


class _Printable:
    """A terminal stream that never passes on a control character (see text.printable)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: Sequence[str] | None = None, open_window: WindowOpener | None = None) -> int:
    """Runs one command; with none, calls ``open_window`` (the GUI hands it in: the core
    never imports the GUI). Nothing it prints can carry an escape sequence."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Printable(out), _Printable(err)  # type: ignore[assignment]
    try:
        return _main(argv, open_window)
    finally:
        if isinstance(sys.stdout, _Printable):
            sys.stdout = out
        sys.stderr = err


def _main(argv: Sequence[str] | None, open_window: WindowOpener | None) -> int:
    args = _parser().parse_args(argv)
    language = args.lang or language_from()
    args.language = language
    target = getattr(args, "db", None)
    try:
        if args.command is None:
            if open_window is None:
                print(
                    "wardrobe: give a command (see --help); "
                    "the desktop window opens from the `wardrobe` program.",
                    file=sys.stderr,
                )
                return EXIT_USER_ERROR
            return open_window(target)
        db = open_database(target, create=args.command in CREATES)
        try:
            if args.command not in RUN_ON_DAMAGED:
                _refuse_if_damaged(db)
            return COMMANDS[args.command](db, args)
        finally:
            db.close()
    except WardrobeError as error:
        print(f"wardrobe: {error.say(language)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the reader went away (`wardrobe alerts | head`): nothing to say
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so that exit does not flush again
        return 0
    except KeyboardInterrupt:
        print("wardrobe: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: one line unless asked for the traceback
        refusal = as_refusal(error)
        if isinstance(refusal, WardrobeError):  # a read-only folder, a full disk
            print(f"wardrobe: {refusal.say(language)}", file=sys.stderr)
            return EXIT_USER_ERROR
        if args.debug:
            raise
        print(
            f"wardrobe: unexpected error ({type(error).__name__}: {error}). "
            "Run again with --debug for the details.",
            file=sys.stderr,
        )
        return EXIT_BUG


# What may make a new inventory where there is none; a read on a mistyped path must not.
CREATES = {"demo", "restore"}
# What may run on a damaged file: the check that says so, and the restore that mends it.
RUN_ON_DAMAGED = {"check", "restore"}


def _refuse_if_damaged(db: Database) -> None:
    """Every other command checks the file first: nothing is read from, written to or
    backed up from a damaged inventory (a backup of it would only rotate good ones away)."""
    from .errors import DatabaseProblem
    from .services import integrity

    damage = integrity.file_damage(db)
    if damage is not None:
        db.read_only = damage.message
        raise DatabaseProblem(
            where=db.display_name,
            detail=Text("{value} {fix}", value=damage.message, fix=damage.fix),
        )


def _demo(db: Database, args: argparse.Namespace) -> int:
    from .demo import fill_demo

    summary = fill_demo(db, seed=args.seed, scale=args.scale)
    print(f"Demo inventory written to {db.display_name} in {summary.seconds:.2f} s:")
    print(
        f"  {summary.companies} companies, {summary.dancers} dancers "
        f"({summary.measurement_sets} measurement sets), {summary.costumes} costume items "
        f"({summary.tutus} tutus, {summary.alterations} alterations),"
    )
    print(
        f"  {summary.pointe_specs} pointe-shoe specifications, {summary.materials} materials, "
        f"{summary.ledger_entries} stock-ledger entries."
    )
    return 0


def _quantity(base: int, unit: str) -> str:
    if unit == "pairs":
        return f"{base} pairs"
    value = base_to_stock(base, unit)
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    return f"{text} {unit}"


def describe_alert(alert: Alert) -> str:
    """Why an item is low, in one sentence."""
    have = _quantity(alert.on_hand, alert.unit)
    if alert.reason == "wont_last_lead_time":
        weeks = alert.weeks_left or 0
        why = (
            f"{have} last {weeks:.1f} weeks at {alert.pairs_per_week:g} a week; "
            f"{alert.supplier or 'the maker'} takes {alert.lead_time_weeks} weeks "
            f"(+{alert.safety_weeks} weeks margin)"
        )
    elif alert.reason == "below_minimum_pairs":
        why = f"{have}, below the minimum of {alert.minimum}"
    else:
        why = f"{have} on hand, below the minimum of {_quantity(alert.minimum, alert.unit)}"
    if alert.on_order:
        why += f"; {_quantity(alert.on_order, alert.unit)} already on order"
    if alert.covered_by_orders:
        return why + ". Nothing more to order."
    order = f"{alert.to_order} {alert.unit}"
    cost = f" ({format_money(alert.order_cost, alert.currency)})" if alert.order_cost else ""
    target = _quantity(alert.target, alert.unit)
    return f"{why}. Order {order}{cost} to reach {target}."


def _alerts(db: Database, args: argparse.Namespace) -> int:
    found = alert_service.compute_alerts(db, args.company)
    if args.json:
        print(json.dumps([_alert_json(a) for a in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(
            "No low stock: every material and every dancer's pointe shoes are above their levels."
        )
        return 0
    companies = sorted({a.company for a in found})
    for company in companies:
        mine = [a for a in found if a.company == company]
        print(f"{company}: {len(mine)} low")
        for group in alert_service.by_supplier(mine):
            totals = ", ".join(format_money(v, k) for k, v in sorted(group.totals.items()))
            print(
                f"  {group.supplier or 'No supplier set'}"
                + (f" (order: {totals})" if totals else "")
            )
            for alert in group.alerts:
                who = f"{alert.for_whom}: " if alert.for_whom else ""
                print(f"    - {who}{alert.what}")
                print(f"      {describe_alert(alert)}")
        print()
    return 0


def _alert_json(alert: Alert) -> dict:
    data = asdict(alert)
    data["on_hand_units"] = _number(alert.on_hand, alert.unit)
    data["on_order_units"] = _number(alert.on_order, alert.unit)
    data["minimum_units"] = _number(alert.minimum, alert.unit)
    data["target_units"] = _number(alert.target, alert.unit)
    data["order_cost"] = alert.order_cost
    data["message"] = describe_alert(alert)
    return data


def _number(base: int, unit: str) -> float | int:
    if unit == "pairs":
        return base
    value: Decimal = base_to_stock(base, unit)
    return int(value) if value == value.to_integral() else float(value)


def _find(db: Database, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    hits = search.find(db, args.query, limit=max(1, args.limit))
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print(f"Nothing matches “{args.query}”.")
        return 0
    for hit in hits:
        detail = f" ({hit.detail})" if hit.detail else ""
        key = f"{hit.key}  " if hit.kind == "costume" else ""
        print(f"{hit.kind:<9}{key}{hit.title}{detail}  [{hit.company}]")
    print(f"{len(hits)} found in {(time.perf_counter() - started) * 1000:.0f} ms.", file=sys.stderr)
    return 0


def _output(path: str) -> Path:
    """Where to write a PDF: the folder must exist; the file is written whole or not at all."""
    target = Path(path).expanduser()
    if target.suffix.lower() != ".pdf":
        raise InvalidInput(
            field=N_("output"), detail=Text("{path}: give a file name ending in .pdf", path=path)
        )
    if not target.parent.is_dir():
        raise InvalidInput(
            field=N_("output"),
            detail=Text("the folder {parent} does not exist", parent=target.parent),
        )
    return target


def _write_pdf(target: Path, render: Callable[[Path], PrintResult]) -> PrintResult:
    """Renders into a temporary file beside the target, then renames: never half a PDF."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        result = render(partial)
        restrict(partial)  # a fitting sheet holds measurements: the user's alone
        os.replace(partial, target)
    except OSError as error:
        raise InvalidInput(
            field=N_("output"),
            detail=Text("{target}: {strerror}", target=target, strerror=error.strerror),
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return result


def _report(result: PrintResult, target: Path, what: str) -> int:
    print(f"{what}: {result.pages} page(s) written to {target}.")
    for warning in result.warnings:
        print(f"wardrobe: warning: {warning}", file=sys.stderr)
    return 0


def _fitting_sheet(db: Database, args: argparse.Namespace) -> int:
    from .reports.data import fitting_sheets
    from .reports.fitting_sheet import render_fitting_sheets

    target = _output(args.output)
    if args.dancer:
        batch = fitting_sheets(
            db, dancer=args.dancer, production=args.only_production, company=args.company
        )
    elif args.production:
        batch = fitting_sheets(db, production=args.production, company=args.company)
    else:
        batch = fitting_sheets(db, company=args.company)
    result = _write_pdf(target, lambda path: render_fitting_sheets(batch, path))
    return _report(result, target, f"{len(batch.sheets)} fitting sheet(s)")


def _reorder_list(db: Database, args: argparse.Namespace) -> int:
    from .reports.reorder_list import render_reorder_list

    target = _output(args.output)
    result = _write_pdf(target, lambda path: render_reorder_list(db, path, company=args.company))
    return _report(result, target, "Reorder list")


def _labels(db: Database, args: argparse.Namespace) -> int:
    from .reports.tag_labels import layout_for, render_labels
    from .services import costumes

    target = _output(args.output)
    if args.all:
        items = costumes.list_items(db, args.company)
    else:
        tags = [t for t in (part.strip() for part in args.tags.split(",")) if t]
        items = [costumes.get_item(db, tag) for tag in tags]
    papers = {c.id: c.paper for c in companies.list_companies(db)}
    paper = papers.get(items[0].company_id, "A4") if items else "A4"
    layout = layout_for(args.layout, paper)
    result = _write_pdf(
        target, lambda path: render_labels(items, path, layout=layout, start=args.start)
    )
    return _report(result, target, f"{len(items)} label(s) on {layout.name} sheets")


def _check(db: Database, args: argparse.Namespace) -> int:
    from .services import integrity

    damage = integrity.file_damage(db)
    if args.repair and damage is None:
        fixed = integrity.repair_stock_from_ledger(db)
        print(f"{fixed} quantit{'y' if fixed == 1 else 'ies'} set from the stock ledger.")
        rooms = integrity.merge_duplicate_rooms(db)
        if rooms:
            print(f"{rooms} room(s) of the same name as another merged into it.")
    problems = [damage] if damage is not None else integrity.check(db)
    if not problems:
        print(
            f"{db.display_name}: all good (file sound, references whole, every quantity "
            "equal to its ledger)."
        )
        return 0
    for problem in problems:
        print(f"Problem: {problem.message}\n  What to do: {problem.fix}")
    return 1


def _backup(db: Database, args: argparse.Namespace) -> int:
    from datetime import datetime

    from .services import backup

    if args.file:
        made = backup.backup_to(db, Path(args.file).expanduser())
    else:
        folder = backup.default_backup_folder(db)
        made = backup.backup_to(db, folder / f"{backup.PREFIX}{datetime.now():%Y%m%d-%H%M%S}.db")
    print(f"Backup written to {made}.")
    return 0


def _restore(db: Database, args: argparse.Namespace) -> int:
    from .services import backup

    target = backup.database_file(db)
    source = Path(args.file).expanduser()
    backup.check_backup_file(source)
    db.close()
    aside = backup.restore(target, source)
    print(f"Restored {target} from {source}; the previous inventory is kept as {aside}.")
    return 0


def _erase_dancer(db: Database, args: argparse.Namespace) -> int:
    """Asked twice (or --yes twice), a backup first on a SQLite file, then one transaction."""
    from datetime import datetime

    from .services import backup, erasure

    ref = int(args.dancer) if args.dancer.isdigit() else args.dancer
    dancer_id, name, company = erasure.who(db, ref)
    questions = (
        f"Erase the personal data of {name} ({company}): her measurements, and her name "
        "everywhere in the history? [y/N] ",
        f"This cannot be undone. Type her name ({name}) to confirm: ",
    )
    for number, question in enumerate(questions, start=1):
        if args.yes >= number:
            continue
        if not sys.stdin.isatty():
            print(
                "wardrobe: erasing asks twice; with no one to answer, give --yes --yes.",
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
        answer = input(question).strip()
        confirmed = answer.lower() in ("y", "yes", "o", "oui") if number == 1 else answer == name
        if not confirmed:
            print("Nothing was erased.")
            return EXIT_USER_ERROR
    if db.is_sqlite:
        folder = backup.default_backup_folder(db)
        made = backup.backup_to(db, folder / f"{backup.PREFIX}{datetime.now():%Y%m%d-%H%M%S}.db")
        print(f"Backup written to {made} first (it still holds her data until it is rotated out).")
    done = erasure.erase_dancer(db, dancer_id)
    print(
        f"Erased: {done.measurement_sets} measurement set(s) deleted; her name replaced by "
        f"“{done.new_name}” in {done.history_lines} history line(s) and "
        f"{done.ledger_lines} stock-ledger line(s). Costumes and stock are kept."
    )
    return 0


def _import(db: Database, args: argparse.Namespace) -> int:
    from .transfer.importing import import_file

    report = import_file(db, args.kind, args.file, apply=not args.dry_run, company=args.company)
    print(f"Read {args.file} as {report.encoding}.")
    for column in report.ignored_columns:
        print(f"Column “{column}” is not one the import knows; it was ignored.")
    if report.problems:
        print(f"Nothing was imported: {len(report.problems)} problem(s).", file=sys.stderr)
        for problem in report.problems:
            print(f"  {problem.say(args.language)}", file=sys.stderr)
        return 1
    if args.dry_run:
        for row in report.rows:
            print(f"  {row}")
    verb = "Would create" if args.dry_run else "Created"
    print(
        f"{verb} {len(report.created)}, updated {len(report.updated)}, "
        f"left {len(report.unchanged)} unchanged."
    )
    return 0


def _export(db: Database, args: argparse.Namespace) -> int:
    from .transfer.exporting import export

    count = export(db, args.kind, args.file)
    print(f"{count} {args.kind} written to {args.file}.")
    return 0


COMMANDS = {
    "import": _import,
    "export": _export,
    "check": _check,
    "backup": _backup,
    "erase-dancer": _erase_dancer,
    "restore": _restore,
    "demo": _demo,
    "alerts": _alerts,
    "find": _find,
    "fitting-sheet": _fitting_sheet,
    "reorder-list": _reorder_list,
    "labels": _labels,
}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
