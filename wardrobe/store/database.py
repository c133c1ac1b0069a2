"""Opening an inventory: URL or path, SQLite pragmas, migrations, one session per unit of work."""

from __future__ import annotations

import getpass
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..errors import (
    CreatedElsewhere,
    CrossedWrites,
    DatabaseProblem,
    StaleEdit,
    as_refusal,
    cannot_write,
    disk_refusal,
)
from ..files.private import private_file, private_folder
from ..language.i18n import N_, Text
from .inventory_file import check_inventory_file, network_share
from .sorting import FOLD_FUNCTION, folded

_WRITE = "wardrobe_write"
# Why the writes made in this thread happen, when a whole step says it ("undo"): every audit
# line they write carries it.
_REASON: ContextVar[str] = ContextVar("wardrobe_write_reason", default="")
UNDO = "undo"  # the reason of an undo step's writes: its history tells it as undone


@contextmanager
def because(reason: str) -> Iterator[None]:
    """Every write inside gives ``reason`` as its audit lines' reason ("undo")."""
    token = _REASON.set(reason)
    try:
        yield
    finally:
        _REASON.reset(token)


def os_user() -> str:
    try:
        return getpass.getuser()[:80] or "unknown"
    except Exception:  # no user database in some containers
        return "unknown"


def default_database_path() -> Path:
    """The per-user inventory, created on first run."""
    return Path(platformdirs.user_data_dir("wardrobe", appauthor=False)) / "wardrobe.db"


def backups_folder_of(path: Path) -> Path:
    """Where an inventory file's backups go: ``backups/`` beside the per-user one, else
    ``F-backups/`` beside ``F.db``."""
    if path == default_database_path():
        return path.parent / "backups"
    return path.parent / f"{path.stem}-backups"


def database_url(target: str | Path | None) -> str:
    """A SQLAlchemy URL from ``--db``: a URL as it is, a plain path as a SQLite file."""
    if target is None:
        target = default_database_path()
    text = str(target)
    if "://" in text:
        return text
    try:
        path = Path(text).expanduser().resolve()
    except (RuntimeError, OSError):  # a loop of links: said when it is opened
        path = Path(text).expanduser().absolute()
    return f"sqlite:///{path}"


