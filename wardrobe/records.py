"""Plain frozen records the services return; the GUI and the command line never see ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from .i18n import Text
from .units import base_to_stock
from .words import describe_spec


@dataclass(frozen=True)
class CompanyRecord:
    id: int
    name: str
    code: str
    city: str
    language: str
    units: str
    currency: str
    paper: str
    safety_weeks: int
    address: str = ""  # postal, several lines: printed on its purchase orders


@dataclass(frozen=True)
class TutuRecord:
    style: str
    net_layers: int
    hoop_layer: int | None
    net_colour: str
    net_type: str
    basque: str


@dataclass(frozen=True)
class CostumeRecord:
    id: int
    tag: str
    name: str
    piece_type: str
    company_id: int
    company: str
    production: str
    role: str
    colour: str
    size: str
    built_for: str
    location: str
    condition: str
    status: str
    out_to: str
    out_to_id: int | None
    out_since: datetime | None
    replacement_value: int | None
    currency: str
    notes: str
    tutu: TutuRecord | None
    version: int
    location_id: int | None = None
    # On loan now: to whom, until when; in transit between the scans leaving and arriving.
    lent_to: str = ""
    lent_until: date | None = None
    in_transit: bool = False


@dataclass(frozen=True)
class EngagementRecord:
    """A dancer's guest engagement: ``home`` lends her to ``host`` from ``starts_on`` until
    ``until`` (None: open-ended); over once ``ended_on`` is set."""

    id: int
    dancer_id: int
    dancer: str
    home_id: int
    home: str
    host_id: int
    host: str
    starts_on: date
    until: date | None
    ended_on: date | None
    swap_id: int | None
    pairs_taken: int
    items_away: int  # items lent with her, not yet back
    version: int

    def is_current(self, on: date) -> bool:
        return self.ended_on is None and self.starts_on <= on


@dataclass(frozen=True)
class LoanRecord:
    """An item lent to a company or an outside borrower; ``returned_on`` once back. A loan
    that travels is ``in transit`` between the scan leaving and the scan arriving."""

    id: int
    item_id: int
    tag: str
    name: str
    lender: str
    borrower: str
    borrower_company_id: int | None
    engagement_id: int | None
    dancer: str  # the dancer on engagement the item went with, if any
    lent_on: date
    due_on: date | None
    returned_on: date | None
    condition_out: str
    condition_back: str | None
    left_at: datetime | None
    arrived_at: datetime | None
    replacement_value: int | None
    currency: str
    version: int

    @property
    def in_transit(self) -> bool:
        return self.left_at is not None and self.arrived_at is None and self.returned_on is None

    def overdue(self, on: date) -> bool:
        return self.returned_on is None and self.due_on is not None and self.due_on < on


@dataclass(frozen=True)
class PackingList:
    """What travels with a guest: her costumes (each with its tag, value and condition as it
    left), her pointe specification and the pairs she took."""

    engagement: EngagementRecord
    home: CompanyRecord
    host: CompanyRecord
    items: tuple[LoanRecord, ...]
    pointe: PointeSpecRecord | None


@dataclass(frozen=True)
class DoublePair:
    """A principal and her double: their pieces of one production side by side (a piece
    without its twin beside None), and the measures that differ beyond the tolerance
    (key, hers, the double's, in mm)."""

    principal: DancerRecord
    double: DancerRecord
    pieces: tuple[tuple[CostumeRecord | None, CostumeRecord | None], ...]
    differences: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class DoublesReport:
    production: str
    company: CompanyRecord
    pairs: tuple[DoublePair, ...]
    tolerance_mm: int


@dataclass(frozen=True)
class AlterationRecord:
    id: int
    costume_tag: str
    costume_name: str
    kind: str
    description: str
    for_dancer: str
    requested_on: date
    done_on: date | None
    done_by: str
    done_note: str = ""

    @property
    def is_open(self) -> bool:
        return self.done_on is None


@dataclass(frozen=True)
class DancerRecord:
    id: int
    name: str
    company_id: int
    company: str
    units: str
    rank: str
    active: bool
    doubles: str
    notes: str
    version: int
    # On a guest engagement now: the host (its units are ``units``) and until when.
    engaged_at: str = ""
    engaged_at_id: int | None = None
    engaged_until: date | None = None


@dataclass(frozen=True)
class MeasurementRecord:
    id: int
    dancer_id: int
    measured_on: date
    taken_by: str
    notes: str
    values: dict[str, int | None]
    shoe_size: str
    warnings: tuple[str, ...] = ()
    # For the latest values of every measure (see current_measurements): the day each was
    # taken, where that is before ``measured_on`` (a partial re-measure keeps older ones).
    taken_on: dict[str, date] = field(default_factory=dict)


def current_measurements(newest_first: list[MeasurementRecord]) -> MeasurementRecord | None:
    """The latest value of every measure across a dancer's dated sets, each with its day: a
    re-measure of the waist and hips alone leaves the other measures as last taken."""
    if not newest_first:
        return None
    newest = newest_first[0]
    values: dict[str, int | None] = dict(newest.values)
    taken_on: dict[str, date] = {}
    shoe_size = newest.shoe_size
    for older in newest_first[1:]:
        for key, value in older.values.items():
            if values.get(key) is None and value is not None:
                values[key] = value
                taken_on[key] = older.measured_on
        if not shoe_size and older.shoe_size:
            shoe_size = older.shoe_size
            taken_on["shoe_size"] = older.measured_on
    return MeasurementRecord(
        id=newest.id,
        dancer_id=newest.dancer_id,
        measured_on=newest.measured_on,
        taken_by=newest.taken_by,
        notes=newest.notes,
        values=values,
        shoe_size=shoe_size,
        warnings=newest.warnings,
        taken_on=taken_on,
    )


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

    @property
    def on_hand_units(self) -> Decimal:
        return base_to_stock(self.on_hand, self.unit)

    @property
    def is_low(self) -> bool:
        return self.on_hand < self.minimum


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
class SearchHit:
    kind: str  # "costume", "dancer", "material"
    id: int
    key: str  # the tag for a costume, the name otherwise
    title: str
    detail: str
    company: str


@dataclass(frozen=True)
class DancerDetail:
    dancer: DancerRecord
    latest: MeasurementRecord | None
    history: tuple[MeasurementRecord, ...]
    roles: tuple[tuple[str, str], ...]  # (production, role), each cast
    costumes: tuple[CostumeRecord, ...]  # built for the dancer or out to the dancer
    pointe: tuple[PointeSpecRecord, ...]
    open_alterations: tuple[AlterationRecord, ...]
    doubled_by: tuple[str, ...] = ()  # the dancers who double her
    # Rates learned from the ledger, by specification: (spec id, pairs a week over the last
    # twelve weeks, over the last four, whether use has jumped).
    learned_rates: tuple[tuple[int, float, float, bool], ...] = ()


@dataclass(frozen=True)
class LedgerMismatch:
    kind: str
    item_id: int
    item: str
    on_hand: int
    ledger_sum: int
    unit: str = "pairs"


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
