"""The costume list a page at a time: the matching ids in order from one query (filter and
sort in the database), then only the rows on screen read, by id."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from ..domain import list_sort_keys
from ..language.folding import like_pattern, search_tokens
from ..models import Company, CostumeItem, Dancer, Location, Production, Role, Tutu
from ..records import CostumeRecord
from ..store.database import Database
from ..store.sorting import alphabetical
from .costumes import record_from_row, record_select

ORDERS = list_sort_keys.COSTUMES


def ordered_ids(
    db: Database, query: str = "", order: str = "tag", descending: bool = False
) -> list[int]:
    """Ids of the items holding every word of ``query``, sorted by ``order`` then tag."""
    if order not in ORDERS:
        order = "tag"
    built_for, out_to = aliased(Dancer), aliased(Dancer)
    a = lambda column: alphabetical(column, db.engine)  # noqa: E731 - reading order
    keys = {
        "tag": CostumeItem.tag,
        "name": a(CostumeItem.name),
        "type": CostumeItem.piece_type,
        "layers": func.coalesce(Tutu.net_layers, -1),
        "production": a(func.coalesce(Production.title, "")),
        "role": a(func.coalesce(Role.name, "")),
        "colour": a(CostumeItem.colour),
        "made_for": a(func.coalesce(built_for.name, CostumeItem.size)),
        "location": a(func.coalesce(Location.name, "")),
        "condition": CostumeItem.condition,
        "status": CostumeItem.status,
        "out_to": a(func.coalesce(out_to.name, "")),
        "company": a(Company.name),
    }
    stmt = select(CostumeItem.id)
    joins: dict[str, tuple[Any, Any]] = {
        "layers": (Tutu, Tutu.costume_id == CostumeItem.id),
        "production": (Production, Production.id == CostumeItem.production_id),
        "role": (Role, Role.id == CostumeItem.role_id),
        "made_for": (built_for, built_for.id == CostumeItem.built_for_id),
        "location": (Location, Location.id == CostumeItem.location_id),
        "out_to": (out_to, out_to.id == CostumeItem.out_to_id),
        "company": (Company, Company.id == CostumeItem.company_id),
    }
    if order in joins:
        target, on = joins[order]
        stmt = stmt.outerjoin(target, on)
    tokens = search_tokens(query)
    if tokens:
        stmt = stmt.where(
            and_(*(CostumeItem.search_text.like(like_pattern(t), escape="\\") for t in tokens))
        )
    key, tag = keys[order], CostumeItem.tag
    stmt = stmt.order_by(key.desc(), tag.desc()) if descending else stmt.order_by(key, tag)
    with db.read() as session:
        return list(session.scalars(stmt))


def records_by_ids(db: Database, ids: list[int]) -> list[CostumeRecord]:
    """The items with these ids, in this order (an id no longer there is left out)."""
    if not ids:
        return []
    with db.read() as session:
        rows = {r[0]: r for r in session.execute(record_select().where(CostumeItem.id.in_(ids)))}
        paths = _paths(session, {r[12] for r in rows.values() if r[12] is not None})
        return [record_from_row(rows[i], paths.get(rows[i][12], "")) for i in ids if i in rows]


def _paths(session, wanted: set[int]) -> dict[int, str]:  # noqa: ANN001
    """Paths of these places, their parents read a level at a time (a few queries)."""
    known: dict[int, tuple[int | None, str]] = {}
    missing = set(wanted)
    for _level in range(8):
        if not missing:
            break
        found = session.execute(
            select(Location.id, Location.parent_id, Location.name).where(Location.id.in_(missing))
        ).all()
        known.update({i: (parent, name) for i, parent, name in found})
        missing = {parent for _i, parent, _n in found if parent and parent not in known}

    def path(location_id: int) -> str:
        parent, name = known[location_id]
        return f"{path(parent)} / {name}" if parent is not None and parent in known else name

    return {i: path(i) for i in wanted if i in known}
