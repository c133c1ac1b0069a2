"""Hostile input everywhere: each is stored and shown exactly as typed, or refused with a clear
message; either way the database is as it should be and passes its integrity check."""

import pytest
from pypdf import PdfReader

from tests.conftest import snapshot
from wardrobe.errors import WardrobeError
from wardrobe.reports.data import fitting_sheets
from wardrobe.reports.fitting_sheet import render_fitting_sheets
from wardrobe.services import costumes, dancers, integrity, search, stock_movements
from wardrobe.transfer.importing import import_file

TEXTS = [
    "Tom <b> Smith",
    "<img src='/etc/passwd'/>",
    "R&D <3",
    'O\'Brien "Bird"',
    "'; DROP TABLE dancers; --",
    "NOT (x* OR y",
    'a"b',
    "100% _done_",
    "🩰 Étoile ✨",
    "שלום עליכם",
    "مرحبا بالعالم",
    "Łódź Dvořák Ελένη Анна",
]
NUMBERS = ["-5", "0", "1e12", "twelve", "", "NaN", "9" * 40]
DATES = ["2026-02-30", "31/13/2026", "2026-13-01", "tomorrow"]


@pytest.mark.parametrize("text", TEXTS)
def test_a_hostile_name_is_stored_found_and_printed_as_typed(demo_db, tmp_path, text):
    dancer = dancers.create_dancer(demo_db, company="BN", name=f"{text} X", notes=text * 3)
    item = costumes.log_item(
        demo_db,
        company="BN",
        name=text,
        piece_type="cape",
        notes=text,
        colour=text[:80],
        built_for=dancer.id,
    )
    assert costumes.get_item(demo_db, item.tag).name == text
    assert dancers.dancer_detail(demo_db, dancer.id).dancer.name == f"{text} X"
    assert search.find(demo_db, text)  # any query runs
    assert any(h.key == item.tag for h in search.find(demo_db, item.tag))
    pdf = tmp_path / "sheet.pdf"
    result = render_fitting_sheets(fitting_sheets(demo_db, dancer=dancer.id), pdf)
    page = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    printable = not result.warnings
    if printable:
        assert " ".join(text.split()) in page
    else:  # emoji, Hebrew, Arabic: the font lacks them, and says so
        assert any(text in w or "U+" in w for w in result.warnings)
    assert integrity.check(demo_db) == []


def test_a_100_kb_note_is_kept_whole(demo_db):
    note = ("Reprendre les agrafes. " * 5000)[:100_000]
    item = costumes.log_item(demo_db, company="BN", name="Corsage", piece_type="bodice", notes=note)
    assert costumes.get_item(demo_db, item.tag).notes == note.strip()


@pytest.mark.parametrize("quantity", NUMBERS)
def test_bad_quantities_are_refused_and_change_nothing(demo_db, quantity):
    before = snapshot(demo_db)
    with pytest.raises(WardrobeError) as refused:
        stock_movements.receive_material(demo_db, 1, quantity)
    assert str(refused.value)
    assert snapshot(demo_db) == before


@pytest.mark.parametrize("when", DATES)
def test_impossible_dates_in_an_import_are_refused(demo_db, tmp_path, when):
    path = tmp_path / "d.csv"
    path.write_text(f"name,company,waist_cm,measured_on\nNoémie Test,BN,62,{when}\n")
    before = snapshot(demo_db)
    report = import_file(demo_db, "dancers", path)
    assert not report.applied and report.problems[0].column == "measured_on"
    assert snapshot(demo_db) == before


@pytest.mark.parametrize("quantity", NUMBERS[:4] + NUMBERS[5:])
def test_bad_numbers_in_an_import_are_refused(demo_db, tmp_path, quantity):
    path = tmp_path / "m.csv"
    path.write_text(f"name,unit,quantity,minimum,company\nRuban test,m,{quantity},5,BN\n")
    before = snapshot(demo_db)
    report = import_file(demo_db, "materials", path)
    if quantity == "0":  # zero in stock is a real answer
        assert report.applied
        return
    assert not report.applied and report.problems and report.problems[0].why
    assert snapshot(demo_db) == before


def test_hostile_text_in_an_import_is_stored_exactly(demo_db, tmp_path):
    rows = "\n".join(
        f'BN-95{n:04d},"{t.replace(chr(34), chr(34) * 2)}",cape' for n, t in enumerate(TEXTS)
    )
    path = tmp_path / "c.csv"
    path.write_text("tag,name,kind\n" + rows + "\n", encoding="utf-8")
    report = import_file(demo_db, "costumes", path)
    assert report.applied, report.problems
    for n, text in enumerate(TEXTS):
        assert costumes.get_item(demo_db, f"BN-95{n:04d}").name == text
    assert integrity.check(demo_db) == []


