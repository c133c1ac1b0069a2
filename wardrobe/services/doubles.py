"""Dance doubles: a principal (or an actress cast as a ballerina) and the dancer who doubles
her. Every costume is made twice: the twin of a piece is the same piece, production, role and
colour, made for the double with its own tag. The doubles report sets each pair's pieces side
by side and the measurements that differ by more than a tolerance, for the cutter."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from ..domain.measures import MEASURES
from ..errors import InvalidInput, NotFound, WrongState
from ..language.folding import fold
from ..language.i18n import N_, Text
from ..models import Casting, CostumeItem, Dancer, MeasurementSet, Production, Role, Tutu
from ..records import CostumeRecord, DancerRecord, DoublePair, DoublesReport, current_measurements
from ..store.database import Database
from . import convert, costumes, lookup
from .lookup import Ref

TOLERANCE_MM = 20  # two centimetres: what a cutter alters without a new pattern


def partners(session: Session, who: Dancer) -> list[Dancer]:
    """Her double(s), and whom she doubles."""
    found = list(
        session.scalars(
            select(Dancer).where(Dancer.doubles_dancer_id == who.id).order_by(Dancer.name)
        )
    )
    if who.doubles_dancer is not None:
        found.insert(0, who.doubles_dancer)
    return found


def _is_twin(item: CostumeItem, other: CostumeItem) -> bool:
    return (
        item.production_id == other.production_id
        and item.role_id == other.role_id
        and item.piece_type == other.piece_type
        and fold(item.name) == fold(other.name)
    )


def twin_candidates(db: Database, tag: str) -> list[DancerRecord]:
    """Whom the item's twin would be made for: the partners of the dancer it was made for
    who have no such piece yet."""
    with db.read() as session:
        item = lookup.costume(session, tag)
        if item.built_for is None:
            return []
        found = []
        for partner in partners(session, item.built_for):
            theirs = session.scalars(
                select(CostumeItem).where(CostumeItem.built_for_id == partner.id)
            )
            if not any(_is_twin(item, other) for other in theirs):
                found.append(convert.dancer_record(partner))
        return found


def log_twin(db: Database, tag: str, for_dancer: Ref) -> CostumeRecord:
    """The same piece, production, role and colour made for ``for_dancer``, with its own tag
    (tutus with the same style and layers)."""
    with db.write() as session:
        item = lookup.costume(session, tag)
        who = lookup.dancer(session, for_dancer, item.company_id)
        if item.built_for is None or who.id not in {
            p.id for p in partners(session, item.built_for)
        }:
            raise InvalidInput(
                field=N_("made for"),
                detail=Text(
                    "{dancer} does not double the dancer {what} was made for",
                    dancer=who.name,
                    what=f"{item.tag} ({item.name})",
                ),
            )
        theirs = session.scalars(select(CostumeItem).where(CostumeItem.built_for_id == who.id))
        if any(_is_twin(item, other) for other in theirs):
            raise WrongState(what=who.name, detail=Text("already has this piece for this role."))
        twin = CostumeItem(
            company_id=item.company_id,
            tag=costumes.next_tag(session, item.company_id, item.company.code),
            name=item.name,
            piece_type=item.piece_type,
            production_id=item.production_id,
            role_id=item.role_id,
            colour=item.colour,
            size="",
            built_for=who,
            location_id=item.location_id,
            condition="new",
            status="in_store",
            replacement_value=item.replacement_value,
            notes="",
        )
        if item.tutu is not None:
            source = item.tutu
            twin.tutu = Tutu(
                style=source.style,
                net_layers=source.net_layers,
                hoop_layer=source.hoop_layer,
                net_colour=source.net_colour,
                net_type=source.net_type,
                basque=source.basque,
            )
        session.add(twin)
        session.flush()
        twin.search_text = convert.costume_search_text(twin)
        session.flush()
        return convert.costume_record(twin)


def _production(session: Session, title: str, company: Ref | None) -> Production:
    wanted = fold(title)
    stmt = select(Production)
    if company is not None:
        stmt = stmt.where(Production.company_id == lookup.company(session, company).id)
    matches = [p for p in session.scalars(stmt) if fold(p.title) == wanted]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(what=N_("production"), key=title)
    raise InvalidInput(
        field=N_("production"),
        detail=Text("two companies dance “{title}”: say which one", title=title),
    )


def doubles_report(
    db: Database, production: str, *, company: Ref | None = None, tolerance_mm: int = TOLERANCE_MM
) -> DoublesReport:
    with db.read() as session:
        show = _production(session, production, company)
        cast = set(
            session.scalars(
                select(Casting.dancer_id)
                .join(Role, Role.id == Casting.role_id)
                .where(Role.production_id == show.id)
            )
        )
        items = list(
            session.scalars(
                select(CostumeItem)
                .where(CostumeItem.production_id == show.id, CostumeItem.built_for_id.is_not(None))
                .options(
                    joinedload(CostumeItem.company),
                    joinedload(CostumeItem.production),
                    joinedload(CostumeItem.role),
                    joinedload(CostumeItem.built_for),
                    joinedload(CostumeItem.tutu),
                )
                .order_by(CostumeItem.tag)
            ).unique()
        )
        involved = cast | {i.built_for_id for i in items if i.built_for_id is not None}
        doubles = list(
            session.scalars(
                select(Dancer)
                .where(
                    Dancer.doubles_dancer_id.is_not(None),
                    or_(Dancer.id.in_(involved), Dancer.doubles_dancer_id.in_(involved)),
                )
                .options(joinedload(Dancer.doubles_dancer), joinedload(Dancer.company))
                .order_by(Dancer.name)
            ).unique()
        )
        by_wearer: dict[int, list[CostumeItem]] = defaultdict(list)
        for item in items:
            by_wearer[item.built_for_id or 0].append(item)
        pairs = []
        for double in doubles:
            principal = double.doubles_dancer
            assert principal is not None
            pieces = _side_by_side(by_wearer[principal.id], by_wearer[double.id])
            pairs.append(
                DoublePair(
                    principal=convert.dancer_record(principal),
                    double=convert.dancer_record(double),
                    pieces=pieces,
                    differences=_differences(session, principal, double, tolerance_mm),
                )
            )
        return DoublesReport(
            production=show.title,
            company=convert.company_record(lookup.company(session, show.company_id)),
            pairs=tuple(pairs),
            tolerance_mm=tolerance_mm,
        )


def _side_by_side(
    hers: list[CostumeItem], theirs: list[CostumeItem]
) -> tuple[tuple[CostumeRecord | None, CostumeRecord | None], ...]:
    rows: list[tuple[CostumeRecord | None, CostumeRecord | None]] = []
    her_roles = {item.role_id for item in hers}
    left = [t for t in theirs if t.role_id in her_roles]  # the double's own roles aside
    for item in hers:
        twin = next((t for t in left if _is_twin(item, t)), None)
        if twin is not None:
            left.remove(twin)
        rows.append(
            (convert.costume_record(item, ""), convert.costume_record(twin, "") if twin else None)
        )
    rows += [(None, convert.costume_record(t, "")) for t in left]
    return tuple(rows)


def _differences(
    session: Session, principal: Dancer, double: Dancer, tolerance_mm: int
) -> tuple[tuple[str, int, int], ...]:
    """The measures both have where they differ by more than the tolerance (lengths only)."""
    latest = {}
    for who in (principal, double):
        sets = [
            convert.measurement_record(r)
            for r in session.scalars(
                select(MeasurementSet)
                .where(MeasurementSet.dancer_id == who.id)
                .order_by(MeasurementSet.measured_on.desc(), MeasurementSet.id.desc())
            )
        ]
        latest[who.id] = current_measurements(sets)
    mine, theirs = latest[principal.id], latest[double.id]
    if mine is None or theirs is None:
        return ()
    found = []
    for measure in MEASURES:
        if measure.is_weight:
            continue
        a, b = mine.values.get(measure.key), theirs.values.get(measure.key)
        if a is not None and b is not None and abs(a - b) > tolerance_mm:
            found.append((measure.key, a, b))
    return tuple(found)
