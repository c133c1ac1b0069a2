"""Amounts of stock as the desk types them, checked: a movement, a minimum and target, a
width, a unit cost, each in the unit it is counted in."""

from __future__ import annotations

from decimal import Decimal

from ..domain.units import (
    LENGTH_UNITS,
    Units,
    body_length_to_mm,
    money_to_minor,
    parse_number,
    stock_to_base,
)
from ..errors import BadQuantity, InvalidInput, OutOfRange
from ..language.i18n import N_, Text
from ..models import Company, Material

Amount = str | int | float | Decimal


# One movement larger than this, in the stock unit, is a typing mistake (10 km of tulle).
MAX_MOVEMENT_UNITS = 10_000


MAX_UNIT_COST_MINOR = 1_000_000


def movement(value: Amount, unit: str, field: str = "quantity") -> int:
    """A positive quantity in the stock unit, as base units; zero, negative or absurd refused."""
    number = parse_number(value, field)
    if number <= 0:
        raise BadQuantity(
            field=field,
            detail=Text("{value} {unit}: give a quantity above zero", value=value, unit=unit),
        )
    if number > MAX_MOVEMENT_UNITS:
        raise BadQuantity(
            field=field,
            detail=Text(
                "{value} {unit} is more than {max_movement_units} {unit} at once: probably a "
                "typing mistake",
                value=value,
                unit=unit,
                max_movement_units=MAX_MOVEMENT_UNITS,
            ),
        )
    if unit not in LENGTH_UNITS and number != number.to_integral():
        raise BadQuantity(
            field=field, detail=Text("{value} {unit}: count whole {unit}", value=value, unit=unit)
        )
    base = stock_to_base(number, unit, field)
    if base <= 0:
        raise BadQuantity(
            field=field, detail=Text("{value} {unit} is too small to count", value=value, unit=unit)
        )
    return base


def stock_level(value: Amount | None, unit: str, field: str) -> int:
    if value in (None, ""):
        return 0
    assert value is not None
    number = parse_number(value, field)
    if number < 0 or number > MAX_MOVEMENT_UNITS * 10:
        raise OutOfRange(field=field.capitalize(), value=value, low=0, high=MAX_MOVEMENT_UNITS * 10)
    return stock_to_base(number, unit, field)


def levels(minimum: Amount | None, target: Amount | None, unit: str) -> tuple[int, int]:
    """Minimum and target in base units; no target means twice the minimum."""
    low = stock_level(minimum, unit, N_("minimum"))
    high = stock_level(target, unit, N_("target")) or low * 2
    if high < low:
        raise InvalidInput(
            field=N_("target"), detail=Text("the target level cannot be below the minimum")
        )
    return low, high


def width_mm(width: Amount | None, unit: str = "cm") -> int | None:
    """A bolt's width typed in ``unit`` (``cm``, or ``in`` in New York), in millimetres
    (a bolt is 1 cm to 10 m wide)."""
    if width in (None, ""):
        return None
    assert width is not None
    system = Units.IMPERIAL if unit == "in" else Units.METRIC
    stored = body_length_to_mm(width, system, N_("width"))
    if not 10 <= stored <= 10_000:
        low, high = ("½ in", "393 in") if unit == "in" else ("1 cm", "1000 cm")
        raise OutOfRange(field=N_("Width"), value=f"{width} {unit}", low=low, high=high)
    return stored


def company_width_unit(owner: Material | Company) -> str:
    """The unit a company gives widths in (a material: its company's)."""
    company = owner.company if isinstance(owner, Material) else owner
    return "in" if company.units == Units.IMPERIAL else "cm"


def unit_cost_minor(value: Amount | None) -> int | None:
    if value in (None, ""):
        return None
    assert value is not None
    minor = money_to_minor(value, N_("unit cost"))
    if not 0 <= minor <= MAX_UNIT_COST_MINOR:
        raise OutOfRange(field=N_("Unit cost"), value=value, low=0, high=MAX_UNIT_COST_MINOR // 100)
    return minor
