"""Writes the audit trail from the session itself: whatever a service changes is recorded.

The actor is the session's ``info["actor"]`` (set by ``Database.write``). Bulk inserts (the
demo) pass by the ORM and are not itemised.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, class_mapper

from ..models import (
    Alteration,
    AuditEntry,
    CostumeItem,
    Dancer,
    Engagement,
    Loan,
    Location,
    Material,
    MeasurementSet,
    Photo,
    PointeSpec,
    Tutu,
)

AUDITED: dict[type, str] = {
    CostumeItem: "costume",
    Tutu: "costume",
    Dancer: "dancer",
    Material: "material",
    PointeSpec: "pointe",
    MeasurementSet: "dancer",
    Alteration: "costume",
    Loan: "costume",
    Engagement: "dancer",
    Photo: "costume",
}
# Never copied into the trail: derived or bookkeeping columns, and a photo's bytes.
SKIPPED = {
    "search_text",
    "version",
    "updated_at",
    "created_at",
    "recorded_at",
    "id",
    "data",
    "thumb",
    "added_at",
}


def _plain(value: Any) -> Any:
    if value is None or type(value) in (str, int, bool, float):  # most values: as they are
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _subject(obj: Any) -> tuple[int, str]:
    """Which record the change belongs to, and its label (tag or name)."""
    if isinstance(obj, Tutu | Alteration):
        costume = obj.costume if isinstance(obj, Tutu) else None
        costume_id = obj.costume_id
        if costume is None and costume_id is not None:
            session = Session.object_session(obj)
            costume = session.get(CostumeItem, costume_id) if session else None
        return costume_id or 0, costume.tag if costume is not None else ""
    if isinstance(obj, Photo):
        session, costume = Session.object_session(obj), None
        if session is not None:
            with session.no_autoflush:
                costume = session.get(CostumeItem, obj.costume_id)
        return obj.costume_id, costume.tag if costume is not None else ""
    if isinstance(obj, Loan):
        item = obj.item
        return obj.item_id or (item.id if item else 0), item.tag if item is not None else ""
    if isinstance(obj, Engagement):
        guest = obj.dancer
        return obj.dancer_id or (guest.id if guest else 0), guest.name if guest else ""
    if isinstance(obj, MeasurementSet):
        session = Session.object_session(obj)
        dancer = session.get(Dancer, obj.dancer_id) if session else None
        return obj.dancer_id, dancer.name if dancer is not None else ""
    if isinstance(obj, CostumeItem):
        return obj.id or 0, obj.tag
    if isinstance(obj, PointeSpec):
        dancer = obj.dancer
        return obj.id or 0, f"{dancer.name if dancer else ''}: {obj.maker} {obj.model}".strip()
    return obj.id or 0, getattr(obj, "name", "")


PREFIXES: dict[type, str] = {
    Tutu: "tutu.",
    MeasurementSet: "measurements.",
    Alteration: "alteration.",
    Loan: "loan.",
    Engagement: "engagement.",
    Photo: "photo.",
}


def _prefix(obj: Any) -> str:
    return PREFIXES.get(type(obj), "")


# Many-to-one links recorded by what they point at (a place's name, a dancer's name).
RELATIONS = {
    "location",
    "out_to",
    "built_for",
    "production",
    "role",
    "supplier",
    "doubles_dancer",
    "for_dancer",
    "host",
    "borrower_company",
}


def _named(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Location):
        return _place_path(value)
    for attribute in ("tag", "title", "name"):
        if hasattr(value, attribute):
            return getattr(value, attribute)
    return str(value)


def _unloaded_before(session: Session, state: Any, relation: Any) -> Any:
    """What a many-to-one pointed at before, when it was changed without being loaded: its
    foreign key still holds the old id."""
    columns = list(relation.local_columns)
    if len(columns) != 1:
        return None
    old_id = state.attrs[columns[0].key].loaded_value
    if not isinstance(old_id, int):
        return None
    with session.no_autoflush:
        return session.get(relation.mapper.class_, old_id)


def _place_path(place: Location) -> str:
    """A place as people say it, ``Réserve / Bac 3``: its parents' names before its own."""
    session = Session.object_session(place)
    names, parent_id, seen = [place.name], place.parent_id, set()
    while session is not None and parent_id is not None and parent_id not in seen:
        seen.add(parent_id)
        with session.no_autoflush:
            parent = session.get(Location, parent_id)
        if parent is None:
            break
        names.append(parent.name)
        parent_id = parent.parent_id
    return " / ".join(reversed(names))


# Per record type, read from its mapper once.
_LINKS: dict[type, tuple[str, ...]] = {}
_COLUMNS: dict[type, tuple[str, ...]] = {}


