"""A small inventory of both companies, built through the services."""

from __future__ import annotations

import pytest

from tests.conftest import two_companies
from wardrobe.services import costumes, dancers, item_fields, pointe, stock
from wardrobe.store.database import Database


@pytest.fixture
def shop(db: Database) -> Database:
    two_companies(db)
    dancers.create_dancer(db, company="BN", name="Héloïse Laâge", rank="étoile")
    dancers.create_dancer(db, company="BN", name="Mathéo Du Pontavice", rank="sujet")
    dancers.create_dancer(db, company="MBT", name="Sofía Núñez", rank="principal")
    stock.create_supplier(db, name="Freed of London", lead_time_weeks=20)
    stock.create_supplier(db, name="Tissus du Marais", lead_time_weeks=3)
    costumes.log_item(
        db,
        company="BN",
        tag="BN-000100",
        name="Tutu — Aurore",
        piece_type="tutu",
        production="La Belle au bois dormant",
        role="Aurore",
        colour="rose",
        location="Salle des palans / Palan 3",
        tutu=item_fields.TutuSpec("classical", 13, 7, "rose", "stiff net"),
    )
    costumes.log_item(
        db,
        company="BN",
        tag="BN-000101",
        name="Diadème — Aurore",
        piece_type="headpiece",
        production="La Belle au bois dormant",
        role="Aurore",
        colour="or",
    )
    stock.create_material(
        db,
        company="BN",
        name="Tulle raide blanc, 300 cm",
        kind="tulle",
        unit="m",
        colour="blanc",
        width=300,
        minimum=60,
        target=200,
        supplier="Tissus du Marais",
        unit_cost="6.50",
        opening_quantity=100,
    )
    pointe.create_spec(
        db,
        "Héloïse Laâge",
        maker="Freed of London",
        model="Classic",
        size="4",
        width="XX",
        shank="hard",
        maker_mark="crown",
        supplier="Freed of London",
        pairs_per_week=3,
        pairs_on_hand=90,
        unit_cost="95",
    )
    return db
