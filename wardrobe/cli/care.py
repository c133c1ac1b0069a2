"""Commands that look after the inventory: check, backup, restore, erase a dancer's data."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from ..language.i18n import N_
from ..store.database import Database
from .speech import EXIT_USER_ERROR, said, tell, warn


def check(db: Database, args: argparse.Namespace) -> int:
    from ..services import integrity

    damage = integrity.file_damage(db)
    if args.repair and damage is None:
        fixed = integrity.repair_stock_from_ledger(db)
        tell(args, N_("{count} quantity(ies) set from the stock ledger."), count=fixed)
        rooms = integrity.merge_duplicate_rooms(db)
        if rooms:
            tell(
                args, N_("{count} room(s) of the same name as another merged into it."), count=rooms
            )
    problems = [damage] if damage is not None else integrity.check(db)
    if not problems:
        tell(
            args,
            N_(
                "{where}: all good (file sound, references whole, every quantity equal to its "
                "ledger)."
            ),
            where=db.display_name,
        )
        return 0
    for problem in problems:
        message, fix = problem.say(args.language)
        tell(args, N_("Problem: {message}\n  What to do: {fix}"), message=message, fix=fix)
    return 1


def _backup_now(db: Database) -> Path:
    from ..services import backup

    folder = backup.default_backup_folder(db)
    return backup.backup_to(db, folder / f"{backup.PREFIX}{datetime.now():%Y%m%d-%H%M%S}.db")


def backup(db: Database, args: argparse.Namespace) -> int:
    from ..services import backup as backups

    made = backups.backup_to(db, Path(args.file).expanduser()) if args.file else _backup_now(db)
    tell(args, N_("Backup written to {path}."), path=made)
    return 0


def restore(db: Database, args: argparse.Namespace) -> int:
    from ..services import backup

    target = backup.database_file(db)
    source = Path(args.file).expanduser()
    backup.check_backup_file(source)
    db.close()
    aside = backup.restore(target, source)
    tell(
        args,
        N_("Restored {target} from {source}; the previous inventory is kept as {aside}."),
        target=target,
        source=source,
        aside=aside,
    )
    return 0


YES = ("y", "yes", "o", "oui")


def erase_dancer(db: Database, args: argparse.Namespace) -> int:
    """Asked twice (or --yes twice), a backup first on a SQLite file, then one transaction."""
    from ..services import erasure

    ref = int(args.dancer) if args.dancer.isdigit() else args.dancer
    dancer_id, name, company = erasure.who(db, ref)
    questions = (
        said(
            args,
            N_(
                "Erase the personal data of {name} ({company}): her measurements, and her name "
                "everywhere in the history? [y/N] "
            ),
            name=name,
            company=company,
        ),
        said(args, N_("This cannot be undone. Type her name ({name}) to confirm: "), name=name),
    )
    for number, question in enumerate(questions, start=1):
        if args.yes >= number:
            continue
        if not sys.stdin.isatty():
            warn(args, N_("wardrobe: erasing asks twice; with no one to answer, give --yes --yes."))
            return EXIT_USER_ERROR
        answer = input(question).strip()
        confirmed = answer.lower() in YES if number == 1 else answer == name
        if not confirmed:
            tell(args, N_("Nothing was erased."))
            return EXIT_USER_ERROR
    if db.is_sqlite:
        made = _backup_now(db)
        tell(
            args,
            N_("Backup written to {path} first (it still holds her data until it is rotated out)."),
            path=made,
        )
    done = erasure.erase_dancer(db, dancer_id)
    tell(
        args,
        N_(
            "Erased: {sets} measurement set(s) deleted; her name replaced by “{new_name}” in "
            "{history} history line(s) and {ledger} stock-ledger line(s). Costumes and stock "
            "are kept."
        ),
        sets=done.measurement_sets,
        new_name=done.new_name,
        history=done.history_lines,
        ledger=done.ledger_lines,
    )
    if done.to_review:  # free text naming her: for a person to read, not rewritten blindly
        tell(
            args,
            N_("Her name is still written in {count} place(s) to review: {places}."),
            count=len(done.to_review),
            places="; ".join(done.to_review),
        )
    return 0
