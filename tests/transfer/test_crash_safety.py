"""A process killed (SIGKILL) in the middle of a large import loses nothing: the inventory
opens, passes its check, and holds all of the import or none of it."""

import os
import signal
import subprocess
import sys
import time

from wardrobe.demo import fill_demo
from wardrobe.services import costumes, integrity
from wardrobe.store.database import open_database

ROWS = 60_000  # about ten seconds of import here: killed after 1.5 s, it is in the middle


def test_an_import_killed_half_way_leaves_all_or_nothing(tmp_path):
    path = tmp_path / "w.db"
    db = open_database(path)
    fill_demo(db)
    before = len(costumes.list_items(db))
    db.close()
    sheet = tmp_path / "big.csv"
    lines = ["tag,name,kind,production,role,colour,location"]
    lines += [
        f"BN-8{n:05d},Couronne de réserve {n},headpiece,Casse-Noisette,Flocon de neige,"
        f"blanc,Réserve / Bac {n % 40}"
        for n in range(ROWS)
    ]
    sheet.write_text("\n".join(lines), encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-m", "wardrobe.cli", "--db", str(path), "import", "costumes", str(sheet)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    wal = path.with_name(path.name + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not wal.exists():
        time.sleep(0.05)
    # Well inside the import: its rows are checked for several seconds before they are written.
    time.sleep(1.5)
    assert child.poll() is None, "the import finished before it could be killed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reopened = open_database(path)
    assert integrity.check(reopened) == []
    after = len(costumes.list_items(reopened))
    assert after in (before, before + ROWS)
    assert after == before  # killed in the middle: none of it
    reopened.close()
