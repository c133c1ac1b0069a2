"""What the printouts need, read in a few bulk queries and handed over as plain records."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload

from ..errors import NotFound
from ..language.folding import fold_loose
from ..language.i18n import N_
from ..models import (
    Alteration,
    Casting,
    Company,
    CostumeItem,
    Dancer,
    MeasurementSet,
    PointeSpec,
    Production,
    Role,
)
from ..records import (
    AlterationRecord,
    CompanyRecord,
    CostumeRecord,
    DancerRecord,
    MeasurementRecord,
    PointeSpecRecord,
    current_measurements,
)
from ..services import convert, holding, lookup, photos, rates
from ..store.database import Database


@dataclass(frozen=True)
class FittingSheet:
    company: CompanyRecord
    production: str | None  # None: every production
    dancer: DancerRecord
    roles: tuple[str, ...]
    latest: MeasurementRecord | None
    pieces: tuple[CostumeRecord, ...]
    pointe: PointeSpecRecord | None
    alterations: tuple[AlterationRecord, ...]
    fitting_date: date
    # Each piece's main photo, as its thumbnail (JPEG bytes), by costume id.
    photos: dict[int, bytes] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class FittingBatch:
    """The sheets to print; ``empty_productions`` name productions with no dancer cast."""

    sheets: tuple[FittingSheet, ...]
    empty_productions: tuple[tuple[CompanyRecord, str], ...] = ()


def fitting_sheets(
    db: Database,
    *,
    dancer: str | int | None = None,
    production: str | None = None,
    company: str | int | None = None,
    fitting_date: date | None = None,
    dancer_ids: list[int] | None = None,
) -> FittingBatch:
    """Sheets for one dancer, for everyone cast in a production, or for every active dancer
    (of one company, or of all). ``production`` with ``dancer`` limits that dancer's sheet."""
    when = fitting_date or date.today()
    with db.read() as session:
        companies = {c.id: convert.company_record(c) for c in session.scalars(select(Company))}
        company_id = lookup.company(session, company).id if company is not None else None
        productions: list[Production] = []
        if production is not None:
            wanted = fold_loose(production)
            productions = [
                p
                for p in session.scalars(select(Production))
                if fold_loose(p.title) == wanted and company_id in (None, p.company_id)
            ]
            if not productions:
                raise NotFound(what=N_("production"), key=production)
        if dancer_ids is not None:
            pass  # exactly these dancers, in this order
        elif dancer is not None:
            who = lookup.dancer(session, dancer, company_id)
            dancer_ids = [who.id]
        elif productions:
            dancer_ids = list(
                dict.fromkeys(
                    session.scalars(
                        select(Casting.dancer_id)
                        .join(Role, Role.id == Casting.role_id)
                        .join(Dancer, Dancer.id == Casting.dancer_id)
                        .where(Role.production_id.in_([p.id for p in productions]), Dancer.active)
                        .order_by(Dancer.name)
                    )
                )
            )
        else:
            stmt = select(Dancer.id).where(Dancer.active).order_by(Dancer.company_id, Dancer.name)
            if company_id is not None:  # its dancers at home and its guests
                away = holding.engaged_now(session)
                guests = holding.engaged_now(session, host_id=company_id)
                stmt = stmt.where((Dancer.company_id == company_id) | Dancer.id.in_(list(guests)))
                dancer_ids = [i for i in session.scalars(stmt) if i in guests or i not in away]
            else:
                dancer_ids = list(session.scalars(stmt))
        production_ids = {p.id for p in productions}
        sheets = _sheets(session, dancer_ids, production_ids, companies, when)
        empty = tuple(
            (companies[p.company_id], p.title)
            for p in productions
            if not any(s.company.id == p.company_id for s in sheets)
        )
        return FittingBatch(tuple(sheets), empty)


