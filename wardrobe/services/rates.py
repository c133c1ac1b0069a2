"""Rates of use learned from the stock ledger: a dancer's pointe pairs issued per week over the
last twelve weeks, and the metres of tulle or net used per month, beside the rates typed in.
A rate is learned once there are six weeks of history; a dancer whose last four weeks run
well above the eight before (a premiere, a new role) is pointed out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from ..domain.units import STOCK_UNITS
from ..models import StockEntry

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


def usage(column, kind: str, now: datetime):  # noqa: ANN001, ANN201 - a Select
    """Per item, one pass over its ledger lines of ``kind`` (an index on the item): its first
    use ever, and the lines, the total and the last four weeks' of the window. Joined to a
    query of items (the alerts), or read on its own."""
    start = now - timedelta(weeks=WINDOW_WEEKS)
    recent = now - timedelta(weeks=RECENT_WEEKS)
    at = StockEntry.occurred_at
    in_window = and_(at >= start, at <= now)
    return (
        select(
            column.label("item"),
            func.min(at).label("first"),
            func.sum(case((in_window, 1), else_=0)).label("lines"),
            func.sum(case((in_window, StockEntry.quantity), else_=0)).label("total"),
            func.sum(case((and_(in_window, at >= recent), StockEntry.quantity), else_=0)).label(
                "recent"
            ),
        )
        .where(column.is_not(None), StockEntry.kind == kind)
        .group_by(column)
    )


def learned_rate(
    first: datetime | None, lines: int | None, total: int | None, recent: int | None, now: datetime
) -> LearnedRate | None:
    """The rate an item's usage row teaches, or None (no use in the window, or too little
    history: the rate typed in stands)."""
    if not lines or first is None:
        return None
    span = min(WINDOW_WEEKS, (now - first).total_seconds() / (7 * 86400))
    if span < ENOUGH_WEEKS:
        return None
    used = -(total or 0)
    recent_used = -(recent or 0)
    per_week = used / span
    recent_per_week = recent_used / RECENT_WEEKS
    earlier_weeks = span - RECENT_WEEKS
    earlier = (used - recent_used) / earlier_weeks if earlier_weeks > 0 else 0.0
    jumped = recent_per_week >= JUMP * earlier and recent_per_week - earlier >= 1.0
    return LearnedRate(
        per_week=round(per_week, 2),
        weeks=round(span, 1),
        recent_per_week=round(recent_per_week, 2),
        jumped=jumped,
    )


def _learned(session: Session, column, kind: str, ids: list[int] | None, now):  # noqa: ANN001, ANN202
    now = now or datetime.utcnow()
    stmt = usage(column, kind, now)
    if ids is not None:
        stmt = stmt.where(column.in_(ids))
    found: dict[int, LearnedRate] = {}
    for item, first, lines, total, recent in session.execute(stmt):
        rate = learned_rate(first, lines, total, recent, now)
        if rate is not None:
            found[item] = rate
    return found
