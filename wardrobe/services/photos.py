"""Photos of costume items: added (prepared on the way in, see wardrobe.files.images), listed
without their bytes, read whole or as a thumbnail, one of them the main one, removed (and put
back by an undo). A fitting photo is dated and may belong to an alteration; the item's history
shows it. Each item's photos are numbered 1, 2, 3... in the order they were added."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..files.images import PreparedPhoto, prepare
from ..language.i18n import N_, Text
from ..models import Alteration, Photo
from ..store.database import Database
from . import lookup, text_checks

KINDS = ("item", "fitting")


@dataclass(frozen=True)
class PhotoRecord:
    id: int
    tag: str
    number: int  # 1, 2, 3... within the item, in the order added
    kind: str
    is_main: bool
    taken_on: date | None
    caption: str
    width: int
    height: int
    byte_size: int
    alteration_id: int | None
    added_at: datetime
    added_by: str
    note: str = ""  # said on the way in: "first_frame" of an animation


@dataclass(frozen=True)
class RemovedPhoto:
    """What a removal took away, whole: an undo puts it back as it was."""

    record: PhotoRecord
    data: bytes
    thumb: bytes


def _records(session: Session, costume_id: int, tag: str) -> list[PhotoRecord]:
    rows = session.scalars(
        select(Photo).where(Photo.costume_id == costume_id).order_by(Photo.id)
    ).all()
    return [_record(row, tag, number) for number, row in enumerate(rows, 1)]


def _record(row: Photo, tag: str, number: int, note: str = "") -> PhotoRecord:
    return PhotoRecord(
        id=row.id,
        tag=tag,
        number=number,
        kind=row.kind,
        is_main=row.is_main,
        taken_on=row.taken_on,
        caption=row.caption,
        width=row.width,
        height=row.height,
        byte_size=row.byte_size,
        alteration_id=row.alteration_id,
        added_at=row.added_at,
        added_by=row.added_by,
        note=note,
    )


def add_photo(
    db: Database,
    tag: str,
    source: bytes | str | Path | PreparedPhoto,
    *,
    main: bool = False,
    kind: str = "item",
    taken_on: date | None = None,
    caption: str = "",
    alteration_id: int | None = None,
) -> PhotoRecord:
    """A photo added to an item: prepared first (outside the transaction: a bad file changes
    nothing), then stored. The item's first photo is its main one."""
    if kind not in KINDS:
        raise InvalidInput(field=N_("kind"), detail=Text("use item or fitting"))
    prepared = source if isinstance(source, PreparedPhoto) else prepare(source)
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        if alteration_id is not None:
            alteration = session.get(Alteration, alteration_id)
            if alteration is None or alteration.costume_id != item.id:
                raise NotFound(what=N_("alteration"), key=str(alteration_id))
        count = session.scalar(
            select(func.count()).select_from(Photo).where(Photo.costume_id == item.id)
        )
        first = not count and kind == "item"
        if main or first:
            _clear_main(session, item.id)
        row = Photo(
            costume_id=item.id,
            alteration_id=alteration_id,
            kind=kind,
            is_main=(main or first) and kind == "item",
            taken_on=taken_on or (date.today() if kind == "fitting" else None),
            caption=text_checks.optional_text(caption, N_("caption"), 400),
            width=prepared.width,
            height=prepared.height,
            byte_size=len(prepared.data),
            data=prepared.data,
            thumb=prepared.thumb,
            added_by=lookup.actor_of(session),
        )
        session.add(row)
        session.flush()
        return _record(row, item.tag, (count or 0) + 1, prepared.note)


def _clear_main(session: Session, costume_id: int) -> None:
    session.execute(
        update(Photo)
        .where(Photo.costume_id == costume_id, Photo.is_main.is_(True))
        .values(is_main=False)
    )
    session.flush()


def list_photos(db: Database, tag: str) -> list[PhotoRecord]:
    with db.read() as session:
        item = lookup.costume(session, tag)
        return _records(session, item.id, item.tag)


def _numbered(session: Session, tag: str, number: int | str) -> tuple[Photo, PhotoRecord]:
    item = lookup.costume(session, tag)
    records = _records(session, item.id, item.tag)
    try:
        wanted = int(str(number).strip())
    except ValueError:
        wanted = 0
    if not 1 <= wanted <= len(records):
        raise NotFound(what=N_("photo"), key=f"{item.tag} #{number}")
    record = records[wanted - 1]
    row = session.get(Photo, record.id)
    assert row is not None
    return row, record


def photo_bytes(db: Database, tag: str, number: int | str, *, thumb: bool = False) -> bytes:
    """A photo's JPEG (or its thumbnail's) by its number within the item."""
    with db.read() as session:
        row, _record_ = _numbered(session, tag, number)
        return row.thumb if thumb else row.data


def photo_by_id(db: Database, photo_id: int, *, thumb: bool = False) -> bytes:
    with db.read() as session:
        column = Photo.thumb if thumb else Photo.data
        found = session.scalar(select(column).where(Photo.id == photo_id))
        if found is None:
            raise NotFound(what=N_("photo"), key=str(photo_id))
        return found


def set_main(db: Database, tag: str, number: int | str) -> PhotoRecord:
    with db.write() as session:
        row, record = _numbered(session, tag, number)
        if row.kind != "item":
            raise InvalidInput(
                field=N_("photo"), detail=Text("a fitting photo cannot be the item's main photo")
            )
        _clear_main(session, row.costume_id)
        row.is_main = True
        session.flush()
        return _record(row, record.tag, record.number)


def remove_photo(db: Database, tag: str, number: int | str) -> RemovedPhoto:
    """Removes one photo; the next item photo becomes the main one if this one was."""
    with db.write() as session:
        row, record = _numbered(session, tag, number)
        removed = RemovedPhoto(record, row.data, row.thumb)
        costume_id, was_main = row.costume_id, row.is_main
        session.delete(row)
        session.flush()
        if was_main:
            successor = session.scalars(
                select(Photo)
                .where(Photo.costume_id == costume_id, Photo.kind == "item")
                .order_by(Photo.id)
            ).first()
            if successor is not None:
                successor.is_main = True
                session.flush()
        return removed


def restore_photo(db: Database, removed: RemovedPhoto) -> PhotoRecord:
    """The undo of a removal: the same photo back (at the end of the item's photos)."""
    old = removed.record
    prepared = PreparedPhoto(removed.data, removed.thumb, old.width, old.height)
    return add_photo(
        db,
        old.tag,
        prepared,
        main=old.is_main,
        kind=old.kind,
        taken_on=old.taken_on,
        caption=old.caption,
        alteration_id=old.alteration_id,
    )


def mains(session: Session, costume_ids: list[int], *, thumb: bool) -> dict[int, bytes]:
    """The main photo (or its thumbnail) of each of these items that has one: one query."""
    if not costume_ids:
        return {}
    column = Photo.thumb if thumb else Photo.data
    rows = session.execute(
        select(Photo.costume_id, column).where(
            Photo.costume_id.in_(costume_ids), Photo.is_main.is_(True)
        )
    )
    return {costume_id: data for costume_id, data in rows}


def main_thumbnails(db: Database, costume_ids: list[int]) -> dict[int, bytes]:
    """The main photo's thumbnail of each of these items that has one (the list's column)."""
    with db.read() as session:
        return mains(session, costume_ids, thumb=True)
