"""A file the app writes goes to a new name or replaces a regular file whole: never over a
folder, a device or a pipe (as root, a backup renamed over /dev/null replaced the device
node); a loan agreement's place is checked before anything is lent; saved photos are the
user's alone (issue 26)."""

from __future__ import annotations

import os
import stat

import pytest

from wardrobe.cli import main
from wardrobe.services import costumes, loans

pytestmark = pytest.mark.sqlite_only


def _is_fifo(path) -> bool:
    return stat.S_ISFIFO(os.stat(path).st_mode)


@pytest.mark.parametrize("command", ["backup", "export"])
def test_a_backup_or_an_export_is_never_written_over_a_pipe_or_a_folder(
    demo_db, tmp_path, capsys, command
):
    pipe = tmp_path / ("pipe.db" if command == "backup" else "pipe.csv")
    os.mkfifo(pipe)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    argv = {"backup": ["backup"], "export": ["export", "costumes"]}[command]
    for target, said in ((pipe, "is not a regular file"), (folder, "is a folder")):
        assert main(["--db", demo_db.url, *argv, str(target)]) == 1
        assert said in capsys.readouterr().err
    assert _is_fifo(pipe) and folder.is_dir() and not list(folder.iterdir())
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


@pytest.mark.usefixtures("unscheduled")
def test_a_bad_place_for_the_loan_agreement_lends_nothing(demo_db, tmp_path, capsys):
    item = next(i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store")
    argv = ["--db", demo_db.url, "lend", item.tag, "--to", "École de danse", "--until"]
    for place in (str(tmp_path), str(tmp_path / "agreement.txt")):
        assert main([*argv, "2027-01-31", "--agreement", place]) == 1
        assert "pdf" in capsys.readouterr().err
    assert item.tag not in {loan.tag for loan in loans.list_loans(demo_db)}
    target = tmp_path / "agreement.pdf"
    assert main([*argv, "2027-01-31", "--agreement", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_photos_saved_to_a_folder_are_the_users_alone(demo_db, tmp_path):
    from tests.core.test_photos import jpeg
    from wardrobe.services import photos

    tag = costumes.list_items(demo_db, "BN")[0].tag
    photos.add_photo(demo_db, tag, jpeg((300, 400)))
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--db", demo_db.url, "photo", "save", tag, str(out)]) == 0
    [saved] = out.iterdir()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
