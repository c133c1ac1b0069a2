"""The columns of each list: header, text and native sort value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wardrobe.domain.rules import PointeLevel, pointe_low_reason
from wardrobe.records import CostumeRecord, MaterialRecord, OrderRecord, PointeSpecRecord

from ..text import formatting
from ..text.labels import pointe_description, word
from ..text.marks import dancer_company, order_status, status
from ..text.noop import QT_TRANSLATE_NOOP
from .table_model import Column


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Columns", "yes")
    return QCoreApplication.translate("Columns", "no")


COSTUMES = (
    Column(QT_TRANSLATE_NOOP("Columns", "Tag"), lambda r: r.tag),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: word(r.piece_type)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Layers"),
        lambda r: str(r.tutu.net_layers) if r.tutu else "",
        sort=lambda r: r.tutu.net_layers if r.tutu else -1,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Production"), lambda r: r.production),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda r: r.role),
    Column(QT_TRANSLATE_NOOP("Columns", "Colour"), lambda r: r.colour),
    Column(QT_TRANSLATE_NOOP("Columns", "Size / made for"), lambda r: r.built_for or r.size),
    Column(QT_TRANSLATE_NOOP("Columns", "Location"), lambda r: r.location),
    Column(QT_TRANSLATE_NOOP("Columns", "Condition"), lambda r: word(r.condition)),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: status(r)),
    Column(QT_TRANSLATE_NOOP("Columns", "Out to"), lambda r: r.out_to),
    Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: r.company),
    # The main photo (a picture, no text); shown when View › Photos in the list is on.
    Column(QT_TRANSLATE_NOOP("Columns", "Photo"), lambda r: ""),
)
PHOTO_COLUMN = len(COSTUMES) - 1


def _used_a_month(record: MaterialRecord) -> str:
    """Learned from the last twelve weeks of use; ↑ when the last four ran well above."""
    if record.used_per_month is None:
        return ""
    text = formatting.stock(int(record.used_per_month), record.unit)
    return f"{text} ↑" if record.use_jumped else text


DANCERS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Rank"), lambda r: word(r.rank)),
    Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: dancer_company(r)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Active"),
        lambda r: _yes_no(r.active),
        sort=lambda r: int(r.active),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Double of"), lambda r: r.doubles),
)


def _weeks(record: PointeSpecRecord) -> str:
    weeks = record.weeks_left
    return "" if weeks is None else formatting.number(weeks, 1)


POINTE = (
    Column(QT_TRANSLATE_NOOP("Columns", "Dancer"), lambda r: r.dancer),
    Column(QT_TRANSLATE_NOOP("Columns", "Specification"), pointe_description),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Pairs on hand"),
        lambda r: str(r.pairs_on_hand),
        sort=lambda r: r.pairs_on_hand,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "On order"),
        lambda r: str(r.pairs_on_order or ""),
        sort=lambda r: r.pairs_on_order,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Pairs a week"),
        lambda r: formatting.trimmed(r.rate_used, 1),  # learned where it can be, as alerts
        sort=lambda r: r.rate_used,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Weeks left"),
        _weeks,
        sort=lambda r: r.weeks_left if r.weeks_left is not None else 1e9,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Lead time (weeks)"),
        lambda r: str(r.lead_time_weeks),
        sort=lambda r: r.lead_time_weeks,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Supplier"), lambda r: r.supplier),
    Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: r.company),
)

MATERIALS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: word(r.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Colour"), lambda r: r.colour),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Width"),
        lambda r: formatting.body_length(r.width_mm, r.units) if r.width_mm else "",
        sort=lambda r: r.width_mm or 0,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "On hand"),
        lambda r: formatting.stock(r.on_hand, r.unit),
        sort=lambda r: r.on_hand,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Minimum"),
        lambda r: formatting.stock(r.minimum, r.unit),
        sort=lambda r: r.minimum,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Target"),
        lambda r: formatting.stock(r.target, r.unit),
        sort=lambda r: r.target,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "On order"),
        lambda r: formatting.stock(r.on_order, r.unit) if r.on_order else "",
        sort=lambda r: r.on_order,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Used a month"),
        _used_a_month,
        sort=lambda r: r.used_per_month or 0,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Supplier"), lambda r: r.supplier),
    Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: r.company),
)


def material_is_low(record: MaterialRecord) -> bool:
    return record.is_low


def pointe_is_low(record: PointeSpecRecord) -> bool:
    """The alerts' own rule: an inactive specification or dancer is never low."""
    if not (record.active and record.dancer_active):
        return False
    level = PointeLevel(
        record.pairs_on_hand,
        record.pairs_on_order,
        record.pairs_per_week,
        record.lead_time_weeks,
        record.safety_weeks,
        record.minimum_pairs,
        record.target_pairs,
    )
    return pointe_low_reason(level) is not None


def costume_needs_attention(record: CostumeRecord) -> bool:
    return record.condition == "needs_repair"


def _total(order: OrderRecord) -> str:
    total = order.total
    return formatting.money(total, order.currency) if total is not None else ""


ORDERS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Supplier"), lambda r: r.supplier),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: order_status(r.status)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Lines"),
        lambda r: str(len(r.lines)),
        sort=lambda r: len(r.lines),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Total"),
        _total,
        sort=lambda r: r.total or 0,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Sent"),
        lambda r: formatting.day(r.sent_at.date()) if r.sent_at else "",
        sort=lambda r: r.sent_at.isoformat() if r.sent_at else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Received"),
        lambda r: formatting.day(r.received_at.date()) if r.received_at else "",
        sort=lambda r: r.received_at.isoformat() if r.received_at else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Company"), lambda r: r.company),
)


def order_is_open(order: OrderRecord) -> bool:
    """Marked in the list: sent and not all received yet."""
    return order.is_open
