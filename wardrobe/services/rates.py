"""Rates of use learned from the stock ledger: a dancer's pointe pairs issued per week over the
last twelve weeks, and the metres of tulle or net used per month, beside the rates typed in.
A rate is learned once there are six weeks of history; a dancer whose last four weeks run
well above the eight before (a premiere, a new role) is pointed out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..models import StockEntry
from ..units import STOCK_UNITS

WINDOW_WEEKS = 12
ENOUGH_WEEKS = 6  # less history than this: the rate typed in is used
RECENT_WEEKS = 4
WEEKS_A_MONTH = 52 / 12
JUMP = 1.5  # the last four weeks at this many times the eight before, and one pair a week more


def per_month(per_week: float, unit: str) -> int:
    """A learned use a week (base units) as a month's, rounded to whole stock units (metres,
    yards, cards): what "about 12 m a month" says."""
    size = float(STOCK_UNITS[unit])
    return round(round(per_week * WEEKS_A_MONTH / size) * size)


@dataclass(frozen=True)
class LearnedRate:
    per_week: float  # over the window (or the history, when shorter)
    weeks: float  # the weeks of history it is learned from
    recent_per_week: float  # the last four weeks
    jumped: bool


def pointe_rates(
    session: Session, spec_ids: list[int] | None = None, now: datetime | None = None
) -> dict[int, LearnedRate]:
    """Learned pairs a week, by specification, for those with enough history."""
    return _learned(session, StockEntry.pointe_spec_id, "issued", spec_ids, now)


def material_rates(
    session: Session, material_ids: list[int] | None = None, now: datetime | None = None
) -> dict[int, LearnedRate]:
    """Learned use a week (base units: mm of tulle, pieces) by material; ×52/12 a month."""
    return _learned(session, StockEntry.material_id, "used", material_ids, now)


def _learned(session: Session, column, kind: str, ids: list[int] | None, now):  # noqa: ANN001, ANN202
    now = now or datetime.utcnow()
    start = now - timedelta(weeks=WINDOW_WEEKS)
    recent = now - timedelta(weeks=RECENT_WEEKS)
    first_use = (
        select(column.label("item"), func.min(StockEntry.occurred_at).label("first"))
        .where(column.is_not(None), StockEntry.kind == kind)
        .group_by(column)
    )
    if ids is not None:
        first_use = first_use.where(column.in_(ids))
    firsts = {item: first for item, first in session.execute(first_use)}
    window = (
        select(
            column,
            func.sum(StockEntry.quantity),
            func.sum(case((StockEntry.occurred_at >= recent, StockEntry.quantity), else_=0)),
        )
        .where(
            column.is_not(None),
            StockEntry.kind == kind,
            StockEntry.occurred_at >= start,
            StockEntry.occurred_at <= now,
        )
        .group_by(column)
    )
    if ids is not None:
        window = window.where(column.in_(ids))
    found: dict[int, LearnedRate] = {}
    for item, total, recent_total in session.execute(window):
        first = firsts.get(item)
        if first is None:
            continue
        span = min(WINDOW_WEEKS, (now - first).total_seconds() / (7 * 86400))
        if span < ENOUGH_WEEKS:
            continue
        used = -(total or 0)
        recent_used = -(recent_total or 0)
        per_week = used / span
        recent_per_week = recent_used / RECENT_WEEKS
        earlier_weeks = span - RECENT_WEEKS
        earlier = (used - recent_used) / earlier_weeks if earlier_weeks > 0 else 0.0
        jumped = recent_per_week >= JUMP * earlier and recent_per_week - earlier >= 1.0
        found[item] = LearnedRate(
            per_week=round(per_week, 2),
            weeks=round(span, 1),
            recent_per_week=round(recent_per_week, 2),
            jumped=jumped,
        )
    return found
