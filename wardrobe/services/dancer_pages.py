"""The dancer and pointe-shoe lists a page at a time, like the costume list: the matching ids
in order from one query (filter and sort in the database), then only the rows on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import aliased, joinedload

from ..domain import list_sort_keys
from ..language.folding import fold, like_pattern, search_tokens
from ..models import Company, Dancer, PointeSpec, Supplier
from ..records import DancerRecord, PointeSpecRecord
from ..store.database import Database
from ..store.sorting import alphabetical
from . import convert, holding, rates
from .dancers import BY_NAME

DANCER_ORDERS = list_sort_keys.DANCERS
POINTE_ORDERS = list_sort_keys.POINTE


def _ids_named(session, model, tokens: list[str]) -> dict[str, list[int]]:  # noqa: ANN001
    """For each word, the ids of the companies (or suppliers) whose name holds it: a handful
    of rows, folded in Python so that accents stay optional."""
    names = session.execute(select(model.id, model.name)).all()
    return {t: [i for i, name in names if t in fold(name)] for t in tokens}


def _sorted(stmt: Any, key: Any, then: tuple, descending: bool) -> Any:
    """Sorted by ``key``, ties by ``then`` (the last unique), all one way or all the other."""
    if descending:
        return stmt.order_by(key.desc(), *(c.desc() for c in then))
    return stmt.order_by(key, *then)


def _like(column, token: str):  # noqa: ANN001, ANN202
    return column.like(like_pattern(token), escape="\\")


def dancer_ids(db: Database, query: str = "", order: str = "name", descending: bool = False):
    """Ids of the dancers whose name, rank or company holds every word of ``query``."""
    doubles = aliased(Dancer)
    keys = {
        "name": BY_NAME,
        "rank": alphabetical(Dancer.rank, db.engine),
        "company": alphabetical(Company.name, db.engine),
        "active": Dancer.active,
        "doubles": alphabetical(func.coalesce(doubles.name, Dancer.doubles_actor, ""), db.engine),
    }
    key = keys.get(order, BY_NAME)
    stmt = select(Dancer.id)
    if order == "company":
        stmt = stmt.join(Company, Company.id == Dancer.company_id)
    elif order == "doubles":
        stmt = stmt.outerjoin(doubles, doubles.id == Dancer.doubles_dancer_id)
    with db.read() as session:
        tokens = search_tokens(query)
        if tokens:
            companies = _ids_named(session, Company, tokens)
            stmt = stmt.where(
                and_(
                    *(
                        or_(_like(Dancer.search_text, t), Dancer.company_id.in_(companies[t]))
                        for t in tokens
                    )
                )
            )
        stmt = _sorted(stmt, key, (BY_NAME, Dancer.id), descending)
        return list(session.scalars(stmt))


def dancers_by_ids(db: Database, ids: list[int]) -> list[DancerRecord]:
    """The dancers with these ids, in this order (one no longer there is left out)."""
    stmt = select(Dancer).options(joinedload(Dancer.company), joinedload(Dancer.doubles_dancer))
    if not ids:
        return []
    with db.read() as session:
        engaged = holding.engaged_now(session, ids)
        found = {
            row.id: convert.dancer_record(row, engaged.get(row.id))
            for row in session.scalars(stmt.where(Dancer.id.in_(ids)))
        }
        return [found[i] for i in ids if i in found]


def _in_order(db: Database, ids: list[int], stmt: Any, record: Callable[[Any], Any]) -> list:
    if not ids:
        return []
    with db.read() as session:
        found = {row.id: record(row) for row in session.scalars(stmt)}
        return [found[i] for i in ids if i in found]


def pointe_ids(db: Database, query: str = "", order: str = "dancer", descending: bool = False):
    """Ids of the active pointe-shoe specifications whose dancer, maker, model, size, width,
    supplier or company holds every word of ``query``."""
    weeks_left = case(
        (PointeSpec.pairs_per_week > 0, PointeSpec.pairs_on_hand / PointeSpec.pairs_per_week),
        else_=1e9,
    )
    spec_text = func.lower(
        PointeSpec.maker
        + " "
        + PointeSpec.model
        + " "
        + PointeSpec.size
        + " "
        + PointeSpec.width
        + " "
        + PointeSpec.shank
    )
    keys: dict[str, Any] = {
        "dancer": BY_NAME,
        "specification": spec_text,
        "pairs_on_hand": PointeSpec.pairs_on_hand,
        "on_order": PointeSpec.pairs_on_order,
        "pairs_per_week": PointeSpec.pairs_per_week,
        "weeks_left": weeks_left,
        "lead_time": PointeSpec.lead_time_weeks,
        "supplier": alphabetical(func.coalesce(Supplier.name, ""), db.engine),
        "company": alphabetical(Company.name, db.engine),
    }
    key = keys.get(order, BY_NAME)
    stmt = (
        select(PointeSpec.id)
        .join(Dancer, Dancer.id == PointeSpec.dancer_id)
        .where(PointeSpec.active)
    )
    if order == "supplier":
        stmt = stmt.outerjoin(Supplier, Supplier.id == PointeSpec.supplier_id)
    elif order == "company":
        stmt = stmt.join(Company, Company.id == PointeSpec.company_id)
    with db.read() as session:
        tokens = search_tokens(query)
        if tokens:
            companies = _ids_named(session, Company, tokens)
            suppliers = _ids_named(session, Supplier, tokens)
            stmt = stmt.where(
                and_(
                    *(
                        or_(
                            _like(Dancer.search_text, t),
                            _like(spec_text, t),
                            PointeSpec.company_id.in_(companies[t]),
                            PointeSpec.supplier_id.in_(suppliers[t]),
                        )
                        for t in tokens
                    )
                )
            )
        if order in ("weeks_left", "pairs_per_week"):
            return _by_rate_used(session, stmt, order, descending)
        stmt = _sorted(stmt, key, (BY_NAME, PointeSpec.id), descending)
        return list(session.scalars(stmt))


def _by_rate_used(session: Any, stmt: Any, order: str, descending: bool) -> list[int]:
    """Sorted by the rate the list shows (learned where the ledger teaches one, as the alerts
    count), or by the weeks it leaves; then by name. A few thousand specifications at most:
    sorted here, the rates read in one statement."""
    rows = session.execute(
        stmt.with_only_columns(
            PointeSpec.id, PointeSpec.pairs_on_hand, PointeSpec.pairs_per_week, Dancer.name
        )
    ).all()
    learned = rates.pointe_rates(session, [row[0] for row in rows])

    def key(row: Any) -> tuple:
        spec_id, on_hand, entered, name = row
        rate = learned[spec_id].per_week if spec_id in learned else entered
        value = rate if order == "pairs_per_week" else (on_hand / rate if rate > 0 else 1e9)
        return (value, fold(name), spec_id)

    ordered = sorted(rows, key=key)
    return [row[0] for row in (ordered[::-1] if descending else ordered)]


def pointe_by_ids(db: Database, ids: list[int]) -> list[PointeSpecRecord]:
    """The specifications with these ids, in this order (one no longer there is left out)."""
    stmt = select(PointeSpec).options(
        joinedload(PointeSpec.dancer),
        joinedload(PointeSpec.company),
        joinedload(PointeSpec.supplier),
    )
    if not ids:
        return []
    with db.read() as session:
        learned = rates.pointe_rates(session, ids)  # weeks left as the alerts count them
        rows = session.scalars(stmt.where(PointeSpec.id.in_(ids)))
        found = {
            r.id: convert.pointe_record(r, learned[r.id].per_week if r.id in learned else None)
            for r in rows
        }
        return [found[i] for i in ids if i in found]
