"""Fills an empty inventory with the demo: bulk inserts in one transaction, same seed, same data."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, text

from ..errors import InvalidInput, WrongState
from ..language.i18n import N_, Text
from ..models import (
    Alteration,
    Casting,
    Company,
    CostumeItem,
    Dancer,
    DancerDressing,
    Dresser,
    DressingRoom,
    Event,
    EventChange,
    Location,
    Look,
    LookInPart,
    LookPiece,
    Maker,
    Material,
    MeasurementSet,
    OrderCounter,
    OrderLine,
    Pattern,
    PatternMaterial,
    PatternStage,
    PointeSpec,
    Production,
    ProductionPart,
    PurchaseOrder,
    QuickChangeSetting,
    Role,
    StockEntry,
    Supplier,
    TagCounter,
    Tutu,
)
from ..models.base import utcnow
from ..store.database import Database
from . import catalogue as cat
from . import repertoire
from .build_items import ItemBuilder
from .build_patterns import PatternBuilder
from .build_people import PeopleBuilder
from .build_show import ShowBuilder
from .build_state import Rows
from .build_stock import StockBuilder

MAX_SCALE = 500


@dataclass(frozen=True)
class DemoSummary:
    companies: int
    dancers: int
    measurement_sets: int
    costumes: int
    tutus: int
    alterations: int
    materials: int
    pointe_specs: int
    ledger_entries: int
    seconds: float


ORDER = (
    Company,
    Supplier,
    Location,
    Dancer,
    MeasurementSet,
    Production,
    Role,
    ProductionPart,
    Look,
    LookPiece,
    LookInPart,
    Casting,
    Event,
    EventChange,
    Dresser,
    DressingRoom,
    DancerDressing,
    QuickChangeSetting,
    CostumeItem,
    Tutu,
    Alteration,
    Material,
    Maker,
    Pattern,
    PatternMaterial,
    PatternStage,
    PointeSpec,
    StockEntry,
    TagCounter,
    PurchaseOrder,
    OrderLine,
    OrderCounter,
)


def fill_demo(db: Database, *, seed: int = 1, scale: int = 1) -> DemoSummary:
    """Fills an empty inventory; refuses one that already holds data."""
    if not 1 <= scale <= MAX_SCALE:
        raise InvalidInput(
            field=N_("scale"),
            detail=Text("give a whole number from 1 to {max_scale}", max_scale=MAX_SCALE),
        )
    started = time.perf_counter()
    builder = _Builder(random.Random(seed), scale, utcnow())
    builder.build()
    rows = builder.rows
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(Company)):
            raise WrongState(
                what=N_("This inventory"),
                detail=Text(
                    "already holds data; the demo fills only an empty one (give --db a new file)."
                ),
            )
        for model in ORDER:
            batch = rows.tables.get(model, [])
            for start in range(0, len(batch), 5000):
                session.execute(insert(model), batch[start : start + 5000])
        if db.engine.dialect.name == "postgresql":
            for model in ORDER:
                if "id" in model.__table__.columns and rows.count(model):
                    name = model.__tablename__
                    session.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                            f"(SELECT max(id) FROM {name}))"
                        )
                    )
    return DemoSummary(
        companies=rows.count(Company),
        dancers=rows.count(Dancer),
        measurement_sets=rows.count(MeasurementSet),
        costumes=rows.count(CostumeItem),
        tutus=rows.count(Tutu),
        alterations=rows.count(Alteration),
        materials=rows.count(Material),
        pointe_specs=rows.count(PointeSpec),
        ledger_entries=rows.count(StockEntry),
        seconds=time.perf_counter() - started,
    )


class _Builder(PeopleBuilder, ItemBuilder, ShowBuilder, StockBuilder, PatternBuilder):
    """The whole demo, company by company: its places here, its dancers, costumes and stock
    by the parts it is made of."""

    def __init__(self, rng: random.Random, scale: int, now: datetime) -> None:
        self.rng = rng
        # Draws added since the first demo (batches, past orders) come from a generator of
        # their own, so that a seed still makes the same dancers, items and stock as before.
        self.side = random.Random(0xBA11E7)
        self.scale = scale
        self.now = now
        self.today = now.date()
        self.rows = Rows()
        self.suppliers: dict[str, int] = {}
        self.titles: dict[int, str] = {}
        self.role_names: dict[int, str] = {}

    # -- the whole demo -------------------------------------------------------------------
    def build(self) -> None:
        for maker in cat.MAKERS:
            self.suppliers[maker.maker] = self.rows.add(
                Supplier,
                name=maker.maker,
                contact="",
                email="",
                phone="",
                lead_time_weeks=maker.lead_weeks,
                notes="",
            )
        for plan in (cat.PARIS, cat.NEW_YORK):
            for name, email, _ in cat.FABRIC_SUPPLIERS[plan.code]:
                self.suppliers[name] = self.rows.add(
                    Supplier,
                    name=name,
                    contact="",
                    email=email,
                    phone="",
                    lead_time_weeks=3,
                    notes="",
                )
        for plan in (cat.PARIS, cat.NEW_YORK):
            self._company(plan)

    def _company(self, plan: cat.CompanyPlan) -> None:
        company_id = self.rows.add(
            Company,
            name=plan.name,
            code=plan.code,
            city=plan.city,
            address=plan.address,
            language=plan.language,
            units=plan.units,
            currency=plan.currency,
            paper=plan.paper,
            season_start_month=9,
            safety_weeks=4,
            time_zone=plan.time_zone,
            hourly_rate=3000 if plan.language == "fr" else 3800,  # the workroom's, an hour
        )
        self.company_id, self.plan, self.tag_number = company_id, plan, 0
        self.ordered: dict[int, list[tuple[int, int, int | None]]] = {}  # supplier: specs
        self.french = plan.language == "fr"
        self._locations()
        dancers = self._dancers()
        pools = {
            key: [d for d in dancers if d.female == (key[1] == "f") and d.group == key[0]]
            for key in (
                ("lead", "f"),
                ("solo", "f"),
                ("corps", "f"),
                ("lead", "m"),
                ("solo", "m"),
                ("corps", "m"),
            )
        }
        self.tutu_ids: list[tuple[int, int]] = []  # (costume id, layers)
        self.cast_numbers = {}
        for unit in range(1, self.scale + 1):
            for index, roles in enumerate((repertoire.NUTCRACKER, repertoire.SLEEPING_BEAUTY)):
                title = plan.productions[index]
                if unit > 1:
                    title += f" ({'jeu' if self.french else 'set'} {unit})"
                production_id, role_ids = self._production(title, roles, pools, unit)
                part_ids = self._running_order(production_id, roles, role_ids)
                if unit == 1 and index == 0:
                    self._schedule(production_id, role_ids)
                    first = (production_id, roles, role_ids, part_ids)
            self._rehearsal_wear(unit)
        self._doubles(dancers)
        self._dressing_plan(*first)  # once the doubles are cast, beside their principals
        for dancer in dancers:
            if dancer.female:
                self._pointe(dancer)
        self._patterns(self._materials())
        self._makers()
        self._past_orders()
        self.rows.add(TagCounter, company_id=company_id, next_number=self.tag_number + 1)

    # -- where things hang --------------------------------------------------------------
    def _locations(self) -> None:
        plan, company = self.plan, self.company_id
        rooms = [
            self.rows.add(Location, company_id=company, parent_id=None, name=room, kind="room")
            for room in plan.rooms
        ]
        self.racks = [
            self.rows.add(
                Location,
                company_id=company,
                parent_id=rooms[0],
                name=f"{plan.rack} {n}",
                kind="rack",
            )
            for n in range(1, 20 * self.scale + 1)
        ]
        self.hoists = [
            self.rows.add(
                Location,
                company_id=company,
                parent_id=rooms[1],
                name=f"{plan.hoist} {n}",
                kind="hoist",
            )
            for n in range(1, 8 * self.scale + 1)
        ]
        self.bins = [
            self.rows.add(
                Location, company_id=company, parent_id=rooms[2], name=f"{plan.bin} {n}", kind="bin"
            )
            for n in range(1, 30 * self.scale + 1)
        ]
