"""The costume list's photo column: each item's main photo as a small picture, read only for
the rows a view asks about (a few dozen at a time, in one query on the reading worker) and
kept in a bounded cache, so that a list of a hundred thousand items scrolls as it does
without photos."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

SIDE = 40  # pixels: the row's height when photos are shown
KEPT = 3000  # pictures kept (about 5 MB); the oldest read go first


class Thumbnails(QObject):
    """``arrived``: pictures came in (the view repaints what it shows)."""

    arrived = Signal()

    def __init__(self, runner: Any, db: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.db = runner, db
        self._cache: OrderedDict[int, QPixmap | None] = OrderedDict()  # None: no photo
        self._wanted: set[int] = set()
        self._asked: set[int] = set()
        self.queries = 0  # how many reads were made (for the benchmark and the tests)

    def pixmap(self, costume_id: int) -> QPixmap | None:
        """The item's picture, None while it is read or when it has no photo."""
        if costume_id in self._cache:
            self._cache.move_to_end(costume_id)
            return self._cache[costume_id]
        if costume_id not in self._asked:
            if not self._wanted:
                QTimer.singleShot(0, self._read)  # once the view has asked for every row
            self._wanted.add(costume_id)
        return None

    def forget(self, costume_id: int) -> None:
        """Its photos changed: read it again when next shown."""
        self._cache.pop(costume_id, None)
        self._asked.discard(costume_id)
        self.arrived.emit()

    def _read(self) -> None:
        ids = sorted(self._wanted - self._asked)
        self._wanted.clear()
        if not ids:
            return
        self._asked.update(ids)
        self.queries += 1
        db = self.db
        self.runner.run(lambda: (ids, _main_thumbnails(db, ids)), self._got)

    def _got(self, read: tuple[list[int], dict[int, bytes]]) -> None:
        ids, found = read
        for costume_id in ids:
            self._asked.discard(costume_id)
            data = found.get(costume_id)
            if data is None:
                self._cache[costume_id] = None
                continue
            image = QImage.fromData(QByteArray(data))
            small = image.scaled(
                SIDE,
                SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._cache[costume_id] = QPixmap.fromImage(small)
        while len(self._cache) > KEPT:
            self._cache.popitem(last=False)
        self.arrived.emit()


def _main_thumbnails(db: Any, ids: list[int]) -> dict:
    from wardrobe.services import photos  # on the worker, once photos are shown

    return photos.main_thumbnails(db, ids)
