"""A production in scenes, as the core keeps it: a running order of parts, two casts and a
principal with her double, looks worn across parts, each dancer's pieces resolved, and the
checks that find a twin at cleaning and a piece on two dancers at once."""

import pytest

from tests.conftest import two_companies
from wardrobe.cli import main
from wardrobe.errors import Duplicate, InvalidInput, StaleEdit, WrongCompany, WrongState
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
from wardrobe.store.database import open_database


@pytest.fixture
def swan_lake(db):
    return build_swan_lake(db)


def build_swan_lake(db):
    """Le Lac des cygnes, Act II: Odette (a first and a second cast, the first with her
    double) and the cygnets; tutus made for the Odettes and two copies of the cygnets'."""
    two_companies(db)
    for name, doubles in (("Aurélie Dupont", None), ("Léonore Baulac", "Aurélie Dupont")):
        dancers.create_dancer(db, company="BN", name=name, rank="étoile", doubles=doubles)
    for name in ("Dorothée Gilbert", "Hannah O'Neill", "Sae Eun Park"):
        dancers.create_dancer(db, company="BN", name=name)
    dancers.create_dancer(db, company="MBT", name="Sofía Núñez", rank="principal")
    production = running_order.add_production(db, "BN", "Le Lac des cygnes")
    for scene, title, starts in (("1", "Bord du lac", 40), ("2", "Grand adage", 52)):
        running_order.add_part(
            db, production.id, act="II", scene=scene, title=title, starts_min=starts
        )
    odette = casting.add_role(db, production.id, "Odette")[0]
    cygnet = casting.add_role(db, production.id, "Petit cygne")[0]
    tutu = item_fields.TutuSpec("classical", 12, 6, "blanc", "tulle raide")
    for tag, dancer in (("BN-000501", "Aurélie Dupont"), ("BN-000502", "Léonore Baulac")):
        for suffix, kind in (("", "tutu"), ("H", "headpiece")):
            costumes.log_item(
                db,
                company="BN",
                tag=tag + suffix,
                name=f"{kind} — Odette",
                piece_type=kind,
                production="Le Lac des cygnes",
                role="Odette",
                colour="blanc",
                built_for=dancer,
                tutu=tutu if kind == "tutu" else None,
            )
    for tag in ("BN-000601", "BN-000602"):
        costumes.log_item(
            db,
            company="BN",
            tag=tag,
            name="Tutu — Petit cygne",
            piece_type="tutu",
            production="Le Lac des cygnes",
            role="Petit cygne",
            colour="blanc",
            tutu=tutu,
        )
    return production, odette, cygnet


def test_the_running_order_inserts_renames_moves_and_refuses_a_part_twice(db, swan_lake):
    production, _odette, _cygnet = swan_lake
    first = running_order.parts(db, production.id)[0]
    running_order.add_part(db, production.id, act="I", scene="1", title="Fête", position=1)
    assert [p.label for p in running_order.parts(db, production.id)] == ["I.1", "II.1", "II.2"]
    with pytest.raises(Duplicate):
        running_order.add_part(db, production.id, act="II", scene="2")
    with pytest.raises(InvalidInput):
        running_order.add_part(db, production.id, act="III", starts_min="soon")
    renamed = running_order.edit_part(
        db, first.id, expected_version=first.version, act="II", scene="1", title="Au bord du lac"
    )
    with pytest.raises(StaleEdit):  # a second desk with the part as it was read
        running_order.edit_part(db, first.id, expected_version=first.version, act="II")
    moved = running_order.move_part(db, renamed.id, 3)
    assert [(p.label, p.position) for p in moved] == [("I.1", 1), ("II.2", 2), ("II.1", 3)]


