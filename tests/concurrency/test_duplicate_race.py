"""Two desks importing the same new dancers at the same moment (two real processes): the
database keeps each dancer once, and the desk that lost the race is told so in a sentence."""

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from wardrobe.models import Dancer
from wardrobe.services import integrity

NEW = 300


def test_two_imports_of_the_same_new_dancers_at_once_make_each_one_once(demo_db, tmp_path):
    sheet = tmp_path / "new.csv"
    names = [f"Nouvelle Recrue {n:03d}" for n in range(NEW)]
    sheet.write_text(
        "name,company,rank\n" + "".join(f"{n},BN,quadrille\n" for n in names), encoding="utf-8"
    )
    demo_db.engine.dispose()  # the desks open their own connections
    command = [sys.executable, "-m", "wardrobe.cli", "--db", demo_db.url, "import", "dancers"]
    desks = [
        subprocess.Popen(
            [*command, str(sheet)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outcomes = [(desk.wait(timeout=120), *desk.communicate()) for desk in desks]
    codes = sorted(code for code, _out, _err in outcomes)
    assert codes in ([0, 0], [0, 1]), outcomes  # never 70: a lost race is said, not a crash
    for code, _out, err in outcomes:
        if code == 1:
            assert "Another desk has just created the same dancer" in err
    with demo_db.read() as session:
        made = session.scalar(
            select(func.count()).select_from(Dancer).where(Dancer.name.like("Nouvelle Recrue %"))
        )
    assert made == NEW
    assert [p for p in integrity.check(demo_db) if p.code == "duplicates"] == []


def test_two_desks_putting_items_in_the_same_new_room_at_once_make_one_room(demo_db, tmp_path):
    """Each desk logs its own new items into a room that does not exist yet: the room is
    made once (the loser is told, nothing of its file written), never twice."""
    from wardrobe.models import Location

    sheets = []
    for desk in range(2):
        sheet = tmp_path / f"desk{desk}.csv"
        sheet.write_text(
            "tag,name,kind,location\n"
            + "".join(
                f"BN-9{desk}{n:04d},Cape {desk}-{n},cape,Atelier neuf / Bac {n % 7}\n"
                for n in range(200)
            ),
            encoding="utf-8",
        )
        sheets.append(sheet)
    demo_db.engine.dispose()
    command = [sys.executable, "-m", "wardrobe.cli", "--db", demo_db.url, "import", "costumes"]
    desks = [
        subprocess.Popen(
            [*command, str(sheet)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for sheet in sheets
    ]
    outcomes = [(desk.wait(timeout=120), *desk.communicate()) for desk in desks]
    codes = sorted(code for code, _out, _err in outcomes)
    assert codes in ([0, 0], [0, 1]), outcomes
    for code, _out, err in outcomes:
        if code == 1:
            assert "Another desk has just created the same place" in err
    with demo_db.read() as session:
        rooms = session.scalar(
            select(func.count())
            .select_from(Location)
            .where(Location.name == "Atelier neuf", Location.parent_id.is_(None))
        )
    assert rooms == 1
    assert [p for p in integrity.check(demo_db) if p.code == "duplicates"] == []


@pytest.mark.usefixtures("unscheduled")
def test_two_desks_lending_the_same_items_at_once_lend_them_once(demo_db, tmp_path):
    """Paris lends fifty costumes to New York while another desk lends the same fifty to a
    school: one desk's loan is made (all fifty), the other is told, nothing of it written."""
    from wardrobe.services import costumes, loans

    usable = costumes.list_items(demo_db, "BN")
    tags = [i.tag for i in usable if i.status == "in_store" and i.condition != "retired"][:50]
    demo_db.engine.dispose()
    command = [sys.executable, "-m", "wardrobe.cli", "--db", demo_db.url, "lend", ",".join(tags)]
    borrowers = [["--to", "MBT"], ["--to", "École de danse de Nanterre", "--until", "2030-06-30"]]
    desks = [
        subprocess.Popen([*command, *to], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for to in borrowers
    ]
    outcomes = [(desk.wait(timeout=120), *desk.communicate()) for desk in desks]
    assert sorted(code for code, _out, _err in outcomes) == [0, 1], outcomes
    loser = next(err for code, _out, err in outcomes if code == 1)
    assert (
        "is already on loan to" in loser or "Another desk has just created the same loan" in loser
    )
    lent = loans.list_loans(demo_db)
    assert sorted(loan.tag for loan in lent) == sorted(tags)
    assert len({loan.borrower for loan in lent}) == 1


def test_two_imports_of_the_same_changed_measurements_at_once_add_each_set_once(demo_db, tmp_path):
    """A department's measurements file, changed (every waist 1 cm more), imported by two
    desks at the same moment: each dancer gets one new set, never two (on PostgreSQL both desks
    used to read "not there yet" and both wrote it)."""
    import csv

    from wardrobe.models import MeasurementSet
    from wardrobe.transfer.exporting import export

    exported = tmp_path / "dancers.csv"
    export(demo_db, "dancers", exported)
    with exported.open(encoding="utf-8-sig", newline="") as source:
        rows = list(csv.DictReader(source))
    header = ["name", "company", "waist_cm", "waist_in"]  # the dancers themselves unchanged
    rows = [{k: row[k] for k in header} for row in rows]
    changed = 0
    for row in rows:
        for waist in ("waist_cm", "waist_in"):
            if row[waist]:
                row[waist] = str(round(float(row[waist]) + 1, 1))
                changed += 1
    sheets = []
    for desk, order in enumerate((rows, rows[::-1])):  # the other desk's file sorted otherwise
        sheet = tmp_path / f"changed-{desk}.csv"
        with sheet.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, header)
            writer.writeheader()
            writer.writerows(order)
        sheets.append(sheet)

    def sets() -> int:
        with demo_db.read() as session:
            return session.scalar(select(func.count()).select_from(MeasurementSet))

    before = sets()
    demo_db.engine.dispose()
    command = [sys.executable, "-m", "wardrobe.cli", "--db", demo_db.url, "import", "dancers"]
    desks = [
        subprocess.Popen(
            [*command, str(sheet)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for sheet in sheets
    ]
    outcomes = [(desk.wait(timeout=180), *desk.communicate()) for desk in desks]
    assert sorted(code for code, _out, _err in outcomes) in ([0, 0], [0, 1]), outcomes
    for code, _out, err in outcomes:
        if code == 1:  # each waited for the other: one was rolled back whole, and told so
            assert "Another desk was changing the same records at the same moment" in err
    assert sets() - before == changed
