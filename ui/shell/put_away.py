"""Put-away at the desk: a place label scanned starts it, and every item scanned next moves to
that place (each move undoable), until another place label or Escape."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from wardrobe.errors import WardrobeError
from wardrobe.records import CostumeRecord

from ..operations.circulation import put_back
from ..operations.perform import finished
from ..runtime.context import AppContext
from ..runtime.core import circulation, costumes, places
from ..runtime.db_guard import gui_read
from ..text.error_text import error_text
from ..text.language import filled

if TYPE_CHECKING:
    from wardrobe.services.places import PlaceRecord


STAYS = 600_000  # ms: the status bar keeps saying put-away is on


class PutAway(QObject):
    """``changed(active)``: put-away started or ended."""

    changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.place: PlaceRecord | None = None
        self.moved = 0
        self.escape: QShortcut | None = None

    @property
    def active(self) -> bool:
        return self.place is not None

    def start(self, code: str) -> None:
        """A place label scanned: put-away into it (ending one into another place)."""
        try:
            with gui_read("put-away"):
                place = places.place(self.ctx.db, code)
        except WardrobeError as error:
            self.ctx.say(error_text(error), 10_000)
            return
        if self.place is not None and self.place.id != place.id:
            self.stop(quiet=True)
        self.place, self.moved = place, 0
        self._escape_key(True)
        self.changed.emit(True)
        self.ctx.say(
            filled(
                self.tr(
                    "Putting away into %1: scan each item; another place label or Escape ends."
                ),
                place.path,
            ),
            STAYS,
        )

    def take(self, tag: str) -> None:
        """An item scanned during put-away: moved to the place, off the GUI thread."""
        place = self.place
        if place is None:
            return
        db = self.ctx.db

        def moved(after: CostumeRecord) -> None:
            self.moved += 1
            finished(
                self.ctx,
                filled(self.tr("Put %1 away in %2"), after.tag, place.path),
                lambda v: circulation.move_item(db, tag, place.id, expected_version=v),
                put_back(db, before),
                after,
            )
            self.ctx.say(
                filled(
                    self.tr(
                        "%1 put away in %2 (%n so far); scan the next, or Escape to end.",
                        "",
                        self.moved,
                    ),
                    after.tag,
                    place.path,
                ),
                STAYS,
            )

        try:
            with gui_read("put-away"):
                before = costumes.get_item(db, tag)
        except WardrobeError as error:
            self.ctx.say(error_text(error), STAYS)
            return
        if before.company_id != place.company_id:
            self.ctx.say(
                filled(
                    self.tr("%1 belongs to %2; %3 is a place of another company. Not moved."),
                    before.tag,
                    before.company,
                    place.path,
                ),
                STAYS,
            )
            return
        self.ctx.runner.run(lambda: circulation.move_item(db, tag, place.id), moved)

    def stop(self, quiet: bool = False) -> None:
        if self.place is None:
            return
        place, moved = self.place, self.moved
        self.place = None
        self._escape_key(False)
        self.changed.emit(False)
        if not quiet:
            self.ctx.say(
                filled(self.tr("Put-away into %1 ended: %n item(s) moved.", "", moved), place.path),
                10_000,
            )

    def _escape_key(self, on: bool) -> None:
        host = self.ctx.host
        if on and self.escape is None and host is not None:
            self.escape = QShortcut(QKeySequence("Escape"), host, lambda: self.stop())
        if self.escape is not None:
            self.escape.setEnabled(on)
