"""Writing the new records of an import in one go: each record's columns as a plain row, and
one INSERT for a whole table whose ids come back in the rows' order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, inspect, select
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
    """One INSERT of every row; their ids, in order. Rows carrying their ``id`` (from
    :func:`next_ids`) keep it."""
    if not rows:
        return []
    if "id" in rows[0]:
        session.execute(insert(kind), rows)
        return [row["id"] for row in rows]
    returning = insert(kind).returning(kind.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    return list(session.scalars(returning, rows))
