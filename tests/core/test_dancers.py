from datetime import date, timedelta

import pytest

from tests.conftest import snapshot
from wardrobe.errors import Duplicate, InvalidInput, OutOfRange
from wardrobe.services import dancers


def test_measurements_are_entered_in_company_units_and_stored_in_mm(shop):
    paris = dancers.record_measurements(shop, "Héloïse Laâge", {"waist": "62,5", "hips": "88"})
    assert paris.values["waist"] == 625 and paris.values["hips"] == 880
    ny = dancers.record_measurements(shop, "Sofía Núñez", {"waist": "24 1/2", "girth": "59"})
    assert ny.values["waist"] == 622 and ny.values["girth"] == 1499


def test_a_measurement_outside_a_human_range_is_refused_and_nothing_saved(shop):
    before = snapshot(shop)
    with pytest.raises(OutOfRange, match="Waist of 625 cm is outside 45.0 cm to 130.0 cm"):
        dancers.record_measurements(shop, "Héloïse Laâge", {"hips": "88", "waist": "625"})
    with pytest.raises(OutOfRange, match="in"):  # inches typed as cm for a New York dancer
        dancers.record_measurements(shop, "Sofía Núñez", {"waist": "62"})
    assert snapshot(shop) == before


@pytest.mark.parametrize(
    ("values", "when"),
    [
        ({}, None),
        ({"waist": "abc"}, None),
        ({"elbow": "20"}, None),
        ({"waist": "62"}, date.today() + timedelta(days=2)),
        ({"waist": "62"}, date(1900, 1, 1)),
    ],
)
def test_bad_measurement_input_is_refused(shop, values, when):
    before = snapshot(shop)
    with pytest.raises(InvalidInput):
        dancers.record_measurements(shop, "Héloïse Laâge", values, measured_on=when)
    assert snapshot(shop) == before


def test_history_is_kept_and_the_latest_shown_first(shop):
    old = date.today() - timedelta(days=300)
    dancers.record_measurements(shop, "Héloïse Laâge", {"waist": "61"}, measured_on=old)
    dancers.record_measurements(shop, "Héloïse Laâge", {"waist": "62"})
    detail = dancers.dancer_detail(shop, "Héloïse Laâge")
    assert detail.latest.values["waist"] == 620
    assert [m.measured_on for m in detail.history] == [date.today(), old]


def test_unlikely_combinations_are_saved_with_a_warning(shop):
    record = dancers.record_measurements(shop, "Héloïse Laâge", {"waist": "80", "hips": "81"})
    assert record.warnings == ("hips_vs_waist",)


def test_names_are_found_with_or_without_accents_and_kept_as_typed(shop):
    detail = dancers.dancer_detail(shop, "HELOISE LAAGE")
    assert detail.dancer.name == "Héloïse Laâge"


def test_the_same_dancer_twice_in_one_company_is_refused(shop):
    with pytest.raises(Duplicate):
        dancers.create_dancer(shop, company="BN", name="heloise  laage")
    dancers.create_dancer(shop, company="MBT", name="Héloïse Laâge")  # another company may


def test_a_double_points_at_the_dancer_or_actor_doubled(shop):
    double = dancers.create_dancer(
        shop, company="BN", name="Inès Vinolo", rank="sujet", doubles="Héloïse Laâge"
    )
    assert double.doubles == "Héloïse Laâge"
    actor = dancers.create_dancer(
        shop, company="BN", name="Théo Roché", doubles_actor="Jean-Loup Marchetti (comédien)"
    )
    assert actor.doubles == "Jean-Loup Marchetti (comédien)"
    with pytest.raises(InvalidInput, match="own double"):
        dancers.edit_dancer(
            shop,
            double.id,
            expected_version=double.version,
            name=double.name,
            doubles="Inès Vinolo",
        )


def test_the_dancer_view_gathers_roles_costumes_and_shoes(shop):
    dancers.cast(shop, "Héloïse Laâge", "La Belle au bois dormant", "Aurore")
    from wardrobe.services import alterations, circulation

    circulation.check_out(shop, "BN-000100", "Héloïse Laâge")
    alterations.record_alteration(shop, "BN-000100", kind="alteration", description="Hem")
    detail = dancers.dancer_detail(shop, "Héloïse Laâge")
    assert detail.roles == (("La Belle au bois dormant", "Aurore"),)
    assert [c.tag for c in detail.costumes] == ["BN-000100"]
    assert detail.pointe[0].description.startswith("Freed of London Classic, 4, XX, hard shank")
    assert [a.description for a in detail.open_alterations] == ["Hem"]
