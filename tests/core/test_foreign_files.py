"""A path given as an inventory that is none is refused in a sentence and left exactly as it
was (issue 26): a folder keeps its mode, another application's database gets no table and no
journal, an empty file stays empty; an inventory of an older schema is copied whole before it
is upgraded."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

import db as migrations
from wardrobe.cli import main

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("WARDROBE_TEST_POSTGRES")),
    reason="SQLite files",
)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _state(path: Path) -> tuple:
    """What could change: mode, bytes, and the journal files beside it."""
    mode = stat.S_IMODE(os.stat(path).st_mode)
    content = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    beside = sorted(p.name for p in path.parent.iterdir())
    return mode, content, beside


def _refused(capsys, *argv: str) -> str:
    assert main(list(argv)) == 1
    return capsys.readouterr().err


def test_a_folder_given_as_the_inventory_keeps_its_mode(tmp_path, capsys):
    folder = tmp_path / "d"
    folder.mkdir(mode=0o755)
    (folder / "notes.txt").write_text("mine")
    before = _state(folder)
    said = _refused(capsys, "--db", str(folder), "alerts")
    assert "is a folder, not an inventory file" in said and "nothing was changed" in said
    assert _state(folder) == before  # still 0755: its own files stay readable
    assert (folder / "notes.txt").read_text() == "mine"


def test_the_current_folder_given_as_an_empty_name_is_left_alone(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.chmod(tmp_path, 0o755)
    said = _refused(capsys, "--db", "", "alerts")
    assert "is a folder" in said
    assert stat.S_IMODE(os.stat(tmp_path).st_mode) == 0o755


def test_another_applications_database_gets_no_table_no_journal_no_mode(tmp_path, capsys):
    other = tmp_path / "other-app.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO notes (text) VALUES ('keep me')")
    os.chmod(other, 0o644)
    before = _state(other)
    said = _refused(capsys, "--db", str(other), "alerts")
    assert "another application's database (1 tables), not an inventory" in said
    assert _state(other) == before  # no 24 tables, no WAL switch, still 0644


@pytest.mark.parametrize("content", [b"", b"name,size\nTutu,38\n"], ids=["empty", "a csv"])
def test_an_empty_file_or_a_file_of_another_kind_is_not_made_an_inventory(
    tmp_path, capsys, content
):
    stub = tmp_path / "wardrobe.db"
    stub.write_bytes(content)
    before = _state(stub)
    said = _refused(capsys, "--db", str(stub), "find", "tutu")
    assert ("file is empty" if not content else "no SQLite database") in said
    assert _state(stub) == before


def test_a_link_loop_is_said_in_a_sentence(tmp_path, capsys):
    loop = tmp_path / "loop.db"
    loop.symlink_to(loop)
    said = _refused(capsys, "--db", str(loop), "alerts")
    assert "cannot be read" in said


def test_an_old_schema_is_copied_whole_before_a_read_upgrades_it(tmp_path, capsys):
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-0001-demo.db", old)
    original = old.read_bytes()
    assert main(["--db", str(old), "find", "tutu"]) == 0
    [kept] = (tmp_path / "old-backups").glob("before-upgrade-0001-*.db")
    with sqlite3.connect(kept) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert connection.execute("SELECT count(*) FROM costume_items").fetchone() == (438,)
    assert kept.stat().st_size >= len(original) // 2
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    with sqlite3.connect(old) as connection:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == (migrations.HEAD,)
    assert main(["--db", str(old), "find", "tutu"]) == 0  # up to date now: no second copy
    assert len(list((tmp_path / "old-backups").glob("before-upgrade-*"))) == 1


def test_an_inventory_on_a_network_share_is_said_at_opening(tmp_path, capsys, monkeypatch):
    """SQLite's locks are not safe on NFS or SMB, where departments put "the wardrobe file"
    to share it: said at every opening, with the way to several desks (PostgreSQL)."""
    from wardrobe.store import inventory_file
    from wardrobe.store.database import open_database, share_warning

    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        f"//nas/wardrobe {tmp_path} cifs rw,vers=3.0 0 0\n"
        "server:/export /mnt/nfs nfs4 rw 0 0\n"
    )
    assert inventory_file.network_share(tmp_path / "x.db", mounts) == "cifs"
    assert inventory_file.network_share(Path("/mnt/nfs/a/b.db"), mounts) == "nfs4"
    assert inventory_file.network_share(Path("/home/me/x.db"), mounts) is None
    real = inventory_file.network_share
    monkeypatch.setattr("wardrobe.store.database.network_share", lambda path: real(path, mounts))
    db = open_database(tmp_path / "shared.db")
    assert db.share == "cifs" and "PostgreSQL" in str(share_warning(db))
    db.close()
    assert main(["--db", str(tmp_path / "shared.db"), "alerts"]) == 0
    assert "is on a network share (cifs)" in capsys.readouterr().err
