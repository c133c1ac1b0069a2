"""Photos at the desk: the item's dialog shows its main photo and takes new ones from a file,
a drop or the clipboard; a removal is undone with Ctrl+Z; a refused file is said in the
dialog; the costume list shows each item's photo in a column of its own, read for the rows
on screen only."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from tests.core.test_photos import jpeg, rotated_with_gps
from tests.ui.conftest import dialog_named, undo, wait_idle
from ui.operations import files as file_ops
from ui.operations import item_window
from wardrobe.services import costumes, photos

from .conftest import show_section


def _open(window, qtbot, tag):
    item_window.open_item(window.ctx, costumes.get_item(window.db, tag))
    dialog = dialog_named(qtbot, window, "itemDialog")
    qtbot.waitUntil(lambda: dialog.photos is not None and dialog.isVisible())
    return dialog


def test_photos_come_in_by_file_drop_and_paste_and_a_removal_is_undone(
    window, qtbot, demo_db, tmp_path
):
    tag = "BN-000003"
    dialog = _open(window, qtbot, tag)
    panel = dialog.photos
    wait_idle(qtbot, window)
    assert panel.strip.count() == 0 and "No photo yet" in panel.main.text()

    dropped = tmp_path / "rack.jpg"
    dropped.write_bytes(rotated_with_gps())
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Dropped anywhere on the item's window: the panel's filter on the dialog takes it (Qt
    # delivers a drop only during a real drag, so the filter is handed the event here).
    assert dialog.photos.eventFilter(dialog, event)
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=10_000)
    assert not panel.main.pixmap().isNull()
    assert panel.main.pixmap().height() > panel.main.pixmap().width()  # upright

    picture = QImage(300, 200, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkGreen)
    QApplication.clipboard().setImage(picture)
    panel.paste()
    qtbot.waitUntil(lambda: panel.strip.count() == 2, timeout=10_000)
    stored = photos.list_photos(demo_db, tag)
    assert [(p.number, p.is_main) for p in stored] == [(1, True), (2, False)]

    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_text("hem to let down")
    panel.add(not_a_photo)
    qtbot.waitUntil(lambda: "not a picture" in panel.message.text(), timeout=10_000)
    assert len(photos.list_photos(demo_db, tag)) == 2  # nothing stored

    panel.strip.setCurrentRow(0)
    qtbot.mouseClick(panel.buttons["remove"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.strip.count() == 1, timeout=10_000)
    assert [p.is_main for p in photos.list_photos(demo_db, tag)] == [True]  # the next is main
    dialog.reject()
    wait_idle(qtbot, window)
    undo(qtbot, window)
    back = photos.list_photos(demo_db, tag)
    assert len(back) == 2 and [p.is_main for p in back] == [False, True]  # main again
    first = Image.open(io.BytesIO(photos.photo_bytes(demo_db, tag, 2)))
    assert first.size == (1067, 1600)


def test_the_main_photo_opens_full_size(window, qtbot, demo_db):
    photos.add_photo(demo_db, "BN-000004", jpeg((1200, 900)))
    dialog = _open(window, qtbot, "BN-000004")
    qtbot.waitUntil(lambda: not dialog.photos.main.pixmap().isNull(), timeout=10_000)
    qtbot.mouseClick(dialog.photos.main, Qt.MouseButton.LeftButton)
    viewer = dialog.photos.findChild(type(dialog), "photoViewer") or next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "photoViewer"
    )
    qtbot.waitUntil(viewer.isVisible)
    label = viewer.findChildren(type(dialog.photos.main).__mro__[1])[0]
    assert label.pixmap().width() == 1200  # every pixel stored, shown
    viewer.close()


def test_the_costume_list_shows_photos_read_only_for_the_rows_on_screen(window, qtbot, demo_db):
    from ui.models.columns import PHOTO_COLUMN

    items = costumes.list_items(demo_db)
    photos.add_photo(demo_db, items[0].tag, jpeg((400, 600), colour=(255, 0, 0)))
    section = window.sections.costumes
    show_section(qtbot, window, "costumes")
    assert section.page.table.isColumnHidden(PHOTO_COLUMN)  # off unless asked
    window.commands["photos_in_list"].trigger()
    assert section.photos_shown and not section.page.table.isColumnHidden(PHOTO_COLUMN)
    model = section.model
    row = model.row_of(items[0].id) if hasattr(model, "row_of") else 0
    qtbot.waitUntil(
        lambda: (
            model.data(model.index(row, PHOTO_COLUMN), Qt.ItemDataRole.DecorationRole) is not None
        ),
        timeout=10_000,
    )
    picture = model.data(model.index(row, PHOTO_COLUMN), Qt.ItemDataRole.DecorationRole)
    assert picture.height() == 40
    wait_idle(qtbot, window)
    asked = section.thumbnails.queries
    assert asked <= 3  # the rows on screen, in a batch or two: never a read per row
    assert len(section.thumbnails._cache) < 200  # not the whole list of items
    window.commands["photos_in_list"].trigger()
    assert section.page.table.isColumnHidden(PHOTO_COLUMN)


def test_costumes_with_their_photos_leave_and_come_back_through_the_window(
    window, qtbot, demo_db, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.conftest import active_dialog

    tag = costumes.list_items(demo_db, "BN")[5].tag
    photos.add_photo(demo_db, tag, jpeg((700, 500)))
    target = tmp_path / "wardrobe"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(target), "Zip, with their photos (*.zip)"),
    )
    file_ops.export_kind(window.ctx, "costumes")
    wait_idle(qtbot, window)
    archive = tmp_path / "wardrobe.zip"
    assert archive.is_file()
    photos.remove_photo(demo_db, tag, 1)
    file_ops.import_sheet(window.ctx)
    dialog = active_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("costumes"))
    dialog.path.setText(str(archive))
    dialog.preview()
    wait_idle(qtbot, window)
    assert photos.list_photos(demo_db, tag) == []  # a preview adds nothing
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        dialog.submit()
    assert len(photos.list_photos(demo_db, tag)) == 1


def test_the_costume_book_prints_from_the_window(window, qtbot, demo_db, monkeypatch):
    from pathlib import Path

    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    from tests.ui.conftest import active_dialog

    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True
    )
    window.commands["print_costume_book"].trigger()
    dialog = active_dialog(qtbot, window)
    dialog.pick.setCurrentIndex(
        dialog.pick.findText("The Nutcracker", Qt.MatchFlag.MatchStartsWith)
    )
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    [pdf] = opened
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Costume book" in text and "The Nutcracker" in text
