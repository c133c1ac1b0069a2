"""The audit trail of one item, dancer or stock level, newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from ..models import AuditEntry
from ..store.database import Database
from . import lookup
from .lookup import Ref


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    actor: str
    action: str
    label: str
    changes: dict[str, list[Any]]  # field -> [before, after]


def _records(session, entity: str, entity_id: int, limit: int) -> list[AuditRecord]:  # noqa: ANN001
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [AuditRecord(r.at, r.actor, r.action, r.label, json.loads(r.changes)) for r in rows]


def item_history(db: Database, tag: str, limit: int = 500) -> list[AuditRecord]:
    with db.read() as session:
        return _records(session, "costume", lookup.costume(session, tag).id, limit)


def dancer_history(db: Database, dancer: Ref, limit: int = 500) -> list[AuditRecord]:
    with db.read() as session:
        return _records(session, "dancer", lookup.dancer(session, dancer).id, limit)


def material_history(db: Database, material: Ref, limit: int = 500) -> list[AuditRecord]:
    with db.read() as session:
        return _records(session, "material", lookup.material(session, material).id, limit)


def pointe_history(db: Database, spec: Ref, limit: int = 500) -> list[AuditRecord]:
    with db.read() as session:
        return _records(session, "pointe", lookup.pointe_spec(session, spec).id, limit)
