"""Pointe shoes per dancer: specifications, pairs issued and received, orders placed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from ..database import Database
from ..errors import BadQuantity, InvalidInput, OutOfRange, StaleEdit
from ..models import Dancer, PointeSpec, StockEntry
from ..records import PointeSpecRecord
from ..units import money_to_minor, parse_number
from . import convert, ledger, lookup
from .lookup import Ref

MAX_PAIRS_AT_ONCE = 300  # a year's shoes for two étoiles; more is a typing mistake
MAX_PAIRS_PER_WEEK = 20


def pairs_count(value: int | str, field: str = "pairs", *, allow_zero: bool = False) -> int:
    number = parse_number(value, field)
    if number != number.to_integral():
        raise BadQuantity(field=field, detail=f"{value}: pointe shoes come in whole pairs")
    pairs = int(number)
    if pairs < 0 or (pairs == 0 and not allow_zero):
        raise BadQuantity(field=field, detail=f"{value}: give a number of pairs above zero")
    if pairs > MAX_PAIRS_AT_ONCE:
        raise BadQuantity(
            field=field,
            detail=f"{value} pairs at once is more than {MAX_PAIRS_AT_ONCE}: "
            "probably a typing mistake",
        )
    return pairs


def pairs_per_week(value: float | str) -> float:
    rate = parse_number(value, "pairs per week")
    if not 0 <= rate <= MAX_PAIRS_PER_WEEK:
        raise OutOfRange(field="Pairs per week", value=rate, low=0, high=MAX_PAIRS_PER_WEEK)
    return float(rate)


def lead_time_weeks(value: int | str) -> int:
    weeks = int(parse_number(value, "lead time"))
    if not 0 <= weeks <= 104:
        raise OutOfRange(field="Lead time (weeks)", value=value, low=0, high=104)
    return weeks


def _optional_pairs(value: int | str | None, field: str) -> int | None:
    if value in (None, ""):
        return None
    assert value is not None
    return pairs_count(value, field, allow_zero=True)


def _fill(session, row: PointeSpec, fields: dict) -> None:  # noqa: ANN001
    row.maker = lookup.required_text(fields["maker"], "maker", 80)
    row.model = lookup.optional_text(fields.get("model"), "model", 80)
    row.size = lookup.required_text(str(fields["size"]), "size", 16)
    row.width = lookup.optional_text(fields.get("width"), "width", 16).upper()
    row.shank = lookup.optional_text(fields.get("shank"), "shank", 40).lower()
    row.vamp = lookup.optional_text(fields.get("vamp"), "vamp", 40).lower()
    row.box = lookup.optional_text(fields.get("box"), "box", 40).lower()
    row.maker_mark = lookup.optional_text(fields.get("maker_mark"), "maker's mark", 40)
    supplier = fields.get("supplier")
    row.supplier = lookup.supplier(session, supplier) if supplier else None
    row.pairs_per_week = pairs_per_week(fields.get("pairs_per_week") or 0)
    lead = fields.get("lead_time_weeks")
    if lead in (None, ""):
        lead = row.supplier.lead_time_weeks if row.supplier and row.supplier.lead_time_weeks else 16
    row.lead_time_weeks = lead_time_weeks(lead)
    row.minimum_pairs = _optional_pairs(fields.get("minimum_pairs"), "minimum pairs")
    row.target_pairs = _optional_pairs(fields.get("target_pairs"), "target pairs")
    if row.target_pairs is not None and row.target_pairs < (row.minimum_pairs or 0):
        raise InvalidInput(field="target pairs", detail="the target cannot be below the minimum")
    row.season_allowance = _optional_pairs(fields.get("season_allowance"), "season allowance")
    cost = fields.get("unit_cost")
    row.unit_cost = None if cost in (None, "") else money_to_minor(cost, "cost per pair")
    if row.unit_cost is not None and not 0 <= row.unit_cost <= 100_000:
        raise OutOfRange(field="Cost per pair", value=cost, low=0, high=1000)
    row.notes = (fields.get("notes") or "").strip()


def create_spec(
    db: Database,
    dancer: Ref,
    *,
    maker: str,
    size: str,
    model: str = "",
    width: str = "",
    shank: str = "",
    vamp: str = "",
    box: str = "",
    maker_mark: str = "",
    supplier: Ref | None = None,
    pairs_per_week: float | str = 0,
    lead_time_weeks: int | str | None = None,
    minimum_pairs: int | str | None = None,
    target_pairs: int | str | None = None,
    season_allowance: int | str | None = None,
    unit_cost: str | int | None = None,
    pairs_on_hand: int | str = 0,
    notes: str = "",
    actor: str | None = None,
) -> PointeSpecRecord:
    """A dancer's specification; earlier active ones of the same dancer are retired."""
    fields = dict(locals())
    with db.write() as session:
        who = lookup.dancer(session, dancer)
        row = PointeSpec(dancer=who, pairs_on_hand=0, pairs_on_order=0, active=True)
        _fill(session, row, fields)
        opening = pairs_count(pairs_on_hand, "pairs on hand", allow_zero=True)
        for old in session.scalars(
            select(PointeSpec).where(PointeSpec.dancer_id == who.id, PointeSpec.active)
        ):
            old.active = False
        session.add(row)
        session.flush()
        if opening:
            ledger.post(
                session,
                row,
                "adjusted",
                opening,
                actor=lookup.actor_of(session, actor),
                reason="opening balance",
            )
        session.flush()
        return convert.pointe_record(row)


