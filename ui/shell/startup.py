"""What the shell reads at start, off the GUI thread: the companies and suppliers the dialogs
offer, then a backup and the integrity check."""

from __future__ import annotations

from dataclasses import dataclass

from wardrobe.records import CompanyRecord
from wardrobe.store.database import Database

from ..runtime.core import companies, stock


@dataclass(frozen=True)
class Snapshot:
    companies: list[CompanyRecord]
    suppliers: list[str]


def load_snapshot(db: Database) -> Snapshot:
    return Snapshot(companies=companies.list_companies(db), suppliers=stock.list_suppliers(db))


def start_checks(db: Database, backup: bool) -> list:
    """At every start: the integrity check, then, only for a sound SQLite inventory, a
    backup (rotated). A damaged one is never backed up over the good backups."""
    from wardrobe.services import backup as backups
    from wardrobe.services import integrity

    problems = integrity.check(db)
    if backup and db.is_sqlite and not any(p.code == "damaged" for p in problems):
        backups.backup_on_start(db)
    return problems
