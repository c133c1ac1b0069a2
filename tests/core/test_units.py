from decimal import Decimal

import pytest

from wardrobe.domain.units import (
    Units,
    body_length_to_mm,
    format_body_length,
    format_stock,
    parse_number,
    stock_to_base,
)
from wardrobe.errors import InvalidInput


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("34.5", Decimal("34.5")),
        ("34,5", Decimal("34.5")),
        ("34 1/2", Decimal("34.5")),
        ("34½", Decimal("34.5")),
        (" 7 ", Decimal(7)),
        ("1/4", Decimal("0.25")),
        (12, Decimal(12)),
    ],
)
def test_numbers_are_read_as_people_type_them(typed, value):
    assert parse_number(typed, "waist") == value


@pytest.mark.parametrize("typed", ["", "abc", "3..4", "1/0", "12 cm", float("nan"), True])
def test_what_is_not_a_number_is_refused_with_the_field_named(typed):
    with pytest.raises(InvalidInput) as error:
        parse_number(typed, "waist")
    assert str(error.value).startswith("waist:")


def test_body_lengths_are_stored_in_millimetres_from_cm_or_inches():
    assert body_length_to_mm("62.5", Units.METRIC, "waist") == 625
    assert body_length_to_mm("24 1/2", Units.IMPERIAL, "waist") == 622  # 24.5 in = 622.3 mm


def test_body_lengths_show_in_the_company_units():
    assert format_body_length(625, Units.METRIC) == "62.5 cm"
    assert format_body_length(622, Units.IMPERIAL) == "24½ in"
    assert format_body_length(None, Units.METRIC) == ""


def test_stock_quantities_convert_between_metres_yards_and_pieces():
    assert stock_to_base("15", "yd") == 13716
    assert format_stock(13716, "yd") == "15 yd"
    assert format_stock(2500, "m") == "2.50 m"
    assert format_stock(40, "pcs") == "40 pcs"
