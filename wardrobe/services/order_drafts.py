"""Purchase orders drafted from the alerts: one draft per supplier (and company) with what the
alerts suggest, rounded up to packs and batches."""

from __future__ import annotations

import math

from sqlalchemy import select

from ..domain.units import stock_to_base
from ..models import (
    Material,
    PointeSpec,
    PurchaseOrder,
)
from ..records import (
    Alert,
    DraftedOrders,
)
from ..store.database import Database
from . import alerts as alert_rules
from . import lookup
from .convert import order_record
from .lookup import Ref
from .orders import append_line, loaded_with, new_order


def rounded_to_pack(base: int, pack: int | None) -> int:
    """``base`` units rounded up to whole packs (a bolt, a batch); as it is without a pack."""
    if not pack or pack <= 0:
        return base
    return math.ceil(base / pack) * pack


def _alert_quantity(alert: Alert, item: Material | PointeSpec) -> int:
    if isinstance(item, Material):
        base = stock_to_base(alert.to_order, item.unit)
        return rounded_to_pack(base, item.pack_size)
    return rounded_to_pack(alert.to_order, item.batch_pairs)


def draft_from_alerts(db: Database, company: Ref | None = None) -> DraftedOrders:
    """One draft order per supplier (and company) with what the alerts suggest, rounded up to
    packs and batches. An item already on a draft is left there; a supplier's open draft gets
    the new lines rather than a second draft."""
    with db.write() as session:
        company_id = lookup.company(session, company).id if company is not None else None
        alerts = alert_rules.alerts_in(session, company_id)
        drafts = {
            (order.company_id, order.supplier_id): order
            for order in session.scalars(
                select(PurchaseOrder)
                .where(PurchaseOrder.status == "draft")
                .options(*loaded_with())
                .order_by(PurchaseOrder.id)
            )
        }
        drafted = {
            ("material" if line.material_id else "pointe", line.material_id or line.pointe_spec_id)
            for order in drafts.values()
            for line in order.lines
        }
        touched: dict[int, PurchaseOrder] = {}
        without_supplier: list[str] = []
        already = 0
        for alert in alerts:
            if alert.to_order <= 0:
                continue
            if (alert.kind, alert.item_id) in drafted:
                already += 1
                continue
            item: Material | PointeSpec | None = (
                session.get(Material, alert.item_id)
                if alert.kind == "material"
                else session.get(PointeSpec, alert.item_id)
            )
            assert item is not None
            if item.supplier is None:
                without_supplier.append(
                    alert.what if not alert.for_whom else f"{alert.for_whom}: {alert.what}"
                )
                continue
            key = (item.company_id, item.supplier.id)
            if key not in drafts:
                drafts[key] = new_order(session, item.company, item.supplier)
            order = drafts[key]
            append_line(order, item, _alert_quantity(alert, item))
            touched[id(order)] = order
        session.flush()
        return DraftedOrders(
            orders=tuple(order_record(order) for order in touched.values()),
            without_supplier=tuple(without_supplier),
            already_drafted=already,
        )
