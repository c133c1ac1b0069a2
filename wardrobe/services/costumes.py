"""Costume items: logged, edited, read (one by its tag, or the list), their condition set, and
seen at a fitting."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, select
from sqlalchemy.orm import Session, aliased

from ..errors import (
    DuplicateTag,
    InvalidInput,
    StaleEdit,
    UnknownTag,
)
from ..language.i18n import N_, Text
from ..language.vocabulary import CONDITIONS
from ..models import (
    Company,
    CostumeItem,
    Dancer,
    Loan,
    Production,
    Role,
    TagCounter,
    Tutu,
)
from ..records import CostumeRecord, TutuRecord
from ..store.database import Database
from . import convert, lookup
from .item_fields import References, TutuSpec, apply_fields, choice
from .lookup import Ref


def next_tag(session: Session, company_id: int, code: str) -> str:
    """The company's next free tag, ``BN-000124``; counted in this transaction."""
    counter = session.scalars(
        select(TagCounter).where(TagCounter.company_id == company_id).with_for_update()
    ).one_or_none()
    if counter is None:
        counter = TagCounter(company_id=company_id, next_number=1)
        session.add(counter)
    while True:
        tag = f"{code}-{counter.next_number:06d}"
        counter.next_number += 1
        if session.scalar(select(CostumeItem.id).where(CostumeItem.tag == tag)) is None:
            session.flush()
            return tag


def checked_item(refs: References, owner: Company, tag: str | None, **fields: Any) -> CostumeItem:
    """A new item, every field checked, not in the session yet. ``tag`` is known to be
    free; None takes the company's next free tag, once the item is known to be valid."""
    item = CostumeItem(company_id=owner.id)
    item.company = owner
    apply_fields(refs, item, **fields)
    item.tag = tag if tag is not None else next_tag(refs.session, owner.id, owner.code)
    item.status = "in_store"
    item.search_text = convert.costume_search_text(item)
    return item


def log_item(
    db: Database,
    *,
    company: Ref,
    name: str,
    piece_type: str,
    tag: str | None = None,
    production: str | None = None,
    role: str | None = None,
    colour: str = "",
    size: str = "",
    built_for: Ref | None = None,
    location: Ref | None = None,
    condition: str = "good",
    replacement_value: str | int | None = None,
    notes: str = "",
    tutu: TutuSpec | None = None,
) -> CostumeRecord:
    """Logs a new item; a tag left empty is given the company's next free tag."""
    with db.write() as session:
        owner = lookup.company(session, company)
        fields = dict(
            name=name,
            piece_type=piece_type,
            production=production,
            role=role,
            colour=colour,
            size=size,
            built_for=built_for,
            location=location,
            condition=condition,
            replacement_value=replacement_value,
            notes=notes,
            tutu=tutu,
        )
        chosen = None
        if tag is not None and tag.strip():
            chosen = lookup.normalise_tag(tag)
            clash = session.scalars(
                select(CostumeItem).where(CostumeItem.tag == chosen)
            ).one_or_none()
            if clash is not None:
                raise DuplicateTag(tag=chosen, name=clash.name)
        item = checked_item(References(session), owner, chosen, **fields)
        session.add(item)
        session.flush()
        return convert.costume_record(item)


def edit_item(
    db: Database,
    tag: str,
    *,
    expected_version: int,
    name: str,
    piece_type: str,
    production: str | None = None,
    role: str | None = None,
    colour: str = "",
    size: str = "",
    built_for: Ref | None = None,
    location: Ref | None = None,
    condition: str = "good",
    replacement_value: str | int | None = None,
    notes: str = "",
    tutu: TutuSpec | None = None,
    anyway: bool = False,
) -> CostumeRecord:
    """Saves an edited item, unless someone else saved it since ``expected_version`` was read.
    Retiring an item a coming date of the schedule needs is refused, unless ``anyway``."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        if item.version != expected_version:
            raise StaleEdit(what=f"{item.tag} ({item.name})")
        if condition == "retired" and item.condition != "retired":
            from .holds import refuse_held  # the schedule's reading, only when retiring

            refuse_held(session, [item], date.today(), None, Text("retiring it"), anyway=anyway)
        apply_fields(
            References(session),
            item,
            name=name,
            piece_type=piece_type,
            production=production,
            role=role,
            colour=colour,
            size=size,
            built_for=built_for,
            location=location,
            condition=condition,
            replacement_value=replacement_value,
            notes=notes,
            tutu=tutu,
        )
        item.search_text = convert.costume_search_text(item)
        session.flush()
        return convert.costume_record(item)


def get_item(db: Database, tag: str) -> CostumeRecord:
    """An item by its tag (as scanned or typed): one statement with its joins, and its
    place's path."""
    cleaned = lookup.normalise_tag(tag)
    with db.rows() as rows:
        row = rows.execute(_by_tag(), {"tag": cleaned}).first()
        if row is None:
            raise UnknownTag(tag=cleaned)
        place = lookup.location_path(rows, row[12]) if row[12] is not None else ""
        return record_from_row(row, place)


