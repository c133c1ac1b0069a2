"""Why an alert fires and what to order, as sentences in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from wardrobe.language.vocabulary import unit_word
from wardrobe.records import Alert

from . import formatting
from .language import current_language, filled


class Pairs(QObject):
    """Plural forms need ``self.tr(text, "", n)``: lupdate sees no plural in translate()."""

    def count(self, n: int) -> str:
        return self.tr("%n pair(s)", "", n)


_pairs = Pairs()


def quantity(base: int, unit: str) -> str:
    if unit == "pairs":
        return _pairs.count(base)
    return formatting.stock(base, unit)


def describe(alert: Alert) -> str:
    """Why an item is low, in the user's language."""
    have = quantity(alert.on_hand, alert.unit)
    if alert.reason == "wont_last_lead_time":
        why = QCoreApplication.translate(
            "Alerts",
            "{have} last {weeks} weeks at {rate} a week; {maker} takes {lead} weeks "
            "(+{margin} weeks margin)",
        ).format(
            have=have,
            weeks=formatting.number(alert.weeks_left or 0, 1),
            rate=formatting.trimmed(alert.pairs_per_week or 0, 1),
            maker=alert.supplier or QCoreApplication.translate("Alerts", "the maker"),
            lead=alert.lead_time_weeks,
            margin=alert.safety_weeks,
        )
    elif alert.reason == "below_minimum_pairs":
        why = QCoreApplication.translate("Alerts", "{have}, below the minimum of {minimum}").format(
            have=have, minimum=alert.minimum
        )
    else:
        why = QCoreApplication.translate(
            "Alerts", "{have} on hand, below the minimum of {minimum}"
        ).format(have=have, minimum=quantity(alert.minimum, alert.unit))
    if alert.kind == "pointe" and alert.rate_source == "learned":
        why += QCoreApplication.translate(
            "Alerts", " (the rate learned from the last 12 weeks; {entered} a week entered)"
        ).format(entered=formatting.trimmed(alert.entered_per_week or 0, 1))
    if alert.kind == "material" and alert.learned_per_week:
        why += QCoreApplication.translate("Alerts", "; about {amount} used a month lately").format(
            amount=quantity(_per_month(alert.learned_per_week, alert.unit), alert.unit)
        )
    if alert.use_jumped and alert.kind == "pointe":
        why += QCoreApplication.translate("Alerts", "; her use has jumped in the last 4 weeks")
    elif alert.use_jumped:
        why += QCoreApplication.translate("Alerts", "; its use has jumped in the last 4 weeks")
    if alert.on_order and alert.orders:
        why += QCoreApplication.translate(
            "Alerts", "; {amount} already on order ({numbers})"
        ).format(amount=quantity(alert.on_order, alert.unit), numbers=", ".join(alert.orders))
    elif alert.on_order:
        why += QCoreApplication.translate("Alerts", "; {amount} already on order").format(
            amount=quantity(alert.on_order, alert.unit)
        )
    return why + "."


def to_order(alert: Alert) -> str:
    if alert.covered_by_orders and alert.orders:
        return QCoreApplication.translate("Alerts", "covered by order {numbers}").format(
            numbers=", ".join(alert.orders)
        )
    if alert.covered_by_orders:
        return QCoreApplication.translate("Alerts", "covered by orders")
    if alert.unit == "pairs":
        return quantity(alert.to_order, "pairs")
    return f"{formatting.trimmed(alert.to_order)} {unit_word(alert.unit, current_language())}"


def urgency(alert: Alert) -> float:
    """How much of what is needed is there (0: nothing left); the most urgent sort first."""
    if alert.kind == "pointe" and alert.weeks_left is not None:
        needed = (alert.lead_time_weeks or 0) + (alert.safety_weeks or 0)
        return alert.weeks_left / needed if needed else 0.0
    return alert.on_hand / alert.minimum if alert.minimum else 0.0


def short_name(alert: Alert) -> str:
    """An alert's item as the banner names it."""
    if alert.kind == "pointe":
        return filled(QCoreApplication.translate("Alerts", "%1’s pointe shoes"), alert.for_whom)
    return alert.what


def _per_month(per_week: float, unit: str) -> int:
    from wardrobe.services.rates import per_month  # the core's rounding, loaded with the alerts

    return per_month(per_week, unit)
