"""Test set-up: headless Qt, one fresh SQLite inventory per test, isolated settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path

import pytest
from sqlalchemy import func, select

from wardrobe.database import Database, open_database
from wardrobe.models import (
    Alteration,
    CostumeItem,
    Dancer,
    Material,
    MeasurementSet,
    PointeSpec,
    StockEntry,
)

POSTGRES = os.environ.get("WARDROBE_TEST_POSTGRES", "")  # a server's URL: run on PostgreSQL


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, run what uses an inventory, less what is about SQLite files."""
    if not POSTGRES:
        return
    keep, drop = [], []
    for item in items:
        uses = set(getattr(item, "fixturenames", ()))
        on_inventory = uses & {"db", "demo_db", "shop", "window", "empty_shop"}
        (keep if on_inventory and not item.get_closest_marker("sqlite_only") else drop).append(item)
    items[:] = keep
    config.hook.pytest_deselected(items=drop)


@pytest.fixture
def db(tmp_path: Path) -> Database:
    if not POSTGRES:
        database = open_database(tmp_path / "wardrobe.db")
        yield database
        database.close()
        return
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(POSTGRES)
    name = f"wardrobe_test_{uuid.uuid4().hex[:12]}"
    admin = dict(
        host=server.host,
        port=server.port,
        user=server.username,
        dbname=server.database or "postgres",
    )
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    database = open_database(server.set(database=name).render_as_string(hide_password=False))
    yield database
    database.close()
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def demo_db(db: Database) -> Database:
    from wardrobe.demo import fill_demo

    fill_demo(db, seed=7)
    return db


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real per-user inventory or settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


def two_companies(db: Database) -> None:
    """Le Ballet National (Paris) and Metropolitan Ballet Theater (New York), and nothing else."""
    from wardrobe.services import companies

    companies.create_company(
        db,
        name="Le Ballet National",
        code="BN",
        city="Paris",
        language="fr",
        units="metric",
        currency="EUR",
    )
    companies.create_company(
        db,
        name="Metropolitan Ballet Theater",
        code="MBT",
        city="New York",
        language="en",
        units="imperial",
        currency="USD",
    )


def snapshot(db: Database) -> dict[str, object]:
    """What a refused action must leave exactly as it was."""
    with db.read() as session:
        counts = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (
                CostumeItem,
                Dancer,
                MeasurementSet,
                Material,
                PointeSpec,
                StockEntry,
                Alteration,
            )
        }
        counts["material_stock"] = list(
            session.execute(
                select(Material.id, Material.on_hand, Material.on_order).order_by(Material.id)
            )
        )
        counts["pointe_stock"] = list(
            session.execute(
                select(PointeSpec.id, PointeSpec.pairs_on_hand, PointeSpec.pairs_on_order).order_by(
                    PointeSpec.id
                )
            )
        )
        counts["costumes"] = list(
            session.execute(
                select(
                    CostumeItem.tag,
                    CostumeItem.status,
                    CostumeItem.out_to_id,
                    CostumeItem.location_id,
                    CostumeItem.version,
                ).order_by(CostumeItem.id)
            )
        )
    return counts
