"""An inventory of an older schema copied whole before it is upgraded (SQLite's backup API,
written to a temporary name, then renamed): ``before-upgrade-0001-20261207-153000.db``."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from .errors import DatabaseProblem, as_refusal, disk_refusal
from .private import private_file, private_folder


def copy_before_upgrade(
    path: Path, folder: Path, revision: str, now: datetime | None = None
) -> Path:
    target = folder / f"before-upgrade-{revision}-{(now or datetime.now()):%Y%m%d-%H%M%S}.db"
    partial = target.with_name(f".{target.name}.partial")
    try:
        private_folder(folder)
        private_file(partial)
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if disk_refusal(error) is not None:  # no room for the copy: not upgraded, said so
            raise as_refusal(error, target) from None
        said = getattr(error, "strerror", None) or str(error)
        raise DatabaseProblem(where=str(target), detail=said) from None
    return target
