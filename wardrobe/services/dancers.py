"""Dancers, their doubles and castings, and their dated measurements."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from ..domain.measures import BY_KEY
from ..domain.units import Units, body_length_to_mm, format_body_length, weight_to_g
from ..errors import Duplicate, InvalidInput, OutOfRange, StaleEdit
from ..language.folding import fold
from ..language.i18n import N_, Text
from ..language.vocabulary import rank_code
from ..models import (
    Alteration,
    Casting,
    Company,
    CostumeItem,
    Dancer,
    MeasurementSet,
    PointeSpec,
    Role,
)
from ..records import DancerDetail, DancerRecord, MeasurementRecord, current_measurements
from ..store.database import Database
from . import convert, holding, lookup, rates, text_checks
from .lookup import Ref

EARLIEST_MEASUREMENT = date(1950, 1, 1)


def _check_unique(session, company_id: int, name: str, except_id: int | None = None) -> None:  # noqa: ANN001
    """One dancer a company by folded name (the database's index says so too)."""
    clash = session.scalar(
        select(Dancer.id).where(
            Dancer.company_id == company_id,
            Dancer.name_key == fold(name),
            Dancer.id != (except_id or 0),
        )
    )
    if clash is not None:
        raise Duplicate(what=N_("dancer"), key=name)


def create_dancer(
    db: Database,
    *,
    company: Ref,
    name: str,
    rank: str = "",
    active: bool = True,
    doubles: Ref | None = None,
    doubles_actor: str | None = None,
    notes: str = "",
) -> DancerRecord:
    with db.write() as session:
        owner = lookup.company(session, company)
        clean = text_checks.required_text(name, N_("name"), 160)
        _check_unique(session, owner.id, clean)
        row = Dancer(
            company=owner,
            name=clean,
            active=active,
            notes=text_checks.long_text(notes, N_("notes"), required=False),
        )
        row.rank = rank_code(text_checks.optional_text(rank, N_("rank"), 40))
        _set_double(session, row, doubles, doubles_actor)
        row.search_text = convert.dancer_search_text(row)
        session.add(row)
        session.flush()
        return convert.dancer_record(row)


def _set_double(session, row: Dancer, doubles: Ref | None, actor: str | None) -> None:  # noqa: ANN001
    """Whom she doubles (a dancer, or an actor by name), set only where it changes: the same
    double given again writes nothing (an import of an unchanged file leaves her as she is)."""
    other = None
    if doubles:
        other = lookup.dancer(session, doubles)
        if other is row or (row.id is not None and other.id == row.id):
            raise InvalidInput(
                field=N_("double of"), detail=Text("a dancer cannot be their own double")
            )
    named = None
    if other is None and actor and actor.strip():
        named = text_checks.optional_text(actor, N_("double of"), 160)
    if row.doubles_dancer is not other:
        row.doubles_dancer = other
    if row.doubles_actor != named:
        row.doubles_actor = named


def edit_dancer(
    db: Database,
    dancer_id: int,
    *,
    expected_version: int,
    name: str,
    rank: str = "",
    active: bool = True,
    doubles: Ref | None = None,
    doubles_actor: str | None = None,
    notes: str = "",
) -> DancerRecord:
    with db.write() as session:
        row = lookup.dancer(session, dancer_id)
        if row.version != expected_version:
            raise StaleEdit(what=row.name)
        clean = text_checks.required_text(name, N_("name"), 160)
        renamed = clean != row.name
        if renamed:
            _check_unique(session, row.company_id, clean, except_id=row.id)
        row.name = clean
        row.rank = rank_code(text_checks.optional_text(rank, N_("rank"), 40))
        row.active = active
        row.notes = text_checks.long_text(notes, N_("notes"), required=False)
        _set_double(session, row, doubles, doubles_actor)
        row.search_text = convert.dancer_search_text(row)
        if renamed:  # costumes built for the dancer are found by the dancer's name
            for item in session.scalars(
                select(CostumeItem).where(CostumeItem.built_for_id == row.id)
            ):
                item.search_text = convert.costume_search_text(item)
        session.flush()
        return convert.dancer_record(row)


def cast(db: Database, dancer: Ref, production: str, role: str) -> None:
    """Casts a dancer in a role of the company she dances for now (her host's, on a guest
    engagement), creating the production or role if new."""
    with db.write() as session:
        who = lookup.dancer(session, dancer)
        prod = lookup.production(
            session, holding.company_now(session, who).id, production, create=True
        )
        part = lookup.role(session, prod, role, create=True)
        if session.get(Casting, (who.id, part.id)) is None:
            session.add(Casting(dancer_id=who.id, role_id=part.id))


def to_stored(key: str, value: str | int | float | Decimal, units: Units) -> int:
    """One measurement as typed (in the company's units) to mm or g, checked against its range."""
    measure = BY_KEY.get(key)
    if measure is None:
        raise InvalidInput(field=key, detail=Text("is not a measurement the wardrobe keeps"))
    if measure.is_weight:
        stored = weight_to_g(value, units, measure.label)
        low, high = (f"{measure.low // 1000} kg", f"{measure.high // 1000} kg")
        shown = f"{value} {'kg' if units == Units.METRIC else 'lb'}"
    else:
        stored = body_length_to_mm(value, units, measure.label)
        low, high = format_body_length(measure.low, units), format_body_length(measure.high, units)
        shown = f"{value} {'cm' if units == Units.METRIC else 'in'}"
    if not measure.low <= stored <= measure.high:
        raise OutOfRange(field=measure.label, value=shown, low=low, high=high)
    return stored


def plausibility_warnings(values: Mapping[str, int | None]) -> tuple[str, ...]:
    """Soft checks: values each in range, but unlikely together. Saved, with a warning."""
    warnings = []
    waist, hips = values.get("waist"), values.get("hips")
    if waist and hips and not 50 <= hips - waist <= 450:
        warnings.append("hips_vs_waist")
    underbust, chest = values.get("underbust"), values.get("chest")
    if underbust and chest and underbust > chest:
        warnings.append("underbust_over_chest")
    inseam, outside = values.get("inseam"), values.get("outside_leg")
    if inseam and outside and inseam >= outside:
        warnings.append("inseam_over_outside_leg")
    return tuple(warnings)


def measured_day(measured_on: date | None) -> date:
    """The day a set of measurements was taken (today when not said), neither to come nor
    before 1950."""
    when = measured_on or date.today()
    if when > date.today():
        raise InvalidInput(field=N_("measured on"), detail=Text("that date has not come yet"))
    if when < EARLIEST_MEASUREMENT:
        raise InvalidInput(
            field=N_("measured on"), detail=Text("{when} is too long ago", when=when.isoformat())
        )
    return when


def record_measurements(
    db: Database,
    dancer: Ref,
    values: Mapping[str, str | int | float | Decimal | None],
    *,
    measured_on: date | None = None,
    units: Units | str | None = None,
    shoe_size: str = "",
    taken_by: str = "",
    notes: str = "",
    stored: bool = False,
) -> MeasurementRecord:
    """Records a dated set of measurements; earlier sets stay as history.

    ``values`` are in ``units`` (the company's unless given), or already in mm and g
    when ``stored`` is true.
    """
    with db.write() as session:
        who = lookup.dancer(session, dancer)
        unit_system = Units(units or who.company.units)
        when = measured_day(measured_on)
        row = MeasurementSet(dancer_id=who.id, measured_on=when)
        converted: dict[str, int] = {}
        for key, raw in values.items():
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            if stored:
                measure = BY_KEY.get(key)
                if measure is None:
                    raise InvalidInput(
                        field=key, detail=Text("is not a measurement the wardrobe keeps")
                    )
                number = int(raw)
                if not measure.low <= number <= measure.high:
                    raise OutOfRange(
                        field=measure.label, value=number, low=measure.low, high=measure.high
                    )
                converted[key] = number
            else:
                converted[key] = to_stored(key, raw, unit_system)
        if not converted and not shoe_size.strip():
            raise InvalidInput(
                field=N_("measurements"), detail=Text("enter at least one measurement")
            )
        for key, number in converted.items():
            setattr(row, key, number)
        row.shoe_size = text_checks.optional_text(shoe_size, N_("shoe size"), 16)
        row.taken_by = text_checks.optional_text(taken_by, N_("taken by"), 80)
        row.notes = text_checks.long_text(notes, N_("notes"), required=False)
        session.add(row)
        session.flush()
        return convert.measurement_record(row, plausibility_warnings(converted))


def measurement_history(db: Database, dancer: Ref) -> list[MeasurementRecord]:
    """Newest first."""
    with db.read() as session:
        who = lookup.dancer(session, dancer)
        rows = session.scalars(
            select(MeasurementSet)
            .where(MeasurementSet.dancer_id == who.id)
            .order_by(MeasurementSet.measured_on.desc(), MeasurementSet.id.desc())
        )
        return [convert.measurement_record(r) for r in rows]


# Dancers by name, accents among their letters and the same on any database: the search
# text starts with the folded name, then " |"; that mark made a tab, so that "Anna" comes
# before "Anna Maria" (a space and "|" would sort after every letter).
BY_NAME = func.replace(Dancer.search_text, " |", "\t")


def list_dancers(db: Database, company: Ref | None = None) -> list[DancerRecord]:
    """Every dancer (of one company), by name: read as plain rows, a company's roster for the
    dialogs' choices in a few milliseconds."""
    doubles = aliased(Dancer)
    stmt = (
        select(
            Dancer.id,
            Dancer.name,
            Dancer.company_id,
            Company.name,
            Company.units,
            Dancer.rank,
            Dancer.active,
            func.coalesce(doubles.name, Dancer.doubles_actor, ""),
            Dancer.notes,
            Dancer.version,
        )
        .join(Company, Company.id == Dancer.company_id)
        .outerjoin(doubles, doubles.id == Dancer.doubles_dancer_id)
    )
    with db.read() as session:
        engaged = holding.engaged_now(session)
        if company is not None:  # its own dancers and its guests (those away are marked)
            owner = lookup.company(session, company)
            guests = [i for i, e in engaged.items() if e.host_company_id == owner.id]
            stmt = stmt.where((Dancer.company_id == owner.id) | Dancer.id.in_(guests))
        records = []
        for r in session.execute(stmt.order_by(BY_NAME, Dancer.id)):
            engagement = engaged.get(r[0])
            host = engagement.host if engagement is not None else None
            records.append(
                DancerRecord(
                    id=r[0],
                    name=r[1],
                    company_id=r[2],
                    company=r[3],
                    units=host.units if host is not None else r[4],
                    rank=r[5],
                    active=r[6],
                    doubles=r[7],
                    notes=r[8],
                    version=r[9],
                    engaged_at=host.name if host is not None else "",
                    engaged_at_id=host.id if host is not None else None,
                    engaged_until=engagement.until if engagement is not None else None,
                )
            )
        return records


def dancer_detail(db: Database, dancer: Ref) -> DancerDetail:
    """Everything a fitting needs about one dancer."""
    with db.read() as session:
        who = lookup.dancer(session, dancer)
        history = [
            convert.measurement_record(r)
            for r in session.scalars(
                select(MeasurementSet)
                .where(MeasurementSet.dancer_id == who.id)
                .order_by(MeasurementSet.measured_on.desc(), MeasurementSet.id.desc())
            )
        ]
        roles = [
            (role.production.title, role.name)
            for role in session.scalars(
                select(Role)
                .join(Casting, Casting.role_id == Role.id)
                .where(Casting.dancer_id == who.id)
            )
        ]
        items = list(
            session.scalars(
                select(CostumeItem)
                .where(or_(CostumeItem.built_for_id == who.id, CostumeItem.out_to_id == who.id))
                .order_by(CostumeItem.tag)
            )
        )
        paths = lookup.location_paths(session, who.company_id)
        costumes = [convert.costume_record(i, paths.get(i.location_id or 0, "")) for i in items]
        specs = [
            convert.pointe_record(s)
            for s in session.scalars(
                select(PointeSpec)
                .where(PointeSpec.dancer_id == who.id)
                .order_by(PointeSpec.active.desc(), PointeSpec.id)
            )
        ]
        by_id = {i.id: i for i in items}
        open_alterations = (
            [
                convert.alteration_record(a, by_id[a.costume_id])
                for a in session.scalars(
                    select(Alteration).where(
                        Alteration.costume_id.in_(list(by_id)), Alteration.done_on.is_(None)
                    )
                )
            ]
            if by_id
            else []
        )
        return DancerDetail(
            dancer=convert.dancer_record(who, holding.current_engagement(session, who)),
            doubled_by=tuple(
                session.scalars(
                    select(Dancer.name)
                    .where(Dancer.doubles_dancer_id == who.id)
                    .order_by(Dancer.name)
                )
            ),
            latest=current_measurements(history),
            history=tuple(history),
            roles=tuple(sorted(roles)),
            costumes=tuple(costumes),
            pointe=tuple(specs),
            open_alterations=tuple(open_alterations),
            learned_rates=tuple(
                (spec_id, rate.per_week, rate.recent_per_week, rate.jumped)
                for spec_id, rate in rates.pointe_rates(session, [s.id for s in specs]).items()
            ),
        )
