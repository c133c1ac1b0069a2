"""Records of costume items and where they go: an item and its tutu, its alterations, a
company, an engagement, a loan and its packing list, the doubles report, a dancer's page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .people import DancerRecord, MeasurementRecord
from .stock import PointeSpecRecord


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
    time_zone: str = "Europe/Paris"  # its wall clock: the schedule, the calendars


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
