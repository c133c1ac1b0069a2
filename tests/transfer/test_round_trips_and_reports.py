"""Round trips that lose nothing (every measure, numbers as numbers) and imports that say
everything at once: row by row what will change, every problem of every row, a company for
files that name none."""

import csv
from datetime import date

import pytest
from openpyxl import load_workbook

from wardrobe.cli import main
from wardrobe.domain.measures import MEASURES
from wardrobe.services import costumes, dancers
from wardrobe.transfer.exporting import export
from wardrobe.transfer.importing import import_file

from ..conftest import snapshot


def _every_measure(offset: int) -> dict[str, int]:
    """A value for each measure the wardrobe keeps, inside its range (mm, or g)."""
    return {m.key: (m.low + m.high) // 2 + offset for m in MEASURES}


def _dancer_of(db, company: str):
    return next(d for d in dancers.list_dancers(db) if d.company == company and d.active)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_dancer_export_carries_every_measure_and_they_come_back_exactly(
    demo_db, empty_shop, tmp_path, suffix
):
    paris = _dancer_of(demo_db, "Le Ballet National")
    new_york = _dancer_of(demo_db, "Metropolitan Ballet Theater")
    wanted = {paris.name: _every_measure(3), new_york.name: _every_measure(7)}
    for who in (paris, new_york):
        dancers.record_measurements(
            demo_db, who.id, wanted[who.name], measured_on=date.today(), stored=True
        )
    path = tmp_path / f"dancers{suffix}"
    export(demo_db, "dancers", path)
    report = import_file(empty_shop, "dancers", path)
    assert report.applied, report.problems[:3]
    for name, values in wanted.items():
        latest = dancers.dancer_detail(empty_shop, name).latest
        assert latest.values == values  # all nineteen, to the millimetre and the gram
        assert latest.measured_on == date.today()


def test_an_xlsx_export_keeps_numbers_as_numbers_and_text_as_text(demo_db, tmp_path):
    costumes.log_item(
        demo_db, company="BN", tag="BN-777777", name="1500", piece_type="tunic", colour="007"
    )
    path = tmp_path / "costumes.xlsx"
    export(demo_db, "costumes", path)
    sheet = load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(headers, r, strict=True)) for r in sheet.iter_rows(values_only=True)}
    assert rows["BN-777777"]["name"] == "1500" and rows["BN-777777"]["colour"] == "007"
    values = [r["value"] for tag, r in rows.items() if tag != "tag" and r["value"] is not None]
    layers = [r["net_layers"] for tag, r in rows.items() if tag != "tag" and r["net_layers"]]
    assert values and all(isinstance(v, int | float) for v in values)  # a sum works
    assert layers and all(isinstance(n, int) for n in layers)
    materials = tmp_path / "materials.xlsx"
    export(demo_db, "materials", materials)
    book = load_workbook(materials).active
    column = [c.value for c in book[1]].index("quantity")
    quantities = [r[column] for r in book.iter_rows(min_row=2, values_only=True)]
    assert quantities and all(isinstance(q, int | float) for q in quantities)
    dancer_sheet = tmp_path / "dancers.xlsx"
    export(demo_db, "dancers", dancer_sheet)
    cells = [c for row in load_workbook(dancer_sheet).active.iter_rows(min_row=2) for c in row]
    measures = [c.value for c in cells if c.column > 4 and c.value and c.column < 4 + 2 * 19]
    assert measures and all(isinstance(v, int | float) for v in measures)


def _rewrite(path, change):
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return rows


def test_the_preview_says_row_by_row_what_will_be_created_and_what_changes(demo_db, tmp_path):
    path = tmp_path / "costumes.csv"
    export(demo_db, "costumes", path)
    first = costumes.list_items(demo_db)[0]

    def edit(rows):
        header = rows[0]
        rows[1][header.index("colour")] = "vert d’eau"
        rows[1][header.index("value")] = "99.50"
        rows[2:] = rows[2:4]
        rows.append(["BN-888888", "Cape neuve", "cape"] + [""] * (len(header) - 3))

    rows = _rewrite(path, edit)
    before = snapshot(demo_db)
    report = import_file(demo_db, "costumes", path, apply=False)
    assert snapshot(demo_db) == before and not report.applied
    by_row = {r.row: r for r in report.rows}
    assert by_row[2].label == rows[1][0] == first.tag and by_row[2].outcome == "updated"
    assert {(c.column, c.after) for c in by_row[2].changes} == {
        ("colour", "vert d’eau"),
        ("value", "99.50"),
    }
    assert [c.before for c in by_row[2].changes if c.column == "colour"] == [first.colour]
    assert by_row[3].outcome == by_row[4].outcome == "unchanged" and not by_row[3].changes
    assert (by_row[5].label, by_row[5].outcome) == ("BN-888888", "created")


