"""Files that hold personal data (dancers' names and body measurements) are readable by their
user alone: 0600 for files, 0700 for the folders the app makes, whatever the umask."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Makes ``path`` and any missing parents; those made here are private."""
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True)
    for made in missing:
        restrict(made, FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Creates ``path`` empty and private if it is not there (then SQLite, or a writer that
    opens it, keeps its mode); an existing file is made private: others lose their access,
    and a file made read-only stays read-only."""
    if not path.exists():
        path.touch(mode=FILE_MODE)
        restrict(path, FILE_MODE)
    else:
        with contextlib.suppress(OSError):
            restrict(path, stat.S_IMODE(path.stat().st_mode) & FILE_MODE)
    return path


def restrict(path: Path, mode: int = FILE_MODE) -> None:
    with contextlib.suppress(OSError, NotImplementedError):  # not POSIX, or not ours
        os.chmod(path, mode)
