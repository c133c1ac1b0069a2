"""The story the app was made for, walked on the demo (on SQLite and on PostgreSQL): the Paris
étoile and her double go to New York for a season with their costumes, a New York principal
comes to Paris. In New York the étoile's fitting sheet is in English, in inches, on Letter,
with her pointe specification; a costume not scanned at arrival is reported missing; her
pointe pairs move by ledger lines; at the end everything returns, every quantity equals its
ledger and every stored measurement is as it was."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from wardrobe.domain.measures import MEASURES
from wardrobe.models import MeasurementSet, StockEntry
from wardrobe.reports.data import fitting_sheets
from wardrobe.reports.fitting_sheet import render_fitting_sheets
from wardrobe.services import (
    circulation,
    costumes,
    dancers,
    engagements,
    loans,
    pointe,
    stock_movements,
)


def _measurements(db) -> list[tuple]:
    with db.read() as session:
        return [
            (m.dancer_id, m.measured_on, *(getattr(m, key.key) for key in MEASURES))
            for m in session.scalars(select(MeasurementSet).order_by(MeasurementSet.id))
        ]


def _costumes_of(db, name: str) -> list[str]:
    return [
        i.tag
        for i in costumes.list_items(db, "BN")
        if i.built_for == name and i.status == "in_store" and i.condition != "retired"
    ]


@pytest.mark.usefixtures("unscheduled")
def test_the_paris_etoile_and_her_double_dance_a_season_in_new_york_and_come_back(
    demo_db, tmp_path
):
    from pypdf import PdfReader

    db = demo_db
    double = next(d for d in dancers.list_dancers(db, "BN") if d.doubles)
    etoile = next(d for d in dancers.list_dancers(db, "BN") if d.name == double.doubles)
    principal = next(
        d
        for d in dancers.list_dancers(db, "MBT")
        if d.rank == "principal" and d.active and not d.doubles
    )
    measured = _measurements(db)
    specs_before = {s.dancer_id: s for s in pointe.list_specs(db)}
    companies_before = {i.tag: i.company for i in costumes.list_items(db)}
    start, end = date.today(), date.today() + timedelta(days=120)

    # The swap, and her double with her.
    swapped = engagements.swap(db, [(etoile.id, principal.id)], start, end)
    assert {(e.dancer, e.host) for e in swapped} == {
        (etoile.name, "Metropolitan Ballet Theater"),
        (principal.name, "Le Ballet National"),
    }
    engagements.send(db, double.id, "MBT", start, end)

    # Their costumes travel with them, scanned leaving and arriving; one is not scanned.
    packed = []
    for who in (etoile, double):
        tags = _costumes_of(db, who.name)
        assert tags, f"{who.name} has costumes made for her"
        packing = loans.pack(db, who.id, tags)
        packed += [loan.tag for loan in packing.items]
    for tag in packed:
        loans.travel_scan(db, tag, arriving=False)
    lost = packed[-1]
    for tag in packed[:-1]:
        loans.travel_scan(db, tag, arriving=True)
    her_engagement = next(e for e in swapped if e.dancer == etoile.name)
    double_engagement = engagements.list_engagements(db, "MBT")[-1]
    missing = loans.missing_on_arrival(db, her_engagement.id) + loans.missing_on_arrival(
        db, double_engagement.id
    )
    assert [m.tag for m in missing] == [lost]
    assert costumes.get_item(db, lost).in_transit

    # In New York: her fitting sheet in English, inches and Letter, with her pointe shoes.
    batch = fitting_sheets(db, dancer=etoile.id)
    sheet = batch.sheets[0]
    assert (sheet.company.language, sheet.company.units, sheet.company.paper) == (
        "en",
        "imperial",
        "Letter",
    )
    assert sheet.pointe is not None and sheet.pointe.company == "Metropolitan Ballet Theater"
    printed = tmp_path / "sheet.pdf"
    render_fitting_sheets(batch, printed)
    reader = PdfReader(str(printed))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Fitting sheet — Metropolitan Ballet Theater" in text and " in" in text
    assert "Le Ballet National, guest at Metropolitan Ballet Theater until" in text
    assert sheet.pointe.maker in text
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)  # Letter
    # Her pairs moved by ledger lines, and New York hands them out.
    there = next(s for s in pointe.list_specs(db, "MBT") if s.dancer_id == etoile.id)
    with db.read() as session:
        lines = session.scalars(
            select(StockEntry).where(StockEntry.pointe_spec_id == there.id)
        ).all()
    assert [(line.kind, line.quantity) for line in lines] == [
        ("adjusted", specs_before[etoile.id].pairs_on_hand)
    ]
    pointe.issue_pairs(db, there.id, 2)
    # She dances the host's repertoire: the host's item, on her.
    ny_item = next(i for i in costumes.list_items(db, "MBT") if i.status == "in_store")
    circulation.check_out(db, ny_item.tag, etoile.id)
    circulation.check_in(db, ny_item.tag)

    # The way back: everyone home, everything back (the lost one turned up).
    for who in (etoile, double, principal):
        engagements.finish(db, who.id)
    loans.give_back(db, packed)
    assert loans.list_loans(db) == []
    assert all(not d.engaged_at for d in dancers.list_dancers(db))
    assert {i.tag: i.company for i in costumes.list_items(db)} == companies_before
    home = next(s for s in pointe.list_specs(db, "BN") if s.dancer_id == etoile.id)
    assert home.id == specs_before[etoile.id].id
    assert home.pairs_on_hand == specs_before[etoile.id].pairs_on_hand - 2
    assert stock_movements.check_ledger(db) == []
    assert _measurements(db) == measured
