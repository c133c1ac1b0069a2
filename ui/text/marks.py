"""How a list marks what is away: an item on loan or in transit, a dancer on a guest
engagement (her company, then where she dances now and until when)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wardrobe.records import CostumeRecord, DancerRecord

from . import formatting
from .labels import word
from .language import filled
from .noop import QT_TRANSLATE_NOOP


def status(item: CostumeRecord) -> str:
    """ "in store", or "in transit", or "on loan to Metropolitan Ballet Theater until …"."""
    if item.in_transit:
        return filled(QCoreApplication.translate("Marks", "in transit to %1"), item.lent_to)
    if item.lent_to:
        if item.lent_until is not None:
            return filled(
                QCoreApplication.translate("Marks", "on loan to %1 until %2"),
                item.lent_to,
                formatting.day(item.lent_until),
            )
        return filled(QCoreApplication.translate("Marks", "on loan to %1"), item.lent_to)
    return word(item.status)


def dancer_company(dancer: DancerRecord) -> str:
    """Her company; on a guest engagement, where she dances now too."""
    if not dancer.engaged_at:
        return dancer.company
    if dancer.engaged_until is not None:
        away = filled(
            QCoreApplication.translate("Marks", "guest at %1 until %2"),
            dancer.engaged_at,
            formatting.day(dancer.engaged_until),
        )
    else:
        away = filled(QCoreApplication.translate("Marks", "guest at %1"), dancer.engaged_at)
    return f"{dancer.company} · {away}"


_ORDER_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Marks", "draft"),
    "sent": QT_TRANSLATE_NOOP("Marks", "sent"),
    "part_received": QT_TRANSLATE_NOOP("Marks", "part received"),
    "received": QT_TRANSLATE_NOOP("Marks", "received"),
    "cancelled": QT_TRANSLATE_NOOP("Marks", "cancelled"),
}


def order_status(status: str) -> str:
    """A purchase order's status in the reader's language: "brouillon", "reçue en partie"."""
    source = _ORDER_STATUSES.get(status)
    return QCoreApplication.translate("Marks", source) if source else status
