"""Writing the new records of an import in one go: each record's columns as a plain row, and
one INSERT for a whole table whose ids come back in the rows' order."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, func, insert, inspect, select
from sqlalchemy.orm import MANYTOONE, Session, class_mapper

_COLUMN_KEYS: dict[type, frozenset[str]] = {}


def _column_keys(kind: type) -> frozenset[str]:
    if kind not in _COLUMN_KEYS:
        _COLUMN_KEYS[kind] = frozenset(attr.key for attr in class_mapper(kind).column_attrs)
    return _COLUMN_KEYS[kind]


def row_of(record: Any) -> dict[str, Any]:
    """A new record's columns for an INSERT: its values, and each link as its id."""
    state = inspect(record)
    given = state.dict  # the values as set (read without instrumentation)
    columns = _column_keys(type(record))
    row = {key: value for key, value in given.items() if key in columns and value is not None}
    for relation in state.mapper.relationships:
        linked = given.get(relation.key) if relation.direction is MANYTOONE else None
        if linked is not None:
            for local, remote in relation.local_remote_pairs:
                row[local.key] = getattr(linked, remote.key)
    if hasattr(type(record), "version"):  # a new record's first version
        row["version"] = 1
    return row


def next_ids(session: Session, kind: type, count: int) -> list[int] | None:
    """On SQLite, the ids the next ``count`` records of ``kind`` will have (one writer at a
    time, this one: given here, they let a batch link to itself before it is written); None
    where the database gives them (PostgreSQL), read back by :func:`insert_rows`."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    first = (session.scalar(select(func.max(kind.id))) or 0) + 1  # type: ignore[attr-defined]
    return list(range(first, first + count))


def insert_rows(session: Session, kind: type, rows: list[dict[str, Any]]) -> list[int]:
    """One INSERT of every row into ``kind``'s table (an executemany, no ORM bookkeeping);
    their ids, in order. Rows carrying their ``id`` (from :func:`next_ids`) keep it; a column
    some rows give and others leave out is None in those (:func:`row_of` leaves None out)."""
    if not rows:
        return []
    keys = set().union(*rows)
    if any(len(row) != len(keys) for row in rows):
        rows = [{key: row.get(key) for key in keys} for row in rows]
    table = cast(Table, kind.__table__)  # type: ignore[attr-defined]
    if "id" in keys or "id" not in table.c:  # ids given, or none (a tutu is its item's)
        session.execute(insert(table), rows)
        return [row["id"] for row in rows] if "id" in keys else []
    returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.execute(returning, rows).scalars())
