"""A database saved at the first released schema, full of demo data, upgrades with every row."""

import shutil
import sqlite3
from pathlib import Path

import db as migrations
from wardrobe.database import open_database
from wardrobe.services import alerts, stock

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001-demo.db"


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


def test_the_first_schema_upgrades_to_the_newest_with_every_row(tmp_path):
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURE, copy)
    before = row_counts(copy)
    assert before["costume_items"] == 438 and before["stock_ledger"] > 1000
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    database = open_database(copy)
    assert migrations.current_revision(database.engine) == migrations.HEAD
    after = row_counts(copy)
    assert {t: n for t, n in after.items() if t in before} == before
    assert stock.check_ledger(database) == []
    assert alerts.compute_alerts(database)
    database.close()