def test_a_dancer_preview_names_the_measures_that_change(demo_db, tmp_path):
    who = _dancer_of(demo_db, "Le Ballet National")
    dancers.record_measurements(demo_db, who.id, {"waist": 640, "neck": 300}, stored=True)
    path = tmp_path / "d.csv"
    path.write_text(
        f"name,company,waist_cm,neck_cm,measured_on\n{who.name},Le Ballet National,65,30,"
        f"{date.today().isoformat()}\n",
        encoding="utf-8",
    )
    report = import_file(demo_db, "dancers", path, apply=False)
    [row] = report.rows
    assert row.outcome == "updated"
    assert [(c.column, c.before, c.after) for c in row.changes] == [("waist_cm", "64", "65")]


TWO_BAD_ROWS = (
    "name,rank,waist_cm,height_cm,measured_on\n"
    "Nouvelle Une,quadrille,-20,abc,2026-02-30\n"
    "Nouvelle Deux,coryphée,62,170,\n"
)


def test_every_problem_of_every_row_is_listed_not_only_the_first(demo_db, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(TWO_BAD_ROWS, encoding="utf-8")
    before = snapshot(demo_db)
    report = import_file(demo_db, "dancers", path)
    assert snapshot(demo_db) == before
    said = [(p.row, p.column) for p in report.problems]
    # Two companies and no company column: each row says so, and row 2 its own faults too.
    assert said == [
        (2, "company"),
        (2, "waist_cm"),
        (2, "height_cm"),
        (2, "measured_on"),
        (3, "company"),
    ]
    assert "say which company" in report.problems[0].why
    told = import_file(demo_db, "dancers", path, company="Le Ballet National")
    assert [(p.row, p.column) for p in told.problems] == [
        (2, "waist_cm"),
        (2, "height_cm"),
        (2, "measured_on"),
    ]
    assert "-20" in told.problems[0].why and "abc" in told.problems[1].why
    assert snapshot(demo_db) == before


def test_a_costume_row_with_three_faults_gets_three_sentences(demo_db, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "tag,name,kind,value,net_layers,tutu_style,condition\n"
        "BN-900001,Tutu neuf,tutu,-20,abc,classical,splendid\n",
        encoding="utf-8",
    )
    report = import_file(demo_db, "costumes", path)
    assert [p.column for p in report.problems] == ["value", "net_layers", "condition"]
    assert not report.applied


def test_a_file_without_a_company_column_imports_into_the_company_given(demo_db, tmp_path, capsys):
    path = tmp_path / "d.csv"
    path.write_text(TWO_BAD_ROWS.splitlines()[0] + "\nNouvelle Trois,quadrille,61,168,\n")
    database = demo_db.url
    assert main(["--db", database, "import", "dancers", str(path)]) == 1
    assert "say which company" in capsys.readouterr().err
    assert main(["--db", database, "import", "dancers", str(path), "--company", "BN"]) == 0
    assert "Created 1" in capsys.readouterr().out
    assert dancers.dancer_detail(demo_db, "Nouvelle Trois").dancer.company == "Le Ballet National"
    assert main(["--db", database, "import", "dancers", str(path), "--company", "Opéra"]) == 1
    assert "Opéra" in capsys.readouterr().err


def test_widths_are_exported_in_each_companys_unit_and_read_back(demo_db, tmp_path):
    from wardrobe.services import stock

    path = tmp_path / "materials.csv"
    export(demo_db, "materials", path)
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    new_york = [r for r in rows if r["company"] == "Metropolitan Ballet Theater" and r["width_in"]]
    paris = [r for r in rows if r["company"] == "Le Ballet National" and r["width_cm"]]
    assert new_york and all(not r["width_cm"] for r in new_york)
    assert paris and all(not r["width_in"] for r in paris)
    assert {r["width_in"] for r in new_york} >= {"108"}  # 2743 mm: the 108 in she typed
    widths = {m.name: m.width_mm for m in stock.list_materials(demo_db)}
    again = import_file(demo_db, "materials", path)
    assert again.applied and not again.updated
    assert {m.name: m.width_mm for m in stock.list_materials(demo_db)} == widths


def test_a_dancer_file_read_back_unchanged_writes_nothing_not_even_for_doubles(demo_db, tmp_path):
    """Dancers who double another keep her as she is: the same double given again is no
    change (it used to write each one again, a new version and an audit line each)."""
    from sqlalchemy import func, select

    from wardrobe.models import AuditEntry, Dancer

    with demo_db.read() as session:
        doubling = session.scalar(
            select(func.count()).select_from(Dancer).where(Dancer.doubles_dancer_id.is_not(None))
        )
        audit_lines = session.scalar(select(func.count()).select_from(AuditEntry))
    assert doubling  # the demo's doubles are in the file
    path = tmp_path / "dancers.csv"
    export(demo_db, "dancers", path)
    before = snapshot(demo_db)
    report = import_file(demo_db, "dancers", path)
    assert report.applied and {row.outcome for row in report.rows} == {"unchanged"}
    assert snapshot(demo_db) == before
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audit_lines