def test_a_double_is_cast_after_her_principal_and_only_dancers_of_the_company(db, swan_lake):
    production, odette, _cygnet = swan_lake
    with pytest.raises(WrongState):  # Léonore doubles Aurélie, not cast yet
        casting.cast(db, odette, "Léonore Baulac")
    with pytest.raises(WrongCompany):
        casting.cast(db, odette, "Sofía Núñez")
    casting.cast(db, odette, "Aurélie Dupont")
    double = casting.cast(db, odette, "Léonore Baulac")
    second = casting.cast(db, odette, "Dorothée Gilbert", cast_number=2)
    assert double.double_of == "Aurélie Dupont" and second.cast_number == 2
    with pytest.raises(InvalidInput):
        looks.save_look(db, odette, name="Cygne blanc", pieces=[])


def _dress(db, production, odette, cygnet):
    for name, number in (("Aurélie Dupont", 1), ("Léonore Baulac", 1), ("Dorothée Gilbert", 2)):
        casting.cast(db, odette, name, cast_number=number)
    for name in ("Hannah O'Neill", "Sae Eun Park"):
        casting.cast(db, cygnet, name)
    parts = running_order.parts(db, production.id)
    white = looks.save_look(
        db,
        odette,
        name="Cygne blanc",
        pieces=[("tutu", "tutu plateau blanc"), ("headpiece", "plumes")],
        notes="gants retirés avant l'adage",
    )
    looks.wear(db, white.id, [p.id for p in parts])
    swans = looks.save_look(db, cygnet, name="Petits cygnes", pieces=[("tutu", "")])
    looks.wear(db, swans.id, [parts[1].id])
    return parts, white, swans


def test_each_dancer_wears_her_own_pieces_and_the_plot_reads_across_parts(db, swan_lake):
    production, odette, cygnet = swan_lake
    parts, white, swans = _dress(db, production, odette, cygnet)
    plot = costume_plot.plot(db, production.id)
    assert plot.cells[(odette, parts[0].id)] == ("Cygne blanc", False)
    assert (cygnet, parts[0].id) not in plot.cells  # not on stage in II.1
    hers = costume_plot.dancer_plot(db, production.id, "Aurélie Dupont")
    assert [(p.part.label, [w.tag for w in p.pieces]) for p in hers] == [
        ("II.1", ["BN-000501", "BN-000501H"]),
        ("II.2", ["BN-000501", "BN-000501H"]),
    ]
    second = costume_plot.dancer_plot(db, production.id, "Dorothée Gilbert")[0]
    assert [w.how for w in second.pieces] == ["to_make", "to_make"]  # nothing made for her yet
    cygnets = costume_plot.dancer_plot(db, production.id, "Hannah O'Neill")
    assert [w.how for w in cygnets[0].pieces] == ["to_assign"]  # a copy is free
    with pytest.raises(InvalidInput):  # a headpiece for a tutu's place
        looks.assign_piece(db, swans.pieces[0].id, "Hannah O'Neill", "BN-000501H")
    looks.assign_piece(db, swans.pieces[0].id, "Hannah O'Neill", "BN-000601")
    worn = costume_plot.dancer_plot(db, production.id, "Hannah O'Neill")[0].pieces[0]
    assert (worn.how, worn.tag) == ("assigned", "BN-000601")


def test_the_check_finds_a_twin_at_cleaning_and_a_piece_on_two_dancers_then_nothing(db, swan_lake):
    production, odette, cygnet = swan_lake
    parts, _white, swans = _dress(db, production, odette, cygnet)
    piece = swans.pieces[0].id
    looks.assign_piece(db, piece, "Hannah O'Neill", "BN-000601")
    looks.assign_piece(db, piece, "Sae Eun Park", "BN-000601")  # the same copy twice
    circulation.send_away(db, "BN-000502", "at_cleaning")  # the double's twin
    found = production_checks.check(db, production.id)
    kinds = sorted({(p.kind, p.part) for p in found})
    assert kinds == [("twin_away", "II.1"), ("twin_away", "II.2"), ("worn_twice", "II.2")]
    twice = next(p for p in found if p.kind == "worn_twice")
    assert twice.tags == ("BN-000601",) and set(twice.dancers) == {"Hannah O'Neill", "Sae Eun Park"}
    assert "BN-000502" in twice.said.say("en") or "BN-000502" in found[0].said.say("en")
    looks.assign_piece(db, piece, "Sae Eun Park", "BN-000602")
    circulation.check_in(db, "BN-000502")
    assert production_checks.check(db, production.id) == []


