"""An item's or a dancer's history as events a supervisor reads: checked out to whom, moved
from where to where, an alteration asked for and done, tulle used, pairs issued, measurements
taken. Each event is a code and plain values; the window and the command line word them.

Built from the audit trail (every change, who and when), the alterations themselves and the
stock ledger (tulle taken for a tutu, pairs issued from a dancer's stock)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from ..models import Alteration, AuditEntry, Dancer, Material, PointeSpec, StockEntry
from ..store.database import UNDO, Database
from . import lookup
from .lookup import Ref


@dataclass(frozen=True)
class HistoryEvent:
    """``kind`` says what happened; ``values`` hold its particulars (names, places, amounts
    in base units, stock units, dates as ISO text)."""

    at: datetime
    actor: str
    kind: str
    values: dict[str, Any] = field(default_factory=dict)


# Fields a costume event says in its own words; any other change is an edit of that field.
_STATE_FIELDS = {
    "status",
    "out_to",
    "out_to_id",
    "out_since",
    "location",
    "location_id",
    "condition",
    "search_text",
    "built_for_id",
    "production_id",
    "role_id",
    "company_id",
}


def _audit(session: Session, entity: str, entity_id: int, limit: int) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.id.desc())
            .limit(limit)
        )
    )


def _status_event(before: str | None, after: str | None, changes: dict) -> tuple[str, dict]:
    holder_before = changes.get("out_to", [None, None])[0]
    holder_after = changes.get("out_to", [None, None])[1]
    if after == "out":
        return "checked_out", {"dancer": holder_after or ""}
    if after == "missing":
        return "marked_missing", {}
    if after == "in_store":
        if before == "missing":
            return "found", {}
        if before == "at_cleaning":
            return "back_from_cleaning", {}
        if before == "in_alteration":
            return "back_from_alteration", {}
        return "checked_in", {"dancer": holder_before or ""}
    if after == "at_cleaning":
        return "sent_to_cleaning", {}
    if after == "in_alteration":
        return "sent_to_alteration", {}
    return "status", {"before": before or "", "after": after or ""}


def _reversed(changes: dict[str, list[Any]]) -> dict[str, list[Any]]:
    return {key: [after, before] for key, (before, after) in changes.items()}


def _undone(events: list[HistoryEvent]) -> list[HistoryEvent]:
    """An undo's events: each the action it took back ("Undone: Sent to cleaning")."""
    return [HistoryEvent(e.at, e.actor, "undone", {"event": e.kind, **e.values}) for e in events]


def _costume_events(entry: AuditEntry, paths: dict[int, str]) -> list[HistoryEvent]:
    changes: dict[str, list[Any]] = json.loads(entry.changes)
    if entry.reason == UNDO and entry.action == "changed":
        # Told as the action it took back: the changes turned round are that action's.
        told = AuditEntry(at=entry.at, actor=entry.actor, action="changed", reason="")
        told.changes = json.dumps(_reversed(changes))
        return _undone(_costume_events(told, paths))
    if any(key.startswith("alteration.") for key in changes):
        return []  # told from the alterations themselves (or below, when withdrawn)
    at, actor = entry.at, entry.actor
    if any(key.startswith("loan.") for key in changes):
        return _loan_events(entry, changes)
    if any(key.startswith("photo.") for key in changes):
        return _photo_events(entry, changes)
    if entry.action == "created":
        name = changes.get("name", [None, entry.label])[1]
        return [HistoryEvent(at, actor, "created", {"name": name or ""})]
    if entry.action == "deleted":
        return [HistoryEvent(at, actor, "deleted", {})]
    events = []
    if "status" in changes:
        before, after = changes["status"]
        kind, values = _status_event(before, after, changes)
        events.append(HistoryEvent(at, actor, kind, values))
    if "location_id" in changes or "location" in changes:
        before_id, after_id = changes.get("location_id", [None, None])
        named = changes.get("location", [None, None])
        before = paths.get(before_id, "") if before_id is not None else named[0] or ""
        after = paths.get(after_id, "") if after_id is not None else named[1] or ""
        if before != after:
            events.append(HistoryEvent(at, actor, "moved", {"before": before, "after": after}))
    if "condition" in changes:
        before, after = changes["condition"]
        events.append(
            HistoryEvent(at, actor, "condition", {"before": before or "", "after": after or ""})
        )
    edits = {k: v for k, v in changes.items() if k not in _STATE_FIELDS}
    if edits:
        events.append(HistoryEvent(at, actor, "edited", {"changes": edits}))
    if entry.reason:  # why the action did it: "stocktake"
        for event in events:
            event.values["why"] = entry.reason
    return events


