"""What builds and productions cost, and whether the workroom can keep its dates: four
classical tutus for Casse-Noisette priced at their net and hours (a maker's rate, else the
workroom's), the production's cost report adding its builds, a purchase order charged to it and
the pointe shoes issued to its cast against its budget; a build that cannot be ready in time
and a week over a maker's hours said; the work sheet and the cost report printed in the
company's language on its paper."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from wardrobe.domain.units import STOCK_UNITS
from wardrobe.errors import WardrobeError
from wardrobe.reports.build_sheets import render_cost_report, render_work_sheet, work_sheet
from wardrobe.services import (
    build_calendar,
    build_work,
    builds,
    casting,
    costs,
    orders,
    patterns,
    pointe,
    running_order,
)

from ..reports.conftest import flat, page_size, pdf_pages


@pytest.fixture
def tutus(demo_db):
    db = demo_db
    costs.set_rate(db, "BN", "30")
    production = running_order.find_production(db, "BN", "Casse-Noisette")
    cast = [c for c in casting.casts(db, production.id) if c.role == "Flocon de neige"][:4]
    saved = builds.new_build(
        db,
        "BN",
        pattern="Tutu classique",
        dancers=[c.dancer_id for c in cast],
        due_on=date.today() + timedelta(days=10),
        title="Tutus des flocons",
        production="Casse-Noisette",
        role="Flocon de neige",
    )
    build_work.assign(db, saved.build.id, 8, "Camille Roux")  # the decoration
    return production, saved.build, cast


def test_a_build_and_its_production_are_priced_against_the_budget(demo_db, tutus):
    db = demo_db
    production, build, cast = tutus
    recipe = next(p for p in patterns.patterns(db, "BN") if p.name == "Tutu classique")
    from wardrobe.services import stock

    expected_materials = sum(
        Decimal(m.quantity * 4)
        / STOCK_UNITS[m.unit]
        * (stock.get_material(db, m.material_id).unit_cost or 0)
        for m in recipe.materials
    )
    decoration = 25 * 4  # hours, by Camille at 40
    others = recipe.minutes / 60 * 4 - decoration  # by no one: the workroom's 30
    report = costs.production_cost(db, production.id)
    [priced] = report.builds
    assert priced.estimated and priced.materials == int(expected_materials.to_integral_value())
    assert priced.labour == (decoration * 40 + others * 30) * 100
    assert priced.hours == recipe.minutes / 60 * 4
    before = report.total
    order = orders.get_order(db, "PO-BN-0001")
    costs.charge_order(db, "PO-BN-0001", production.id)
    report = costs.production_cost(db, production.id)
    charged = sum(
        Decimal(line.quantity)
        / (STOCK_UNITS[line.unit] if line.kind == "material" else 1)
        * (line.unit_cost or 0)
        for line in order.lines
    )
    assert [o.what for o in report.orders] == ["PO-BN-0001"]
    assert report.total == before + int(charged.to_integral_value())
    costs.set_budget(db, production.id, report.total + 50_000)
    report = costs.production_cost(db, production.id)
    assert report.left == 50_000


def test_pointe_shoes_issued_to_the_cast_count_at_their_price(demo_db, tutus):
    db = demo_db
    production, _build, cast = tutus
    before = costs.production_cost(db, production.id).pointe
    from wardrobe.services import dancers

    spec = next(
        s
        for c in cast
        for s in dancers.dancer_detail(db, c.dancer_id).pointe
        if s.pairs_on_hand >= 2 and s.unit_cost
    )
    pointe.issue_pairs(db, spec.id, 2)
    after = costs.production_cost(db, production.id).pointe
    assert int(after.what) == int(before.what) + 2
    assert after.amount == before.amount + 2 * spec.unit_cost


def test_a_build_that_cannot_be_ready_and_a_week_over_its_maker_are_said(demo_db, tutus):
    _production, build, _cast = tutus
    weeks, late = build_calendar.calendar(demo_db)
    mine = [p for p in late if p.build_id == build.id]
    assert mine and "cannot be ready by" in mine[0].said.say("en")
    assert any(w.maker == "Camille Roux" and w.hours > w.capacity for w in weeks)
    assert any("Camille Roux:" in p.said.say("en") for p in late if p.build_id == 0)
    # Given months, the same work fits.
    later = builds.new_build(
        demo_db, "BN", pattern="Corsage", count=1, due_on=date.today() + timedelta(weeks=20)
    )
    _weeks, late = build_calendar.calendar(demo_db)
    assert all(p.build_id != later.build.id for p in late)


def test_the_work_sheet_and_the_cost_report_are_printed(demo_db, tutus, tmp_path):
    production, build, cast = tutus
    pdf = tmp_path / "work.pdf"
    sheet = work_sheet(demo_db, build.id)
    render_work_sheet(sheet, pdf)
    assert page_size(pdf) == (595, 842)
    text = flat(" ".join(pdf_pages(pdf)))
    assert f"Fiche de travail : B-{build.id:04d} Tutus des flocons" in text
    assert cast[0].dancer in text and "Décoration" in text and "Tulle raide blanc" in text
    assert "Tour de taille" in text or "Taille" in text
    report = tmp_path / "costs.pdf"
    render_cost_report(costs.production_cost(demo_db, production.id), "fr", "A4", report)
    said = flat(" ".join(pdf_pages(report)))
    assert "Rapport des coûts : Casse-Noisette" in said and "Tutus des flocons" in said
    with pytest.raises(WardrobeError):
        build_work.assign(demo_db, build.id, 8, "Personne")


def test_an_order_is_charged_and_the_inventory_valued_from_the_command_line(demo_db, capsys):
    from wardrobe.cli import main

    db = ["--db", demo_db.url]
    assert main([*db, "orders", "charge", "PO-BN-0002", "--production", "Casse-Noisette"]) == 0
    production = running_order.find_production(demo_db, "BN", "Casse-Noisette")
    assert [o.what for o in costs.production_cost(demo_db, production.id).orders] == ["PO-BN-0002"]
    assert main([*db, "orders", "charge", "PO-BN-0002", "--production", "Sleeping"]) != 0
    capsys.readouterr()
    assert main([*db, "value", "--company", "BN", "--json"]) == 0
    import json

    worth = json.loads(capsys.readouterr().out)
    assert worth["total"] == sum(worth["by_production"].values()) == sum(worth["by_type"].values())
    assert worth["by_production"]["Casse-Noisette"] > 0
