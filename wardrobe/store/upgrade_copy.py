"""An inventory of an older schema copied whole before it is upgraded (SQLite's backup API,
written to a temporary name, then renamed): ``before-upgrade-0001-20261207-153000.db``."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ..files.output_file import written_whole
from ..files.private import private_folder


def copy_sqlite(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the database ``source`` is connected to (SQLite's backup API,
    safe while others read and write it), written whole to ``target``."""
    with written_whole(target) as partial:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    return target


def copy_before_upgrade(
    path: Path, folder: Path, revision: str, now: datetime | None = None
) -> Path:
    target = folder / f"before-upgrade-{revision}-{(now or datetime.now()):%Y%m%d-%H%M%S}.db"
    private_folder(folder)  # no room for the copy: not upgraded, said so
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return copy_sqlite(source, target)
    finally:
        source.close()
