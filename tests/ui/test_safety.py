"""What the window does to keep data safe: a backup and a check at start, read-only when the
check fails, an item's history, restore with the previous inventory kept aside."""

import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.operations import files as file_ops
from ui.operations import item_window
from wardrobe.services import backup, circulation, costumes

from .conftest import active_dialog, dialog_named, do, on_top, open_window, wait_idle


@pytest.mark.sqlite_only
def test_each_start_makes_a_backup_and_finds_nothing_wrong(
    qtbot, demo_db, settings, english, no_modal_boxes
):
    window = open_window(qtbot, demo_db, settings)
    folder = backup.default_backup_folder(demo_db)
    qtbot.waitUntil(lambda: bool(list(folder.glob("wardrobe-*.db"))), timeout=10_000)
    wait_idle(qtbot, window)
    assert demo_db.read_only is None and not window.problems.isVisible()
    window.ctx.wait()


@pytest.mark.sqlite_only
def test_a_failed_check_opens_the_inventory_read_only_and_says_why(
    qtbot, demo_db, settings, english, no_modal_boxes
):
    with sqlite3.connect(backup.database_file(demo_db)) as connection:
        connection.execute("UPDATE pointe_specs SET pairs_on_hand = pairs_on_hand + 5 WHERE id = 1")
    window = open_window(qtbot, demo_db, settings)
    qtbot.waitUntil(lambda: demo_db.read_only is not None, timeout=10_000)
    assert window.problems.isVisible() and "read-only" in window.problems.text()
    assert "wardrobe check --repair" in window.problems.text()
    item = next(r for r in costumes.list_items(demo_db) if r.status == "in_store")
    do(window, "to_cleaning", item)
    wait_idle(qtbot, window)
    assert any("read-only" in text for _kind, text in no_modal_boxes)
    assert costumes.get_item(demo_db, item.tag).status == "in_store"
    window.ctx.wait()


def test_an_items_history_from_its_dialog(window, qtbot, demo_db):
    item = costumes.get_item(demo_db, "BN-000003")
    circulation.move_item(demo_db, item.tag, "Réserve / Bac 40")
    item_window.open_item(window.ctx, item)
    dialog = active_dialog(qtbot, window)
    dialog.findChild(type(dialog.save_button), "action_history").click()
    what = [line[2] for line in dialog_named(qtbot, window, "historyDialog").lines]
    assert what[0] == f"Moved from {item.location} to Réserve / Bac 40"


@pytest.mark.sqlite_only
def test_restore_from_the_window_keeps_the_present_inventory_aside(
    qtbot, demo_db, settings, english, no_modal_boxes, monkeypatch, tmp_path
):
    from ui.shell.application import WindowHost

    copy = backup.backup_to(demo_db, tmp_path / "copy.db")
    circulation.move_item(demo_db, "BN-000001", "Réserve / Bac 77")
    host = WindowHost(demo_db, settings)
    host.window.show()
    host.window.start(backup=False)
    wait_idle(qtbot, host.window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    file_ops.restore_backup(host.window.ctx)
    qtbot.addWidget(host.window)
    wait_idle(qtbot, host.window)
    assert costumes.get_item(host.db, "BN-000001").location != "Réserve / Bac 77"
    aside = list(tmp_path.glob("wardrobe.before-restore-*.db"))
    assert len(aside) == 1
    host.window.ctx.wait()
    host.db.close()


@pytest.mark.sqlite_only
def test_a_damaged_inventory_opens_read_only_and_keeps_its_good_backups(
    qtbot, tmp_path, settings, english, no_modal_boxes
):
    from datetime import datetime, timedelta

    from tests.core.test_damaged_inventory import damage
    from wardrobe.demo import fill_demo
    from wardrobe.store.database import open_database

    path = tmp_path / "damaged.db"
    db = open_database(path)
    fill_demo(db, seed=7)
    folder = backup.default_backup_folder(db)
    good = []
    for n in range(5):
        when = datetime.now() - timedelta(days=30 + n)
        good.append(backup.backup_to(db, folder / f"wardrobe-{when:%Y%m%d-%H%M%S}.db"))
    db.close()
    damage(path)
    for _start in range(5):
        db = open_database(path)
        window = open_window(qtbot, db, settings)
        qtbot.waitUntil(lambda db=db: db.read_only is not None, timeout=10_000)
        assert "damaged" in window.problems.text() and "read-only" in window.problems.text()
        window.ctx.wait()
        window.close()
        db.close()
    assert sorted(folder.glob("*.db")) == sorted(good)  # none rotated away, none added
    for kept in good:
        backup.check_backup_file(kept)


def test_a_full_disk_during_an_action_is_a_sentence_not_a_crash(
    window, qtbot, no_modal_boxes, monkeypatch
):
    """Whatever the action, the disk's refusal reaches the user in words."""
    import errno

    from wardrobe.transfer import exporting

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/dancers.csv")

    monkeypatch.setattr(exporting, "export", full)
    window.ctx.runner.run(lambda: exporting.export(window.db, "dancers", "x.csv"), lambda _r: None)
    wait_idle(qtbot, window)
    assert [kind for kind, _text in no_modal_boxes] == ["warning"]
    said = no_modal_boxes[0][1]
    assert "/media/usb/dancers.csv: the disk is full" in said and "Nothing was written" in said
    assert on_top(window) is None or on_top(window).objectName() != "crashDialog"