def test_a_file_in_a_wrong_encoding_is_read_and_said(demo_db, tmp_path):
    path = tmp_path / "d.csv"
    path.write_bytes("name;company\nÉloïse Brontë;BN\n".encode("latin-1"))
    report = import_file(demo_db, "dancers", path)
    assert report.applied and report.encoding == "cp1252"
    assert dancers.dancer_detail(demo_db, "Éloïse Brontë").dancer.name == "Éloïse Brontë"


def test_a_password_given_in_the_address_query_is_never_printed(capsys):
    """libpq takes ``?password=``: an address that cannot be reached is said without it
    (loopback, a port nothing listens on)."""
    from wardrobe.cli import main as cli

    url = "postgresql+psycopg://wardrobe@127.0.0.1:1/wardrobe?password=s3cret-pw&connect_timeout=1"
    assert cli(["--db", url, "alerts"]) == 1
    said = capsys.readouterr().err
    assert "s3cret-pw" not in said and "password=***" in said


@pytest.mark.usefixtures("unscheduled")
def test_the_smaller_findings_of_the_audit(demo_db, tmp_path, capsys):
    """Issue 26, "Smaller": argparse's own errors exit 1 as the README says; "" is no dancer
    (never every dancer) and no tag; a tag given twice lends one item once; full-width and
    Arabic-Indic digits are no quantity."""
    import os
    import time

    from wardrobe.cli import main
    from wardrobe.services import backup, loans, pointe

    db = ["--db", demo_db.url]
    assert main([*db, "no-such-command"]) == 1
    assert main([*db, "lend"]) == 1  # its tags and borrower missing
    capsys.readouterr()
    sheet = tmp_path / "all.pdf"
    assert main([*db, "fitting-sheet", "--dancer", "", "-o", str(sheet)]) == 1
    assert "cannot be left empty" in capsys.readouterr().err and not sheet.exists()
    assert main([*db, "return-loan", ""]) == 1
    assert "at least one tag" in capsys.readouterr().err
    item = next(i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store")
    twice = f"{item.tag},{item.tag.lower()}"
    assert main([*db, "lend", twice, "--to", "MBT", "--until", "2027-01-31"]) == 0
    assert [loan.tag for loan in loans.list_loans(demo_db, tag=item.tag)] == [item.tag]
    spec = pointe.list_specs(demo_db)[0]
    for digits in ("１２", "١٢"):
        with pytest.raises(WardrobeError, match="not a number"):
            pointe.issue_pairs(demo_db, spec.id, digits)
    # A killed backup's journal beside its half copy goes with it once it is stale.
    journal = tmp_path / ".wardrobe-20261207.db.partial-journal"
    journal.write_bytes(b"x" * 100)
    old = time.time() - 3600
    os.utime(journal, (old, old))
    assert journal in backup.remove_strays(tmp_path)
    assert not journal.exists()


def test_an_engagement_dated_9999_moves_no_pointe_shoes(demo_db, capsys):
    from wardrobe.cli import main
    from wardrobe.services import pointe

    spec = next(s for s in pointe.list_specs(demo_db, "BN") if s.pairs_on_hand > 0)
    before = snapshot(demo_db)
    db = ["--db", demo_db.url]
    assert main([*db, "engage", spec.dancer, "--to", "MBT", "--from", "9999-12-31"]) == 1
    assert "more than two years ahead" in capsys.readouterr().err
    assert main([*db, "engage", spec.dancer, "--to", "MBT", "--from", "2027-01-05",
                 "--until", "9999-12-31"]) == 1  # fmt: skip
    assert "more than five years" in capsys.readouterr().err
    assert snapshot(demo_db) == before
    [still] = [s for s in pointe.list_specs(demo_db) if s.id == spec.id]
    assert still.pairs_on_hand == spec.pairs_on_hand


@pytest.mark.usefixtures("unscheduled")
def test_a_cancelled_order_is_not_sent_and_no_overdue_loan_is_said_so(demo_db, tmp_path, capsys):
    from wardrobe.cli import main
    from wardrobe.services import order_drafts, orders

    db = ["--db", demo_db.url]
    order = order_drafts.draft_from_alerts(demo_db, "BN").orders[0]
    orders.cancel(demo_db, order.number)
    sheet = tmp_path / "po.pdf"
    assert main([*db, "orders", "send", order.number, "-o", str(sheet)]) == 1
    assert "was cancelled" in capsys.readouterr().err and not sheet.exists()
    item = next(i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store")
    assert main([*db, "lend", item.tag, "--to", "MBT", "--until", "2099-01-31"]) == 0
    capsys.readouterr()
    assert main([*db, "loans", "--overdue"]) == 0
    assert "No loan is overdue." in capsys.readouterr().out  # one is open, none overdue


# Malformed cells as the audit wrote them into an .xlsx's sheet by hand (each about 1.5 KB):
# openpyxl read the file and then failed on the row (exit 70).
BROKEN_CELLS = {
    "shared string index no number": '<c r="B3" t="s"><v>x1</v></c>',
    "shared string index out of range": '<c r="B3" t="s"><v>9999</v></c>',
    "number cell holding text": '<c r="B3"><v>Zoé</v></c>',
    "date cell holding junk": '<c r="B3" t="d"><v>the 40th of May</v></c>',
    "bad cell reference": '<c r="3B!" t="inlineStr"><is><t>x</t></is></c>',
    "reference past the last column": '<c r="ZZZZZ3" t="inlineStr"><is><t>x</t></is></c>',
}


@pytest.mark.parametrize("kind", ["error", "boolean", *BROKEN_CELLS])
def test_a_spreadsheet_error_a_true_false_or_a_broken_cell_makes_no_dancer(demo_db, tmp_path, kind):
    """.xlsx error cells became dancers named "#REF!" and "True"; a malformed cell exited 70."""
    import zipfile

    from openpyxl import Workbook

    from wardrobe.errors import InvalidInput

    book = Workbook()
    sheet = book.active
    sheet.append(["company", "name", "rank"])
    sheet.append(["BN", "Zoé Tremblay", "quadrille"])
    sheet.append(["BN", "placeholder", "sujet"])
    target = tmp_path / "dancers.xlsx"
    if kind == "error":
        sheet["B3"] = "#REF!"
        sheet["B3"].data_type = "e"
    elif kind == "boolean":
        sheet["B3"] = True
    book.save(target)
    if kind in BROKEN_CELLS:
        with zipfile.ZipFile(target) as source:
            parts = {n: source.read(n) for n in source.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        cell = '<c r="B3" t="inlineStr"><is><t>placeholder</t></is></c>'
        assert cell in xml
        parts["xl/worksheets/sheet1.xml"] = xml.replace(cell, BROKEN_CELLS[kind]).encode()
        with zipfile.ZipFile(target, "w") as out:
            for name, data in parts.items():
                out.writestr(name, data)
    before = snapshot(demo_db)
    said = "row 3 cannot be read" if kind in BROKEN_CELLS else "row 3"  # the row, to fix it
    with pytest.raises(InvalidInput, match=said):
        import_file(demo_db, "dancers", target)
    assert snapshot(demo_db) == before


def test_a_huge_search_or_limit_is_said_not_a_crash(demo_db, capsys):
    """A 50 KB query made "LIKE pattern too complex" (with the SQL in the message) and
    ``--limit`` of 10^23 overflowed: both exited 70."""
    from wardrobe.cli import main

    db = ["--db", demo_db.url]
    assert main([*db, "find", "tutu" * 12_500]) == 1
    said = capsys.readouterr().err
    assert "at most 10,000 characters" in said and "SELECT" not in said
    assert main([*db, "find", "tutu", "--limit", str(10**23)]) == 1
    assert "whole number from 0 to 1,000,000" in capsys.readouterr().err
    assert main([*db, "find", "tutu", "--limit", "3"]) == 0


def test_a_name_too_long_or_not_utf8_is_said_not_a_crash(demo_db, tmp_path, capsys):
    """File names over 255 bytes (import, restore, photo save) and an argument in Latin-1
    exited 70."""
    from wardrobe.cli import main

    db = ["--db", demo_db.url]
    long_name = str(tmp_path / ("d" * 300 + ".csv"))
    assert main([*db, "import", "dancers", long_name]) == 1
    assert "File name too long" in capsys.readouterr().err
    assert main([*db, "find", "caf\udce9"]) == 1  # "café" from a Latin-1 terminal
    said = capsys.readouterr().err
    assert "is not UTF-8 text" in said and "caf" in said
