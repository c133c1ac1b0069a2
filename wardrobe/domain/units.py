"""Units: lengths are stored in millimetres, weights in grams, money in minor units (cents).

Shown in the company's units: centimetres and metres in Paris, inches and yards in New York.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from ..errors import InvalidInput
from ..language.i18n import N_, Text

MM_PER_INCH = Decimal("25.4")
MM_PER_CM = Decimal(10)
MM_PER_M = Decimal(1000)
MM_PER_YARD = Decimal("914.4")
G_PER_KG = Decimal(1000)
G_PER_LB = Decimal("453.59237")


class Units(StrEnum):
    METRIC = "metric"
    IMPERIAL = "imperial"


# Stock units of materials, and how many base units (mm for lengths, pieces or grams) one holds.
STOCK_UNITS: dict[str, Decimal] = {
    "m": MM_PER_M,
    "yd": MM_PER_YARD,
    "cm": MM_PER_CM,
    "pcs": Decimal(1),
    "pairs": Decimal(1),
    "spools": Decimal(1),
    "cards": Decimal(1),
    "packs": Decimal(1),
    "g": Decimal(1),
}
LENGTH_UNITS = frozenset({"m", "yd", "cm"})

_FRACTIONS = {"¼": "1/4", "½": "1/2", "¾": "3/4", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8", "⅞": "7/8"}
_NUMBER = re.compile(
    r"^\s*(?P<whole>-?\d+(?:[.,]\d+)?)?\s*(?:(?P<num>\d+)\s*/\s*(?P<den>\d+))?\s*$",
    re.ASCII,  # 0-9 only: full-width "１２" or Arabic-Indic "١٢" digits are no amount here
)


MAX_DIGITS = 15  # a typed number longer than this is a slip of the keyboard, not an amount


def parse_number(text: str | int | float | Decimal, field: str) -> Decimal:
    """Reads a number as people type it: ``34.5``, ``34,5``, ``34 1/2``, ``34½``, ``1/4``."""
    if isinstance(text, bool):
        raise InvalidInput(field=field, detail=Text("a number is needed"))
    if isinstance(text, int | Decimal):
        return Decimal(text)
    if isinstance(text, float):
        if text != text or text in (float("inf"), float("-inf")):
            raise InvalidInput(field=field, detail=Text("a number is needed"))
        return Decimal(repr(text))
    cleaned = text.strip()
    for glyph, ascii_fraction in _FRACTIONS.items():
        cleaned = cleaned.replace(glyph, " " + ascii_fraction)
    match = _NUMBER.match(cleaned)
    if not cleaned or match is None or not (match["whole"] or match["num"]):
        raise InvalidInput(field=field, detail=Text("“{text}” is not a number", text=text))
    if sum(ch.isdigit() for ch in cleaned) > MAX_DIGITS:
        raise InvalidInput(
            field=field,
            detail=Text("“{text}…” has more digits than any real amount", text=text[:24]),
        )
    try:
        value = Decimal(match["whole"].replace(",", ".")) if match["whole"] else Decimal(0)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise InvalidInput(
            field=field, detail=Text("“{text}” is not a number", text=text)
        ) from None
    if match["num"]:
        den = int(match["den"])
        if den == 0:
            raise InvalidInput(field=field, detail=Text("“{text}” divides by zero", text=text))
        frac = Decimal(int(match["num"])) / den
        value = value - frac if value < 0 else value + frac
    return value


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def body_length_to_mm(value: str | int | float | Decimal, units: Units, field: str) -> int:
    """A body measurement typed in cm (metric) or inches (imperial), as whole millimetres."""
    number = parse_number(value, field)
    factor = MM_PER_CM if Units(units) is Units.METRIC else MM_PER_INCH
    return _round(number * factor)


def mm_to_body_length(mm: int, units: Units) -> Decimal:
    """Millimetres as cm to one decimal, or inches to the nearest eighth."""
    if Units(units) is Units.METRIC:
        return (Decimal(mm) / MM_PER_CM).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    eighths = _round(Decimal(mm) / MM_PER_INCH * 8)
    value = Decimal(eighths) / 8
    # normalize() alone would write 30 as 3E+1
    return value.to_integral_value() if value == value.to_integral_value() else value.normalize()


def body_unit_label(units: Units) -> str:
    return "cm" if Units(units) is Units.METRIC else "in"


def format_body_length(mm: int | None, units: Units) -> str:
    """``86.5 cm`` or ``34⅛ in``; an empty string for a measure not taken."""
    if mm is None:
        return ""
    value = mm_to_body_length(mm, units)
    if Units(units) is Units.METRIC:
        return f"{value} cm"
    whole = int(value)
    eighths = _round((value - whole) * 8)
    glyph = {0: "", 1: "⅛", 2: "¼", 3: "⅜", 4: "½", 5: "⅝", 6: "¾", 7: "⅞"}[eighths]
    return f"{glyph} in" if whole == 0 and glyph else f"{whole}{glyph} in"  # ¾ in, not 0¾


def weight_to_g(value: str | int | float | Decimal, units: Units, field: str = "weight") -> int:
    number = parse_number(value, field)
    return _round(number * (G_PER_KG if Units(units) is Units.METRIC else G_PER_LB))


def format_weight(grams: int | None, units: Units) -> str:
    if grams is None:
        return ""
    if Units(units) is Units.METRIC:
        return f"{(Decimal(grams) / G_PER_KG).quantize(Decimal('0.1'))} kg"
    return f"{(Decimal(grams) / G_PER_LB).quantize(Decimal('0.1'))} lb"


def check_stock_unit(unit: str) -> str:
    if unit not in STOCK_UNITS:
        known = ", ".join(STOCK_UNITS)
        raise InvalidInput(
            field=N_("unit"),
            detail=Text(
                "“{unit}” is not a stock unit (use one of {known})", unit=unit, known=known
            ),
        )
    return unit


def stock_to_base(value: str | int | float | Decimal, unit: str, field: str = "quantity") -> int:
    """A quantity in a stock unit (3.5 m, 12 yd, 40 pcs) as whole base units (mm, pieces)."""
    number = parse_number(value, field)
    return _round(number * STOCK_UNITS[check_stock_unit(unit)])


def base_to_stock(base: int, unit: str) -> Decimal:
    """Base units back in the stock unit, to two decimals for lengths, whole for counts."""
    value = Decimal(base) / STOCK_UNITS[check_stock_unit(unit)]
    if unit in LENGTH_UNITS:
        return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def format_stock(base: int, unit: str) -> str:
    value = base_to_stock(base, unit)
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    return f"{text} {unit}"


def length_unit_for(units: Units) -> str:
    """The length in which a company buys tulle: metres in Paris, yards in New York."""
    return "m" if Units(units) is Units.METRIC else "yd"


CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def format_money(minor: int | None, currency: str, language: str = "") -> str:
    """An amount as the reader's language writes it: ``1 234,50 €`` in French, ``$1,234.50``
    in English; with no language, ``EUR 1,234.50`` (logs, JSON)."""
    if minor is None:
        return ""
    amount = f"{Decimal(minor) / 100:,.2f}"
    if not language:
        return f"{currency} {amount}"
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    if language == "fr":
        return f"{amount.replace(',', chr(0x202F)).replace('.', ',')} {symbol}"
    return f"{symbol}{amount}"


def money_to_minor(value: str | int | float | Decimal, field: str = "value") -> int:
    return _round(parse_number(value, field) * 100)
