"""A database saved at each released schema, full of demo data, upgrades with every row."""

import shutil
import sqlite3
from pathlib import Path

import pytest

import db as migrations
from wardrobe.services import alerts, stock_movements
from wardrobe.store.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASED = ("0001", "0002", "0004")  # keep one fixture per released schema: schema-<rev>-demo.db


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
    assert stock_movements.check_ledger(database) == []
    assert alerts.compute_alerts(database)
    database.close()


def test_namesakes_from_before_are_reported_not_refused_and_the_index_follows(tmp_path):
    from sqlalchemy import inspect

    from wardrobe.services import dancers, integrity

    copy = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-0002-demo.db", copy)
    with sqlite3.connect(copy) as connection:  # a race on an older version made her twice
        connection.execute(
            "INSERT INTO dancers (company_id, name, rank, active, notes, search_text, version) "
            "SELECT company_id, upper(name), rank, active, notes, search_text, 1 "
            "FROM dancers WHERE id = 1"
        )
    database = open_database(copy)  # upgrades: nothing refused, nothing lost
    indexes = {i["name"] for i in inspect(database.engine).get_indexes("dancers")}
    assert "uq_dancers_company_name_key" not in indexes
    [problem] = [p for p in integrity.check(database) if p.code == "duplicates"]
    assert "2 dancers of" in problem.message and "Rename or merge" in problem.fix
    twin = max(d.id for d in dancers.list_dancers(database))
    record = next(d for d in dancers.list_dancers(database) if d.id == twin)
    dancers.edit_dancer(database, twin, expected_version=record.version, name=record.name + " (2)")
    database.close()
    database = open_database(copy)  # the next opening makes the index
    indexes = {i["name"] for i in inspect(database.engine).get_indexes("dancers")}
    assert "uq_dancers_company_name_key" in indexes
    assert [p for p in integrity.check(database) if p.code == "duplicates"] == []
    database.close()
