"""Spreadsheets in and out: import (all or nothing, every problem said) and export."""

from __future__ import annotations

import argparse
import sys

from ..errors import InvalidInput
from ..language.i18n import N_, Text
from ..store.database import Database
from .speech import said, tell


def _archive(args: argparse.Namespace) -> bool:
    """A .zip of costumes with their photos (see wardrobe.transfer.archive)."""
    if not str(args.file).lower().endswith(".zip"):
        return False
    if args.kind != "costumes":
        raise InvalidInput(
            field=N_("file"),
            detail=Text("an archive with photos holds costumes: use it with costumes"),
        )
    return True


def import_(db: Database, args: argparse.Namespace) -> int:
    from ..transfer.importing import import_file

    if _archive(args):
        from ..transfer.archive import import_archive

        done = import_archive(db, args.file, apply=not args.dry_run, company=args.company)
        code = _said_report(args, done.report)
        if code == 0 and not args.dry_run:
            tell(
                args,
                N_("{added} photo(s) added, {already} already there."),
                added=done.photos_added,
                already=done.photos_already_there,
            )
        return code
    report = import_file(db, args.kind, args.file, apply=not args.dry_run, company=args.company)
    return _said_report(args, report)


def _said_report(args: argparse.Namespace, report) -> int:  # noqa: ANN001
    tell(args, N_("Read {file} as {encoding}."), file=args.file, encoding=report.encoding)
    for column in report.ignored_columns:
        tell(
            args,
            N_("Column “{column}” is not one the import knows; it was ignored."),
            column=column,
        )
    if report.problems:
        print(
            said(args, N_("Nothing was imported: {count} problem(s)."), count=len(report.problems)),
            file=sys.stderr,
        )
        for problem in report.problems:
            print(f"  {problem.say(args.language)}", file=sys.stderr)
        return 1
    if args.dry_run:
        for row in report.rows:
            print(f"  {row.say(args.language)}")
    summary = (
        N_("Would create {created}, update {updated}, leave {unchanged} unchanged.")
        if args.dry_run
        else N_("Created {created}, updated {updated}, left {unchanged} unchanged.")
    )
    tell(
        args,
        summary,
        created=len(report.created),
        updated=len(report.updated),
        unchanged=len(report.unchanged),
    )
    return 0


def export(db: Database, args: argparse.Namespace) -> int:
    from ..transfer.exporting import export as write

    if _archive(args):
        from ..transfer.archive import export_archive

        items, written = export_archive(db, args.file)
        tell(
            args,
            N_("{items} costumes and {photos} photo(s) written to {file}."),
            items=items,
            photos=written,
            file=args.file,
        )
        return 0
    count = write(db, args.kind, args.file)
    tell(args, N_("{count} {kind} written to {file}."), count=count, kind=args.kind, file=args.file)
    return 0
