"""Erasing a dancer's personal data on request: her measurements and the photos of her in a
look deleted, her name replaced wherever it was written (the dancer record, the history, the
stock ledger, the words items are found by), as typed and as folded, her notes cleared. The
costumes, castings, alterations and pointe-shoe stock stay, under the new name, so that nothing
else in the inventory changes.
On SQLite the file is then rewritten (VACUUM) and its journal emptied, so that no free page
still holds her name; backups keep what they held until they are rotated out."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, or_, select, update

from ..language.folding import fold
from ..models import (
    Alteration,
    AuditEntry,
    CostumeItem,
    Dancer,
    LookPhoto,
    MeasurementSet,
    Photo,
    StockEntry,
)
from ..store.database import Database
from . import convert, lookup
from .lookup import Ref


@dataclass(frozen=True)
class Erased:
    dancer_id: int
    new_name: str
    measurement_sets: int
    history_lines: int
    ledger_lines: int
    # Free text that still names her, for a person to review (never rewritten blindly: "Tutu
    # de Solène" may be how the piece is known): "BN-000012: notes", "Photo 2 of BN-000012".
    to_review: tuple[str, ...] = ()
    look_photos: int = 0  # photos of her wearing a look, deleted


def erased_name(dancer_id: int) -> str:
    return f"Erased dancer #{dancer_id}"


def erase_dancer(db: Database, dancer: Ref) -> Erased:
    """One transaction: all of it, or nothing."""
    with db.write() as session:
        row = lookup.dancer(session, dancer)
        old, new = row.name, erased_name(row.id)
        # Her name as typed, and folded as lookups and the audit's name key keep it.
        forms = [(old, new)] + ([(fold(old), fold(new))] if fold(old) != old else [])
        sets = session.execute(delete(MeasurementSet).where(MeasurementSet.dancer_id == row.id))
        row.name = new
        row.notes = ""
        row.doubles_actor = None
        row.active = False
        row.search_text = convert.dancer_search_text(row)
        # Items made for her or out to her are found by her name: found by the new one now.
        for item in session.scalars(
            select(CostumeItem).where(
                or_(CostumeItem.built_for_id == row.id, CostumeItem.out_to_id == row.id)
            )
        ):
            item.search_text = convert.costume_search_text(item)
        for other in session.scalars(select(Dancer).where(Dancer.doubles_dancer_id == row.id)):
            other.search_text = convert.dancer_search_text(other)
        session.flush()  # the audit lines of these changes are written now, and scrubbed below
        history = 0
        for said, instead in forms:
            history += _rows(
                session.execute(
                    update(AuditEntry)
                    .where(
                        or_(
                            AuditEntry.label.contains(said, autoescape=True),
                            AuditEntry.changes.contains(said, autoescape=True),
                        )
                    )
                    .values(
                        label=func.replace(AuditEntry.label, said, instead),
                        changes=func.replace(AuditEntry.changes, said, instead),
                    )
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
        ledger = 0
        for said, instead in forms:
            ledger += _rows(
                session.execute(
                    update(StockEntry)
                    .where(StockEntry.reason.contains(said, autoescape=True))
                    .values(reason=func.replace(StockEntry.reason, said, instead))
                )
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
        review = tuple(_naming(session, old))
        # Photos of her in a look (a picture of a person is hers to have taken away).
        pictured = session.execute(delete(LookPhoto).where(LookPhoto.worn_by_id == row.id))
        done = Erased(
            row.id, new, _rows(sets), history + _rows(measured), ledger, review, _rows(pictured)
        )
    _no_trace_left(db)
    return done


def _naming(session: Any, name: str) -> list[str]:
    """Where free text still names her (accents and case aside): items' names and notes,
    alterations, photo captions, other dancers' notes. Read whole and folded here: a rare
    action, and a database's LIKE ignores the case of plain letters only."""
    wanted = fold(name)
    if len(wanted) < 3:
        return []
    found = []
    for tag, item_name, notes in session.execute(
        select(CostumeItem.tag, CostumeItem.name, CostumeItem.notes)
    ):
        found += [f"{tag}: {what}" for what, text in (("name", item_name), ("notes", notes))
                  if text and wanted in fold(text)]  # fmt: skip
    for tag, text in session.execute(
        select(CostumeItem.tag, Alteration.description).join(
            CostumeItem, CostumeItem.id == Alteration.costume_id
        )
    ):
        if text and wanted in fold(text):
            found.append(f"{tag}: alteration “{text[:40]}”")
    for tag, text in session.execute(
        select(CostumeItem.tag, Photo.caption)
        .join(CostumeItem, CostumeItem.id == Photo.costume_id)
        .where(Photo.caption != "")
    ):
        if wanted in fold(text):
            found.append(f"{tag}: photo caption")
    for other, notes in session.execute(
        select(Dancer.name, Dancer.notes).where(Dancer.notes != "")
    ):
        if wanted in fold(notes):
            found.append(f"{other}: notes")
    return found


def _no_trace_left(db: Database) -> None:
    """SQLite keeps deleted and replaced text in free pages and in its journal: the file is
    rewritten whole and the journal emptied (PostgreSQL's own VACUUM is its server's)."""
    if db.engine.dialect.name != "sqlite":
        return
    raw = db.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        connection.execute("PRAGMA secure_delete=ON")
        for _attempt in range(3):  # another desk's read in the way: a moment later
            try:
                connection.execute("VACUUM")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                break
            except sqlite3.OperationalError:
                # Still in use: the erasure stands; the next erasure or restore rewrites it.
                time.sleep(0.5)
    finally:
        raw.close()


def _rows(result: object) -> int:
    """How many rows an UPDATE or DELETE touched."""
    return int(getattr(result, "rowcount", 0) or 0)


def who(db: Database, dancer: Ref) -> tuple[int, str, str]:
    """(id, name, company) of the dancer meant, to confirm before erasing."""
    with db.read() as session:
        found = lookup.dancer(session, dancer)
        return found.id, found.name, found.company.name
