"""What the window shows, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from wardrobe.database import Database
from wardrobe.records import (
    Alert,
    CompanyRecord,
    DancerRecord,
    MaterialRecord,
)
from wardrobe.services import alerts, companies, dancers, stock

from . import columns
from .table_model import fold_rows


@dataclass(frozen=True)
class Snapshot:
    companies: list[CompanyRecord]
    dancers: list[DancerRecord]  # every dancer, for the dialogs' choices
    materials: list[MaterialRecord]
    suppliers: list[str]
    folded: dict[str, list[str]]  # each list's filter texts, made here off the GUI thread


def load_snapshot(db: Database) -> Snapshot:
    materials = stock.list_materials(db)  # a few dozen: kept whole, filtered in memory
    return Snapshot(
        companies=companies.list_companies(db),
        dancers=dancers.list_dancers(db),
        materials=materials,
        suppliers=stock.list_suppliers(db),
        folded={"materials": fold_rows(columns.MATERIALS, materials)},
    )


def load_alerts(db: Database) -> list[Alert]:
    return alerts.compute_alerts(db)


def start_checks(db: Database, backup: bool) -> list:
    """At every start: a backup of a SQLite inventory (rotated), then the integrity check."""
    from wardrobe.services import backup as backups
    from wardrobe.services import integrity

    if backup and db.is_sqlite:
        backups.backup_on_start(db)
    return integrity.check(db)
