"""Low-stock rules as pure functions: a material under its minimum; pointe shoes that will not
last the maker's lead time (plus a safety margin) at the dancer's rate of use."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .units import STOCK_UNITS

# Once ordered, a batch should carry a dancer this many weeks beyond the lead time and margin.
COVER_WEEKS = 12


@dataclass(frozen=True)
class MaterialLevel:
    on_hand: int
    on_order: int
    minimum: int
    target: int
    unit: str
    reserved: int = 0  # what open builds hold of what is on hand

    @property
    def available(self) -> int:
        return self.on_hand - self.reserved


@dataclass(frozen=True)
class PointeLevel:
    pairs_on_hand: int
    pairs_on_order: int
    pairs_per_week: float
    lead_time_weeks: int
    safety_weeks: int
    minimum_pairs: int | None
    target_pairs: int | None


def material_is_low(level: MaterialLevel) -> bool:
    """Low when what is free (on hand, less what builds hold) is under the minimum, even
    while the shelf still holds it."""
    return level.available < level.minimum


def material_order_units(level: MaterialLevel) -> int:
    """Whole stock units (m, yd, pcs) that bring on hand plus on order up to the target."""
    missing = level.target - level.available - level.on_order
    if missing <= 0:
        return 0
    per_unit = STOCK_UNITS[level.unit]
    return math.ceil(missing / per_unit)


def pointe_pairs_needed(level: PointeLevel) -> int:
    """Pairs that last until a new order arrives, with the safety margin."""
    return math.ceil(level.pairs_per_week * (level.lead_time_weeks + level.safety_weeks))


def pointe_target(level: PointeLevel) -> int:
    if level.target_pairs is not None:
        return level.target_pairs
    cover = level.lead_time_weeks + level.safety_weeks + COVER_WEEKS
    return max(math.ceil(level.pairs_per_week * cover), level.minimum_pairs or 0)


def pointe_low_reason(level: PointeLevel) -> str | None:
    """Why the pairs on hand are too few, or None when they are enough."""
    if level.pairs_per_week > 0 and level.pairs_on_hand < pointe_pairs_needed(level):
        return "wont_last_lead_time"
    if level.minimum_pairs is not None and level.pairs_on_hand < level.minimum_pairs:
        return "below_minimum_pairs"
    return None


def pointe_order_pairs(level: PointeLevel) -> int:
    return max(0, pointe_target(level) - level.pairs_on_hand - level.pairs_on_order)


def weeks_left(pairs_on_hand: int, pairs_per_week: float) -> float | None:
    return None if pairs_per_week <= 0 else pairs_on_hand / pairs_per_week
