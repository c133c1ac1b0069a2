"""Spreadsheets in and out: Excel's encodings, all or nothing, round trips, no formulas."""

import csv

import pytest
from openpyxl import load_workbook

from wardrobe.services import audit_trail, circulation, costumes, dancers, integrity, search
from wardrobe.transfer.exporting import export
from wardrobe.transfer.importing import import_file

from ..conftest import snapshot

FRENCH_DANCERS = (
    "Nom;Compagnie;Grade;Stature_cm;Tour de taille_cm;Hanches_cm;Mesuré le\r\n"
    "Héloïse Laâge;Le Ballet National;étoile;168;62,5;88;12/03/2026\r\n"
    "Zoé Bézier-Château;Le Ballet National;quadrille;165;60;86;2026-02-01\r\n"
)


def test_a_dancer_list_from_french_excel_imports_with_accents_intact(empty_shop, tmp_path):
    path = tmp_path / "danseurs.csv"
    path.write_bytes(FRENCH_DANCERS.encode("cp1252"))
    report = import_file(empty_shop, "dancers", path)
    assert report.applied and report.encoding == "cp1252" and len(report.created) == 2
    detail = dancers.dancer_detail(empty_shop, "Héloïse Laâge")
    assert detail.dancer.name == "Héloïse Laâge" and detail.dancer.rank == "étoile"
    assert detail.latest.values["waist"] == 625 and str(detail.latest.measured_on) == "2026-03-12"


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b"")]
)
def test_excel_encodings_are_read(empty_shop, tmp_path, encoding, bom):
    text = FRENCH_DANCERS.replace(";", "\t") if encoding == "utf-16" else FRENCH_DANCERS
    path = tmp_path / "d.csv"
    path.write_bytes(bom + text.encode(encoding))
    report = import_file(empty_shop, "dancers", path)
    assert report.applied, report.problems
    assert [d.name for d in dancers.list_dancers(empty_shop)] == [
        "Héloïse Laâge",
        "Zoé Bézier-Château",
    ]


def test_three_bad_rows_are_three_clear_messages_and_nothing_is_written(demo_db, tmp_path):
    path = tmp_path / "costumes.csv"
    path.write_text(
        "tag,name,kind,production,net_layers,tutu_style,value\n"
        "BN-900001,Tutu neuf,tutu,Giselle,12,classical,2500\n"
        "BN-900002,,bodice,Giselle,,,\n"  # no name
        "BN-900003,Tutu trop plein,tutu,Giselle,40,classical,\n"  # 40 layers
        "BN 900004,Cape,cape,Giselle,,,\n"  # not a tag
        "BN-900005,Cape,cape,Giselle,,,100\n",
        encoding="utf-8",
    )
    before = snapshot(demo_db)
    report = import_file(demo_db, "costumes", path)
    assert not report.applied
    assert [(p.row, p.column) for p in report.problems] == [
        (3, "name"),
        (4, "net_layers"),
        (5, "tag"),
    ]
    assert "cannot be left empty" in report.problems[0].why
    assert "Net layers of 40" in report.problems[1].why
    assert report.problems[2].value == "BN 900004" and "is not a tag" in report.problems[2].why
    assert snapshot(demo_db) == before


