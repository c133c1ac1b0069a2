import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

import db as migrations
from wardrobe.errors import DatabaseProblem
from wardrobe.models import Base
from wardrobe.store.database import open_database


def test_a_new_inventory_is_created_at_the_newest_schema(tmp_path):
    database = open_database(tmp_path / "new.db")
    assert migrations.current_revision(database.engine) == migrations.head_revision()
    tables = set(inspect(database.engine).get_table_names())
    assert {"costume_items", "tutus", "pointe_specs", "stock_ledger", "materials"} <= tables


def test_the_models_and_the_migrations_agree(tmp_path):
    database = open_database(tmp_path / "new.db")
    with database.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_the_head_constant_names_the_newest_migration():
    assert migrations.head_revision() == migrations.HEAD


def test_sqlite_runs_with_foreign_keys_wal_and_full_sync(tmp_path):
    database = open_database(tmp_path / "new.db")
    with database.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.db"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseProblem, match="newer version of wardrobe"):
        open_database(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_a_file_that_is_not_a_database_is_refused_in_plain_words(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("shopping list: tulle, hooks")
    with pytest.raises(DatabaseProblem, match="not an inventory .it is no SQLite database"):
        open_database(path)
    assert path.read_text() == "shopping list: tulle, hooks"


def test_an_empty_database_upgrades_in_one_transaction(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    migrations.upgrade_to_head(engine)
    migrations.upgrade_to_head(engine)  # a second open changes nothing
    assert migrations.current_revision(engine) == migrations.HEAD


def test_models_and_migrations_agree_on_the_inventory_in_use(db):
    """On SQLite, and on PostgreSQL when the tests run there."""
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert migrations.current_revision(db.engine) == migrations.HEAD