def test_a_part_with_looks_is_removed_only_when_said_and_comes_back_whole(db, swan_lake):
    production, odette, cygnet = swan_lake
    parts, white, _swans = _dress(db, production, odette, cygnet)
    with pytest.raises(WrongState):
        running_order.remove_part(db, parts[0].id)
    removed = running_order.remove_part(db, parts[0].id, with_looks=True)
    assert [p.label for p in running_order.parts(db, production.id)] == ["II.2"]
    back = running_order.restore_part(db, removed)
    assert back.position == 1
    plot = costume_plot.plot(db, production.id)
    assert plot.cells[(odette, back.id)] == ("Cygne blanc", False)


def test_two_desks_saving_one_look_the_second_is_told(db, swan_lake):
    _production, odette, _cygnet = swan_lake
    look = looks.save_look(db, odette, name="Cygne noir", pieces=[("tutu", "noir")])
    looks.save_look(
        db,
        odette,
        name="Cygne noir",
        pieces=[("tutu", "noir et or")],
        look_id=look.id,
        expected_version=look.version,
    )
    with pytest.raises(StaleEdit):
        looks.save_look(
            db,
            odette,
            name="Cygne noir",
            pieces=[("tutu", "noir")],
            look_id=look.id,
            expected_version=look.version,
        )


def test_the_command_line_shows_the_plot_a_dancer_own_plot_and_the_check(tmp_path, capsys):
    path = str(tmp_path / "swan.db")
    db = open_database(path, create=True)
    try:
        production, odette, cygnet = build_swan_lake(db)
        _dress(db, production, odette, cygnet)
        circulation.send_away(db, "BN-000502", "at_cleaning")
    finally:
        db.close()
    assert main(["--db", path, "production", "plot", "Le Lac des cygnes"]) == 0
    grid = capsys.readouterr().out.splitlines()
    assert grid[0].split() == ["II.1", "II.2"]
    assert grid[1].split()[:3] == ["Odette", "Cygne", "blanc"]
    assert (
        main(
            ["--db", path, "production", "plot", "le LAC des cygnes", "--dancer", "Léonore Baulac"]
        )
        == 0
    )
    assert "BN-000502" in capsys.readouterr().out
    assert main(["--db", path, "--lang", "fr", "production", "check", "Le Lac des cygnes"]) == 1
    said = capsys.readouterr().out
    assert "BN-000502" in said and "au nettoyage" in said
    assert main(["--db", path, "production", "show", "Giselle"]) == 1
    assert capsys.readouterr().err.startswith("wardrobe: No production matches “Giselle”")


def test_the_demo_dresses_both_companies_productions_scene_by_scene(demo_db):
    for company, title in (
        ("BN", "Casse-Noisette"),
        ("BN", "La Belle au bois dormant"),
        ("MBT", "The Nutcracker"),
        ("MBT", "Sleeping Beauty"),
    ):
        production = running_order.find_production(demo_db, company, title)
        assert len(running_order.parts(demo_db, production.id)) in (4, 6)
        assert costume_plot.plot(demo_db, production.id).cells
    nutcracker = running_order.find_production(demo_db, "BN", "Casse-Noisette")
    sugar_plum = [c for c in casting.casts(demo_db, nutcracker.id) if c.role == "Fée Dragée"]
    assert {c.cast_number for c in sugar_plum} == {1, 2, 3}
    double = next(c for c in sugar_plum if c.double_of)
    hers = [
        d
        for d in costume_plot.dancer_plot(demo_db, nutcracker.id, double.dancer_id)
        if d.role == "Fée Dragée"  # (a corps dancer who doubles a star dances in the corps too)
    ]
    assert [d.part.label for d in hers] == ["II.1", "II.3"]
    assert all(w.how == "made" for d in hers for w in d.pieces)  # her twins, made for her
    plot = costume_plot.plot(demo_db, nutcracker.id)
    clara = next(role_id for role_id, name in plot.roles if name == "Clara")
    row = [plot.cells.get((clara, p.id)) for p in plot.parts]
    assert row[:4] == [("Fête", False), ("Fête", False), ("Voyage", True), ("Voyage", False)]
    beauty = running_order.find_production(demo_db, "MBT", "Sleeping Beauty")
    aurora = next(c for c in casting.casts(demo_db, beauty.id) if c.role == "Aurora")
    wedding = costume_plot.dancer_plot(demo_db, beauty.id, aurora.dancer_id)[-1]
    assert wedding.look == "Wedding" and "Act III tutu" in wedding.pieces[0].name