def test_duplicate_tags_in_one_file_are_refused(demo_db, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("tag,name,kind\nBN-900001,Cape,cape\nbn-900001,Cape bis,cape\n")
    report = import_file(demo_db, "costumes", path)
    assert [(p.row, "same as row 2" in p.why) for p in report.problems] == [(3, True)]


def test_missing_and_unknown_columns(demo_db, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("name,colour,humidity\nTulle,white,high\n")
    report = import_file(demo_db, "materials", path)
    assert "no column for unit" in report.problems[0].why and report.ignored_columns == ["humidity"]
    path.write_text("name,unit,humidity\nTulle rose,m,high,extra\n")
    report = import_file(demo_db, "materials", path)
    assert "more cells than the header" in report.problems[0].why


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("kind", ["dancers", "costumes", "materials", "pointe"])
def test_export_then_import_changes_nothing(demo_db, tmp_path, kind, suffix):
    path = tmp_path / f"{kind}{suffix}"
    count = export(demo_db, kind, path)
    before = snapshot(demo_db)
    report = import_file(demo_db, kind, path)
    assert report.applied and not report.created and not report.updated
    assert len(report.unchanged) == count
    assert snapshot(demo_db) == before


def test_an_export_rebuilds_the_same_inventory_elsewhere(demo_db, empty_shop, tmp_path):
    for kind in ("dancers", "costumes", "materials", "pointe"):
        first = tmp_path / f"a-{kind}.csv"
        export(demo_db, kind, first)
        report = import_file(empty_shop, kind, first)
        assert report.applied, report.problems[:3]
        again = tmp_path / f"b-{kind}.csv"
        export(empty_shop, kind, again)
        assert again.read_text(encoding="utf-8-sig") == first.read_text(encoding="utf-8-sig")
    assert integrity.check(empty_shop) == []


def test_re_importing_updates_rather_than_duplicates_and_is_audited(demo_db, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("tag,name,kind,colour\nBN-000001,Tutu — Fée Dragée,tutu,rose pâle\n")
    report = import_file(demo_db, "costumes", path)
    assert report.updated == ["BN-000001"]
    assert costumes.get_item(demo_db, "BN-000001").colour == "rose pâle"
    assert costumes.get_item(demo_db, "BN-000001").tutu.net_layers == 13  # kept: no column
    assert audit_trail.item_history(demo_db, "BN-000001")[0].changes["colour"][1] == "rose pâle"


def test_no_column_escapes_the_formula_guard_and_every_value_comes_back(demo_db, tmp_path):
    """A pointe width is no formula either; and the escape is undone exactly, so a value
    that starts with an apostrophe or looks like an escaped formula returns unchanged."""
    from wardrobe.services import dancers, pointe

    dancer = dancers.create_dancer(demo_db, company="BN", name="'=SUM(1,2)")
    spec = pointe.create_spec(demo_db, dancer.id, maker="Freed", size="4", width="=cmd|'/c calc'!A")
    tricky = ["'Tis Aurore", "''double", "=1+2", "-5 rangs", "-5"]
    for name in tricky:
        dancers.create_dancer(demo_db, company="BN", name=name)
    path = tmp_path / "p.csv"
    export(demo_db, "pointe", path)
    with path.open(encoding="utf-8-sig") as handle:
        row = next(r for r in csv.DictReader(handle) if r["dancer"].endswith("SUM(1,2)"))
    assert spec.width.startswith("=") and row["width"] == "'" + spec.width
    assert row["dancer"] == "''=SUM(1,2)"
    people = tmp_path / "d.csv"
    export(demo_db, "dancers", people)
    with people.open(encoding="utf-8-sig") as handle:
        written = {r["name"] for r in csv.DictReader(handle)}
    assert {"'" + name for name in tricky[:4]} | {"-5"} <= written
    again = import_file(demo_db, "dancers", people)
    assert again.applied and again.created == [] and again.updated == []
    names = {d.name for d in dancers.list_dancers(demo_db)}
    assert {"'=SUM(1,2)", *tricky} <= names
    again = import_file(demo_db, "pointe", path)
    assert again.applied and again.updated == []


def test_no_exported_cell_is_a_formula(demo_db, tmp_path):
    costumes.log_item(
        demo_db,
        company="BN",
        tag="BN-990001",
        name='=HYPERLINK("x")',
        piece_type="cape",
        notes="+33 1 40 00 00 00",
        colour="@red",
    )
    csv_path, xlsx_path = tmp_path / "c.csv", tmp_path / "c.xlsx"
    export(demo_db, "costumes", csv_path)
    export(demo_db, "costumes", xlsx_path)
    with csv_path.open(encoding="utf-8-sig") as handle:
        row = next(r for r in csv.DictReader(handle) if r["tag"] == "BN-990001")
    assert row["name"] == '\'=HYPERLINK("x")' and row["notes"].startswith("'+")
    sheet = load_workbook(xlsx_path).active
    cells = [c for r in sheet.iter_rows() for c in r if c.value == '=HYPERLINK("x")']
    assert cells and all(c.data_type == "s" for c in cells)
    for path in (csv_path, xlsx_path):
        report = import_file(demo_db, "costumes", path, apply=False)
        assert "BN-990001" in report.unchanged


def test_a_big_file_of_new_items_mixed_with_known_ones_and_statuses(demo_db, tmp_path):
    """New items are written together at the end; known tags and statuses go row by row;
    every new item is in the history with its production and place by name."""
    known = costumes.get_item(demo_db, "BN-000001")
    dancer = next(d for d in dancers.list_dancers(demo_db, "BN") if d.active)
    lines = ["tag,name,kind,production,role,location,dancer,status,tutu_style,net_layers"]
    lines += [
        f"BN-95{n:04d},Couronne {n},headpiece,Casse-Noisette,Flocon de neige,"
        f"Réserve / Bac neuf {n % 3},,,,"
        for n in range(300)
    ]
    lines.append("BN-959999,Tutu neuf,tutu,Giselle,Willis,,,,romantic,9")
    lines.append(  # known, as it is: row by row, unchanged
        f"BN-000001,{known.name},{known.piece_type},{known.production},{known.role},"
        f"{known.location},{known.built_for},{known.status},"
        f"{known.tutu.style},{known.tutu.net_layers}"
    )
    lines.append(f"BN-960000,Cape de sortie,cape,,,,{dancer.name},out,,")  # new and out
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_file(demo_db, "costumes", path)
    assert report.applied, report.problems[:3]
    assert len(report.created) == 302 and report.unchanged == ["BN-000001"]
    tutu = costumes.get_item(demo_db, "BN-959999").tutu
    assert (tutu.style, tutu.net_layers) == ("romantic", 9)
    tutu_lines = audit_trail.item_history(demo_db, "BN-959999")
    assert any(line.changes.get("tutu.net_layers") == [None, 9] for line in tutu_lines)
    item = costumes.get_item(demo_db, "BN-950007")
    assert (item.production, item.role, item.location) == (
        "Casse-Noisette",
        "Flocon de neige",
        "Réserve / Bac neuf 1",
    )
    assert any(hit.key == "BN-950007" for hit in search.find(demo_db, "couronne 7"))
    out = costumes.get_item(demo_db, "BN-960000")
    assert out.status == "out" and out.out_to == dancer.name
    created = audit_trail.item_history(demo_db, "BN-950007")[-1]
    assert created.action == "created"
    assert created.changes["production"] == [None, "Casse-Noisette"]
    assert created.changes["location"] == [None, "Réserve / Bac neuf 1"]  # the whole path
    # Read again: every new tag is known now, and nothing changes.
    again = import_file(demo_db, "costumes", path)
    assert again.applied and again.created == again.updated == [] and len(again.unchanged) == 303
    assert integrity.check(demo_db) == []


def test_a_bad_new_row_among_good_ones_writes_nothing(demo_db, tmp_path):
    lines = ["tag,name,kind,dancer"]
    lines += [f"BN-97{n:04d},Jupon {n},skirt," for n in range(50)]
    lines.append("BN-979999,Jupon de trop,skirt,Personne Inconnue")  # no such dancer
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = snapshot(demo_db)
    report = import_file(demo_db, "costumes", path)
    assert not report.applied
    assert [(p.row, p.column) for p in report.problems] == [(52, "dancer")]
    assert "Personne Inconnue" in report.problems[0].why
    assert snapshot(demo_db) == before


def test_an_item_out_to_someone_it_was_not_made_for_comes_back_out_to_her(demo_db, tmp_path):
    from wardrobe.services import dancers

    item = next(
        r
        for r in costumes.list_items(demo_db)
        if r.status == "in_store" and r.built_for and r.condition != "retired"
    )
    other = next(
        d
        for d in dancers.list_dancers(demo_db)
        if d.company_id == item.company_id and d.active and d.name != item.built_for
    )
    circulation.check_out(demo_db, item.tag, other.id)
    path = tmp_path / "c.csv"
    export(demo_db, "costumes", path)
    again = import_file(demo_db, "costumes", path)
    assert again.applied and item.tag not in again.updated  # as it is: nothing changes
    circulation.check_in(demo_db, item.tag)
    back = import_file(demo_db, "costumes", path)
    assert back.applied and item.tag in back.updated
    now = costumes.get_item(demo_db, item.tag)
    assert (now.status, now.out_to, now.built_for) == ("out", other.name, item.built_for)
