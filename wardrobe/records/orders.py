"""Records of purchase orders: an order and its lines, the drafts made from the alerts, a
supplier's lead time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from ..domain.units import base_to_stock
from ..language.i18n import Text


@dataclass(frozen=True)
class OrderLineRecord:
    line_no: int
    kind: str  # "material" or "pointe"
    item_id: int  # the material's or the pointe specification's id
    what: str  # the material's name, or the specification in English
    for_whom: str  # the dancer, for pointe shoes
    unit: str  # the stock unit: m, yd, pcs... or "pairs"
    quantity: int  # base units ordered (mm, pieces, pairs)
    received: int
    unit_cost: int | None  # minor units per stock unit or pair
    pack: int | None = None  # base units the supplier sells it by (a bolt, a batch)
    described: Text | None = field(default=None, compare=False)

    def what_in(self, language: str) -> str:
        return self.what if self.described is None else self.described.say(language)

    @property
    def outstanding(self) -> int:
        return max(0, self.quantity - self.received)

    @property
    def quantity_units(self) -> Decimal:
        return base_to_stock(self.quantity, self.unit)

    @property
    def cost(self) -> int | None:
        """The line's price in minor units (unit price times the quantity in stock units)."""
        if self.unit_cost is None:
            return None
        return int((self.unit_cost * self.quantity_units).to_integral_value())


@dataclass(frozen=True)
class OrderRecord:
    number: str
    company: str
    company_id: int
    supplier: str
    status: str  # draft, sent, part_received, received, cancelled
    currency: str
    created_at: datetime
    created_by: str
    sent_at: datetime | None
    received_at: datetime | None
    cancelled_at: datetime | None
    lines: tuple[OrderLineRecord, ...]
    version: int
    notes: str = ""
    supplier_contact: str = ""
    supplier_email: str = ""
    supplier_phone: str = ""

    @property
    def total(self) -> int | None:
        """The order's total in minor units, or None when a line has no price."""
        costs = [line.cost for line in self.lines]
        return None if not costs or None in costs else sum(c for c in costs if c is not None)

    @property
    def is_open(self) -> bool:
        return self.status in ("sent", "part_received")


@dataclass(frozen=True)
class DraftedOrders:
    """What drafting from the alerts did: the draft orders written (new, or added to), the
    alerts left out because their item has no supplier, and those already on a draft."""

    orders: tuple[OrderRecord, ...]
    without_supplier: tuple[str, ...]
    already_drafted: int


@dataclass(frozen=True)
class SupplierLeadTime:
    supplier: str
    entered_weeks: int | None
    learned_weeks: float | None  # from sent to received, over the orders received
    orders: int  # the orders it is learned from
