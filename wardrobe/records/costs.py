"""Records of what things cost: a build (its materials at their cost, its hours at the maker's
or the workroom's rate), a production against its budget, the value of an inventory; and the
workroom's calendar (each maker's hours a week against what she can work, builds that cannot
be ready in time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..language.i18n import Text


@dataclass(frozen=True)
class BuildCost:
    build_id: int
    title: str
    materials: int  # minor units
    labour: int
    hours: float
    estimated: bool  # open: what it needs and its standard hours; else what it used and took

    @property
    def total(self) -> int:
        return self.materials + self.labour


@dataclass(frozen=True)
class CostLine:
    what: str
    amount: int  # minor units


@dataclass(frozen=True)
class ProductionCost:
    production_id: int
    production: str
    company: str
    currency: str
    budget: int | None
    builds: tuple[BuildCost, ...]
    orders: tuple[CostLine, ...]  # purchase orders charged to it
    pointe: CostLine  # pointe shoes issued to its cast
    unpriced: tuple[str, ...]  # what has no cost recorded (a material, a pair, an hour)

    @property
    def total(self) -> int:
        return (
            sum(b.total for b in self.builds)
            + sum(o.amount for o in self.orders)
            + self.pointe.amount
        )

    @property
    def left(self) -> int | None:
        return None if self.budget is None else self.budget - self.total


@dataclass(frozen=True)
class InventoryValue:
    company: str
    currency: str
    by_production: tuple[CostLine, ...]
    by_type: tuple[CostLine, ...]
    unvalued: int  # items with no replacement value

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.by_production)


@dataclass(frozen=True)
class MakerWeek:
    maker: str  # "" the workroom: stages given to no one
    week: date  # its Monday
    hours: float
    capacity: float
    company: str = ""


@dataclass(frozen=True)
class LateBuild:
    build_id: int
    title: str
    due_on: date
    said: Text