def _columns(obj: Any) -> tuple[str, ...]:
    return _columns_of(type(obj))


def _columns_of(kind: type) -> tuple[str, ...]:
    if kind not in _COLUMNS:
        attrs = class_mapper(kind).column_attrs
        _COLUMNS[kind] = tuple(c.key for c in attrs if c.key not in SKIPPED)
    return _COLUMNS[kind]


def created_changes(obj: Any) -> dict[str, list[Any]]:
    """What a new record's audit line says: every value given, links by what they name."""
    given = inspect(obj).dict  # a new record's values as set (read without instrumentation)
    # Links by what they point at: a new item's ids are not set before the flush.
    links = {key: _named(given.get(key)) for key in _links(type(obj))}
    return new_record_changes(type(obj), given, links)


def new_record_changes(
    kind: type, values: dict[str, Any], links: dict[str, Any]
) -> dict[str, list[Any]]:
    """A new record's audit line from its values as given (a column left out or None is not
    said) and its links by what they name: the same line whether the record was added to a
    session or written in bulk."""
    prefix = PREFIXES.get(kind, "")
    changes = {
        prefix + key: [None, _plain(values[key])]
        for key in _columns_of(kind)
        if values.get(key) is not None
    }
    for key, name in links.items():
        if name is not None:
            changes[prefix + key] = [None, name]
    return changes


def _links(kind: type) -> tuple[str, ...]:
    if kind not in _LINKS:
        relations = class_mapper(kind).relationships
        _LINKS[kind] = tuple(r.key for r in relations if r.key in RELATIONS)
    return _LINKS[kind]


def _entries(session: Session) -> list[tuple[Any, str, dict[str, list[Any]]]]:
    found = []
    for obj in session.new:
        if type(obj) in AUDITED:
            found.append((obj, "created", created_changes(obj)))
    for obj in session.dirty:
        if type(obj) not in AUDITED or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changes = {}
        for key in _columns(obj):
            history = state.attrs[key].history
            if history.has_changes():
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if before != after:
                    changes[_prefix(obj) + key] = [_plain(before), _plain(after)]
        for relation in state.mapper.relationships:
            if relation.key not in RELATIONS:
                continue
            history = state.attrs[relation.key].history
            if history.has_changes():
                before = (
                    _named(history.deleted[0])
                    if history.deleted
                    else _named(_unloaded_before(session, state, relation))
                )
                after = _named(history.added[0]) if history.added else None
                if before != after:
                    changes[_prefix(obj) + relation.key] = [before, after]
        if changes:
            if isinstance(obj, Alteration):  # which one, for its history (several may be open)
                changes["alteration.id"] = [obj.id, obj.id]
            found.append((obj, "changed", changes))
    for obj in session.deleted:
        if type(obj) in AUDITED:
            values = {
                _prefix(obj) + key: [_plain(getattr(obj, key)), None] for key in _columns(obj)
            }
            found.append((obj, "deleted", values))
    return found


@event.listens_for(Session, "before_flush")
def _record(session: Session, _context: Any, _instances: Any) -> None:
    actor = session.info.get("actor")
    if actor is None:  # a read session, or a tool that writes without a person
        return
    pending = _entries(session)
    if not pending:
        return
    session.info.setdefault("audit_pending", []).extend(pending)


@event.listens_for(Session, "after_flush_postexec")
def _write(session: Session, _context: Any) -> None:
    # Ids exist now. Written straight in one executemany: nothing needs the lines' own ids,
    # and fetching them would cost a statement per line on SQLite (ten thousand for an import).
    write_lines(session, session.info.pop("audit_pending", []))


def write_lines(session: Session, lines: list[tuple[Any, str, dict[str, list[Any]]]]) -> None:
    """Audit lines (record, action, changes) for records whose ids are known, in one go."""
    subjects = [
        (AUDITED[type(obj)], *_subject(obj), action, changes) for obj, action, changes in lines
    ]
    write_subjects(session, subjects)


def write_subjects(
    session: Session, lines: list[tuple[str, int, str, str, dict[str, list[Any]]]]
) -> None:
    """Audit lines (entity, its id, its label, action, changes), in one INSERT."""
    if not lines:
        return
    actor, reason = session.info["actor"], session.info.get("reason", "")
    rows = [
        {
            "actor": actor,
            "entity": entity,
            "entity_id": entity_id,
            "label": label[:200],
            "action": action,
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
            "reason": reason,
        }
        for entity, entity_id, label, action, changes in lines
    ]
    session.connection().execute(insert(AuditEntry), rows)
