"""Photos in the undo history: a photo removed from an item comes back whole with Ctrl+Z
(as the item's last photo, the main one again if it was), and goes again with redo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..runtime.bus import PHOTOS, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import photos
from ..text.language import filled
from .contexts import PhotoActions
from .perform import finished

if TYPE_CHECKING:
    from wardrobe.services.photos import PhotoRecord, RemovedPhoto


def removed(ctx: AppContext, removed: RemovedPhoto, costume_id: int = 0) -> None:
    db, current = ctx.db, {"removed": removed}
    tag = removed.record.tag
    item_id = costume_id

    bus = ctx.bus

    def put_back(_version: int | None) -> PhotoRecord:
        back = photos.restore_photo(db, current["removed"])
        bus.announce(of_kinds(PHOTOS, ids=(item_id,)))  # queued: the list reads it again
        return back

    def remove_again(_version: int | None) -> RemovedPhoto:
        last = photos.list_photos(db, tag)[-1]  # where the undo put it back
        current["removed"] = photos.remove_photo(db, tag, last.number)
        bus.announce(of_kinds(PHOTOS, ids=(item_id,)))
        return current["removed"]

    finished(
        ctx,
        filled(
            PhotoActions.tr("Remove photo %1 of %2"),
            str(removed.record.number),
            tag,
        ),
        remove_again,
        put_back,
        removed,
        version_of=lambda _result: None,
        changes=of_kinds(PHOTOS, ids=(item_id,)),
    )
