"""A roster moved in from a spreadsheet: new dancers are written together, yet each keeps
what the window would give her: her measurements, her double (one listed later in the file,
a dancer already there, or an actor), her history; and a bad double is said, nothing written."""

from __future__ import annotations

from wardrobe.services import audit_trail, dancers
from wardrobe.transfer.importing import import_file

from ..conftest import snapshot


def _sheet(tmp_path, body: str):
    path = tmp_path / "roster.csv"
    path.write_text("name,company,rank,waist_cm,measured_on,double_of\n" + body, "utf-8")
    return path


def test_new_dancers_get_measurements_doubles_and_history(demo_db, tmp_path):
    there = next(d for d in dancers.list_dancers(demo_db) if d.company == "Le Ballet National")
    path = _sheet(
        tmp_path,
        "Recrue Une,BN,quadrille,61,2026-10-01,Recrue Deux\n"  # a dancer listed later
        f"Recrue Deux,BN,coryphée,62.5,,{there.name}\n"  # a dancer already there
        "Recrue Trois,BN,,,,Jean Dupont (acteur)\n"  # nobody of that name: an actor
        f"{there.name},BN,{there.rank},,,Recrue Trois\n",  # one there names a new one
    )
    report = import_file(demo_db, "dancers", path)
    assert report.applied, report.problems
    assert [(r.row, r.outcome) for r in report.rows] == [
        (2, "created"),
        (3, "created"),
        (4, "created"),
        (5, "updated"),
    ]
    one = dancers.dancer_detail(demo_db, "Recrue Une")
    assert one.dancer.doubles == "Recrue Deux" and one.dancer.rank == "quadrille"
    assert one.latest.values["waist"] == 610 and str(one.latest.measured_on) == "2026-10-01"
    two = dancers.dancer_detail(demo_db, "Recrue Deux")
    assert two.dancer.doubles == there.name and two.latest.values["waist"] == 625
    three = dancers.dancer_detail(demo_db, "Recrue Trois")
    assert three.dancer.doubles == "Jean Dupont (acteur)" and three.latest is None
    assert dancers.dancer_detail(demo_db, there.id).dancer.doubles == "Recrue Trois"
    assert report.rows[3].changes[0].column == "double_of"  # and nothing else of hers
    lines = audit_trail.dancer_history(demo_db, "Recrue Une")
    assert {line.action for line in lines} == {"created"} and len(lines) == 2
    said = {key: after for line in lines for key, (_before, after) in line.changes.items()}
    assert said["name"] == "Recrue Une" and said["doubles_dancer"] == "Recrue Deux"
    assert said["measurements.waist"] == 610
    # Found by name as any dancer is, at once.
    assert [d.name for d in dancers.list_dancers(demo_db) if d.name.startswith("Recrue")] == [
        "Recrue Deux",
        "Recrue Trois",
        "Recrue Une",
    ]


def test_a_new_dancer_doubling_herself_is_said_and_nothing_is_written(demo_db, tmp_path):
    path = _sheet(tmp_path, "Recrue Une,BN,,60,,Recrue Deux\nRecrue Deux,BN,,,,recrue deux\n")
    before = snapshot(demo_db)
    report = import_file(demo_db, "dancers", path)
    assert not report.applied
    assert [(p.row, p.column, p.value) for p in report.problems] == [
        (3, "double_of", "recrue deux")
    ]
    assert "own double" in str(report.problems[0].reason)
    assert snapshot(demo_db) == before


def test_a_double_two_new_dancers_share_a_name_with_is_said(demo_db, tmp_path):
    # The same name in both companies: which one is meant cannot be told.
    path = _sheet(
        tmp_path,
        "Homonyme,BN,,,,\nHomonyme,MBT,,,,\nRecrue,Le Ballet National,,,,\n"
        "Autre,Metropolitan Ballet Theater,,,,homonyme\n",
    )
    report = import_file(demo_db, "dancers", path)
    assert report.applied, report.problems  # her own company's Homonyme is meant
    assert dancers.dancer_detail(demo_db, "Autre").dancer.doubles == "Homonyme"
    path = _sheet(tmp_path, "Tiers,,,,,homonyme\n")
    report = import_file(demo_db, "dancers", path, company="Le Ballet National")
    assert report.applied  # one in her company: that one
    # Two of her company whose names differ only by a hyphen: which is meant is asked.
    dancers.create_dancer(demo_db, company="BN", name="Anne-Marie")
    dancers.create_dancer(demo_db, company="BN", name="Anne Marie")
    path = _sheet(tmp_path, "Première,BN,,,,\nTroisième,BN,,,,anne marie\n")
    report = import_file(demo_db, "dancers", path)
    assert not report.applied
    assert [(p.row, p.column) for p in report.problems] == [(3, "double_of")]
    assert "2 dancers are called “anne marie”" in str(report.problems[0].reason)


def test_a_measure_out_of_range_or_a_day_to_come_is_said_for_its_row(demo_db, tmp_path):
    path = _sheet(tmp_path, "Recrue Une,BN,,610,,\nRecrue Deux,BN,,60,2099-01-01,\n")
    before = snapshot(demo_db)
    report = import_file(demo_db, "dancers", path)
    assert not report.applied
    assert [(p.row, p.column) for p in report.problems] == [
        (2, "waist_cm"),
        (3, "measured_on"),
    ]
    assert snapshot(demo_db) == before
