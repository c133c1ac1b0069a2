"""Where a file the app writes may go: a new name, or an existing regular file it replaces
whole. Never a folder, a device (``/dev/null``), a pipe or a socket: renaming a finished copy
over one of those replaced the device node itself when run as root. Checked where each
output enters (backups, exports, PDFs, photos saved), before anything is written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import InvalidInput
from .i18n import N_, Text


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


def write_private(target: Path, data: bytes) -> Path:
    """``data`` written whole (a temporary name beside it, then renamed) and readable by the
    user alone (a fitting photo shows a dancer)."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        os.replace(partial, target)
    except OSError as error:
        raise InvalidInput(
            field=N_("output"),
            detail=Text("{target}: {strerror}", target=target, strerror=error.strerror),
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return target
