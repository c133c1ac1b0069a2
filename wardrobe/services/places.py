"""Places (rooms, racks, hoists, bins) as people name them and as their labels do: a path as the
window shows it, ``Réserve / Bac 3``, or a label's code, ``LOC-BN-12``. The code is what a place
label's barcode holds; scanned at the desk it starts put-away there."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..language.i18n import N_, Text
from ..models import Company, Location
from ..store.database import Database
from . import lookup
from .lookup import Ref

CODE = re.compile(r"^\s*LOC-([A-Z0-9]{1,8})-(\d{1,9})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PlaceRecord:
    id: int
    company_id: int
    company: str
    path: str  # "Réserve / Bac 3"
    kind: str  # room, rack, hoist, bin
    code: str  # what its label's barcode holds: "LOC-BN-12"
    last_counted_on: date | None


def place_code(company_code: str, location_id: int) -> str:
    return f"LOC-{company_code.upper()}-{location_id}"


def is_place_code(text: str) -> bool:
    return CODE.match(text or "") is not None


def _record(session: Session, row: Location, company: Company) -> PlaceRecord:
    return PlaceRecord(
        id=row.id,
        company_id=company.id,
        company=company.name,
        path=lookup.location_path(session, row.id),
        kind=row.kind,
        code=place_code(company.code, row.id),
        last_counted_on=row.last_counted_on,
    )


def find(session: Session, ref: Ref, company: Ref | None = None) -> Location:
    """A place by its label's code, by id, or by its path (in ``company``, or in the one
    company that has such a place)."""
    if isinstance(ref, int):
        by_id = session.get(Location, ref)
        if by_id is None:
            raise NotFound(what=N_("place"), key=str(ref))
        return by_id
    text = (ref or "").strip()
    if not text:
        raise InvalidInput(field=N_("place"), detail=Text("give a room, then a rack, hoist or bin"))
    code = CODE.match(text)
    if code is not None:
        row = session.get(Location, int(code.group(2)))
        owner = session.get(Company, row.company_id) if row is not None else None
        if row is None or owner is None or owner.code.upper() != code.group(1).upper():
            raise NotFound(what=N_("place"), key=text)
        return row
    if company is not None:
        return lookup.location(session, lookup.company(session, company).id, text, create=False)
    found: list[Location] = []
    for company_id in session.scalars(select(Company.id).order_by(Company.id)):
        try:
            found.append(lookup.location(session, company_id, text, create=False))
        except NotFound:
            continue
    if len(found) != 1:
        raise NotFound(what=N_("place"), key=text)
    return found[0]


def place(db: Database, ref: Ref, company: Ref | None = None) -> PlaceRecord:
    with db.read() as session:
        row = find(session, ref, company)
        owner = session.get(Company, row.company_id)
        assert owner is not None
        return _record(session, row, owner)


def places(db: Database, company: Ref | None = None) -> list[PlaceRecord]:
    """Every place, by path within each company."""
    with db.read() as session:
        companies = {c.id: c for c in session.scalars(select(Company))}
        wanted = lookup.company(session, company).id if company is not None else None
        paths = lookup.location_paths(session, wanted)
        stmt = select(Location)
        if wanted is not None:
            stmt = stmt.where(Location.company_id == wanted)
        rows = list(session.scalars(stmt))
        records = [
            PlaceRecord(
                id=row.id,
                company_id=row.company_id,
                company=companies[row.company_id].name,
                path=paths[row.id],
                kind=row.kind,
                code=place_code(companies[row.company_id].code, row.id),
                last_counted_on=row.last_counted_on,
            )
            for row in rows
        ]
        return sorted(records, key=lambda p: (p.company, p.path.casefold()))


def within(session: Session, place: Location) -> set[int]:
    """The place and every place inside it (a rack's bins), by id."""
    children: dict[int | None, list[int]] = {}
    stmt = select(Location.id, Location.parent_id).where(Location.company_id == place.company_id)
    for loc_id, parent_id in session.execute(stmt):
        children.setdefault(parent_id, []).append(loc_id)
    found, todo = set(), [place.id]
    while todo:
        current = todo.pop()
        if current in found:
            continue
        found.add(current)
        todo.extend(children.get(current, []))
    return found
