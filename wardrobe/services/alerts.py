"""Low-stock alerts: what, for whom, why, and how much to order, grouped by supplier."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.rules import (
    MaterialLevel,
    PointeLevel,
    material_is_low,
    material_order_units,
    pointe_low_reason,
    pointe_order_pairs,
    pointe_target,
    weeks_left,
)
from ..language.vocabulary import describe_spec
from ..models import (
    Build,
    BuildMaterial,
    Company,
    Dancer,
    Material,
    PointeSpec,
    StockEntry,
    Supplier,
)
from ..records import Alert, SupplierAlerts
from ..store.database import Database
from ..store.sorting import key as sorting_key
from . import lookup, orders, rates
from .lookup import Ref

NO_SUPPLIER = ""


def compute_alerts(db: Database, company: Ref | None = None) -> list[Alert]:
    """Every low material and every dancer whose pointe shoes will not last, most urgent first."""
    with db.read() as session:
        company_id = lookup.company(session, company).id if company is not None else None
        return alerts_in(session, company_id)


def alerts_in(session: Session, company_id: int | None) -> list[Alert]:
    """The alerts as ``session`` sees the inventory, each with the sent orders that bring
    more of its item."""
    alerts = _material_alerts(session, company_id) + _pointe_alerts(session, company_id)
    covering = orders.covering_orders(session)
    alerts = [
        replace(alert, orders=covering[(alert.kind, alert.item_id)])
        if (alert.kind, alert.item_id) in covering
        else alert
        for alert in alerts
    ]
    return sorted(alerts, key=_urgency)


def _urgency(alert: Alert) -> tuple:
    weeks = alert.weeks_left if alert.weeks_left is not None else 1e9
    return (alert.covered_by_orders, alert.supplier or "\uffff", weeks, alert.what.casefold())


def _material_alerts(session, company_id: int | None) -> list[Alert]:  # noqa: ANN001
    stmt = (
        select(Material, Company.name, Company.currency, Supplier.name)
        .join(Company, Company.id == Material.company_id)
        .outerjoin(Supplier, Supplier.id == Material.supplier_id)
        .where(Material.on_hand - Material.reserved < Material.minimum)
    )
    if company_id is not None:
        stmt = stmt.where(Material.company_id == company_id)
    found = list(session.execute(stmt))
    learned = rates.material_rates(session, [row.id for row, *_rest in found])
    holders = _builds_holding(session, [row.id for row, *_rest in found if row.reserved])
    alerts = []
    for row, company_name, currency, supplier in found:
        level = MaterialLevel(
            row.on_hand, row.on_order, row.minimum, row.target, row.unit, row.reserved
        )
        if not material_is_low(level):
            continue
        alerts.append(
            Alert(
                kind="material",
                item_id=row.id,
                company=company_name,
                what=row.name,
                for_whom="",
                reason="below_minimum",
                unit=row.unit,
                on_hand=row.on_hand,
                on_order=row.on_order,
                minimum=row.minimum,
                target=row.target,
                to_order=material_order_units(level),
                supplier=supplier or NO_SUPPLIER,
                unit_cost=row.unit_cost,
                currency=currency,
                # Its use a week learned from the ledger (base units), and any jump in it.
                learned_per_week=learned[row.id].per_week if row.id in learned else None,
                rate_source="learned" if row.id in learned else "entered",
                use_jumped=row.id in learned and learned[row.id].jumped,
                reserved=row.reserved,
                reserved_by=holders.get(row.id, ()),
            )
        )
    return alerts


def _builds_holding(session, material_ids: list[int]) -> dict[int, tuple[str, ...]]:  # noqa: ANN001
    """The open builds that hold each material: "B-0003 Odette tutus"."""
    if not material_ids:
        return {}
    found: dict[int, list[str]] = {}
    for material_id, build_id, title in session.execute(
        select(BuildMaterial.material_id, Build.id, Build.title)
        .join(Build, Build.id == BuildMaterial.build_id)
        .where(
            BuildMaterial.material_id.in_(material_ids),
            BuildMaterial.reserved > 0,
            Build.status == "open",
        )
        .order_by(Build.due_on, Build.id)
    ):
        found.setdefault(material_id, []).append(f"B-{build_id:04d} {title}")
    return {k: tuple(v) for k, v in found.items()}


def _pointe_alerts(session, company_id: int | None) -> list[Alert]:  # noqa: ANN001
    # Every active specification with what the ledger says of its use, in one statement;
    # the rule in wardrobe.domain.rules decides, with the rate learned where there is enough
    # history.
    now = datetime.utcnow()
    used = rates.usage(StockEntry.pointe_spec_id, "issued", now).subquery()
    safety = Company.safety_weeks
    stmt = (
        select(
            # Plain columns, not ORM objects: a big company has thousands of candidates.
            PointeSpec.id,
            PointeSpec.maker,
            PointeSpec.model,
            PointeSpec.size,
            PointeSpec.width,
            PointeSpec.shank,
            PointeSpec.maker_mark,
            PointeSpec.pairs_on_hand,
            PointeSpec.pairs_on_order,
            PointeSpec.pairs_per_week,
            PointeSpec.lead_time_weeks,
            PointeSpec.minimum_pairs,
            PointeSpec.target_pairs,
            PointeSpec.unit_cost,
            Dancer.name,
            Company.name,
            Company.currency,
            safety,
            Supplier.name,
            used.c.first,
            used.c.lines,
            used.c.total,
            used.c.recent,
        )
        .join(Dancer, Dancer.id == PointeSpec.dancer_id)
        .join(Company, Company.id == PointeSpec.company_id)
        .outerjoin(Supplier, Supplier.id == PointeSpec.supplier_id)
        .outerjoin(used, used.c.item == PointeSpec.id)
        .where(PointeSpec.active, Dancer.active)
    )
    if company_id is not None:
        stmt = stmt.where(PointeSpec.company_id == company_id)
    alerts = []
    for row in session.execute(stmt):
        spec, (dancer, company_name, currency, safety_weeks, supplier) = row, row[14:19]
        rate = rates.learned_rate(row[19], row[20], row[21], row[22], now)
        per_week = rate.per_week if rate is not None else spec.pairs_per_week
        level = PointeLevel(
            pairs_on_hand=spec.pairs_on_hand,
            pairs_on_order=spec.pairs_on_order,
            pairs_per_week=per_week,
            lead_time_weeks=spec.lead_time_weeks,
            safety_weeks=safety_weeks,
            minimum_pairs=spec.minimum_pairs,
            target_pairs=spec.target_pairs,
        )
        reason = pointe_low_reason(level)
        if reason is None:
            continue
        described = describe_spec(
            spec.maker, spec.model, spec.size, spec.width, spec.shank, maker_mark=spec.maker_mark
        )
        what = str(described)
        alerts.append(
            Alert(
                kind="pointe",
                item_id=spec.id,
                company=company_name,
                what=what,
                described=described,
                for_whom=dancer,
                reason=reason,
                unit="pairs",
                on_hand=spec.pairs_on_hand,
                on_order=spec.pairs_on_order,
                minimum=spec.minimum_pairs or 0,
                target=pointe_target(level),
                to_order=pointe_order_pairs(level),
                supplier=supplier or NO_SUPPLIER,
                unit_cost=spec.unit_cost,
                currency=currency,
                weeks_left=weeks_left(spec.pairs_on_hand, per_week),
                lead_time_weeks=spec.lead_time_weeks,
                safety_weeks=safety_weeks,
                pairs_per_week=per_week,
                entered_per_week=spec.pairs_per_week,
                learned_per_week=rate.per_week if rate is not None else None,
                rate_source="learned" if rate is not None else "entered",
                use_jumped=rate is not None and rate.jumped,
            )
        )
    return alerts


def by_supplier(alerts: list[Alert]) -> list[SupplierAlerts]:
    """Alerts grouped by supplier (no supplier last), with what each order costs per currency."""
    groups: dict[str, list[Alert]] = defaultdict(list)
    for alert in alerts:
        groups[alert.supplier].append(alert)
    result = []
    for supplier in sorted(groups, key=lambda s: (s == NO_SUPPLIER, sorting_key(s))):
        totals: dict[str, int] = defaultdict(int)
        for alert in groups[supplier]:
            if alert.order_cost:
                totals[alert.currency] += alert.order_cost
        result.append(SupplierAlerts(supplier, tuple(groups[supplier]), dict(totals)))
    return result
