"""Two rooms of one name: the inventory refuses a second one, and one that an older version
let through (two desks at once) is reported by `check` and merged by `check --repair`."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from wardrobe.cli import main
from wardrobe.errors import CreatedElsewhere
from wardrobe.models import Location
from wardrobe.services import costumes, integrity
from wardrobe.store.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _indexes(db) -> set[str]:
    return {i["name"] for i in inspect(db.engine).get_indexes("locations")}


def test_a_second_room_of_the_same_name_is_refused_in_a_sentence(demo_db):
    with demo_db.read() as session:
        room = next(p for p in session.query(Location) if p.parent_id is None)
        company_id, name = room.company_id, room.name
    with pytest.raises(CreatedElsewhere) as raised, demo_db.write() as session:
        session.add(Location(company_id=company_id, parent_id=None, name=name, kind="room"))
    assert "same place" in str(raised.value)


@pytest.fixture
def two_reserves(tmp_path):
    """An inventory of schema 0002 in which two desks made the room “Réserve” at once: the
    second holds a rack of a name the first has (with an item on it) and one it has not."""
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-0002-demo.db", path)
    with sqlite3.connect(path) as connection:
        (first,) = connection.execute(
            "SELECT id FROM locations WHERE parent_id IS NULL AND name = 'Réserve'"
        ).fetchone()
        (shared,) = connection.execute(
            "SELECT name FROM locations WHERE parent_id = ? LIMIT 1", (first,)
        ).fetchone()
        second = connection.execute(
            "INSERT INTO locations (company_id, parent_id, name, kind) VALUES (1, NULL, "
            "'Réserve', 'room')"
        ).lastrowid
        twin = connection.execute(
            "INSERT INTO locations (company_id, parent_id, name, kind) VALUES (1, ?, ?, 'bin')",
            (second, shared),
        ).lastrowid
        connection.execute(
            "INSERT INTO locations (company_id, parent_id, name, kind) VALUES "
            "(1, ?, 'Bac neuf', 'bin')",
            (second,),
        )
        (tag,) = connection.execute(
            "SELECT tag FROM costume_items WHERE company_id = 1 LIMIT 1"
        ).fetchone()
        connection.execute("UPDATE costume_items SET location_id = ? WHERE tag = ?", (twin, tag))
    return path, tag, f"Réserve / {shared}"


@pytest.mark.sqlite_only
def test_two_rooms_of_one_name_are_reported_then_merged_by_repair(two_reserves, capsys):
    path, tag, place = two_reserves
    db = open_database(path)  # upgrades to the newest schema; the room pair stays as it was
    assert "uq_locations_top_name" not in _indexes(db)
    said = [p.message for p in integrity.check(db) if p.code == "duplicates"]
    assert said == [
        "2 rooms of Le Ballet National are called “Réserve” (two desks made it at once, "
        "before the inventory forbade it)."
    ]
    assert costumes.get_item(db, tag).location == place
    assert main(["--db", str(path), "check"]) == 1
    assert "check --repair" in capsys.readouterr().out
    assert main(["--db", str(path), "check", "--repair"]) == 0
    assert "1 room(s) of the same name" in capsys.readouterr().out
    assert costumes.get_item(db, tag).location == place  # the item kept its place
    with db.read() as session:
        reserves = [p for p in session.query(Location) if p.name == "Réserve"]
        bins = {p.name for p in session.query(Location) if p.parent_id == reserves[0].id}
    assert len(reserves) == 1 and "Bac neuf" in bins
    assert integrity.check(db) == []
    assert "uq_locations_top_name" in _indexes(db)  # and now a second one is refused
    db.close()
