"""What things cost, in each company's currency (minor units): a build is its materials at
their cost (an open build: what it needs; a finished one: what it used) and its hours at the
maker's rate, else the workroom's (an open build: the standard hours of its stages still to
do, and the real hours of those done); a production is its builds, the purchase orders charged
to it and the pointe shoes issued to its cast, against its budget; an inventory is worth the
replacement values of its items, by production and by type. What has no cost is named."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.units import STOCK_UNITS
from ..errors import InvalidInput
from ..language.i18n import N_, Text
from ..models import (
    Build,
    Casting,
    Company,
    CostumeItem,
    Maker,
    Material,
    OrderLine,
    PointeSpec,
    Production,
    PurchaseOrder,
    Role,
    StockEntry,
)
from ..records import BuildCost, CostLine, InventoryValue, ProductionCost
from ..store.database import Database
from . import lookup
from .lookup import NotFound, Ref
from .stock_amounts import Amount, unit_cost_minor

# In a report's list of what has no cost, beside materials' names: hours with no rate, pairs
# with no price (said by the report in its language).
HOURS_UNPRICED = "@hours"
POINTE_UNPRICED = "@pointe"


def build_cost(session: Session, row: Build, unpriced: set[str] | None = None) -> BuildCost:
    materials = {
        m.id: m
        for m in session.scalars(
            select(Material).where(Material.id.in_([b.material_id for b in row.materials] or [0]))
        )
    }
    spent = Decimal(0)
    for held in row.materials:
        material = materials[held.material_id]
        quantity = held.used if row.status == "finished" else max(held.needed, held.used)
        if material.unit_cost is None:
            if unpriced is not None and quantity:
                unpriced.add(material.name)
            continue
        spent += Decimal(quantity) / STOCK_UNITS[material.unit] * material.unit_cost
    company = session.get(Company, row.company_id)
    rates = dict(
        session.execute(
            select(Maker.name, Maker.hourly_rate).where(Maker.company_id == row.company_id)
        ).all()
    )
    minutes, labour = 0, Decimal(0)
    for stage in row.stages:
        if stage.done_on is not None:
            worked, who = stage.worked_minutes or 0, stage.done_by
        elif row.status == "open":
            worked, who = stage.minutes, stage.maker
        else:
            continue
        rate = rates.get(who) or (company.hourly_rate if company else None)
        minutes += worked
        if rate is None:
            if unpriced is not None and worked:
                unpriced.add(HOURS_UNPRICED)
            continue
        labour += Decimal(worked) / 60 * rate
    return BuildCost(
        row.id,
        row.title,
        int(spent.to_integral_value()),
        int(labour.to_integral_value()),
        minutes / 60,
        row.status == "open",
    )


def production_cost(db: Database, production_id: int) -> ProductionCost:
    with db.read() as session:
        production = session.get(Production, production_id)
        if production is None:
            raise NotFound(what=N_("production"), key=str(production_id))
        company = session.get(Company, production.company_id)
        assert company is not None
        unpriced: set[str] = set()
        rows = session.scalars(
            select(Build)
            .where(Build.production_id == production.id, Build.status != "cancelled")
            .options(selectinload(Build.materials), selectinload(Build.stages))
            .order_by(Build.due_on, Build.id)
        ).all()
        built = tuple(build_cost(session, row, unpriced) for row in rows)
        charged = session.scalars(
            select(PurchaseOrder)
            .where(
                PurchaseOrder.production_id == production.id,
                PurchaseOrder.status.in_(("sent", "received")),
            )
            .options(selectinload(PurchaseOrder.lines).selectinload(OrderLine.material))
            .order_by(PurchaseOrder.number)
        ).all()
        orders = [CostLine(order.number, _order_amount(order.lines)) for order in charged]
        return ProductionCost(
            production.id,
            production.title,
            company.name,
            company.currency,
            production.budget,
            built,
            tuple(orders),
            _pointe_issued(session, production, unpriced),
            tuple(sorted(unpriced)),
        )


def _order_amount(lines: list[OrderLine]) -> int:
    """An order's lines at their cost: material lines are in base units, priced per stock unit;
    pointe lines in pairs."""
    total = Decimal(0)
    for line in lines:
        if line.unit_cost is None:
            continue
        if line.material is not None:
            total += Decimal(line.quantity) / STOCK_UNITS[line.material.unit] * line.unit_cost
        else:
            total += Decimal(line.quantity) * line.unit_cost
    return int(total.to_integral_value())


def season_start(company: Company, today: date | None = None) -> date:
    """The first day of the company's current season (its season starts in its month)."""
    today = today or date.today()
    year = today.year if today.month >= company.season_start_month else today.year - 1
    return date(year, company.season_start_month, 1)