def _loan_events(entry: AuditEntry, changes: dict[str, list[Any]]) -> list[HistoryEvent]:
    """A loan's life in the item's history: lent, left, arrived, back (with its condition)."""
    at, actor = entry.at, entry.actor
    after = {key.removeprefix("loan."): value[1] for key, value in changes.items()}
    if entry.action == "created":
        return [
            HistoryEvent(
                at,
                actor,
                "lent",
                {"borrower": after.get("borrower") or "", "due": after.get("due_on") or ""},
            )
        ]
    events = []
    if after.get("left_at") and after.get("arrived_at") is None:
        events.append(HistoryEvent(at, actor, "left", {}))
    if after.get("arrived_at"):
        events.append(HistoryEvent(at, actor, "arrived", {}))
    if after.get("returned_on"):
        events.append(
            HistoryEvent(
                at, actor, "loan_returned", {"condition": after.get("condition_back") or ""}
            )
        )
    return events


def _photo_events(entry: AuditEntry, changes: dict[str, list[Any]]) -> list[HistoryEvent]:
    """A photo added (a fitting photo with its day) or removed; a new main one is not told."""
    values = {
        key.removeprefix("photo."): value[1] if entry.action == "created" else value[0]
        for key, value in changes.items()
    }
    said = {
        "kind": values.get("kind") or "item",
        "day": values.get("taken_on") or "",
        "caption": values.get("caption") or "",
    }
    if entry.action == "created":
        return [HistoryEvent(entry.at, entry.actor, "photo_added", said)]
    if entry.action == "deleted":
        return [HistoryEvent(entry.at, entry.actor, "photo_removed", said)]
    return []


def _withdrawn(entry: AuditEntry) -> HistoryEvent | None:
    changes = json.loads(entry.changes)
    if entry.action != "deleted" or "alteration.description" not in changes:
        return None
    description = changes["alteration.description"][0] or ""
    if entry.reason == UNDO:  # the undo of asking for it
        kind = changes.get("alteration.kind", [None])[0] or ""
        asked = HistoryEvent(
            entry.at, entry.actor, "alteration_recorded", {"kind": kind, "description": description}
        )
        return _undone([asked])[0]
    return HistoryEvent(entry.at, entry.actor, "alteration_withdrawn", {"description": description})


def _alteration_events(
    session: Session, costume_id: int, audit: list[AuditEntry]
) -> list[HistoryEvent]:
    """Each alteration asked for, marked done, and opened again (an undo): when and by whom
    is read from the audit trail (the row keeps only the day it was done)."""
    marks: dict[int, list[AuditEntry]] = {}  # by alteration
    by_day: dict[str, list[AuditEntry]] = {}  # lines written before they named it
    for entry in audit:
        if entry.action != "changed":
            continue
        changes = json.loads(entry.changes)
        if "alteration.done_on" not in changes:
            continue
        if "alteration.id" in changes:
            marks.setdefault(changes["alteration.id"][1], []).append(entry)
        elif changes["alteration.done_on"][1]:
            by_day.setdefault(changes["alteration.done_on"][1], []).append(entry)
    events = []
    rows = session.scalars(select(Alteration).where(Alteration.costume_id == costume_id))
    for row in rows:
        who = row.for_dancer.name if row.for_dancer else ""
        said = {"kind": row.kind, "description": row.description}
        asked = {**said, "for": who}
        events.append(HistoryEvent(row.recorded_at, row.recorded_by, "alteration_recorded", asked))
        if row.id in marks:
            events += [_marking(entry, said) for entry in marks[row.id]]
        elif row.done_on is not None:
            found = by_day.get(row.done_on.isoformat(), [])
            marking = found.pop() if found else None
            at = marking.at if marking else datetime.combine(row.done_on, time(12))
            events.append(
                HistoryEvent(
                    at,
                    row.done_by or (marking.actor if marking else ""),
                    "alteration_done",
                    {**said, "note": row.done_note or "", "day": row.done_on.isoformat()},
                )
            )
    return events


