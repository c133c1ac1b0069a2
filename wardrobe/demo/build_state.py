"""What the demo's builder keeps while it builds: the rows per table (ids handed out in
insertion order), the dancers drawn, and the state each part of the builder reads."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..models import Base
from .catalogue import CompanyPlan


@dataclass
class Rows:
    """Rows per table, with ids handed out in insertion order."""

    tables: dict[type[Base], list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: type[Base], /, **values: Any) -> int:
        rows = self.tables.setdefault(model, [])
        if "id" in model.__table__.columns and "id" not in values:
            values["id"] = len(rows) + 1
        rows.append(values)
        return values.get("id", 0)

    def count(self, model: type[Base]) -> int:
        return len(self.tables.get(model, []))


@dataclass
class DancerInfo:
    id: int
    name: str
    female: bool
    group: str  # lead, solo, corps, junior
    rank: str


class BuilderState:
    """The builder's state, declared once for each of its parts (people, items, stock): set
    by the builder as it goes from one company to the next."""

    rng: random.Random
    side: random.Random  # draws added since the first demo: a seed still makes the same rest
    scale: int
    now: datetime
    today: date
    rows: Rows
    suppliers: dict[str, int]
    titles: dict[int, str]
    role_names: dict[int, str]
    company_id: int
    plan: CompanyPlan
    tag_number: int
    french: bool
    ordered: dict[int, list[tuple[int, int, int | None]]]  # supplier: specs
    tutu_ids: list[tuple[int, int]]  # (costume id, layers)
    cast_numbers: dict[tuple[int, int], int]  # (dancer id, role id): her cast
    racks: list[int]
    bins: list[int]
    hoists: list[int]
