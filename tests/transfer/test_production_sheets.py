"""A production from a department's spreadsheet: Swan Lake's second act read from a workbook
(running order, looks, plot), cast, checked, fixed and printed; every problem of a bad sheet
said at once with nothing written; the demo's plot written out and read back unchanged."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

from tests.conftest import two_companies
from tests.reports.conftest import flat, pdf_pages
from wardrobe.reports.continuity_book import continuity_book, render_continuity_book
from wardrobe.reports.costume_plot import costume_plot_sheet, render_costume_plot
from wardrobe.services import (
    casting,
    circulation,
    costume_plot,
    costumes,
    dancers,
    item_fields,
    looks,
    production_checks,
    running_order,
)
from wardrobe.transfer.production_export import export_production
from wardrobe.transfer.production_sheets import import_production

SWAN_LAKE_ACT_II = {
    "Déroulé": [
        ["Acte", "Scène", "Titre", "Début (min)", "Durée (min)"],
        ["II", "1", "Bord du lac", 40, 12],
        ["II", "2", "Grand adage", 52, 9],
        ["II", "3", "Danse des petits cygnes", 61, 3],
    ],
    "Tenues": [
        ["Rôle", "Tenue", "Pièces", "Comment elle se porte"],
        ["Odette", "Cygne blanc", "tutu: plateau blanc; coiffe: plumes", "gants retirés"],
        ["Petit cygne", "Petits cygnes", "tutu", ""],
    ],
    "Conduite": [
        ["Rôle", "II.1 Bord du lac", "II.2 Grand adage", "II.3"],
        ["Odette", "Cygne blanc", "Cygne blanc", ""],
        ["Petit cygne", "", "", "Petits cygnes"],
    ],
}


def workbook(path, sheets):
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_swan_lake_act_two_from_a_workbook_is_cast_checked_fixed_and_printed(db, tmp_path):
    two_companies(db)
    report = import_production(
        db, "BN", "Le Lac des cygnes", [workbook(tmp_path / "lac.xlsx", SWAN_LAKE_ACT_II)]
    )
    assert report.applied and not report.problems
    production = running_order.find_production(db, "BN", "Le Lac des cygnes")
    assert [p.label for p in running_order.parts(db, production.id)] == ["II.1", "II.2", "II.3"]
    roles = dict((name, role_id) for role_id, name in casting.roles(db, production.id))
    for name, doubles in (("Aurélie Dupont", None), ("Léonore Baulac", "Aurélie Dupont")):
        dancers.create_dancer(db, company="BN", name=name, doubles=doubles)
    for name in ("Dorothée Gilbert", "Hannah O'Neill", "Sae Eun Park"):
        dancers.create_dancer(db, company="BN", name=name)
    casting.cast(db, roles["Odette"], "Aurélie Dupont")
    casting.cast(db, roles["Odette"], "Léonore Baulac")  # her double
    casting.cast(db, roles["Odette"], "Dorothée Gilbert", cast_number=2)
    for name in ("Hannah O'Neill", "Sae Eun Park"):
        casting.cast(db, roles["Petit cygne"], name)
    tutu = item_fields.TutuSpec("classical", 12, 6, "blanc", "tulle raide")
    for tag, dancer, role in (
        ("BN-000701", "Aurélie Dupont", "Odette"),
        ("BN-000702", "Léonore Baulac", "Odette"),
        ("BN-000801", None, "Petit cygne"),
        ("BN-000802", None, "Petit cygne"),
    ):
        costumes.log_item(
            db,
            company="BN",
            tag=tag,
            name=f"Tutu — {role}",
            piece_type="tutu",
            production="Le Lac des cygnes",
            role=role,
            colour="blanc",
            built_for=dancer,
            tutu=tutu,
        )
    swans = next(lk for lk in looks.looks(db, production.id) if lk.name == "Petits cygnes")
    for name in ("Hannah O'Neill", "Sae Eun Park"):
        looks.assign_piece(db, swans.pieces[0].id, name, "BN-000801")  # one copy, twice
    circulation.send_away(db, "BN-000702", "at_cleaning")  # the double's twin

    found = production_checks.check(db, production.id)
    assert {(p.kind, p.part) for p in found} >= {("twin_away", "II.1"), ("worn_twice", "II.3")}
    looks.assign_piece(db, swans.pieces[0].id, "Sae Eun Park", "BN-000802")
    circulation.check_in(db, "BN-000702")
    twins = [p for p in production_checks.check(db, production.id) if p.kind != "twin_missing"]
    assert twins == []  # (her headpiece is still to make for both: said by the plot)

    plot_pdf, book_pdf = tmp_path / "plot.pdf", tmp_path / "book.pdf"
    render_costume_plot(costume_plot_sheet(db, production.id), plot_pdf)
    render_continuity_book(continuity_book(db, production.id), book_pdf)
    plot_text = flat(" ".join(pdf_pages(plot_pdf)))
    assert "Conduite costumes : Le Lac des cygnes" in plot_text and "Cygne blanc" in plot_text
    book_text = flat(" ".join(pdf_pages(book_pdf)))
    assert "doublure de Aurélie Dupont" in book_text and "BN-000802" in book_text
    assert "gants retirés" in book_text


def test_every_problem_of_a_bad_workbook_is_said_and_nothing_is_written(db, tmp_path):
    two_companies(db)
    bad = {
        "Déroulé": [["Acte", "Scène"], ["II", "1"], ["II", "1"]],
        "Tenues": [
            ["Rôle", "Tenue", "Pièces"],
            ["Odette", "Cygne", "corset: noir"],
            ["Siegfried", "Prince", ""],
        ],
        "Conduite": [["Rôle", "II.1", "IV.9"], ["Odette", "Cygne noir", ""]],
    }
    report = import_production(
        db, "BN", "Le Lac des cygnes", [workbook(tmp_path / "bad.xlsx", bad)]
    )
    said = [p.say("fr") for p in report.problems]
    assert not report.applied and len(said) >= 3
    assert any("ligne 3" in s for s in said)  # the part twice
    assert any("corset" in s for s in said)  # no such piece type
    assert any("Siegfried" in s or "au moins une pièce" in s for s in said)  # a look of no piece
    assert running_order.productions(db) == []  # not even the production


def test_the_demo_plot_goes_out_and_comes_back_as_it_was(demo_db, tmp_path):
    production = running_order.find_production(demo_db, "BN", "Casse-Noisette")
    before = costume_plot.plot(demo_db, production.id)
    path = tmp_path / "casse-noisette.xlsx"
    assert export_production(demo_db, production.id, path) == len(
        looks.looks(demo_db, production.id)
    )
    again = import_production(demo_db, "BN", "Casse-Noisette", [path], apply=False)
    assert again.problems == [] and again.created == [] and again.updated == []
    copy = import_production(demo_db, "BN", "Casse-Noisette (reprise)", [path])
    assert copy.applied
    second = running_order.find_production(demo_db, "BN", "Casse-Noisette (reprise)")
    after = costume_plot.plot(demo_db, second.id)
    named = lambda plot: {  # noqa: E731
        (dict(plot.roles)[r], next(p.label for p in plot.parts if p.id == part)): look
        for (r, part), look in plot.cells.items()
    }
    assert named(after) == named(before)


@pytest.mark.sqlite_only
def test_three_csv_files_read_as_the_workbook(db, tmp_path):
    two_companies(db)
    paths = []
    for name, rows in SWAN_LAKE_ACT_II.items():
        path = tmp_path / f"{name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out, delimiter=";").writerows(rows)
        paths.append(path)
    preview = import_production(db, "BN", "Le Lac des cygnes", paths, apply=False)
    assert not preview.problems and len(preview.created) == 5  # three parts, two looks
    assert running_order.productions(db) == []
    assert import_production(db, "BN", "Le Lac des cygnes", paths).applied


def test_the_commands_write_a_production_out_and_preview_it_back(demo_db, tmp_path, capsys):
    from wardrobe.cli import main

    path = tmp_path / "nutcracker.xlsx"
    base = ["--db", demo_db.url, "--lang", "en", "production"]
    assert main([*base, "export", "The Nutcracker", str(path)]) == 0
    assert "its running order, 11 look(s) and its plot written" in capsys.readouterr().out
    back = [*base, "import", "The Nutcracker", str(path), "--company", "MBT", "--dry-run"]
    assert main(back) == 0
    out = capsys.readouterr().out
    assert "Would create 0, update 0" in out