def _marking(entry: AuditEntry, said: dict[str, str]) -> HistoryEvent:
    """An alteration marked done (by whom it was done), or opened again."""
    changes = json.loads(entry.changes)
    before, after = changes["alteration.done_on"]
    done_by = changes.get("alteration.done_by", [None, None])
    note = changes.get("alteration.done_note", [None, None])
    if after:
        values = {**said, "note": note[1] or "", "day": after}
        return HistoryEvent(entry.at, done_by[1] or entry.actor, "alteration_done", values)
    done = {**said, "note": note[0] or "", "day": before or ""}
    if entry.reason == UNDO:
        return _undone([HistoryEvent(entry.at, entry.actor, "alteration_done", done)])[0]
    return HistoryEvent(entry.at, entry.actor, "alteration_reopened", done)


def _ledger_events(session: Session, stmt: Any) -> list[HistoryEvent]:
    events = []
    for entry, name, unit, dancer in session.execute(stmt):
        values = {"quantity": abs(entry.quantity), "unit": unit, "what": name, "dancer": dancer}
        if entry.reason:
            values["reason"] = entry.reason
        kind = entry.kind if entry.quantity >= 0 or entry.kind != "adjusted" else "adjusted_down"
        events.append(HistoryEvent(entry.occurred_at, entry.actor, f"stock_{kind}", values))
    return events


def _newest_first(events: list[HistoryEvent], limit: int) -> list[HistoryEvent]:
    return sorted(events, key=lambda e: e.at, reverse=True)[:limit]


def item_events(db: Database, tag: str, limit: int = 500) -> list[HistoryEvent]:
    """Everything that happened to an item, newest first."""
    with db.read() as session:
        item = lookup.costume(session, tag)
        audit = _audit(session, "costume", item.id, limit)
        paths = lookup.location_paths(session, item.company_id)
        events = [e for entry in audit for e in _costume_events(entry, paths)]
        events += [e for e in map(_withdrawn, audit) if e is not None]
        events += _alteration_events(session, item.id, audit)
        tulle = (
            select(StockEntry, Material.name, Material.unit, literal(None))
            .join(Material, Material.id == StockEntry.material_id)
            .where(StockEntry.costume_id == item.id)
        )
        events += _ledger_events(session, tulle)
        return _newest_first(events, limit)


def dancer_events(db: Database, dancer: Ref, limit: int = 500) -> list[HistoryEvent]:
    """A dancer's measurements taken, pointe pairs issued and received, edits, newest first."""
    with db.read() as session:
        row = lookup.dancer(session, dancer)
        events = []
        for entry in _audit(session, "dancer", row.id, limit):
            changes: dict[str, list[Any]] = json.loads(entry.changes)
            measures = {
                k.split(".", 1)[1]: v[1]
                for k, v in changes.items()
                if k.startswith("measurements.") and v[1] not in (None, "")
            }
            if measures:
                day = measures.pop("measured_on", None) or entry.at.date().isoformat()
                for key in ("taken_by", "notes", "dancer_id"):
                    measures.pop(key, None)
                events.append(
                    HistoryEvent(
                        entry.at, entry.actor, "measured", {"day": day, "values": measures}
                    )
                )
            elif entry.action == "created":
                events.append(HistoryEvent(entry.at, entry.actor, "created", {"name": row.name}))
            elif entry.action == "changed" and entry.reason == UNDO:
                values = {"event": "edited", "changes": _reversed(changes)}
                events.append(HistoryEvent(entry.at, entry.actor, "undone", values))
            elif entry.action == "changed":
                events.append(HistoryEvent(entry.at, entry.actor, "edited", {"changes": changes}))
        pairs = (
            select(StockEntry, PointeSpec.maker, literal(None), Dancer.name)
            .join(PointeSpec, PointeSpec.id == StockEntry.pointe_spec_id)
            .join(Dancer, Dancer.id == PointeSpec.dancer_id)
            .where(PointeSpec.dancer_id == row.id)
        )
        for event in _ledger_events(session, pairs):
            event.values["unit"] = "pairs"
            events.append(event)
        return _newest_first(events, limit)
