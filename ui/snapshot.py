"""What the window shows, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wardrobe.database import Database
from wardrobe.records import (
    Alert,
    CompanyRecord,
    MaterialRecord,
)
from wardrobe.services import alerts, companies, stock

from . import columns
from .alerts_model import alert_tree
from .table_model import fold_rows


@dataclass(frozen=True)
class Snapshot:
    companies: list[CompanyRecord]
    materials: list[MaterialRecord]
    suppliers: list[str]
    folded: dict[str, list[str]]  # each list's filter texts, made here off the GUI thread


def load_snapshot(db: Database) -> Snapshot:
    materials = stock.list_materials(db)  # a few dozen: kept whole, filtered in memory
    return Snapshot(
        companies=companies.list_companies(db),
        materials=materials,
        suppliers=stock.list_suppliers(db),
        folded={"materials": fold_rows(columns.MATERIALS, materials)},
    )


@dataclass(frozen=True)
class LoadedAlerts:
    alerts: list[Alert]
    tree: Any  # the alerts page's rows, formatted here off the GUI thread


def load_alerts(db: Database) -> LoadedAlerts:
    found = alerts.compute_alerts(db)
    return LoadedAlerts(found, alert_tree(found))


def start_checks(db: Database, backup: bool) -> list:
    """At every start: a backup of a SQLite inventory (rotated), then the integrity check."""
    from wardrobe.services import backup as backups
    from wardrobe.services import integrity

    if backup and db.is_sqlite:
        backups.backup_on_start(db)
    return integrity.check(db)
