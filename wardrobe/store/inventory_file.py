"""What a path given as an inventory must be before anything touches it: absent (a new
inventory is made there), or a regular file that is an inventory (or a SQLite database with
no table yet). A folder, an empty file (the stub a full disk leaves), a file of another kind
or another application's database is refused in a sentence, and left exactly as it was: no
mode changed, no table added, no journal mode switched.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from ..errors import DatabaseProblem
from ..language.i18n import Text

SQLITE_HEADER = b"SQLite format 3\x00"


def check_inventory_file(path: Path) -> None:
    """Raises ``DatabaseProblem`` unless ``path`` may be opened (or made) as an inventory."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():  # a link to nothing: not a name to create a file behind
            raise _refused(path, Text("it is a link to a file that is not there")) from None
        return  # new: made there on purpose
    except OSError as error:  # a loop of links, a name too long, no access to the folder
        raise _refused(path, Text("it cannot be read ({reason})", reason=error.strerror)) from None
    if stat.S_ISDIR(found.st_mode):
        raise _refused(path, Text("it is a folder, not an inventory file; give a file's name"))
    if not stat.S_ISREG(found.st_mode):
        raise _refused(path, Text("it is not a regular file"))
    if found.st_size == 0:
        raise _refused(
            path,
            Text(
                "the file is empty, not an inventory (an interrupted copy or a full disk "
                "leaves such a file); remove it or give a new name to make an inventory there"
            ),
        )
    try:
        with open(path, "rb") as source:
            header = source.read(len(SQLITE_HEADER))
    except OSError as error:
        raise _refused(path, Text("it cannot be read ({reason})", reason=error.strerror)) from None
    if header != SQLITE_HEADER:
        raise _refused(path, Text("this file is not an inventory (it is no SQLite database)"))
    tables = _tables(path)
    if tables and "alembic_version" not in tables:
        raise _refused(
            path,
            Text(
                "this is another application's database ({count} tables), not an inventory",
                count=len(tables),
            ),
        )


def _tables(path: Path) -> set[str]:
    """The file's tables, read without writing anything (not even a journal). In a read-only
    folder a WAL file cannot be read so (its index file cannot be made): read as it stands."""
    try:
        return _read_tables(path, "mode=ro")
    except sqlite3.OperationalError:
        try:
            return _read_tables(path, "mode=ro&immutable=1")
        except sqlite3.OperationalError:
            return set()  # opened as usual, and said then
    except sqlite3.DatabaseError as error:
        if "malformed" in str(error):  # a SQLite file whose own list of tables is damaged
            raise _refused(
                path,
                Text(
                    "the file is damaged where it lists its tables ({reason}); restore it from "
                    "a backup (wardrobe restore)",
                    reason=str(error),
                ),
            ) from None
        raise _refused(
            path, Text("this file is not an inventory ({reason})", reason=str(error))
        ) from None


def _read_tables(path: Path, options: str) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows if not name.startswith("sqlite_")}
    finally:
        connection.close()


def _refused(path: Path, detail: Text) -> DatabaseProblem:
    return DatabaseProblem(
        where=str(path), detail=Text("{detail}; nothing was changed", detail=detail)
    )


# File systems a department's "shared drive" is: SQLite's locks are not safe on them.
NETWORK_FILE_SYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "9p",
    "afs",
    "ceph",
    "glusterfs",
    "fuse.sshfs",
    "fuse.rclone",
    "davfs",
    "fuse.davfs2",
}


def network_share(path: Path, mounts: str | None = None) -> str | None:
    """The network file system ``path`` lies on ("nfs4", "cifs"), or None: read from the
    mount table (``mounts``, as /proc/self/mounts reads, for a test)."""
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux: not known
    target = str(path.resolve() if path.exists() else path.parent.resolve())
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_FILE_SYSTEMS else None