# How long a write waits for another program's write lock before saying so.
BUSY_TIMEOUT_MS = 15_000


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Python 3.11's driver sends no BEGIN before DDL and breaks SAVEPOINT; take over
    # transactions ourselves (SQLAlchemy's SQLite dialect docs, "Serializable isolation").
    dbapi_connection.isolation_level = None
    # Reading order for ORDER BY (see sorting.py): once per row, never per comparison.
    dbapi_connection.create_function(FOLD_FUNCTION, 1, folded, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(connection) -> None:  # noqa: ANN001
    # A writer takes the write lock at once, so two desks never deadlock upgrading a read lock.
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class Database:
    """An open inventory. ``read()`` and ``write()`` each give one transaction's session."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        # Who the audit trail and the ledger name: the OS user unless the app sets a name.
        self.user = os_user()
        # Set (to the reason) when a check found problems: nothing more may be written.
        self.read_only: str | None = None
        # The network file system a SQLite inventory lies on ("nfs4", "cifs"), said at
        # opening: SQLite's locking is not safe there (several desks: PostgreSQL).
        self.share: str | None = None
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return _redacted(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._reader.begin() as session:
                yield session
        except OperationalError as error:
            # A read-only folder without SQLite's journal files: said, not a traceback.
            raise as_refusal(error, self.display_name) from None

    @contextmanager
    def rows(self) -> Iterator[Connection]:
        """A read of plain rows, no ORM objects (an item opened by its tag): a connection
        in one transaction, without a session's bookkeeping."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except OperationalError as error:
            raise as_refusal(error, self.display_name) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all, audited."""
        if self.read_only is not None:
            raise DatabaseProblem(
                where=self.display_name,
                detail=Text(
                    "it is open read-only until its problems are fixed ({read_only})",
                    read_only=self.read_only,
                ),
            )
        from . import audit  # noqa: F401 - the audit trail on every session, before any write

        try:
            with self._writer.begin() as session:
                session.info["actor"] = self.user
                if reason := _REASON.get():
                    session.info["reason"] = reason
                yield session
        except StaleDataError:
            # Another desk saved the same record first (its version moved on): said plainly.
            raise StaleEdit(what=N_("this record")) from None
        except OperationalError as error:
            if disk_refusal(error) is not None:  # a read-only file or folder, a full disk
                raise as_refusal(error, self.display_name) from None
            if getattr(error.orig, "sqlstate", None) in _LOST_RACES:
                raise CrossedWrites() from None
            if "locked" not in str(error.orig):
                raise
            raise DatabaseProblem(
                where=self.display_name,
                detail=Text(
                    "another program has been writing to it for more than {busy_timeout_ms} "
                    "seconds; nothing was written, try again in a moment",
                    busy_timeout_ms=BUSY_TIMEOUT_MS // 1000,
                ),
            ) from None
        except IntegrityError as error:
            what = _unique_clash(error)
            if what is None:
                raise
            # Two desks created the same name at once; the database kept one (PostgreSQL
            # runs them side by side, SQLite one after the other).
            raise CreatedElsewhere(what=what) from None

    def close(self) -> None:
        self.engine.dispose()


# PostgreSQL's "deadlock detected" and "could not serialize": two desks each waiting for the
# other (two files naming the same dancers in another order); one is rolled back whole.
_LOST_RACES = ("40P01", "40001")

# Which record a unique index guards, by its table: a race lost there is said in words.
_UNIQUE_TABLES = {
    "dancers": N_("dancer"),
    "productions": N_("production"),
    "roles": N_("role"),
    "locations": N_("place"),
    "suppliers": N_("supplier"),
    "materials": N_("material"),
    "costume_items": N_("item tag"),
    "companies": N_("company"),
    "loans": N_("loan"),
}


def _unique_clash(error: IntegrityError) -> str | None:
    """The kind of record a unique index refused, or None for any other integrity error."""
    text = str(error.orig)
    table = getattr(getattr(error.orig, "diag", None), "table_name", None)
    unique = "UNIQUE constraint failed" in text or type(error.orig).__name__ == "UniqueViolation"
    if not unique:
        return None
    if table is None:  # SQLite: "UNIQUE constraint failed: dancers.company_id, ..."
        table = text.split(":", 1)[-1].strip().split(".", 1)[0]
    return _UNIQUE_TABLES.get(table, "record")


def make_engine(url: str, *, create: bool = True) -> Engine:
    """``create``: a SQLite file (and its folders) may be made; else it must exist."""
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
    except (ArgumentError, ValueError):
        raise DatabaseProblem(
            where=_redacted(url), detail=Text("this is not a database address")
        ) from None
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            check_inventory_file(path)  # before anything touches it: not a folder, not another's
            if not create and not path.exists():
                raise DatabaseProblem(
                    where=str(path),
                    detail=Text(
                        "there is no inventory there (nothing was created; check the "
                        "path, or fill a new one with `wardrobe --db PATH demo`)"
                    ),
                )
            try:
                private_folder(path.parent)
                private_file(path)  # SQLite gives its -wal and -shm files the same mode
            except OSError as error:
                reason = disk_refusal(error)
                if reason is None:
                    raise
                raise cannot_write(path, reason) from None
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                # SQLite would open it read-only and fail at the first write (or keep a
                # write in a journal it cannot fold back): say so before anything is done.
                raise cannot_write(path, "read_only")
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # missing driver, bad options: the user's to fix
        detail = _without_password(str(exc), parsed.password)
        raise DatabaseProblem(where=_redacted(url), detail=detail) from None


def open_database(target: str | Path | None = None, *, create: bool = True) -> Database:
    """Opens an inventory (creating a SQLite one if need be, unless ``create`` is False) and
    brings its schema up to date."""
    from db import upgrade_to_head

    url = database_url(target)
    engine = make_engine(url, create=create)
    try:
        _backup_before_upgrade(engine)
        upgrade_to_head(engine)
        share = network_share(Path(engine.url.database or "")) if _is_file(engine) else None
        share = network_share(Path(engine.url.database)) if engine.url.database else None
    except DatabaseProblem:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        if disk_refusal(exc) is not None:
            raise as_refusal(exc, _redacted(url)) from None
        detail = str(getattr(exc, "orig", exc)) or type(exc).__name__
        raise DatabaseProblem(where=_redacted(url), detail=detail) from None
    opened = Database(url, engine)
    opened.share = share
    return opened


def _is_file(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:")


def share_warning(db: Database) -> Text | None:
    """What to say when the inventory file is on a network share, or None."""
    if not db.share:
        return None
    return Text(
        "{path} is on a network share ({kind}): SQLite cannot lock a file there safely, and two "
        "desks writing to it at once can damage it. For several desks, put the inventory in "
        "PostgreSQL (see “Several desks, one inventory”).",
        path=db.display_name,
        kind=db.share,
    )


def _backup_before_upgrade(engine: Engine) -> None:
    """An inventory of an older schema is copied whole beside it before it is upgraded (a
    SQLite file; a PostgreSQL server's own dumps keep a shared one)."""
    from db import HEAD, current_revision

    if engine.dialect.name != "sqlite" or not engine.url.database:
        return
    revision = current_revision(engine)
    if revision is None or revision == HEAD:
        return
    from .upgrade_copy import copy_before_upgrade

    path = Path(engine.url.database)
    copy_before_upgrade(path, backups_folder_of(path), revision)


_CREDENTIALS = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")
# A password given as a query parameter (``?password=…``, libpq's form): never printed either.
_QUERY_SECRET = re.compile(r"(?i)([?&](?:password|passwd|pass|pwd)=)[^&\s]*")


def _redacted(url: str) -> str:
    """An inventory's address as it may be printed: never with its password."""
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            return parsed.database or url
        return _QUERY_SECRET.sub(r"\1***", parsed.render_as_string(hide_password=True))
    except (ArgumentError, ValueError):
        return _QUERY_SECRET.sub(r"\1***", _CREDENTIALS.sub(r"\1***@", url))


def _without_password(text: str, password: object) -> str:
    secret = str(password) if password else ""
    text = _QUERY_SECRET.sub(r"\1***", _CREDENTIALS.sub(r"\1***@", text))
    return text.replace(secret, "***") if len(secret) >= 3 else text
