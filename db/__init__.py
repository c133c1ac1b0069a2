"""Alembic migrations: the only way the schema is made or changed. ``upgrade_to_head(engine)``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from wardrobe.errors import DatabaseProblem

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).resolve().parent
# The newest migration. A test checks it against db/versions, so opening an up-to-date
# inventory needs no Alembic import (a quarter of a second at every start).
HEAD = "0016"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


# Unique indexes a migration leaves out where the data already breaks them (two dancers of a
# company sharing a folded name, two rooms of one name): such records are left as they are,
# `wardrobe check` names them in plain words, and the index is made at the first opening after
# they are told apart. (name, table, columns, rows it covers)
DEFERRED_UNIQUE = (
    ("uq_dancers_company_name_key", "dancers", "company_id, name_key", ""),
    ("uq_locations_top_name", "locations", "company_id, name", "parent_id IS NULL"),
)


def complete_constraints(engine: Engine) -> bool:
    """Makes each deferred unique index whose records no longer clash. Returns whether all
    of them are there."""
    complete = True
    for name, table, columns, where in DEFERRED_UNIQUE:
        if name in {i["name"] for i in inspect(engine).get_indexes(table)}:
            continue
        rows = f" WHERE {where}" if where else ""
        with engine.begin() as connection:
            twice = connection.execute(
                text(f"SELECT 1 FROM {table}{rows} GROUP BY {columns} HAVING count(*) > 1 LIMIT 1")
            ).first()
            if twice is not None:
                complete = False
                continue
            connection.execute(
                text(f"CREATE UNIQUE INDEX IF NOT EXISTS {name} ON {table} ({columns}){rows}")
            )
    return complete


def upgrade_to_head(engine: Engine) -> None:
    """Applies every pending migration in one transaction.

    On SQLite, foreign keys are switched off around the migration (a batch rebuild of a
    parent table would otherwise cascade-delete its children) and checked afterwards.
    """
    if current_revision(engine) == HEAD:
        complete_constraints(engine)
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        raw = connection.connection.driver_connection if sqlite else None
        current = MigrationContext.configure(connection).get_current_revision()
        connection.rollback()
        if current == script.get_current_head():
            return
        if current is not None and not _known(script, current):
            raise DatabaseProblem(
                where=engine.url.render_as_string(hide_password=True),
                detail=f"it was made by a newer version of wardrobe (schema {current})",
            )
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseProblem(
                            where=str(engine.url),
                            detail=f"the upgrade left {len(broken)} broken references; "
                            "nothing was changed",
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    complete_constraints(engine)


def _known(script, revision: str) -> bool:  # noqa: ANN001
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def known_revision(revision: str) -> bool:
    """Whether this version of wardrobe knows the schema ``revision`` (and can upgrade it)."""
    from alembic.script import ScriptDirectory

    return _known(ScriptDirectory.from_config(alembic_config()), revision)
