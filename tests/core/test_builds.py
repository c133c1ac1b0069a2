"""Builds, as the seeds' numbers play them: 23 veils in New York reserve about 250 yd of tulle,
which makes the tulle low while the shelf still holds it and drafts its order; four Odette
tutus in Paris reserve 4 x 14 m of net, go through their stages with hours and a fitting, and
finish as four tagged tutus of 13 layers made for their dancers. Each wrong step is one
sentence with nothing changed; what is reserved always adds up over the open builds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import snapshot
from wardrobe.domain.units import STOCK_UNITS
from wardrobe.errors import WardrobeError
from wardrobe.services import (
    alerts,
    build_work,
    builds,
    costumes,
    dancers,
    integrity,
    order_drafts,
    patterns,
    stock,
    stock_movements,
)

PINK_TULLE = "Stiff tulle, pink, 108 in"
NET = "Tulle raide blanc, 300 cm"
TUTU_STAGES = (
    ("Culotte et coulisses", "3", False),
    ("Couches coupées et froncées", "8", False),
    ("Cerceau", "2", False),
    ("Plateau", "3", False),
    ("Basque", "3", False),
    ("Essayage de la toile du corsage", "1", True),
    ("Corsage", "6", False),
    ("Décoration", "25", False),
)


def test_twenty_three_veils_make_the_tulle_low_while_the_shelf_holds_it(demo_db):
    db = demo_db
    before = stock.get_material(db, PINK_TULLE)
    assert before.on_hand > before.minimum  # not low yet
    veil = patterns.add_pattern(
        db,
        "MBT",
        "Wilis' veil",
        piece_type="accessory",
        materials=[(PINK_TULLE, "11")],
        stages=[("Cut and gathered", "1.5", False), ("Edges and comb", "1", False)],
    )
    per_veil = veil.materials[0].quantity
    assert abs(per_veil - 11 * STOCK_UNITS["yd"]) < 1  # 11 yd, in mm
    saved = builds.new_build(
        db,
        "MBT",
        pattern="Wilis' veil",
        count=23,
        due_on=date.today() + timedelta(weeks=6),
        title="Wilis' veils",
    )
    assert len(saved.build.pieces) == 23
    assert saved.short and PINK_TULLE in saved.short[0].say("en")  # said: not all of it free
    tulle = stock.get_material(db, PINK_TULLE)
    assert tulle.on_hand == before.on_hand  # the shelf still holds it
    low = next(a for a in alerts.compute_alerts(db) if a.what == PINK_TULLE)
    assert low.reserved == round(253 * STOCK_UNITS["yd"])  # 23 veils of 11 yd: 253 yd
    assert low.reserved_by == (f"B-{saved.build.id:04d} Wilis' veils",)
    drafted = order_drafts.draft_from_alerts(db, "MBT")
    lines = [line for order in drafted.orders for line in order.lines if line.what == PINK_TULLE]
    assert lines and lines[0].quantity >= low.reserved - before.on_hand
    assert [p for p in integrity.check(db) if p.code == "reservations"] == []
    builds_cancelled = build_work.cancel(db, saved.build.id)
    assert builds_cancelled.status == "cancelled"
    assert stock.get_material(db, PINK_TULLE).on_hand == before.on_hand
    assert all(a.what != PINK_TULLE or not a.reserved for a in alerts.compute_alerts(db))


def test_four_odette_tutus_are_built_stage_by_stage_into_four_tagged_tutus(demo_db):
    db = demo_db
    stock_movements.receive_material(db, NET, "60")  # a delivery for the build
    patterns.add_pattern(
        db,
        "BN",
        "Tutu d’Odette",
        piece_type="tutu",
        style="classical",
        layers=13,
        materials=[(NET, "14")],
        stages=TUTU_STAGES,
    )
    who = [d for d in dancers.list_dancers(db, "BN") if d.active][:4]
    saved = builds.new_build(
        db,
        "BN",
        pattern="Tutu d’Odette",
        dancers=[d.id for d in who],
        due_on=date.today() + timedelta(weeks=8),
        title="Tutus d’Odette",
        production="Casse-Noisette",
        role="Fée Dragée",
    )
    build = saved.build
    assert saved.short == ()
    assert [m.needed for m in build.materials] == [4 * 14 * STOCK_UNITS["m"]]
    assert build.stages[0].minutes == 4 * 3 * 60  # per piece, times four
    net = stock.get_material(db, NET)
    on_hand = net.on_hand

    build = build_work.stage_done(
        db, build.id, 2, hours="30", days=2, by="Camille", uses=[(NET, "56")]
    )
    assert build.materials[0].reserved == 0 and build.materials[0].used == 56_000
    assert stock.get_material(db, NET).on_hand == on_hand - 56_000  # consumed by the ledger
    before = snapshot(db)
    for wrong in (
        lambda: build_work.stage_done(db, build.id, 2, hours="3"),  # done twice
        lambda: build_work.stage_done(db, build.id, 1, hours="30"),  # 30 h in a day
        lambda: build_work.stage_done(db, build.id, 1, hours="-2"),
        lambda: build_work.finish(db, build.id),  # stages left
    ):
        with pytest.raises(WardrobeError):
            wrong()
    assert snapshot(db) == before
    for position, _name, hours, fitting in [
        (s.position, s.name, "5", s.fitting) for s in build.stages if s.done_on is None
    ]:
        note = "la toile est juste à la taille" if fitting else ""
        build = build_work.stage_done(db, build.id, position, hours=hours, days=2, note=note)
    fitting = next(s for s in build.stages if s.fitting)
    assert fitting.note == "la toile est juste à la taille" and fitting.done_on == date.today()
    done = build_work.finish(db, build.id)
    assert done.status == "finished" and all(p.tag for p in done.pieces)
    for piece, dancer in zip(done.pieces, who, strict=True):
        item = costumes.get_item(db, piece.tag)
        assert item.piece_type == "tutu" and item.built_for == dancer.name
        assert item.tutu is not None and item.tutu.net_layers == 13
        assert item.production == "Casse-Noisette" and item.role == "Fée Dragée"
    assert stock.get_material(db, NET).reserved == 0
    with pytest.raises(WardrobeError, match="finished"):
        build_work.stage_done(db, build.id, 1, hours="1")


def test_bad_builds_and_patterns_are_refused_with_nothing_changed(demo_db):
    db = demo_db
    patterns.add_pattern(
        db, "BN", "Corsage de Giselle", piece_type="bodice", materials=[(NET, "1")]
    )
    before = snapshot(db)
    new_yorker = dancers.list_dancers(db, "MBT")[0]
    refusals = (
        lambda: builds.new_build(
            db, "BN", pattern="Corsage de Giselle", dancers=[new_yorker.id], due_on=date.today()
        ),
        lambda: patterns.add_pattern(
            db, "BN", "Voile de Giselle", piece_type="accessory", materials=[(PINK_TULLE, "10")]
        ),  # New York's tulle
        lambda: patterns.add_pattern(db, "BN", "Corsage de Giselle", piece_type="bodice"),
        lambda: patterns.add_pattern(db, "BN", "Tutu", piece_type="tutu"),  # no style, layers
        lambda: builds.new_build(
            db, "BN", pattern="Corsage de Giselle", count=0, due_on=date.today()
        ),
    )
    for refused in refusals:
        with pytest.raises(WardrobeError):
            refused()
    assert snapshot(db) == before
    names = [p.name for p in patterns.patterns(db, "BN")]
    assert "Corsage de Giselle" in names and "Voile de Giselle" not in names


def test_a_build_holding_material_asks_before_finishing_and_the_last_metres_go_once(demo_db):
    db = demo_db
    net = stock.get_material(db, NET)
    free_metres = (net.on_hand - net.reserved) // STOCK_UNITS["m"]
    patterns.add_pattern(db, "BN", "Jupe", piece_type="skirt", materials=[(NET, str(free_metres))])
    first = builds.new_build(db, "BN", pattern="Jupe", count=1, due_on=date.today())
    second = builds.new_build(db, "BN", pattern="Jupe", count=1, due_on=date.today())
    assert first.short == () and second.short  # the second desk is told: nothing free
    with pytest.raises(WardrobeError, match="still holds"):
        build_work.finish(db, first.build.id)  # asks: used, or back to stock?
    done = build_work.finish(db, first.build.id, rest="free")
    assert done.status == "finished" and done.materials[0].reserved == 0
    assert stock.get_material(db, NET).on_hand == net.on_hand  # nothing used: all freed
    assert [p for p in integrity.check(db) if p.code == "reservations"] == []
    with db.write() as session:  # a reservation that no longer adds up is found
        from wardrobe.models import Material

        session.get(Material, net.id).reserved += 1
    assert [p.code for p in integrity.check(db)] == ["reservations"]


def test_the_demo_has_the_usual_patterns_in_each_company_s_units(demo_db):
    paris = {p.name: p for p in patterns.patterns(demo_db, "BN")}
    new_york = {p.name: p for p in patterns.patterns(demo_db, "MBT")}
    assert set(paris) == {"Tutu classique", "Tutu romantique", "Corsage", "Voile"}
    assert set(new_york) == {"Classical tutu", "Romantic tutu", "Bodice", "Veil"}
    tutu = paris["Tutu classique"]
    assert (tutu.tutu_style, tutu.net_layers) == ("classical", 13)
    assert tutu.materials[0].quantity == 14 * STOCK_UNITS["m"]
    assert abs(new_york["Classical tutu"].materials[0].quantity - 15 * STOCK_UNITS["yd"]) < 1
    assert [s.name for s in tutu.stages if s.fitting] == ["Essayage de la toile du corsage"]
    assert tutu.minutes == 51 * 60
