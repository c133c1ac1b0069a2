"""A production's running order: its parts (acts and scenes, or episodes and scenes) in the
order of the show, inserted, renamed, moved and removed; a part removed with its looks comes
back whole with ``restore_part``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import Duplicate, InvalidInput, StaleEdit, WrongState
from ..language.i18n import N_, Text
from ..models import Company, Look, LookInPart, Production, ProductionPart
from ..records import PartRecord, ProductionRecord
from ..store.database import Database
from . import lookup
from .lookup import NotFound, Ref
from .text_checks import optional_text, required_text

LONGEST_SHOW_MIN = 24 * 60


def production_record(row: Production, company: Company) -> ProductionRecord:
    return ProductionRecord(row.id, row.title, company.id, company.name)


def find_production(db: Database, company: Ref, title: str) -> ProductionRecord:
    with db.read() as session:
        owner = lookup.company(session, company)
        row = lookup.production(session, owner.id, title, create=False)
        return production_record(row, owner)


def add_production(db: Database, company: Ref, title: str) -> ProductionRecord:
    """A production of the company (the one of that title, if there is one already)."""
    with db.write() as session:
        owner = lookup.company(session, company)
        return production_record(lookup.production(session, owner.id, title, create=True), owner)


def productions(db: Database, company: Ref | None = None) -> list[ProductionRecord]:
    with db.read() as session:
        stmt = select(Production, Company).join(Company, Company.id == Production.company_id)
        if company is not None:
            stmt = stmt.where(Production.company_id == lookup.company(session, company).id)
        rows = session.execute(stmt.order_by(Company.name, Production.title)).all()
        return [production_record(p, c) for p, c in rows]


def part_record(row: ProductionPart) -> PartRecord:
    return PartRecord(
        row.id,
        row.production_id,
        row.position,
        row.act,
        row.scene,
        row.title,
        row.starts_min,
        row.length_min,
        row.version,
    )


def parts(db: Database, production_id: int) -> list[PartRecord]:
    with db.read() as session:
        return [part_record(p) for p in parts_of(session, production_id)]


def parts_of(session: Session, production_id: int) -> list[ProductionPart]:
    stmt = select(ProductionPart).where(ProductionPart.production_id == production_id)
    return list(session.scalars(stmt.order_by(ProductionPart.position)))


def _minutes(value: int | str | None, field: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        raise InvalidInput(field=field, detail=Text("a whole number of minutes")) from None
    if not 0 <= minutes <= LONGEST_SHOW_MIN:
        raise InvalidInput(
            field=field, detail=Text("between 0 and {most} minutes", most=LONGEST_SHOW_MIN)
        )
    return minutes


def _label(act: str, scene: str) -> str:
    return f"{act}.{scene}" if scene else act


def _fields(act: str, scene: str, title: str, starts_min: object, length_min: object) -> dict:
    return {
        "act": required_text(act, N_("act or episode"), 40),
        "scene": optional_text(scene, N_("scene"), 40),
        "title": optional_text(title, N_("title"), 200),
        "starts_min": _minutes(starts_min, N_("starts at (minutes from the curtain)")),  # type: ignore[arg-type]
        "length_min": _minutes(length_min, N_("running time (minutes)")),  # type: ignore[arg-type]
    }


def _refuse_twice(session: Session, production_id: int, act: str, scene: str, but: int = 0) -> None:
    taken = session.scalar(
        select(ProductionPart.id).where(
            ProductionPart.production_id == production_id,
            ProductionPart.act == act,
            ProductionPart.scene == scene,
            ProductionPart.id != but,
        )
    )
    if taken is not None:
        raise Duplicate(what=N_("part of the running order"), key=_label(act, scene))


def _renumber(session: Session, rows: list[ProductionPart]) -> None:
    """Positions 1, 2, 3… in the order given (two steps: the positions carry no unique
    index, but a half-done renumbering is never seen outside the transaction anyway)."""
    for number, row in enumerate(rows, start=1):
        if row.position != number:
            row.position = number


def add_part(
    db: Database,
    production_id: int,
    *,
    act: str,
    scene: str = "",
    title: str = "",
    starts_min: int | str | None = None,
    length_min: int | str | None = None,
    position: int | None = None,
) -> PartRecord:
    """A new part, at ``position`` (1: first; None: last); those after it move down one."""
    values = _fields(act, scene, title, starts_min, length_min)
    with db.write() as session:
        if session.get(Production, production_id) is None:
            raise NotFound(what=N_("production"), key=str(production_id))
        _refuse_twice(session, production_id, values["act"], values["scene"])
        rows = parts_of(session, production_id)
        at = len(rows) if position is None else max(0, min(len(rows), position - 1))
        made = ProductionPart(production_id=production_id, position=at + 1, **values)
        session.add(made)
        rows.insert(at, made)
        _renumber(session, rows)
        session.flush()
        return part_record(made)


def edit_part(
    db: Database,
    part_id: int,
    *,
    expected_version: int,
    act: str,
    scene: str = "",
    title: str = "",
    starts_min: int | str | None = None,
    length_min: int | str | None = None,
) -> PartRecord:
    values = _fields(act, scene, title, starts_min, length_min)
    with db.write() as session:
        row = _part(session, part_id)
        if row.version != expected_version:
            raise StaleEdit(what=_label(row.act, row.scene))
        _refuse_twice(session, row.production_id, values["act"], values["scene"], but=row.id)
        for key, value in values.items():
            setattr(row, key, value)
        row.version += 1
        session.flush()
        return part_record(row)


def move_part(db: Database, part_id: int, position: int) -> list[PartRecord]:
    """The part to ``position`` in the running order (its looks go with it)."""
    with db.write() as session:
        row = _part(session, part_id)
        rows = [r for r in parts_of(session, row.production_id) if r.id != row.id]
        rows.insert(max(0, min(len(rows), position - 1)), row)
        _renumber(session, rows)
        session.flush()
        return [part_record(r) for r in rows]


@dataclass(frozen=True)
class RemovedPart:
    """A part as it was before it was removed, with the look each role wore in it."""

    part: PartRecord
    looks: tuple[tuple[int, int], ...]  # (role_id, look_id)


def looks_in_part(db: Database, part_id: int) -> int:
    with db.read() as session:
        stmt = select(func.count()).select_from(LookInPart).where(LookInPart.part_id == part_id)
        return int(session.scalar(stmt) or 0)


def remove_part(db: Database, part_id: int, *, with_looks: bool = False) -> RemovedPart:
    """Removes a part; one in which roles wear looks only when ``with_looks`` says so (the
    looks themselves stay, worn in their other parts)."""
    with db.write() as session:
        row = _part(session, part_id)
        worn = session.execute(
            select(LookInPart.role_id, LookInPart.look_id).where(LookInPart.part_id == part_id)
        ).all()
        if worn and not with_looks:
            raise WrongState(
                what=_label(row.act, row.scene),
                detail=Text(
                    "has looks worn in it ({count}): remove it with its looks, or move them first.",
                    count=len(worn),
                ),
            )
        removed = RemovedPart(part_record(row), tuple((r, lk) for r, lk in worn))
        production_id = row.production_id
        session.delete(row)
        session.flush()
        _renumber(session, parts_of(session, production_id))
        return removed


def restore_part(db: Database, removed: RemovedPart) -> PartRecord:
    """Puts back a removed part at its place, with the looks worn in it (the undo)."""
    was = removed.part
    with db.write() as session:
        _refuse_twice(session, was.production_id, was.act, was.scene)
        rows = parts_of(session, was.production_id)
        back = ProductionPart(
            production_id=was.production_id,
            position=was.position,
            act=was.act,
            scene=was.scene,
            title=was.title,
            starts_min=was.starts_min,
            length_min=was.length_min,
        )
        session.add(back)
        rows.insert(max(0, min(len(rows), was.position - 1)), back)
        _renumber(session, rows)
        session.flush()
        for role_id, look_id in removed.looks:
            if session.get(Look, look_id) is not None:  # a look removed since stays removed
                session.add(LookInPart(part_id=back.id, role_id=role_id, look_id=look_id))
        session.flush()
        return part_record(back)


def _part(session: Session, part_id: int) -> ProductionPart:
    row = session.get(ProductionPart, part_id, with_for_update=True)
    if row is None:
        raise NotFound(what=N_("part of the running order"), key=str(part_id))
    return row
