"""A damaged inventory: every command says so in a sentence and writes nothing; its good
backups are never rotated away by damaged ones; killed backups leave nothing behind."""

import os
import shutil
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from wardrobe.cli import main
from wardrobe.demo import fill_demo
from wardrobe.services import backup, integrity
from wardrobe.store.database import open_database

pytestmark = pytest.mark.sqlite_only


def damage(path: Path) -> None:
    """Flips 4 KB in the middle of the items' rows, as a failing disk or a bad copy would (the
    middle of the file may hold the schema's own page: then the file reads as no inventory
    at all, a case of its own)."""
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in raw.execute(
                "SELECT pageno FROM dbstat WHERE name = 'costume_items' AND pagetype = 'leaf'"
                " ORDER BY pageno"
            )
        ]
    raw.close()
    at = (pages[len(pages) // 2] - 1) * page_size
    with path.open("r+b") as f:
        f.seek(at)
        data = f.read(4096)
        f.seek(at)
        f.write(bytes(b ^ 0xA5 for b in data))


@pytest.fixture
def damaged(tmp_path) -> Path:
    path = tmp_path / "wardrobe.db"
    db = open_database(path)
    fill_demo(db, seed=7)
    db.close()
    damage(path)
    return path


def old_backups(folder: Path, count: int, days_ago: int = 30) -> list[Path]:
    made = []
    for n in range(count):
        when = datetime.now() - timedelta(days=days_ago + n)
        made.append(folder / f"{backup.PREFIX}{when:%Y%m%d-%H%M%S}.db")
    return made


def test_the_check_says_damaged_in_a_sentence(damaged, capsys):
    db = open_database(damaged)
    [problem] = integrity.check(db)
    db.close()
    assert problem.code == "damaged" and "Restore the latest backup" in problem.fix
    assert main(["--db", str(damaged), "check"]) == 1
    out = capsys.readouterr().out
    assert "The database file is damaged" in out and "Traceback" not in out


@pytest.mark.parametrize(
    "command",
    [
        ["find", "tutu"],
        ["alerts"],
        ["export", "costumes", "{tmp}/out.csv"],
        ["fitting-sheet", "--all", "-o", "{tmp}/s.pdf"],
        ["import", "dancers", "{tmp}/in.csv"],
        ["backup"],
        ["check", "--repair"],
        ["demo"],
    ],
)
def test_every_command_on_a_damaged_file_answers_in_a_sentence_and_writes_nothing(
    damaged, tmp_path, capsys, command
):
    (tmp_path / "in.csv").write_text("name,company\nZoé Nouvelle,BN\n", encoding="utf-8")
    before = damaged.read_bytes()
    argv = ["--db", str(damaged), *[c.replace("{tmp}", str(tmp_path)) for c in command]]
    code = main(argv)
    said = capsys.readouterr()
    assert code == 1
    assert "damaged" in said.err + said.out and "unexpected error" not in said.err
    assert damaged.read_bytes() == before
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "s.pdf").exists()
    assert not (tmp_path / "wardrobe-backups").exists()


def test_damaged_backups_never_push_good_ones_out(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    good = tmp_path / "good.db"
    db = open_database(good)
    fill_demo(db, seed=7)
    for path in old_backups(folder, 5):
        backup.backup_to(db, path)
    db.close()
    for n in range(5):  # five newer ones, all damaged
        newer = folder / f"{backup.PREFIX}{datetime.now() - timedelta(minutes=n):%Y%m%d-%H%M%S}.db"
        shutil.copy(good, newer)
        damage(newer)
    assert backup.rotate(folder, backup.KEEP_DAYS, datetime.now()) == []
    assert len(list(folder.glob("*.db"))) == 10
    for path in sorted(folder.glob("*.db"))[5:]:  # now five sound newer ones
        shutil.copy(good, path)
    removed = backup.rotate(folder, backup.KEEP_DAYS, datetime.now())
    assert len(removed) == 5  # the old ones go only once five newer ones pass their check


def test_a_killed_backup_leaves_no_partial_file_for_long(tmp_path):
    db = open_database(tmp_path / "w.db")
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / ".wardrobe-20261101-101010.db.partial"
    stale.write_bytes(b"x" * 1000)
    old = time.time() - 3600
    os.utime(stale, (old, old))
    fresh = folder / ".wardrobe-20261129-101010.db.partial"  # another desk's, being written
    fresh.write_bytes(b"y")
    backup.backup_to(db, folder / "wardrobe-20261129-101011.db")
    db.close()
    assert not stale.exists() and fresh.exists()


def test_a_file_damaged_where_it_lists_its_tables_is_said_damaged(tmp_path, capsys):
    path = tmp_path / "wardrobe.db"
    db = open_database(path)
    fill_demo(db, seed=7)
    db.close()
    with sqlite3.connect(path) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        schema = [
            r[0] for r in raw.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")
        ]
    raw.close()
    with path.open("r+b") as f:  # the schema's last page, past the file's header
        f.seek((max(schema) - 1) * page_size)
        f.write(bytes(page_size))
    before = path.read_bytes()
    assert main(["--db", str(path), "alerts"]) == 1
    said = capsys.readouterr().err
    assert "damaged where it lists its tables" in said and "not an inventory" not in said
    assert path.read_bytes() == before
