"""A disk that says no: a read-only inventory file, a read-only folder, a full disk during
demo, import, backup and export. Each is one sentence and exit 1, and nothing is lost.

The commands run as real processes. A full disk is a file-size limit on the process
(RLIMIT_FSIZE: a write past it fails as on a full disk). Read-only needs a user that file
permissions bind: root without its override capabilities (setpriv) or any other user."""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wardrobe.cli import main

pytestmark = pytest.mark.sqlite_only

LIMITED = (
    "import os, resource, signal, sys\n"
    "limit = int(sys.argv[1])\n"
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))\n"
    "os.execv(sys.argv[2], sys.argv[2:])\n"
)
WARDROBE = [sys.executable, "-m", "wardrobe.cli"]


def _run(prefix: list[str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, *WARDROBE, *args], capture_output=True, text=True, timeout=180)


def _on_a_full_disk(limit: int, *args: str) -> subprocess.CompletedProcess:
    return _run([sys.executable, "-c", LIMITED, str(limit)], *args)


def _as_a_plain_user(*args: str) -> subprocess.CompletedProcess:
    if os.geteuid() != 0:
        return _run([], *args)
    if shutil.which("setpriv") is None:
        pytest.skip("root ignores file permissions, and setpriv is not here to drop that")
    drop = "-dac_override,-dac_read_search"
    return _run(["setpriv", f"--inh-caps={drop}", f"--bounding-set={drop}", "--"], *args)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def inventory(tmp_path):
    path = tmp_path / "inventory" / "wardrobe.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def _one_sentence(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert result.stderr.startswith("wardrobe: ")
    assert all(w in result.stderr for w in words), result.stderr


def _new_costumes(tmp_path: Path, rows: int) -> Path:
    sheet = tmp_path / "new.csv"
    sheet.write_text(
        "tag,name,kind,notes\n"
        + "".join(f"BN-8{n:05d},Cape {n},cape,{'x' * 200}\n" for n in range(rows)),
        encoding="utf-8",
    )
    return sheet


def test_a_full_disk_during_an_import_writes_nothing(inventory, tmp_path, capsys):
    before = _digest(inventory)
    sheet = _new_costumes(tmp_path, 5000)
    room = inventory.stat().st_size + 50_000
    result = _on_a_full_disk(room, "--db", str(inventory), "import", "costumes", str(sheet))
    _one_sentence(result, str(inventory), "disk", "Nothing was written")
    assert _digest(inventory) == before
    assert main(["--db", str(inventory), "check"]) == 0
    assert main(["--db", str(inventory), "find", "BN-800001"]) == 0
    assert "Nothing matches" in capsys.readouterr().out


def test_a_full_disk_during_the_demo_says_so(tmp_path):
    target = tmp_path / "fresh" / "demo.db"
    result = _on_a_full_disk(200_000, "--db", str(target), "demo")
    _one_sentence(result, str(target), "disk")
    # Nothing half-made is taken for an inventory: the demo fills it once there is room.
    assert main(["--db", str(target), "demo"]) == 0


def test_a_full_disk_during_a_backup_keeps_no_half_copy(inventory):
    folder = inventory.parent / "wardrobe-backups"
    result = _on_a_full_disk(300_000, "--db", str(inventory), "backup")
    _one_sentence(result, "disk", "Nothing was written")
    assert not folder.exists() or list(folder.iterdir()) == []  # no partial, no bad copy


def test_a_full_disk_during_an_export_keeps_the_old_file(inventory, tmp_path):
    target = tmp_path / "costumes.csv"
    target.write_text("last week's export\n", encoding="utf-8")
    result = _on_a_full_disk(40_000, "--db", str(inventory), "export", "costumes", str(target))
    _one_sentence(result, str(target), "full")
    assert target.read_text(encoding="utf-8") == "last week's export\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_a_read_only_inventory_file_is_said_and_stays_as_it_was(inventory, tmp_path):
    inventory.chmod(0o400)
    before = _digest(inventory)
    sheet = _new_costumes(tmp_path, 3)
    result = _as_a_plain_user("--db", str(inventory), "import", "costumes", str(sheet))
    _one_sentence(result, str(inventory), "read-only", "Nothing was written")
    assert _digest(inventory) == before
    assert inventory.stat().st_mode & 0o777 == 0o400  # not made writable behind her back


def test_an_inventory_in_a_read_only_folder_is_said(inventory, tmp_path):
    folder = inventory.parent
    folder.chmod(0o500)
    try:
        for args in (
            ("--db", str(folder / "new.db"), "demo"),
            ("--db", str(inventory), "backup"),
            ("--db", str(inventory), "alerts"),
        ):
            _one_sentence(_as_a_plain_user(*args), "read-only")
        assert not (folder / "new.db").exists()
    finally:
        folder.chmod(0o700)
    assert main(["--db", str(inventory), "check"]) == 0
