"""A database saved at each released schema, full of demo data, upgrades with every row."""

import shutil
import sqlite3
from pathlib import Path

import pytest

import db as migrations
from wardrobe.database import open_database
from wardrobe.services import alerts, stock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASED = ("0001", "0002")  # keep one fixture per released schema: schema-<rev>-demo.db


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.mark.parametrize("revision", RELEASED)
def test_each_released_schema_upgrades_to_the_newest_with_every_row(tmp_path, revision):
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURES / f"schema-{revision}-demo.db", copy)
    before = row_counts(copy)
    assert before["costume_items"] == 438 and before["stock_ledger"] > 1000
    with sqlite3.connect(copy) as connection:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == (revision,)
    database = open_database(copy)
    assert migrations.current_revision(database.engine) == migrations.HEAD
    after = row_counts(copy)
    assert {t: n for t, n in after.items() if t in before} == before
    assert stock.check_ledger(database) == []
    assert alerts.compute_alerts(database)
    database.close()
