"""Records of stock: a material, a pointe-shoe specification, a ledger line and a ledger
mismatch, an alert and the alerts by supplier."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from ..domain.units import base_to_stock
from ..language.i18n import Text
from ..language.vocabulary import describe_spec


@dataclass(frozen=True)
class MaterialRecord:
    id: int
    company_id: int
    company: str
    name: str
    kind: str
    colour: str
    width_mm: int | None
    unit: str
    on_hand: int
    on_order: int
    minimum: int
    target: int
    supplier: str
    unit_cost: int | None
    currency: str
    notes: str
    version: int
    units: str = "metric"  # its company's: a width shows in cm, or in inches in New York
    # Base units used a month, learned from the ledger's last twelve weeks (None: too little
    # history), and whether the last four weeks ran well above the eight before.
    used_per_month: float | None = None
    use_jumped: bool = False
    reserved: int = 0  # what open builds hold of what is on hand

    @property
    def on_hand_units(self) -> Decimal:
        return base_to_stock(self.on_hand, self.unit)

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved

    @property
    def is_low(self) -> bool:
        return self.available < self.minimum


@dataclass(frozen=True)
class PointeSpecRecord:
    id: int
    dancer_id: int
    dancer: str
    company: str
    maker: str
    model: str
    size: str
    width: str
    shank: str
    vamp: str
    box: str
    maker_mark: str
    supplier: str
    pairs_on_hand: int
    pairs_on_order: int
    pairs_per_week: float
    lead_time_weeks: int
    minimum_pairs: int | None
    target_pairs: int | None
    season_allowance: int | None
    unit_cost: int | None
    currency: str
    active: bool
    version: int
    safety_weeks: int = 4
    dancer_active: bool = True  # a dancer who no longer dances raises no alert
    # Pairs a week learned from the ledger's last twelve weeks (None: too little history):
    # the rate weeks left are counted at, as the alerts count them.
    learned_per_week: float | None = None

    @property
    def description(self) -> str:
        """How a specification reads: "Grishko 2007, 5.5, XXX, medium shank"."""
        return str(self.described)

    @property
    def described(self) -> Text:
        """The same, to be said in any language."""
        return describe_spec(
            self.maker,
            self.model,
            self.size,
            self.width,
            self.shank,
            self.vamp,
            self.box,
            self.maker_mark,
        )

    @property
    def rate_used(self) -> float:
        """Pairs a week as the alerts count them: learned where there is history enough."""
        return self.learned_per_week if self.learned_per_week is not None else self.pairs_per_week

    @property
    def weeks_left(self) -> float | None:
        if self.rate_used <= 0:
            return None
        return self.pairs_on_hand / self.rate_used


@dataclass(frozen=True)
class StockEntryRecord:
    id: int
    occurred_at: datetime
    kind: str
    item: str
    unit: str
    quantity: int
    balance_after: int
    actor: str
    reason: str
    costume_tag: str


@dataclass(frozen=True)
class Alert:
    """One low item: what, for whom, why, and how much to order to reach the target."""

    kind: str  # "material" or "pointe"
    item_id: int
    company: str
    what: str
    for_whom: str  # the dancer, for pointe shoes; "" for materials
    reason: str  # "below_minimum", "wont_last_lead_time", "below_minimum_pairs"
    unit: str
    on_hand: int  # base units (mm, pieces, pairs)
    on_order: int
    minimum: int
    target: int
    to_order: int  # in the stock unit, rounded up: what to put on the order
    supplier: str
    unit_cost: int | None
    currency: str
    weeks_left: float | None = None
    lead_time_weeks: int | None = None
    safety_weeks: int | None = None
    pairs_per_week: float | None = None  # the rate the alert used
    # Pointe shoes: the rate typed in, the one learned from the ledger's last twelve weeks
    # (None: too little history), which one was used, and whether use has jumped lately.
    entered_per_week: float | None = None
    learned_per_week: float | None = None
    rate_source: str = "entered"  # or "learned"
    use_jumped: bool = False
    # The sent orders that bring more of it (their numbers): "covered by order PO-BN-0003".
    orders: tuple[str, ...] = ()
    # What open builds hold of it (base units; the alert counts on hand less this) and which.
    reserved: int = 0
    reserved_by: tuple[str, ...] = ()
    # ``what`` to be said in any language (a pointe specification's shank, vamp...); None:
    # ``what`` is a name, the same in every language
    described: Text | None = field(default=None, compare=False)

    def what_in(self, language: str) -> str:
        return self.what if self.described is None else self.described.say(language)

    @property
    def order_cost(self) -> int | None:
        return None if self.unit_cost is None else self.unit_cost * self.to_order

    @property
    def covered_by_orders(self) -> bool:
        return self.to_order == 0


@dataclass(frozen=True)
class SupplierAlerts:
    supplier: str
    alerts: tuple[Alert, ...]
    totals: dict[str, int] = field(default_factory=dict)  # currency -> minor units


@dataclass(frozen=True)
class LedgerMismatch:
    kind: str
    item_id: int
    item: str
    on_hand: int
    ledger_sum: int
    unit: str = "pairs"
