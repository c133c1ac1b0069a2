"""Two desks importing the same new dancers at the same moment (two real processes): the
database keeps each dancer once, and the desk that lost the race is told so in a sentence."""

import subprocess
import sys

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
