"""An item's photos in its dialog: the main one large (a click shows it full size), every one
as a thumbnail; add from a file, by dropping files or pasting from the clipboard; choose the
main one; remove one (undoable from the window). Everything is read and written on the
worker; a refused picture is said in a sentence and nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wardrobe.errors import WardrobeError
from wardrobe.store.database import Database

from ..runtime.core import photos
from ..runtime.tasks import TaskRunner
from ..text.error_text import error_text
from ..text.language import filled

if TYPE_CHECKING:
    from wardrobe.services.photos import PhotoRecord, RemovedPhoto


MAIN_SIZE = QSize(240, 280)
PICTURE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp *.heic"


def pixmap(data: bytes) -> QPixmap:
    image = QImage.fromData(QByteArray(data))
    return QPixmap.fromImage(image)


def _read(db: Database, tag: str) -> tuple[list[PhotoRecord], dict[int, bytes], bytes | None]:
    """Runs on the worker: the photos, each one's thumbnail, and the main one whole."""
    listed = photos.list_photos(db, tag)
    thumbs = {p.id: photos.photo_by_id(db, p.id, thumb=True) for p in listed}
    main = next((p for p in listed if p.is_main), listed[0] if listed else None)
    return listed, thumbs, photos.photo_by_id(db, main.id) if main else None


class ClickableLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class PhotoPanel(QWidget):
    """``removed(RemovedPhoto)``: a photo was removed (the window makes it undoable);
    ``changed``: the photos changed."""

    removed = Signal(object)
    changed = Signal()

    def __init__(
        self, db: Database, runner: TaskRunner, tag: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoPanel")
        self.db, self.runner, self.tag = db, runner, tag
        self.listed: list[PhotoRecord] = []
        self.main_data: bytes | None = None
        self.main = ClickableLabel(self)
        self.main.setObjectName("mainPhoto")
        self.main.setFixedSize(MAIN_SIZE)
        self.main.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.main.setStyleSheet("#mainPhoto { border: 1px solid #9aa3ad; }")
        self.main.setToolTip(self.tr("Click to see it full size"))
        self.main.setAccessibleName(self.tr("Main photo"))
        self.main.clicked.connect(self.show_full)
        self.strip = QListWidget(self)
        self.strip.setObjectName("photoStrip")
        self.strip.setAccessibleName(self.tr("Photos of the item"))
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.strip.setIconSize(QSize(56, 56))
        self.strip.setFixedHeight(84)
        self.strip.setFlow(QListWidget.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.message = QLabel(self)
        self.message.setObjectName("photoMessage")
        self.message.setWordWrap(True)
        self.message.setMaximumWidth(MAIN_SIZE.width())
        self.buttons: dict[str, QPushButton] = {}
        rows = (
            (("add", self.tr("Add &photo…")), ("paste", self.tr("Paste"))),
            (("main", self.tr("Make main")), ("remove", self.tr("Remove"))),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.main)
        layout.addWidget(self.strip)
        for row in rows:
            line = QHBoxLayout()
            for name, label in row:
                button = QPushButton(label, self)
                button.setObjectName(f"photo_{name}")
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, n=name: self._clicked(n))
                self.buttons[name] = button
                line.addWidget(button)
            layout.addLayout(line)
        self.fitting = QCheckBox(self.tr("&Fitting photo, dated today"), self)
        self.fitting.setObjectName("fittingPhoto")
        self.fitting.setToolTip(
            self.tr("A photo of the dancer in it, kept with the item's open alteration")
        )
        layout.addWidget(self.fitting)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setAcceptDrops(True)
        self._enable()
        self.load()

    # -- reading ------------------------------------------------------------------------
    def load(self) -> None:
        db, tag = self.db, self.tag
        self.runner.run(lambda: _read(db, tag), self._loaded, self._failed)

    def _loaded(self, read: tuple) -> None:
        self.listed, thumbs, self.main_data = read
        self.strip.clear()
        for record in self.listed:
            item = QListWidgetItem(QIcon(pixmap(thumbs[record.id])), str(record.number))
            item.setData(Qt.ItemDataRole.UserRole, record.number)
            tip = filled(self.tr("Photo %1"), str(record.number))
            if record.is_main:
                tip += " · " + self.tr("main")
            if record.kind == "fitting" and record.taken_on is not None:
                tip += " · " + filled(self.tr("fitting of %1"), str(record.taken_on))
            item.setToolTip(tip)
            self.strip.addItem(item)
        if self.main_data:
            shown = pixmap(self.main_data).scaled(
                MAIN_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.main.setPixmap(shown)
        else:
            self.main.setPixmap(QPixmap())
            self.main.setText(self.tr("No photo yet:\nadd one, drop a file here\nor paste"))
        self._enable()

    def _enable(self) -> None:
        some = bool(self.listed)
        self.buttons["main"].setEnabled(some)
        self.buttons["remove"].setEnabled(some)

    def chosen(self) -> int | None:
        item = self.strip.currentItem()
        if item is not None:
            return int(item.data(Qt.ItemDataRole.UserRole))
        main = next((p for p in self.listed if p.is_main), None)
        return main.number if main else None

    # -- what the user does -----------------------------------------------------------------
    def _clicked(self, name: str) -> None:
        self.message.setText("")
        if name == "add":
            files, _filter = QFileDialog.getOpenFileNames(
                self,
                self.tr("Add photos"),
                str(Path.home()),
                filled(self.tr("Pictures (%1)"), PICTURE_FILTER),
            )
            for path in files:
                self.add(Path(path))
        elif name == "paste":
            self.paste()
        elif name == "main" and self.chosen() is not None:
            db, tag, number = self.db, self.tag, self.chosen()
            self._run(lambda: photos.set_main(db, tag, number or 0))
        elif name == "remove" and self.chosen() is not None:
            number = self.chosen()
            db, tag = self.db, self.tag
            self.runner.run(
                lambda: photos.remove_photo(db, tag, number), self._removed, self._failed
            )

    def add(self, source: Path | bytes) -> None:
        db, tag, fitting = self.db, self.tag, self.fitting.isChecked()
        self.message.setText(self.tr("Adding the photo…"))

        def work() -> PhotoRecord:
            if not fitting:
                return photos.add_photo(db, tag, source)
            from wardrobe.services import alterations

            open_ones = [a for a in alterations.alterations_for(db, tag) if a.is_open]
            return photos.add_photo(
                db,
                tag,
                source,
                kind="fitting",
                taken_on=date.today(),
                alteration_id=open_ones[-1].id if open_ones else None,
            )

        self.runner.run(work, self._added, self._failed)

    def paste(self) -> None:
        """A picture on the clipboard (copied from a browser or a photo app), or files."""
        data = QApplication.clipboard().mimeData()
        if data is not None and data.hasImage():
            image = QImage(data.imageData())
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs lack it
            self.add(bytes(buffer.data().data()))
        elif data is not None and data.hasUrls():
            for url in data.urls():
                if url.isLocalFile():
                    self.add(Path(url.toLocalFile()))
        else:
            self.message.setText(self.tr("The clipboard holds no picture."))

    def _run(self, work: Callable[[], Any]) -> None:
        self.runner.run(work, lambda _r: self._done(), self._failed)

    def _added(self, record: PhotoRecord) -> None:
        said = filled(self.tr("Photo %1 added."), str(record.number))
        if record.note == "first_frame":
            said += " " + self.tr("It was an animation: its first frame was kept.")
        self.message.setText(said)
        self._done()

    def _removed(self, removed: RemovedPhoto) -> None:
        self.message.setText(
            filled(
                self.tr("Photo %1 removed (Ctrl+Z in the window puts it back)."),
                str(removed.record.number),
            )
        )
        self.removed.emit(removed)
        self._done()

    def _done(self) -> None:
        self.changed.emit()
        self.load()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WardrobeError):
            self.message.setText(error_text(error))
        else:
            self.runner.default_failure(error)

    # -- in a dialog, and files dropped on it ---------------------------------------------
    def place_beside(self, layout: QVBoxLayout, form: QLayout, dialog: QWidget) -> None:
        """In ``dialog`` beside its ``form`` (taken out of ``layout`` and put back with the
        panel); files dropped anywhere on the dialog are photos for the item."""
        index = layout.indexOf(form)
        layout.removeItem(form)
        side_by_side = QHBoxLayout()
        side_by_side.addLayout(form, 1)
        side_by_side.addWidget(self, 0, Qt.AlignmentFlag.AlignTop)
        layout.insertLayout(index, side_by_side)
        dialog.setAcceptDrops(True)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QDropEvent):
            self.dropEvent(event)
            return True
        if isinstance(event, QDragEnterEvent):
            self.dragEnterEvent(event)
            return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        data = event.mimeData()
        if data.hasUrls():
            for url in data.urls():
                if url.isLocalFile():
                    self.add(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # -- full size ----------------------------------------------------------------------------
    def show_full(self) -> None:
        if not self.main_data:
            return
        viewer = QDialog(self)
        viewer.setObjectName("photoViewer")
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.setWindowTitle(filled(self.tr("Photo of %1"), self.tag))
        picture = QLabel(viewer)
        picture.setPixmap(pixmap(self.main_data))
        scroll = QScrollArea(viewer)
        scroll.setWidget(picture)
        layout = QVBoxLayout(viewer)
        layout.addWidget(scroll)
        screen = self.screen().availableGeometry() if self.screen() else None
        size = picture.pixmap().size()
        if screen is not None:
            size = size.boundedTo(screen.size() * 0.9)
        viewer.resize(size.width() + 30, size.height() + 30)
        viewer.open()
