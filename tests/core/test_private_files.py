"""Body measurements readable by their user alone: the inventory, its backups, exports and
printed sheets are 0600, the folders the app makes 0700, whatever the umask."""

import os
import stat

import pytest

from wardrobe.cli import main
from wardrobe.demo import fill_demo
from wardrobe.services import backup
from wardrobe.store.database import open_database
from wardrobe.transfer.exporting import export

pytestmark = pytest.mark.sqlite_only


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)  # files 0644, folders 0755 unless the app says otherwise
    yield
    os.umask(old)


def test_a_new_inventory_and_everything_made_from_it_are_private(tmp_path):
    path = tmp_path / "data" / "wardrobe" / "wardrobe.db"
    db = open_database(path)
    fill_demo(db, seed=7)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or mode(wal) == 0o600
    made = backup.backup_on_start(db)
    assert mode(made) == 0o600 and mode(made.parent) == 0o700
    for name in ("dancers.csv", "dancers.xlsx"):
        export(db, "dancers", tmp_path / name)
        assert mode(tmp_path / name) == 0o600
    db.close()
    assert main(["--db", str(path), "fitting-sheet", "--all", "-o", str(tmp_path / "s.pdf")]) == 0
    assert mode(tmp_path / "s.pdf") == 0o600


def test_an_existing_folder_keeps_its_own_mode(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    open_database(shared / "w.db").close()
    assert mode(shared) == 0o755 and mode(shared / "w.db") == 0o600