def edit_spec(db: Database, spec_id: int, *, expected_version: int, **fields) -> PointeSpecRecord:  # noqa: ANN003
    with db.write() as session:
        row = lookup.pointe_spec(session, spec_id, lock=True)
        if row.version != expected_version:
            raise StaleEdit(what=f"the pointe shoes of {row.dancer.name}")
        current = {
            k: getattr(row, k)
            for k in (
                "maker",
                "model",
                "size",
                "width",
                "shank",
                "vamp",
                "box",
                "maker_mark",
                "pairs_per_week",
                "lead_time_weeks",
                "minimum_pairs",
                "target_pairs",
                "season_allowance",
                "notes",
            )
        }
        current["supplier"] = row.supplier.name if row.supplier else None
        current["unit_cost"] = None if row.unit_cost is None else row.unit_cost / 100
        current.update(fields)
        _fill(session, row, current)
        session.flush()
        return convert.pointe_record(row)


def issue_pairs(
    db: Database,
    spec: Ref,
    pairs: int | str,
    *,
    reason: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> PointeSpecRecord:
    """Gives a dancer pairs from the wardrobe's stock made to the dancer's specification."""
    with db.write() as session:
        row = lookup.pointe_spec(session, spec, lock=True)
        lookup.expect_version(row, expected_version, f"pairs for {row.dancer.name}")
        count = pairs_count(pairs)
        ledger.post(
            session,
            row,
            "issued",
            -count,
            actor=lookup.actor_of(session, actor),
            reason=reason or f"issued to {row.dancer.name}",
        )
        session.flush()
        return convert.pointe_record(row)


def receive_pairs(
    db: Database,
    spec: Ref,
    pairs: int | str,
    *,
    reason: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> PointeSpecRecord:
    with db.write() as session:
        row = lookup.pointe_spec(session, spec, lock=True)
        lookup.expect_version(row, expected_version, f"pairs for {row.dancer.name}")
        count = pairs_count(pairs)
        ledger.post(
            session,
            row,
            "received",
            count,
            actor=lookup.actor_of(session, actor),
            reason=reason or "delivery",
            supplier_id=row.supplier_id,
            unit_cost=row.unit_cost,
        )
        row.pairs_on_order = max(0, row.pairs_on_order - count)
        session.flush()
        return convert.pointe_record(row)


def order_pairs(db: Database, spec: Ref, pairs: int | str) -> PointeSpecRecord:
    with db.write() as session:
        row = lookup.pointe_spec(session, spec, lock=True)
        row.pairs_on_order += pairs_count(pairs)
        session.flush()
        return convert.pointe_record(row)


def adjust_pairs(
    db: Database,
    spec: Ref,
    counted: int | str,
    *,
    reason: str,
    actor: str | None = None,
    expected_version: int | None = None,
) -> PointeSpecRecord:
    with db.write() as session:
        row = lookup.pointe_spec(session, spec, lock=True)
        lookup.expect_version(row, expected_version, f"pairs for {row.dancer.name}")
        why = lookup.required_text(reason, "reason", 400)
        count = pairs_count(counted, "counted", allow_zero=True)
        if count == row.pairs_on_hand:
            raise BadQuantity(field="counted", detail=f"the count equals the {count} pairs on hand")
        ledger.post(
            session,
            row,
            "adjusted",
            count - row.pairs_on_hand,
            actor=lookup.actor_of(session, actor),
            reason=why,
        )
        session.flush()
        return convert.pointe_record(row)


def list_specs(
    db: Database, company: Ref | None = None, *, active_only: bool = True
) -> list[PointeSpecRecord]:
    with db.read() as session:
        stmt = (
            select(PointeSpec)
            .join(Dancer, Dancer.id == PointeSpec.dancer_id)
            .options(
                joinedload(PointeSpec.dancer).joinedload(Dancer.company),
                joinedload(PointeSpec.supplier),
            )
        )
        if active_only:
            stmt = stmt.where(PointeSpec.active)
        if company is not None:
            stmt = stmt.where(Dancer.company_id == lookup.company(session, company).id)
        return [convert.pointe_record(r) for r in session.scalars(stmt.order_by(Dancer.name))]


def issued_since(db: Database, spec: Ref, since: date) -> int:
    """Pairs issued to a specification since a date (for the season allowance)."""
    with db.read() as session:
        row = lookup.pointe_spec(session, spec)
        total = session.scalar(
            select(func.coalesce(func.sum(StockEntry.quantity), 0)).where(
                StockEntry.pointe_spec_id == row.id,
                StockEntry.kind == "issued",
                StockEntry.occurred_at >= datetime.combine(since, datetime.min.time()),
            )
        )
        return -int(total or 0)
