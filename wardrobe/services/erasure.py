"""Erasing a dancer's personal data on request: her measurements deleted, her name replaced
wherever it was written (the dancer record, the history, the stock ledger), her notes
cleared. The costumes, castings, alterations and pointe-shoe stock stay, under the new name,
so that nothing else in the inventory changes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, or_, update

from ..database import Database
from ..models import AuditEntry, MeasurementSet, StockEntry
from . import convert, lookup
from .lookup import Ref


@dataclass(frozen=True)
class Erased:
    dancer_id: int
    new_name: str
    measurement_sets: int
    history_lines: int
    ledger_lines: int


def erased_name(dancer_id: int) -> str:
    return f"Erased dancer #{dancer_id}"


def erase_dancer(db: Database, dancer: Ref) -> Erased:
    """One transaction: all of it, or nothing."""
    with db.write() as session:
        row = lookup.dancer(session, dancer)
        old, new = row.name, erased_name(row.id)
        sets = session.execute(delete(MeasurementSet).where(MeasurementSet.dancer_id == row.id))
        row.name = new
        row.notes = ""
        row.doubles_actor = None
        row.active = False
        row.search_text = convert.dancer_search_text(row)
        session.flush()  # the audit line of this change is written now, and scrubbed below
        history = session.execute(
            update(AuditEntry)
            .where(
                or_(
                    AuditEntry.label.contains(old, autoescape=True),
                    AuditEntry.changes.contains(old, autoescape=True),
                )
            )
            .values(
                label=func.replace(AuditEntry.label, old, new),
                changes=func.replace(AuditEntry.changes, old, new),
            )
        )
        # Her measurements in the history (values of "measurements.*" lines) go with them.
        measured = session.execute(
            delete(AuditEntry).where(
                AuditEntry.entity == "dancer",
                AuditEntry.entity_id == row.id,
                AuditEntry.changes.contains('"measurements.', autoescape=True),
            )
        )
        ledger = session.execute(
            update(StockEntry)
            .where(StockEntry.reason.contains(old, autoescape=True))
            .values(reason=func.replace(StockEntry.reason, old, new))
        )
        session.add(
            AuditEntry(
                actor=lookup.actor_of(session),
                entity="dancer",
                entity_id=row.id,
                label=new,
                action="changed",
                changes='{"erased": [null, "personal data erased on request"]}',
            )
        )
        return Erased(row.id, new, _rows(sets), _rows(history) + _rows(measured), _rows(ledger))


def _rows(result: object) -> int:
    """How many rows an UPDATE or DELETE touched."""
    return int(getattr(result, "rowcount", 0) or 0)


def who(db: Database, dancer: Ref) -> tuple[int, str, str]:
    """(id, name, company) of the dancer meant, to confirm before erasing."""
    with db.read() as session:
        found = lookup.dancer(session, dancer)
        return found.id, found.name, found.company.name
