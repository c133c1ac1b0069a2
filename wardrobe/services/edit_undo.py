"""An edit saved from a window, undone and done again: a snapshot of the record's own columns
before and after the edit, and a step that puts back the columns the edit changed (never a
stock count, a status or anything the edit did not touch), refused in a sentence when the
record has changed since.

Works alike for an item (with its tutu), a dancer, a material and a pointe specification.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, class_mapper

from ..models import CostumeItem, Dancer, Material, PointeSpec, Tutu
from ..store.database import Database
from . import convert, ledger, lookup

# Kept as they are whatever the snapshots say: identity, bookkeeping, and what moves only by
# its own actions (stock by the ledger, an item's state by check-out, check-in, moves).
_KEPT = {
    "id",
    "version",
    "search_text",
    "created_at",
    "updated_at",
    "company_id",
    "costume_id",
    "dancer_id",
    "on_hand",
    "on_order",
    "pairs_on_hand",
    "pairs_on_order",
    "status",
    "out_to_id",
    "out_since",
}
_MODELS: dict[str, type] = {
    "costume": CostumeItem,
    "dancer": Dancer,
    "material": Material,
    "pointe": PointeSpec,
}


@dataclass(frozen=True)
class Snapshot:
    """A record's columns as they were (an item's tutu under ``tutu``, None for none)."""

    kind: str  # costume, dancer, material, pointe
    key: int  # the record's id
    version: int
    columns: dict[str, Any]
    tutu: dict[str, Any] | None = None


def _columns(kind: type, row: Any) -> dict[str, Any]:
    return {
        attr.key: getattr(row, attr.key)
        for attr in class_mapper(kind).column_attrs
        if attr.key not in _KEPT
    }


def _row(session: Session, kind: str, key: int, *, lock: bool = False) -> Any:
    model: Any = _MODELS[kind]
    stmt = select(model).where(model.id == key)
    if lock:
        stmt = stmt.with_for_update()
    row = session.scalars(stmt).first()
    if row is None:
        raise lookup.NotFound(what=kind, key=str(key))
    return row


def snapshot(db: Database, kind: str, key: int) -> Snapshot:
    """The record as it is now."""
    with db.read() as session:
        row = _row(session, kind, key)
        tutu = _columns(Tutu, row.tutu) if kind == "costume" and row.tutu else None
        return Snapshot(kind, key, row.version, _columns(_MODELS[kind], row), tutu)


def edited(
    db: Database, kind: str, key: int, edit: Callable[[], Any]
) -> tuple[Snapshot, Any, Snapshot]:
    """Runs ``edit`` (a service's edit with its own version check) between two snapshots:
    (before, what the edit returned, after). The edit refuses when the record moved on after
    the window read it, so a successful edit proves ``before`` is what it changed."""
    before = snapshot(db, kind, key)
    result = edit()
    return before, result, snapshot(db, kind, key)


def _what(row: Any) -> str:
    if isinstance(row, CostumeItem):
        return f"{row.tag} ({row.name})"
    if isinstance(row, PointeSpec):
        return str(ledger.pointe_shoes_of(row.dancer.name))
    return str(row.name)


def put_back(db: Database, start: Snapshot, end: Snapshot, expected_version: int | None) -> Any:
    """Takes the record from ``start`` to ``end`` in the columns where they differ (undo:
    from after to before; redo: from before to after), unless it changed since
    ``expected_version``. Returns its record as it is then."""
    with db.write() as session:
        row = _row(session, end.kind, end.key, lock=True)
        lookup.expect_version(row, expected_version, _what(row))
        changed = {k: v for k, v in end.columns.items() if start.columns.get(k) != v}
        links = _links(type(row))
        with session.no_autoflush:
            for key, value in changed.items():
                if key in links:  # by the record it names, so the history names it too
                    name, target = links[key]
                    setattr(row, name, session.get(target, value) if value is not None else None)
                else:
                    setattr(row, key, value)
            if end.kind == "costume" and start.tutu != end.tutu:
                _put_tutu(row, end.tutu)
        return _refreshed(session, row, renamed="name" in changed)


def _links(kind: type) -> dict[str, tuple[str, type]]:
    """Foreign-key column -> (its many-to-one, the record class it points at)."""
    found: dict[str, tuple[str, type]] = {}
    for relation in class_mapper(kind).relationships:
        columns = list(relation.local_columns)
        if relation.direction.name == "MANYTOONE" and len(columns) == 1:
            found[str(columns[0].key)] = (relation.key, relation.mapper.class_)
    return found


def _put_tutu(item: CostumeItem, values: dict[str, Any] | None) -> None:
    if values is None:
        item.tutu = None
    elif item.tutu is None:
        item.tutu = Tutu(**values)
    else:
        for key, value in values.items():
            setattr(item.tutu, key, value)


def _refreshed(session: Session, row: Any, *, renamed: bool) -> Any:
    """The search text said again from the restored columns, and the record."""
    session.flush()
    if isinstance(row, CostumeItem):
        row.search_text = convert.costume_search_text(row)
        session.flush()
        return convert.costume_record(row)
    if isinstance(row, Dancer):
        row.search_text = convert.dancer_search_text(row)
        if renamed:  # items made for her are found by her name
            for item in session.scalars(
                select(CostumeItem).where(CostumeItem.built_for_id == row.id)
            ):
                item.search_text = convert.costume_search_text(item)
        session.flush()
        return convert.dancer_record(row)
    if isinstance(row, Material):
        row.search_text = convert.material_search_text(row)
        session.flush()
        return convert.material_record(row)
    return convert.pointe_record(row)
