"""A look's reference photos: what it looks like on stage, dated, with who is wearing it;
prepared as an item's photos are (upright, without the camera's metadata, resized), so a bad
file is refused before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..files.images import PreparedPhoto, prepare
from ..language.i18n import N_, Text
from ..models import Dancer, Look, LookPhoto
from ..store.database import Database
from . import lookup, text_checks
from .lookup import NotFound, Ref


@dataclass(frozen=True)
class LookPhotoRecord:
    id: int
    look_id: int
    worn_by: str
    taken_on: date
    caption: str
    thumb: bytes


def add_look_photo(
    db: Database,
    look_id: int,
    source: bytes | str | Path | PreparedPhoto,
    *,
    worn_by: Ref | None = None,
    taken_on: date | None = None,
    caption: str = "",
) -> LookPhotoRecord:
    when = taken_on or date.today()
    if when > date.today():
        raise InvalidInput(field=N_("taken on"), detail=Text("that date has not come yet"))
    prepared = source if isinstance(source, PreparedPhoto) else prepare(source)
    with db.write() as session:
        look = session.get(Look, look_id)
        if look is None:
            raise NotFound(what=N_("look"), key=str(look_id))
        who = lookup.dancer(session, worn_by) if worn_by is not None else None
        row = LookPhoto(
            look_id=look.id,
            worn_by_id=who.id if who else None,
            taken_on=when,
            caption=text_checks.optional_text(caption, N_("caption"), 400),
            width=prepared.width,
            height=prepared.height,
            data=prepared.data,
            thumb=prepared.thumb,
            added_by=lookup.actor_of(session),
        )
        session.add(row)
        session.flush()
        return LookPhotoRecord(
            row.id, look.id, who.name if who else "", when, row.caption, row.thumb
        )


def look_photos(db: Database, look_ids: list[int]) -> dict[int, list[LookPhotoRecord]]:
    """Each look's photos, newest first (thumbnails: what the window and the books show)."""
    with db.read() as session:
        return photos_of(session, look_ids)


def photos_of(session: Session, look_ids: list[int]) -> dict[int, list[LookPhotoRecord]]:
    found: dict[int, list[LookPhotoRecord]] = {}
    rows = session.execute(
        select(
            LookPhoto.id,
            LookPhoto.look_id,
            LookPhoto.taken_on,
            LookPhoto.caption,
            LookPhoto.thumb,
            Dancer.name,
        )
        .outerjoin(Dancer, Dancer.id == LookPhoto.worn_by_id)
        .where(LookPhoto.look_id.in_(look_ids or [0]))
        .order_by(LookPhoto.taken_on.desc(), LookPhoto.id.desc())
    ).all()
    for row in rows:
        found.setdefault(row.look_id, []).append(
            LookPhotoRecord(
                row.id, row.look_id, row.name or "", row.taken_on, row.caption, row.thumb
            )
        )
    return found


def remove_look_photo(db: Database, photo_id: int) -> None:
    with db.write() as session:
        session.execute(delete(LookPhoto).where(LookPhoto.id == photo_id))
