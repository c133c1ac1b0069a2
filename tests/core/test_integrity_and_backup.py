import sqlite3
from datetime import datetime, timedelta

import pytest

import db as migrations
from wardrobe.errors import DatabaseProblem
from wardrobe.services import backup, circulation, costumes, integrity, stock, stock_movements
from wardrobe.store.database import open_database


def raw_update(db, sql):
    path = backup.database_file(db)
    with sqlite3.connect(path) as connection:
        connection.execute(sql)


def test_a_sound_demo_passes_the_check(demo_db):
    assert integrity.check(demo_db) == []


@pytest.mark.sqlite_only
def test_a_hand_corrupted_ledger_is_caught_in_plain_words_and_repaired(demo_db):
    raw_update(demo_db, "UPDATE materials SET on_hand = on_hand + 2000 WHERE id = 1")
    [problem] = integrity.check(demo_db)
    assert problem.code == "ledger" and "stock ledger adds up to" in problem.message
    assert " m on hand" in problem.message and "wardrobe check --repair" in problem.fix
    assert integrity.repair_stock_from_ledger(demo_db) == 1
    assert integrity.check(demo_db) == []


@pytest.mark.sqlite_only
def test_broken_references_are_caught(demo_db):
    with sqlite3.connect(backup.database_file(demo_db)) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE costume_items SET location_id = 999999 WHERE id = 1")
    problems = integrity.check(demo_db)
    assert [p.code for p in problems] == ["broken_links"] and "costume_items" in problems[0].message


def test_a_read_only_inventory_refuses_every_change(demo_db):
    demo_db.read_only = "the stock ledger does not add up"
    with pytest.raises(DatabaseProblem, match="read-only"):
        circulation.check_out(demo_db, "BN-000001", "Marie-Agnès Du Pontavice")
    assert costumes.get_item(demo_db, "BN-000001").status  # reading still works


@pytest.mark.sqlite_only
def test_a_backup_is_a_sound_copy_and_restores_with_the_previous_kept(demo_db, tmp_path):
    copy = backup.backup_to(demo_db, tmp_path / "b" / "copy.db")
    assert backup.check_backup_file(copy) == migrations.HEAD
    stock_movements.receive_material(demo_db, 1, "5")
    after_change = stock.get_material(demo_db, 1).on_hand
    target = backup.database_file(demo_db)
    demo_db.close()
    aside = backup.restore(target, copy)
    restored = open_database(target)
    assert stock.get_material(restored, 1).on_hand == after_change - 5000
    kept = open_database(aside)
    assert stock.get_material(kept, 1).on_hand == after_change
    assert integrity.check(restored) == []


@pytest.mark.sqlite_only
@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00junk"])
def test_a_bad_backup_is_refused_before_anything_is_replaced(demo_db, tmp_path, content):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    target = backup.database_file(demo_db)
    before = target.read_bytes()
    with pytest.raises(DatabaseProblem):
        backup.restore(target, bad)
    assert target.read_bytes() == before


def test_a_foreign_sqlite_file_is_not_a_backup(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(DatabaseProblem, match="not a wardrobe inventory"):
        backup.check_backup_file(other)


@pytest.mark.sqlite_only
def test_backups_on_start_are_rotated(demo_db, tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2026, 11, 1, 9, 0)
    for day in range(20):
        backup.backup_on_start(demo_db, folder, keep_days=14, now=start + timedelta(days=day))
    kept = sorted(p.name for p in folder.glob("wardrobe-*.db"))
    assert len(kept) == 15 and kept[0] == "wardrobe-20261106-090000.db"
