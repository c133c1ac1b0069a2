"""Cases that once ended in "unexpected error" (exit 70): each is one sentence, exit 1, and
nothing changes."""

import shutil

import pytest

from wardrobe.cli import main
from wardrobe.demo import fill_demo
from wardrobe.store.database import open_database

pytestmark = pytest.mark.sqlite_only


def test_a_backup_without_a_schema_version_is_refused_in_a_sentence(tmp_path, capsys):
    import sqlite3

    good = tmp_path / "good.db"
    db = open_database(good)
    fill_demo(db, seed=7)
    db.close()
    odd = tmp_path / "odd.db"
    shutil.copy(good, odd)
    with sqlite3.connect(odd) as connection:
        connection.execute("DELETE FROM alembic_version")
    before = good.read_bytes()
    assert main(["--db", str(good), "restore", str(odd)]) == 1
    assert "names no schema version" in capsys.readouterr().err
    assert good.read_bytes() == before


def test_absurd_numbers_and_endless_searches_are_sentences(tmp_path, capsys):
    path = tmp_path / "w.db"
    db = open_database(path)
    fill_demo(db, seed=7)
    db.close()
    sheet = tmp_path / "h.csv"
    sheet.write_text("name,company,height_cm\nZoé,BN," + "9" * 40 + "\n", encoding="utf-8")
    assert main(["--db", str(path), "import", "dancers", str(sheet)]) == 1
    assert "more digits than any real amount" in capsys.readouterr().err
    words = " ".join(f"w{n}" for n in range(1000))
    assert main(["--db", str(path), "find", words]) == 1
    assert "at most 20 words" in capsys.readouterr().err


def test_a_write_lock_held_elsewhere_is_waited_for_then_said(tmp_path, capsys, monkeypatch):
    import sqlite3

    from wardrobe.store import database

    path = tmp_path / "w.db"
    db = open_database(path)
    fill_demo(db, seed=7)
    db.close()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)  # 15 s in use
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, and writing
    try:
        sheet = tmp_path / "d.csv"
        sheet.write_text("name,company\nZoé Attente,BN\n", encoding="utf-8")
        assert main(["--db", str(path), "import", "dancers", str(sheet)]) == 1
        said = capsys.readouterr().err
        assert "another program has been writing to it" in said and "unexpected" not in said
    finally:
        holder.execute("ROLLBACK")
        holder.close()
