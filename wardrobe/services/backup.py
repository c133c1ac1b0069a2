"""Backups through SQLite's backup API (never a copy of a live file), rotated, and restores
that check the backup before replacing anything and keep the previous database aside."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from ..errors import DatabaseProblem, as_refusal
from ..files.output_file import checked_output
from ..files.private import private_folder
from ..language.i18n import Text
from ..store.database import Database, backups_folder_of
from ..store.upgrade_copy import copy_sqlite

PREFIX = "wardrobe-"
KEEP_DAYS = 14
KEEP_AT_LEAST = 5


def database_file(db: Database) -> Path:
    url = make_url(db.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise DatabaseProblem(
            where=db.display_name,
            detail=Text(
                "backups here are for a SQLite file; a shared PostgreSQL inventory is "
                "backed up on its server (pg_dump)"
            ),
        )
    return Path(url.database)


def default_backup_folder(db: Database) -> Path:
    return backups_folder_of(database_file(db))


STRAY_AFTER = timedelta(minutes=30)  # a .partial older than this was left by a killed backup


def backup_to(db: Database, target: Path) -> Path:
    """A consistent copy of the inventory, written whole (to a temporary name, then renamed)."""
    database_file(db)
    target = Path(target)
    if target.exists() or target.is_symlink():
        checked_output(target)  # never renamed over a device, a folder, a pipe
    try:
        private_folder(target.parent)
        remove_strays(target.parent)
    except OSError as error:
        raise as_refusal(error, target) from None
    with db.engine.connect() as connection:
        source = connection.connection.driver_connection
        assert isinstance(source, sqlite3.Connection)
        return copy_sqlite(source, target)


def backup_on_start(
    db: Database,
    folder: Path | None = None,
    keep_days: int = KEEP_DAYS,
    now: datetime | None = None,
) -> Path:
    """Today's backup, then the old ones past ``keep_days`` removed (the newest few stay)."""
    when = now or datetime.now()
    folder = folder or default_backup_folder(db)
    made = backup_to(db, folder / f"{PREFIX}{when:%Y%m%d-%H%M%S}.db")
    rotate(folder, keep_days, when)
    return made


def remove_strays(folder: Path, now: float | None = None) -> list[Path]:
    """Half-written copies a killed backup or restore left behind (hidden ``.partial`` files,
    up to the inventory's size each, and the journal SQLite kept beside one)."""
    limit = (now or time.time()) - STRAY_AFTER.total_seconds()
    removed = []
    for path in [*folder.glob(".*.partial"), *folder.glob(".*.partial-journal")]:
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def rotate(folder: Path, keep_days: int, now: datetime) -> list[Path]:
    """Removes backups past ``keep_days``, but only while at least ``KEEP_AT_LEAST`` newer
    backups pass their own check: a run of damaged backups never pushes the good ones out."""
    backups = sorted(folder.glob(f"{PREFIX}*.db"))
    newest = backups[-KEEP_AT_LEAST:]
    sound = 0
    for path in newest:
        try:
            check_backup_file(path)
        except DatabaseProblem:
            continue
        sound += 1
    if sound < KEEP_AT_LEAST:
        return []
    limit = now - timedelta(days=keep_days)
    removed = []
    for path in backups[:-KEEP_AT_LEAST]:
        try:
            made = datetime.strptime(path.stem[len(PREFIX) :], "%Y%m%d-%H%M%S")
        except ValueError:
            continue  # not one of ours
        if made < limit:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def check_backup_file(path: Path) -> str:
    """Raises DatabaseProblem unless ``path`` is a sound wardrobe inventory; returns its schema."""
    from db import HEAD, known_revision

    if not Path(path).is_file():
        raise DatabaseProblem(where=str(path), detail=Text("there is no such file"))
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [row[0] for row in connection.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                raise DatabaseProblem(where=str(path), detail=Text("the backup itself is damaged"))
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"alembic_version", "companies", "costume_items"} <= tables:
                raise DatabaseProblem(
                    where=str(path), detail=Text("this is not a wardrobe inventory")
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or not row[0]:
                raise DatabaseProblem(
                    where=str(path),
                    detail=Text("it names no schema version: not a whole wardrobe inventory"),
                )
            (revision,) = row
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(where=str(path), detail=str(error)) from None
    if revision != HEAD and not known_revision(revision):
        raise DatabaseProblem(
            where=str(path), detail=Text("it was made by a newer version of wardrobe")
        )
    return revision


def restore(target: Path, backup: Path) -> Path:
    """Replaces the inventory at ``target`` by ``backup``; returns where the previous one was
    put aside. Close every connection to ``target`` first."""
    check_backup_file(backup)
    target = Path(target)
    aside = target.with_name(
        f"{target.stem}.before-restore-{time.strftime('%Y%m%d-%H%M%S')}{target.suffix}"
    )
    if target.exists():
        # The copy set aside is written whole or not at all (a kill leaves only a .partial).
        current = sqlite3.connect(target)
        try:
            copy_sqlite(current, aside)
        finally:
            current.close()
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        into = sqlite3.connect(target)
        try:
            source.backup(into)
        finally:
            into.close()
    finally:
        source.close()
    return aside