@cache
def _by_tag():  # noqa: ANN202 - a Select
    return record_select().where(CostumeItem.tag == bindparam("tag"))


@cache
def record_select():  # noqa: ANN201 - a Select of the columns _record reads
    """The columns a CostumeRecord is made of, with their joins: built once (a statement is
    never changed, only extended into new ones; building it took longer than running it)."""
    built_for, out_to = aliased(Dancer), aliased(Dancer)
    return (
        select(
            CostumeItem.id,
            CostumeItem.tag,
            CostumeItem.name,
            CostumeItem.piece_type,
            CostumeItem.company_id,
            Company.name,
            Company.currency,
            Production.title,
            Role.name,
            CostumeItem.colour,
            CostumeItem.size,
            built_for.name,
            CostumeItem.location_id,
            CostumeItem.condition,
            CostumeItem.status,
            out_to.name,
            CostumeItem.out_to_id,
            CostumeItem.out_since,
            CostumeItem.replacement_value,
            CostumeItem.notes,
            CostumeItem.version,
            Tutu.style,
            Tutu.net_layers,
            Tutu.hoop_layer,
            Tutu.net_colour,
            Tutu.net_type,
            Tutu.basque,
            Loan.borrower,
            Loan.due_on,
            Loan.left_at,
            Loan.arrived_at,
        )
        .join(Company, Company.id == CostumeItem.company_id)
        .outerjoin(Production, Production.id == CostumeItem.production_id)
        .outerjoin(Role, Role.id == CostumeItem.role_id)
        .outerjoin(built_for, built_for.id == CostumeItem.built_for_id)
        .outerjoin(out_to, out_to.id == CostumeItem.out_to_id)
        .outerjoin(Tutu, Tutu.costume_id == CostumeItem.id)
        .outerjoin(Loan, and_(Loan.item_id == CostumeItem.id, Loan.returned_on.is_(None)))
    )


def record_from_row(r, location: str) -> CostumeRecord:  # noqa: ANN001
    return CostumeRecord(
        id=r[0],
        tag=r[1],
        name=r[2],
        piece_type=r[3],
        company_id=r[4],
        company=r[5],
        currency=r[6],
        production=r[7] or "",
        role=r[8] or "",
        colour=r[9],
        size=r[10],
        built_for=r[11] or "",
        location_id=r[12],
        location=location,
        condition=r[13],
        status=r[14],
        out_to=r[15] or "",
        out_to_id=r[16],
        out_since=r[17],
        replacement_value=r[18],
        notes=r[19],
        version=r[20],
        tutu=None
        if r[21] is None
        else TutuRecord(
            style=r[21],
            net_layers=r[22],
            hoop_layer=r[23],
            net_colour=r[24],
            net_type=r[25],
            basque=r[26],
        ),
        lent_to=r[27] or "",
        lent_until=r[28],
        in_transit=r[29] is not None and r[30] is None,
    )


def list_items(db: Database, company: Ref | None = None) -> list[CostumeRecord]:
    """Every item, as records, read as column tuples (a tenth of the time of ORM objects)."""
    with db.read() as session:
        stmt = record_select().order_by(CostumeItem.tag)
        if company is not None:
            stmt = stmt.where(CostumeItem.company_id == lookup.company(session, company).id)
        paths = lookup.location_paths(session)
        return [
            record_from_row(r, paths.get(r[12], "") if r[12] is not None else "")
            for r in session.execute(stmt)
        ]


def set_condition(db: Database, tag: str, condition: str) -> CostumeRecord:
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        item.condition = choice(condition, CONDITIONS, N_("condition"))
        session.flush()
        return convert.costume_record(item)


def seen_at_fitting(db: Database, tag: str, on: date | None = None) -> CostumeRecord:
    """The item tried on at a fitting: a dated line added to its notes, in its company's
    language ("Seen at the fitting on 07/12/2026."), so its window and its history say when it
    was last seen on a dancer. A day to come is refused."""
    when = on or date.today()
    if when > date.today():
        raise InvalidInput(field=N_("fitting day"), detail=Text("that date has not come yet"))
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        line = Text(N_("Seen at the fitting on {day}."), day=when).say(item.company.language)
        item.notes = f"{item.notes.rstrip()}\n{line}".strip()
        item.search_text = convert.costume_search_text(item)
        session.flush()
        return convert.costume_record(item)
