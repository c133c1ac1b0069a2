"""Test set-up: headless Qt, one fresh SQLite inventory per test, isolated settings."""

from __future__ import annotations

import os
import shutil
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path

import pytest
from sqlalchemy import func, select

from wardrobe.models import (
    Alteration,
    CostumeItem,
    Dancer,
    Material,
    MeasurementSet,
    PointeSpec,
    StockEntry,
)
from wardrobe.store.database import Database, open_database

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


def _server() -> tuple[Any, dict[str, Any]]:
    """The test server's URL, and how to reach its maintenance database."""
    from sqlalchemy.engine import make_url

    server = make_url(POSTGRES)
    admin = dict(
        host=server.host,
        port=server.port,
        user=server.username,
        dbname=server.database or "postgres",
    )
    return server, admin


def _new_database_name() -> str:
    import uuid

    return f"wardrobe_test_{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory):
    """The demo (seed 7) made once a session: each test that wants it starts from a copy
    (a file copy on SQLite, a template database on PostgreSQL), not from a new fill."""
    from wardrobe.demo import fill_demo

    if not POSTGRES:
        path = tmp_path_factory.mktemp("demo-template") / "demo.db"
        database = open_database(path)
        fill_demo(database, seed=7)
        database.close()
        yield path
        return
    import psycopg

    server, admin = _server()
    name = _new_database_name()
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    database = open_database(server.set(database=name).render_as_string(hide_password=False))
    fill_demo(database, seed=7)
    database.close()
    yield name
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Database:
    """A fresh inventory; for a test that asks for ``demo_db``, already holding the demo."""
    template = (
        request.getfixturevalue("demo_template") if "demo_db" in request.fixturenames else None
    )
    if not POSTGRES:
        path = tmp_path / "wardrobe.db"
        if template is not None:
            shutil.copyfile(template, path)
        database = open_database(path)
        yield database
        database.close()
        return
    import psycopg

    server, admin = _server()
    name = _new_database_name()
    copy = f' TEMPLATE "{template}"' if template is not None else ""
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"{copy}')
    database = open_database(server.set(database=name).render_as_string(hide_password=False))
    yield database
    database.close()
    with psycopg.connect(**admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The demo of both companies (seed 7): ``db`` made it from the session's copy."""
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


@pytest.fixture
def unscheduled(demo_db: Database) -> None:
    """The demo without its coming week of dates: for a test of loans and engagements whose
    items those dates would hold (what the schedule holds has tests of its own)."""
    from wardrobe.services import schedule

    for event in schedule.events(demo_db):
        schedule.remove_event(demo_db, event.id)