def test_a_look_removed_comes_back_whole_with_its_parts_and_given_copies(db, swan_lake):
    production, odette, cygnet = swan_lake
    parts, _white, swans = _dress(db, production, odette, cygnet)
    looks.assign_piece(db, swans.pieces[0].id, "Hannah O'Neill", "BN-000601")
    removed = looks.remove_look(db, swans.id)
    assert removed.look.part_ids == (parts[1].id,)
    assert all(lk.name != "Petits cygnes" for lk in looks.looks(db, production.id))
    back = looks.restore_look(db, removed)
    assert back.part_ids == (parts[1].id,)
    worn = costume_plot.dancer_plot(db, production.id, "Hannah O'Neill")[0].pieces[0]
    assert (worn.how, worn.tag) == ("assigned", "BN-000601")


def test_a_look_s_photo_of_her_is_her_reference_in_the_continuity_book(db, swan_lake, tmp_path):
    from tests.core.test_photos import jpeg
    from tests.reports.test_photos_printed import BRIGHT, _bright_pixels
    from wardrobe.reports.continuity_book import continuity_book, render_continuity_book
    from wardrobe.services import look_photos

    production, odette, cygnet = swan_lake
    _parts, white, _swans = _dress(db, production, odette, cygnet)
    pdf = tmp_path / "book.pdf"
    render_continuity_book(continuity_book(db, production.id), pdf)
    assert _bright_pixels(pdf) == 0  # no photo yet
    shot = look_photos.add_look_photo(
        db, white.id, jpeg((600, 800), colour=BRIGHT), worn_by="Aurélie Dupont"
    )
    assert shot.worn_by == "Aurélie Dupont"
    book = continuity_book(db, production.id)
    odettes = book.parts[0][1][0].dancers
    assert odettes[0].casting.dancer == "Aurélie Dupont" and odettes[0].picture == shot.thumb
    render_continuity_book(book, pdf)
    assert _bright_pixels(pdf) > 500
    with pytest.raises(InvalidInput):  # not a picture: refused, nothing stored
        look_photos.add_look_photo(db, white.id, b"not a picture")
    assert len(look_photos.look_photos(db, [white.id])[white.id]) == 1


def test_erasing_a_dancer_takes_the_photos_of_her_in_a_look_away(db, swan_lake):
    from tests.core.test_photos import jpeg
    from wardrobe.services import erasure, look_photos

    production, odette, cygnet = swan_lake
    _parts, white, _swans = _dress(db, production, odette, cygnet)
    look_photos.add_look_photo(db, white.id, jpeg((300, 400)), worn_by="Aurélie Dupont")
    look_photos.add_look_photo(db, white.id, jpeg((300, 400)), worn_by="Léonore Baulac")
    done = erasure.erase_dancer(db, "Aurélie Dupont")
    assert done.look_photos == 1
    left = look_photos.look_photos(db, [white.id])[white.id]
    assert [p.worn_by for p in left] == ["Léonore Baulac"]