def _sheets(
    session,
    dancer_ids: list[int],
    production_ids: set[int],  # noqa: ANN001
    companies: dict[int, CompanyRecord],
    when: date,
) -> list[FittingSheet]:
    if not dancer_ids:
        return []
    ids = set(dancer_ids)
    dancers = {
        d.id: d
        for d in session.scalars(
            select(Dancer)
            .options(joinedload(Dancer.company), joinedload(Dancer.doubles_dancer))
            .where(Dancer.id.in_(dancer_ids))
        )
    }
    measured: dict[int, list[MeasurementRecord]] = defaultdict(list)
    for row in session.scalars(
        select(MeasurementSet)
        .where(MeasurementSet.dancer_id.in_(dancer_ids))
        .order_by(MeasurementSet.measured_on.desc(), MeasurementSet.id.desc())
    ):
        measured[row.dancer_id].append(convert.measurement_record(row))
    roles: dict[int, list[str]] = defaultdict(list)
    role_stmt = (
        select(Casting.dancer_id, Production.id, Production.title, Role.name)
        .join(Role, Role.id == Casting.role_id)
        .join(Production, Production.id == Role.production_id)
        .where(Casting.dancer_id.in_(dancer_ids))
        .order_by(Production.title, Role.name)
    )
    for dancer_id, production_id, title, role in session.execute(role_stmt):
        if not production_ids or production_id in production_ids:
            roles[dancer_id].append(role if production_ids else f"{title} — {role}")
    item_stmt = (
        select(CostumeItem)
        .options(
            joinedload(CostumeItem.company),
            joinedload(CostumeItem.production),
            joinedload(CostumeItem.role),
            joinedload(CostumeItem.built_for),
            joinedload(CostumeItem.out_to),
            joinedload(CostumeItem.tutu),
        )
        .where(
            or_(CostumeItem.built_for_id.in_(dancer_ids), CostumeItem.out_to_id.in_(dancer_ids)),
            CostumeItem.condition != "retired",
        )
        .order_by(CostumeItem.tag)
    )
    if production_ids:
        item_stmt = item_stmt.where(CostumeItem.production_id.in_(production_ids))
    pieces: dict[int, list[CostumeItem]] = defaultdict(list)
    items = list(session.scalars(item_stmt).unique())
    for item in items:
        for who in {item.built_for_id, item.out_to_id} & ids:
            pieces[who].append(item)
    paths = lookup.paths_of(session, (item.location_id for item in items))
    lent = holding.open_loans(session, [item.id for item in items])
    open_alterations: dict[int, list[Alteration]] = defaultdict(list)
    by_item = {item.id: item for item in items}
    if by_item:
        for alteration in session.scalars(
            select(Alteration)
            .options(joinedload(Alteration.for_dancer))
            .where(Alteration.costume_id.in_(list(by_item)), Alteration.done_on.is_(None))
            .order_by(Alteration.requested_on)
        ):
            open_alterations[alteration.costume_id].append(alteration)
    specs: dict[int, PointeSpec] = {}
    for spec in session.scalars(
        select(PointeSpec)
        .options(
            joinedload(PointeSpec.dancer),
            joinedload(PointeSpec.company),
            joinedload(PointeSpec.supplier),
        )
        .where(PointeSpec.dancer_id.in_(dancer_ids), PointeSpec.active)
    ):
        specs.setdefault(spec.dancer_id, spec)
    # Weeks left at the rate the alerts use: learned where the ledger has history enough.
    learned = rates.pointe_rates(session, [s.id for s in specs.values()])
    # The production's title as the dancer's company spells it.
    title_in = (
        {
            p.company_id: p.title
            for p in session.scalars(select(Production).where(Production.id.in_(production_ids)))
        }
        if production_ids
        else {}
    )
    engaged = holding.engaged_now(session, list(ids), on=when)
    thumbs = photos.mains(session, list(by_item), thumb=True)
    sheets = []
    for dancer_id in dancer_ids:
        who = dancers[dancer_id]
        engagement = engaged.get(dancer_id)
        # A guest's sheet is the host's: its language, units and paper.
        sheet_company = engagement.host_company_id if engagement else who.company_id
        mine = pieces.get(dancer_id, [])
        production = title_in.get(sheet_company) if production_ids else None
        sheets.append(
            FittingSheet(
                company=companies[sheet_company],
                production=production,
                dancer=convert.dancer_record(who, engagement),
                roles=tuple(roles.get(dancer_id, [])),
                latest=current_measurements(measured.get(dancer_id, [])),
                pieces=tuple(
                    convert.costume_record(i, paths.get(i.location_id or 0, ""), lent.get(i.id))
                    for i in mine
                ),
                pointe=convert.pointe_record(
                    specs[dancer_id],
                    learned[specs[dancer_id].id].per_week
                    if specs[dancer_id].id in learned
                    else None,
                )
                if dancer_id in specs
                else None,
                alterations=tuple(
                    convert.alteration_record(a, by_item[a.costume_id])
                    for i in mine
                    for a in open_alterations.get(i.id, [])
                ),
                fitting_date=when,
                photos={i.id: thumbs[i.id] for i in mine if i.id in thumbs},
            )
        )
    return sheets
