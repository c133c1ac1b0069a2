"""The command line: a thin convenience over the same services the window uses, speaking
the reader's language (``--lang``, else the locale). Nothing it prints can carry an escape
sequence."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import DatabaseProblem, WardrobeError, as_refusal
from ..language.folding import printable
from ..language.i18n import N_, Text, language_from
from ..store.database import Database, open_database, share_warning
from . import (
    builds,
    calls,
    care,
    dressing,
    engagements,
    inventory,
    orders,
    photos,
    printing,
    productions,
    spreadsheets,
)
from .inventory import describe_alert
from .parser import build, language_asked
from .speech import EXIT_BUG, EXIT_USER_ERROR, said

__all__ = ["EXIT_BUG", "EXIT_USER_ERROR", "describe_alert", "main"]

WindowOpener = Callable[[str | None], int]

COMMANDS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "import": spreadsheets.import_,
    "export": spreadsheets.export,
    "check": care.check,
    "backup": care.backup,
    "erase-dancer": care.erase_dancer,
    "restore": care.restore,
    "demo": inventory.demo,
    "alerts": inventory.alerts,
    "find": inventory.find,
    "fitting-sheet": printing.fitting_sheet,
    "reorder-list": printing.reorder_list,
    "labels": printing.labels,
    "engage": engagements.engage,
    "swap": engagements.swap,
    "engagements": engagements.listing,
    "end-engagement": engagements.end,
    "lend": engagements.lend,
    "return-loan": engagements.give_back,
    "loans": engagements.loan_list,
    "packing-list": engagements.packing_list,
    "travel": engagements.travel,
    "doubles": engagements.doubles,
    "orders": lambda db, args: ORDER_ACTIONS[args.action](db, args),
    "stocktake": lambda db, args: STOCKTAKE_STEPS[args.action](db, args),
    "count-sheet": orders.count_sheet,
    "photo": lambda db, args: PHOTO_ACTIONS[args.action](db, args),
    "costume-book": printing.costume_book,
    "production": lambda db, args: productions.ACTIONS[args.action](db, args),
    "costume-plot": productions.costume_plot_pdf,
    "continuity-book": productions.continuity_book_pdf,
    "schedule": calls.schedule_,
    "event": lambda db, args: EVENT_ACTIONS[args.action](db, args),
    "call": calls.call_,
    "holds": calls.holds_,
    "call-sheet": calls.call_sheet,
    "pull-list": calls.pull_list,
    "call-out": calls.call_out,
    "call-in": calls.call_in,
    "missing": calls.missing_,
    "dressing": dressing.dressing,
    "quick-changes": dressing.quick_changes_,
    "dressing-lists": dressing.printed,
    "tracks": dressing.printed,
    "presets": dressing.printed,
    "laundry": dressing.printed,
    "pattern": lambda db, args: builds.PATTERN_ACTIONS[args.action](db, args),
    "build": lambda db, args: builds.ACTIONS[args.action](db, args),
    "maker": lambda db, args: builds.MAKER_ACTIONS[args.action](db, args),
    "work-sheet": builds.work_sheet,
    "costs": builds.costs_,
    "value": builds.value_,
}
EVENT_ACTIONS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "add": calls.event_add,
    "change": calls.event_change,
    "remove": calls.event_remove,
}
PHOTO_ACTIONS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "add": photos.add,
    "list": photos.listing,
    "save": photos.save,
    "remove": photos.remove,
}
ORDER_ACTIONS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "draft": orders.draft,
    "list": orders.listing,
    "send": orders.send,
    "receive": orders.receive,
    "cancel": orders.cancel,
    "charge": builds.order_charge,
}
STOCKTAKE_STEPS: dict[str, Callable[[Database, argparse.Namespace], int]] = {
    "start": orders.stocktake_start,
    "scan": orders.stocktake_scan,
    "finish": orders.stocktake_finish,
}
# What may make a new inventory where there is none; a read on a mistyped path must not.
CREATES = {"demo", "restore"}
# What may run on a damaged file: the check that says so, and the restore that mends it.
RUN_ON_DAMAGED = {"check", "restore"}


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
    never imports the GUI)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Printable(out), _Printable(err)  # type: ignore[assignment]
    try:
        return _main(list(sys.argv[1:] if argv is None else argv), open_window)
    finally:
        if isinstance(sys.stdout, _Printable):
            sys.stdout = out
        sys.stderr = err


def _main(argv: list[str], open_window: WindowOpener | None) -> int:
    language = language_asked(argv) or language_from()
    for arg in argv:  # bytes a terminal in another encoding sent (Latin-1): said, not a crash
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "backslashreplace").decode("ascii", "replace")
            print(
                f"wardrobe: {Text(_NOT_UTF8, arg=shown).say(language)}",
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
    try:
        args = build(language).parse_args(argv)
    except SystemExit as stop:  # argparse said what was wrong: exit 1, as the README says
        if stop.code == 2:
            return EXIT_USER_ERROR
        raise  # --help, --version
    args.language = language
    target = getattr(args, "db", None)
    try:
        if args.command is None:
            if open_window is None:
                print(
                    said(
                        args,
                        N_(
                            "wardrobe: give a command (see --help); the desktop window opens "
                            "from the `wardrobe` program."
                        ),
                    ),
                    file=sys.stderr,
                )
                return EXIT_USER_ERROR
            return open_window(target)
        db = open_database(target, create=args.command in CREATES)
        shared = share_warning(db)
        if shared is not None:
            print(f"wardrobe: {shared.say(language)}", file=sys.stderr)
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
        print(
            said(args, N_("wardrobe: interrupted; nothing half-written was kept.")), file=sys.stderr
        )
        return 130
    except OSError as error:  # a file named that cannot be: too long a name, no such folder
        if error.errno not in _USERS_OS_ERRORS:
            raise
        where = error.filename if error.filename is not None else ""
        print(
            f"wardrobe: {Text(_CANNOT_OPEN, where=where, strerror=error.strerror).say(language)}",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except Exception as error:  # a bug: one line unless asked for the traceback
        refusal = as_refusal(error)
        if isinstance(refusal, WardrobeError):  # a read-only folder, a full disk
            print(f"wardrobe: {refusal.say(language)}", file=sys.stderr)
            return EXIT_USER_ERROR
        if args.debug:
            raise
        print(
            said(
                args,
                N_(
                    "wardrobe: unexpected error ({kind}: {error}). Run again with --debug for "
                    "the details."
                ),
                kind=type(error).__name__,
                error=error,
            ),
            file=sys.stderr,
        )
        return EXIT_BUG


_NOT_UTF8 = N_(
    "the argument “{arg}” is not UTF-8 text (a terminal set to another encoding?); type it again"
)
_CANNOT_OPEN = N_("{where}: {strerror}")
_USERS_OS_ERRORS = {
    errno.ENAMETOOLONG,
    errno.ENOENT,
    errno.ENOTDIR,
    errno.EISDIR,
    errno.ELOOP,
    errno.EACCES,
    errno.EPERM,
}


def _refuse_if_damaged(db: Database) -> None:
    """Every other command checks the file first: nothing is read from, written to or
    backed up from a damaged inventory (a backup of it would only rotate good ones away)."""
    from ..services import integrity

    damage = integrity.file_damage(db)
    if damage is not None:
        db.read_only = damage.message
        raise DatabaseProblem(
            where=db.display_name,
            detail=Text("{message} {fix}", message=damage.what, fix=damage.remedy),
        )
