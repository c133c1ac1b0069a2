"""Dance doubles: twin pieces made for the double, the principal's view of her doubles, and
the doubles report a cutter works from."""

import pytest

from wardrobe.errors import InvalidInput, WrongState
from wardrobe.services import costumes, dancers, doubles, item_fields


def _pair(db):
    """A principal of the Paris demo and one of her doubles."""
    double = next(d for d in dancers.list_dancers(db, "BN") if d.doubles)
    principal = next(d for d in dancers.list_dancers(db, "BN") if d.name == double.doubles)
    return principal, double


def test_the_principal_sees_her_doubles_and_the_double_whom_she_doubles(demo_db):
    principal, double = _pair(demo_db)
    assert double.name in dancers.dancer_detail(demo_db, principal.id).doubled_by
    assert dancers.dancer_detail(demo_db, double.id).dancer.doubles == principal.name


def test_a_piece_for_a_principal_is_offered_and_logged_twice(demo_db):
    principal, double = _pair(demo_db)
    piece = costumes.log_item(
        demo_db,
        company="BN",
        name="Tutu — Fée Dragée, acte II",
        piece_type="tutu",
        production="Casse-Noisette",
        role="Fée Dragée",
        colour="rose dragée",
        built_for=principal.id,
        tutu=item_fields.TutuSpec(style="classical", net_layers=12),
    )
    offered = doubles.twin_candidates(demo_db, piece.tag)
    assert double.id in {d.id for d in offered}
    twin = doubles.log_twin(demo_db, piece.tag, double.id)
    assert twin.tag != piece.tag and twin.tag.startswith("BN-")
    assert (twin.name, twin.production, twin.role, twin.colour, twin.piece_type) == (
        piece.name,
        piece.production,
        piece.role,
        piece.colour,
        piece.piece_type,
    )
    assert twin.built_for == double.name and twin.tutu.net_layers == 12
    assert double.id not in {d.id for d in doubles.twin_candidates(demo_db, piece.tag)}
    with pytest.raises(WrongState, match="already has this piece"):
        doubles.log_twin(demo_db, piece.tag, double.id)
    stranger = next(
        d
        for d in dancers.list_dancers(demo_db, "BN")
        if d.id not in (principal.id, double.id) and not d.doubles
    )
    with pytest.raises(InvalidInput, match="does not double"):
        doubles.log_twin(demo_db, piece.tag, stranger.id)


def test_the_doubles_report_sets_twins_side_by_side_and_names_what_differs(demo_db, tmp_path):
    from pypdf import PdfReader

    from wardrobe.records import current_measurements
    from wardrobe.reports.doubles_report import render_doubles_report

    principal, double = _pair(demo_db)
    report = doubles.doubles_report(demo_db, "casse-noisette")
    pair = next(p for p in report.pairs if p.double.id == double.id)
    assert pair.principal.id == principal.id
    for hers, theirs in pair.pieces:
        if hers and theirs:
            assert (hers.role, hers.piece_type) == (theirs.role, theirs.piece_type)
            assert (hers.built_for, theirs.built_for) == (principal.name, double.name)
    mine = current_measurements(dancers.measurement_history(demo_db, principal.id))
    theirs_set = current_measurements(dancers.measurement_history(demo_db, double.id))
    expected = [
        key
        for key in mine.values
        if key != "weight"
        and mine.values[key] is not None
        and theirs_set.values.get(key) is not None
        and abs(mine.values[key] - theirs_set.values[key]) > 20
    ]
    assert sorted(k for k, _a, _b in pair.differences) == sorted(expected)
    printed = tmp_path / "doubles.pdf"
    render_doubles_report(report, printed)
    text = "\n".join(page.extract_text() for page in PdfReader(str(printed)).pages)
    assert "Doublures — Casse-Noisette" in text and double.name in text
    assert "Tour de taille" in text or "Stature" in text  # measures in French, in cm
    wider = doubles.doubles_report(demo_db, "casse-noisette", tolerance_mm=500)
    assert all(p.differences == () for p in wider.pairs)
