"""What the charts show, read from the stock ledger as plain numbers: a dancer's pairs issued
each week with the weeks her pairs on hand would last at the end of each week (against the
maker's lead time and the safety margin), and a material's use each month with what was on
hand at each month's end (against its minimum, the reorder point)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from ..models import Company, StockEntry
from ..store.database import Database
from . import lookup, rates
from .lookup import Ref


@dataclass(frozen=True)
class PointeUse:
    dancer: str
    weeks: tuple[date, ...]  # each week's Monday, oldest first
    issued: tuple[int, ...]  # pairs issued that week
    on_hand: tuple[int, ...]  # pairs held at the week's end
    weeks_left: tuple[float | None, ...]  # at the week's end, at the rate used
    per_week: float  # the rate the weeks left are counted at (learned, else entered)
    rate_source: str  # "learned" or "entered"
    lead_time_weeks: int
    safety_weeks: int


@dataclass(frozen=True)
class MaterialUse:
    name: str
    unit: str
    months: tuple[date, ...]  # each month's first day, oldest first
    used: tuple[int, ...]  # base units used that month
    on_hand: tuple[int, ...]  # base units at the month's end
    minimum: int


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def pointe_use(db: Database, spec: Ref, *, weeks: int = 16, today: date | None = None) -> PointeUse:
    today = today or date.today()
    with db.read() as session:
        row = lookup.pointe_spec(session, spec)
        company = session.get(Company, row.company_id)
        safety = company.safety_weeks if company is not None else 4
        learned = rates.pointe_rates(session, [row.id]).get(row.id)
        per_week = learned.per_week if learned is not None else row.pairs_per_week
        entries = session.execute(
            select(StockEntry.occurred_at, StockEntry.kind, StockEntry.quantity)
            .where(StockEntry.pointe_spec_id == row.id)
            .order_by(StockEntry.occurred_at, StockEntry.id)
        ).all()
        # From her first pairs (a new specification has a shorter chart), at most ``weeks``.
        first = _monday(today) - timedelta(weeks=weeks - 1)
        if entries:
            first = max(first, _monday(entries[0][0].date()))
        weeks = (_monday(today) - first).days // 7 + 1
        starts = tuple(first + timedelta(weeks=n) for n in range(weeks))
        ends = [start + timedelta(weeks=1) for start in starts]
        issued, held = _by_period(entries, starts, ends, "issued")
        left = tuple(round(h / per_week, 1) if per_week > 0 else None for h in held)
        return PointeUse(
            dancer=row.dancer.name,
            weeks=starts,
            issued=tuple(issued),
            on_hand=tuple(held),
            weeks_left=left,
            per_week=per_week,
            rate_source="learned" if learned is not None else "entered",
            lead_time_weeks=row.lead_time_weeks,
            safety_weeks=safety,
        )


def material_use(
    db: Database, material: Ref, *, months: int = 12, today: date | None = None
) -> MaterialUse:
    today = today or date.today()
    with db.read() as session:
        row = lookup.material(session, material)
        firsts = []
        year, month = today.year, today.month
        for _ in range(months):
            firsts.append(date(year, month, 1))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        firsts.reverse()
        entries = session.execute(
            select(StockEntry.occurred_at, StockEntry.kind, StockEntry.quantity)
            .where(StockEntry.material_id == row.id)
            .order_by(StockEntry.occurred_at, StockEntry.id)
        ).all()
        if entries:  # from the month of its first movement, at most ``months``
            opened = entries[0][0].date().replace(day=1)
            firsts = [first for first in firsts if first >= opened] or firsts[-1:]
        used, held = _by_period(entries, firsts, [*firsts[1:], _next_month(firsts[-1])], "used")
        return MaterialUse(
            name=row.name,
            unit=row.unit,
            months=tuple(firsts),
            used=tuple(used),
            on_hand=tuple(held),
            minimum=row.minimum,
        )


def _by_period(
    entries: Sequence[Any], starts: Sequence[date], ends: Sequence[date], kind: str
) -> tuple[list[int], list[int]]:
    """Per period: what went out as ``kind`` in it, and the balance at its end (the ledger's
    entries, oldest first, summed from the first)."""
    moved, held = [0] * len(starts), [0] * len(starts)
    balance, index = 0, 0
    for n, (start, end) in enumerate(zip(starts, ends, strict=True)):
        until = datetime.combine(end, datetime.min.time())
        while index < len(entries) and entries[index][0] < until:
            when, entry_kind, quantity = entries[index]
            balance += quantity
            if entry_kind == kind and when.date() >= start:
                moved[n] -= quantity
            index += 1
        held[n] = balance
    return moved, held


def _next_month(first: date) -> date:
    return date(first.year + 1, 1, 1) if first.month == 12 else date(first.year, first.month + 1, 1)
