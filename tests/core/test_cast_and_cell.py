"""A dancer taken out of a role and put back, a copy's problem foreseen before it is given,
and one cell of the plot read whole (what the Productions section shows beside the grid)."""

import pytest

from tests.core.test_production_in_scenes import _dress, build_swan_lake
from wardrobe.errors import WrongState
from wardrobe.services import casting, looks, plot_cell, production_checks


@pytest.fixture
def dressed(db):
    production, odette, cygnet = build_swan_lake(db)
    parts, white, swans = _dress(db, production, odette, cygnet)
    return production, odette, cygnet, parts, white, swans


def test_a_dancer_taken_out_of_a_role_takes_her_copies_and_comes_back_with_them(db, dressed):
    production, _odette, cygnet, _parts, _white, swans = dressed
    looks.assign_piece(db, swans.pieces[0].id, "Hannah O'Neill", "BN-000601")
    removed = casting.uncast(db, cygnet, "Hannah O'Neill")
    assert "Hannah O'Neill" not in {c.dancer for c in casting.casts(db, production.id)}
    assert looks.given(db, swans.id, "Hannah O'Neill") == {}  # the copy is free again
    back = casting.recast(db, removed)
    assert (back.cast_number, back.alternate) == (1, False)
    assert looks.given(db, swans.id, "Hannah O'Neill") == {swans.pieces[0].id: "BN-000601"}


def test_a_principal_is_not_taken_out_while_her_double_is_cast(db, dressed):
    production, odette, *_ = dressed
    with pytest.raises(WrongState, match="double"):
        casting.uncast(db, odette, "Aurélie Dupont")
    with pytest.raises(WrongState):  # not cast in it at all
        casting.uncast(db, odette, "Hannah O'Neill")
    assert len(casting.casts(db, production.id)) == 5  # nothing changed
    casting.uncast(db, odette, "Léonore Baulac")
    casting.uncast(db, odette, "Aurélie Dupont")
    assert {c.dancer for c in casting.casts(db, production.id)} == {
        "Dorothée Gilbert",
        "Hannah O'Neill",
        "Sae Eun Park",
    }


def test_a_copy_worn_by_another_dancer_at_that_moment_is_foreseen_before_it_is_given(db, dressed):
    production, _odette, _cygnet, _parts, _white, swans = dressed
    piece = swans.pieces[0].id
    looks.assign_piece(db, piece, "Hannah O'Neill", "BN-000601")
    clash = production_checks.foreseen(db, production.id, "Sae Eun Park", {piece: "BN-000601"})
    assert [(p.kind, p.part, p.tags) for p in clash] == [("worn_twice", "II.2", ("BN-000601",))]
    assert "Hannah O'Neill" in clash[0].dancers
    assert production_checks.foreseen(db, production.id, "Sae Eun Park", {piece: "BN-000602"}) == []
    assert production_checks.check(db, production.id) == []  # nothing was given meanwhile
    assert looks.given(db, swans.id, "Sae Eun Park") == {}


def test_one_cell_of_the_plot_read_whole(db, dressed):
    production, odette, cygnet, parts, white, _swans = dressed
    cell = plot_cell.plot_cell(db, production.id, odette, parts[1].id)
    assert (cell.part.label, cell.role, cell.look.name) == ("II.2", "Odette", "Cygne blanc")
    assert cell.worn_in == ("II.1", "II.2")
    double = next(c for c in cell.casts if c.double_of)
    assert (double.dancer, double.double_of) == ("Léonore Baulac", "Aurélie Dupont")
    tags = {c.dancer: [w.tag or w.how for w in worn] for c, worn in cell.dressed}
    assert tags == {
        "Aurélie Dupont": ["BN-000501", "BN-000501H"],
        "Léonore Baulac": ["BN-000502", "BN-000502H"],
        "Dorothée Gilbert": ["to_make", "to_make"],
    }
    empty = plot_cell.plot_cell(db, production.id, cygnet, parts[0].id)
    assert empty.look is None and empty.dressed == ()
    assert {c.dancer for c in empty.casts} == {"Hannah O'Neill", "Sae Eun Park"}


def test_a_new_look_worn_in_a_part_that_is_not_there_leaves_nothing_behind(db, dressed):
    from wardrobe.services.lookup import NotFound

    production, odette, *_ = dressed
    before = [lk.name for lk in looks.looks(db, production.id)]
    with pytest.raises(NotFound):
        looks.save_look(db, odette, name="Cygne noir", pieces=[("tutu", "noir")], worn_in=[9999])
    assert [lk.name for lk in looks.looks(db, production.id)] == before  # not half-made
