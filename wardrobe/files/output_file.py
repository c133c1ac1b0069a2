"""Where a file the app writes may go, and how it is written. A new name, or an existing
regular file it replaces whole; never a folder, a device (``/dev/null``), a pipe or a socket:
renaming a finished copy over one of those replaced the device node itself when run as root.
Checked where each output enters (backups, exports, PDFs, photos saved), before anything is
written. Every file is then written the same way, by ``written_whole``: private, to a
temporary name beside it, renamed over the target only once complete."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

from ..errors import DatabaseProblem, InvalidInput, as_refusal, disk_refusal
from ..language.i18n import N_, Text
from .private import private_file, restrict


def checked_output(path: str | Path) -> Path:
    """``path`` as a place to write a file: its folder exists, and it is new or a regular
    file. Returns it; raises ``InvalidInput`` in a sentence otherwise (nothing written)."""
    target = Path(path).expanduser()
    try:
        found = os.stat(target)
    except FileNotFoundError:
        found = None
    except OSError as error:  # a loop of links, a name too long
        raise InvalidInput(
            field=N_("output"),
            detail=Text("{target}: {strerror}", target=target, strerror=error.strerror),
        ) from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise InvalidInput(
            field=N_("output"),
            detail=Text("{target} is a folder: give the name of a file to write", target=target),
        )
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise InvalidInput(
            field=N_("output"),
            detail=Text(
                "{target} is not a regular file (a device, a pipe): give the name of a file "
                "to write",
                target=target,
            ),
        )
    if not target.parent.is_dir():
        raise InvalidInput(
            field=N_("output"),
            detail=Text("the folder {parent} does not exist", parent=target.parent),
        )
    return target


@contextlib.contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """A private temporary file beside ``target`` (``.NAME.partial``) for the block to write
    into. When the block ends without an error, one rename puts it in place: no reader ever
    finds half a file, a kill leaves only the hidden ``.partial`` (the backups' clean-up
    removes it). On an error it is removed, ``target`` is as it was, and a disk's refusal (a
    read-only folder, a full disk) or any other is said in a sentence naming ``target``."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        private_file(partial)  # names, measurements, fitting photos: the user's alone
        yield partial
        restrict(partial)  # a writer that made the file anew (openpyxl) left it as it pleased
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        if disk_refusal(error) is not None:
            raise as_refusal(error, target) from None
        said = getattr(error, "strerror", None) or str(error)
        if isinstance(error, sqlite3.Error):
            raise DatabaseProblem(where=str(target), detail=said) from None
        raise InvalidInput(
            field=N_("output"), detail=Text("{target}: {strerror}", target=target, strerror=said)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def write_private(target: Path, data: bytes) -> Path:
    """``data`` written whole and readable by the user alone (a fitting photo shows a
    dancer)."""
    with written_whole(target) as partial:
        partial.write_bytes(data)
    return target
