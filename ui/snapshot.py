"""What the window shows, read in one go off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass

from wardrobe.database import Database
from wardrobe.records import (
    Alert,
    CompanyRecord,
    CostumeRecord,
    DancerRecord,
    MaterialRecord,
    PointeSpecRecord,
)
from wardrobe.services import alerts, companies, costumes, dancers, pointe, stock


@dataclass(frozen=True)
class Snapshot:
    companies: list[CompanyRecord]
    costumes: list[CostumeRecord]
    dancers: list[DancerRecord]
    pointe: list[PointeSpecRecord]
    materials: list[MaterialRecord]
    suppliers: list[str]


def load_snapshot(db: Database) -> Snapshot:
    return Snapshot(
        companies=companies.list_companies(db),
        costumes=costumes.list_items(db),
        dancers=dancers.list_dancers(db),
        pointe=pointe.list_specs(db),
        materials=stock.list_materials(db),
        suppliers=stock.list_suppliers(db),
    )


def load_alerts(db: Database) -> list[Alert]:
    return alerts.compute_alerts(db)