def _pointe_issued(session: Session, production: Production, unpriced: set[str]) -> CostLine:
    """The pairs issued this season to the dancers cast in the production, at their cost."""
    company = session.get(Company, production.company_id)
    assert company is not None
    since = datetime.combine(season_start(company), datetime.min.time())
    cast = (
        select(Casting.dancer_id)
        .join(Role, Role.id == Casting.role_id)
        .where(Role.production_id == production.id)
    )
    pairs, total = 0, 0
    for issued, cost in session.execute(
        select(func.sum(-StockEntry.quantity), PointeSpec.unit_cost)
        .join(PointeSpec, PointeSpec.id == StockEntry.pointe_spec_id)
        .where(
            StockEntry.kind == "issued",
            StockEntry.occurred_at >= since,
            PointeSpec.dancer_id.in_(cast),
        )
        .group_by(PointeSpec.id, PointeSpec.unit_cost)
    ):
        pairs += int(issued or 0)
        if cost is None:
            unpriced.add(POINTE_UNPRICED)
        else:
            total += int(issued or 0) * cost
    return CostLine(str(pairs), total)


def set_budget(db: Database, production_id: int, amount: int | None) -> None:
    if amount is not None and amount < 0:
        raise InvalidInput(field=N_("budget"), detail=Text("at least 0"))
    with db.write() as session:
        production = session.get(Production, production_id)
        if production is None:
            raise NotFound(what=N_("production"), key=str(production_id))
        production.budget = amount


def inventory_value(db: Database, company: Ref) -> InventoryValue:
    with db.read() as session:
        owner = lookup.company(session, company)
        by_production: dict[str, int] = defaultdict(int)
        by_type: dict[str, int] = defaultdict(int)
        unvalued = 0
        for title, kind, value in session.execute(
            select(Production.title, CostumeItem.piece_type, CostumeItem.replacement_value)
            .outerjoin(Production, Production.id == CostumeItem.production_id)
            .where(CostumeItem.company_id == owner.id, CostumeItem.condition != "retired")
        ):
            if value is None:
                unvalued += 1
                continue
            by_production[title or ""] += value
            by_type[kind] += value
        return InventoryValue(
            owner.name,
            owner.currency,
            tuple(CostLine(k, v) for k, v in sorted(by_production.items())),
            tuple(CostLine(k, v) for k, v in sorted(by_type.items())),
            unvalued,
        )


def set_rate(db: Database, company: Ref, amount: Amount | None) -> None:
    """The workroom's rate an hour (what a maker with none of her own costs)."""
    with db.write() as session:
        lookup.company(session, company).hourly_rate = unit_cost_minor(amount)


def charge_order(db: Database, number: str, production_id: int | None) -> None:
    """A purchase order charged to a production (None: to none): its cost report counts it."""
    with db.write() as session:
        order = session.scalars(
            select(PurchaseOrder).where(PurchaseOrder.number == number.strip().upper())
        ).first()
        if order is None:
            raise NotFound(what=N_("order"), key=number)
        if production_id is not None:
            production = session.get(Production, production_id)
            if production is None or production.company_id != order.company_id:
                raise InvalidInput(
                    field=N_("production"),
                    detail=Text("a production of the order's company"),
                )
        order.production_id = production_id
