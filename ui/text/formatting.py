"""Numbers, lengths, money and dates as the user's locale writes them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from wardrobe.domain.units import (
    Units,
    base_to_stock,
    body_unit_label,
    format_body_length,
    mm_to_body_length,
)
from wardrobe.language.vocabulary import unit_word

from .language import current_language


def number(value: float | Decimal | int, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def trimmed(value: Decimal | float, decimals: int = 2) -> str:
    """2.50 shows as 2,5 or 2.5; 3.00 as 3."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def body_length(mm: int | None, units: str) -> str:
    """62,5 cm in French, 62.5 cm in English; inches in eighths as a tape shows them: 24⅝ in."""
    if mm is None:
        return ""
    if Units(units) is Units.IMPERIAL:
        return format_body_length(mm, Units.IMPERIAL)
    value = mm_to_body_length(mm, Units(units))
    return f"{trimmed(value, 1)} {body_unit_label(Units(units))}"


def body_value(mm: int | None, units: str) -> str:
    """The number alone, for an input field."""
    if mm is None:
        return ""
    return trimmed(mm_to_body_length(mm, Units(units)), 3)


def stock(base: int, unit: str) -> str:
    if unit == "pairs":
        return str(base)
    return f"{trimmed(base_to_stock(base, unit))} {unit_word(unit, current_language())}"


def stock_value(base: int, unit: str) -> str:
    return trimmed(base_to_stock(base, unit))


def money(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(currency, currency)
    return QLocale().toCurrencyString(minor / 100, symbol)


def day(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def moment(value: datetime | None) -> str:
    """A stored moment (naive UTC, as the core keeps them) in local time, as the locale
    writes it."""
    if value is None:
        return ""
    utc = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc(),
    )
    return QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)


def wall_clock(value: datetime) -> str:
    """A moment on a company's wall clock (a date of the schedule), as the locale writes it,
    with its day of the week: "sam. 20/12/2026 19:30"."""
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(
        moment, "ddd " + QLocale().dateFormat(QLocale.FormatType.ShortFormat) + " HH:mm"
    )


def money_field(minor: int | None) -> str:
    """An amount for an input field: 2778,00 in French, 2778.00 in English, no grouping."""
    if minor is None:
        return ""
    return f"{minor / 100:.2f}".replace(".", QLocale().decimalPoint())
