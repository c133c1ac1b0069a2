"""Pointe shoes per dancer: specifications, pairs issued and received, orders placed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from ..domain.units import money_to_minor, parse_number
from ..errors import BadQuantity, InvalidInput, OutOfRange, StaleEdit
from ..language.i18n import N_, Text
from ..models import Dancer, PointeSpec, StockEntry
from ..records import PointeSpecRecord
from ..store.database import Database
from ..store.sorting import alphabetical
from . import convert, holding, ledger, lookup, rates, text_checks
from .lookup import Ref

MAX_PAIRS_AT_ONCE = 300  # a year's shoes for two étoiles; more is a typing mistake
MAX_PAIRS_PER_WEEK = 20


def pairs_count(value: int | str, field: str = "pairs", *, allow_zero: bool = False) -> int:
    number = parse_number(value, field)
    if number != number.to_integral():
        raise BadQuantity(
            field=field, detail=Text("{value}: pointe shoes come in whole pairs", value=value)
        )
    pairs = int(number)
    if pairs < 0 or (pairs == 0 and not allow_zero):
        raise BadQuantity(
            field=field, detail=Text("{value}: give a number of pairs above zero", value=value)
        )
    if pairs > MAX_PAIRS_AT_ONCE:
        raise BadQuantity(
            field=field,
            detail=Text(
                "{value} pairs at once is more than {max_pairs_at_once}: probably a typing mistake",
                value=value,
                max_pairs_at_once=MAX_PAIRS_AT_ONCE,
            ),
        )
    return pairs


def pairs_per_week(value: float | str) -> float:
    rate = parse_number(value, N_("pairs per week"))
    if not 0 <= rate <= MAX_PAIRS_PER_WEEK:
        raise OutOfRange(field=N_("Pairs per week"), value=rate, low=0, high=MAX_PAIRS_PER_WEEK)
    return float(rate)


def lead_time_weeks(value: int | str) -> int:
    weeks = int(parse_number(value, N_("lead time")))
    if not 0 <= weeks <= 104:
        raise OutOfRange(field=N_("Lead time (weeks)"), value=value, low=0, high=104)
    return weeks


def _optional_pairs(value: int | str | None, field: str) -> int | None:
    if value in (None, ""):
        return None
    assert value is not None
    return pairs_count(value, field, allow_zero=True)


def _fill(session, row: PointeSpec, fields: dict) -> None:  # noqa: ANN001
    row.maker = text_checks.required_text(fields["maker"], N_("maker"), 80)
    row.model = text_checks.optional_text(fields.get("model"), N_("model"), 80)
    row.size = text_checks.required_text(str(fields["size"]), N_("size"), 16)
    row.width = text_checks.optional_text(fields.get("width"), N_("width"), 16).upper()
    row.shank = text_checks.optional_text(fields.get("shank"), N_("shank"), 40).lower()
    row.vamp = text_checks.optional_text(fields.get("vamp"), N_("vamp"), 40).lower()
    row.box = text_checks.optional_text(fields.get("box"), N_("box"), 40).lower()
    row.maker_mark = text_checks.optional_text(fields.get("maker_mark"), N_("maker's mark"), 40)
    supplier = fields.get("supplier")
    row.supplier = lookup.supplier(session, supplier) if supplier else None
    row.pairs_per_week = pairs_per_week(fields.get("pairs_per_week") or 0)
    lead = fields.get("lead_time_weeks")
    if lead in (None, ""):
        lead = row.supplier.lead_time_weeks if row.supplier and row.supplier.lead_time_weeks else 16
    row.lead_time_weeks = lead_time_weeks(lead)
    row.minimum_pairs = _optional_pairs(fields.get("minimum_pairs"), N_("minimum pairs"))
    row.target_pairs = _optional_pairs(fields.get("target_pairs"), N_("target pairs"))
    if row.target_pairs is not None and row.target_pairs < (row.minimum_pairs or 0):
        raise InvalidInput(
            field=N_("target pairs"), detail=Text("the target cannot be below the minimum")
        )
    row.season_allowance = _optional_pairs(fields.get("season_allowance"), N_("season allowance"))
    cost = fields.get("unit_cost")
    row.unit_cost = None if cost in (None, "") else money_to_minor(cost, N_("cost per pair"))
    if row.unit_cost is not None and not 0 <= row.unit_cost <= 100_000:
        raise OutOfRange(field=N_("Cost per pair"), value=cost, low=0, high=1000)
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
        row = PointeSpec(
            dancer=who,
            company_id=holding.company_now(session, who).id,
            pairs_on_hand=0,
            pairs_on_order=0,
            active=True,
        )
        _fill(session, row, fields)
        opening = pairs_count(pairs_on_hand, N_("pairs on hand"), allow_zero=True)
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
                reason=N_("opening balance"),
            )
        session.flush()
        return convert.pointe_record(row)


def edit_spec(db: Database, spec_id: int, *, expected_version: int, **fields) -> PointeSpecRecord:  # noqa: ANN003
    with db.write() as session:
        row = lookup.pointe_spec(session, spec_id, lock=True)
        if row.version != expected_version:
            raise StaleEdit(what=ledger.pointe_shoes_of(row.dancer.name))
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
        lookup.expect_version(row, expected_version, ledger.pointe_shoes_of(row.dancer.name))
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
        lookup.expect_version(row, expected_version, ledger.pointe_shoes_of(row.dancer.name))
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
        lookup.expect_version(row, expected_version, ledger.pointe_shoes_of(row.dancer.name))
        why = text_checks.required_text(reason, N_("reason"), 400)
        count = pairs_count(counted, N_("counted"), allow_zero=True)
        if count == row.pairs_on_hand:
            raise BadQuantity(
                field=N_("counted"),
                detail=Text("the count equals the {count} pairs on hand", count=count),
            )
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
                joinedload(PointeSpec.dancer),
                joinedload(PointeSpec.company),
                joinedload(PointeSpec.supplier),
            )
        )
        if active_only:
            stmt = stmt.where(PointeSpec.active)
        if company is not None:
            stmt = stmt.where(PointeSpec.company_id == lookup.company(session, company).id)
        rows = list(session.scalars(stmt.order_by(alphabetical(Dancer.name, db.engine))))
        learned = rates.pointe_rates(session, [r.id for r in rows])
        return [
            convert.pointe_record(r, learned[r.id].per_week if r.id in learned else None)
            for r in rows
        ]


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
