"""One cell of the costume plot, whole: the part, the role's casts (her double beside each
principal), the look worn there with its reference photos, and for each dancer of the role
her pieces as she wears them (the tag and where it is now, or still to make or to assign)."""

from __future__ import annotations

from dataclasses import dataclass

from ..language.i18n import N_
from ..records import CastRecord, LookRecord, PartRecord, WornPiece
from ..store.database import Database
from .costume_plot import read_dressing
from .look_photos import LookPhotoRecord, photos_of
from .lookup import NotFound


@dataclass(frozen=True)
class PlotCell:
    part: PartRecord
    role_id: int
    role: str
    casts: tuple[CastRecord, ...]
    look: LookRecord | None
    worn_in: tuple[str, ...]  # the labels of the parts the look is worn in, in running order
    dressed: tuple[tuple[CastRecord, tuple[WornPiece, ...]], ...]
    photos: tuple[LookPhotoRecord, ...]  # newest first


def plot_cell(db: Database, production_id: int, role_id: int, part_id: int) -> PlotCell:
    with db.read() as session:
        dressing = read_dressing(session, production_id)
        part = next((p for p in dressing.parts if p.id == part_id), None)
        if part is None or role_id not in dressing.roles:
            raise NotFound(what=N_("part of the running order"), key=str(part_id))
        casts = tuple(c for c in dressing.casts if c.role_id == role_id)
        look = dressing.look_of(role_id, part_id)
        if look is None:
            return PlotCell(part, role_id, dressing.roles[role_id], casts, None, (), (), ())
        photos = photos_of(session, [look.id]).get(look.id, [])
    labels = tuple(p.label for p in dressing.parts if p.id in look.part_ids)
    dressed = tuple((c, dressing.pieces_for(look, c.dancer_id)) for c in casts)
    return PlotCell(
        part, role_id, dressing.roles[role_id], casts, look, labels, dressed, tuple(photos)
    )
