"""Alterations and repairs asked of an item: recorded, marked done, reopened, withdrawn."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import (
    ChangedSince,
    InvalidInput,
    WrongState,
)
from ..language.i18n import N_, Text
from ..language.vocabulary import ALTERATION_KINDS
from ..models import (
    Alteration,
    CostumeItem,
)
from ..records import AlterationRecord
from ..store.database import Database
from . import convert, lookup, text_checks
from .circulation import same_company
from .item_fields import choice
from .lookup import Ref


def record_alteration(
    db: Database,
    tag: str,
    *,
    kind: str,
    description: str,
    for_dancer: Ref | None = None,
    requested_on: date | None = None,
    done_on: date | None = None,
    done_by: str = "",
    actor: str | None = None,
) -> AlterationRecord:
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        row = Alteration(
            costume_id=item.id,
            kind=choice(kind, ALTERATION_KINDS, N_("kind")),
            description=text_checks.long_text(description, N_("what was done"), required=True),
            requested_on=requested_on or date.today(),
            done_on=done_on,
            done_by=text_checks.optional_text(done_by, N_("done by"), 80),
            recorded_by=lookup.actor_of(session, actor),
        )
        if row.done_on is not None and row.done_on > date.today():
            raise InvalidInput(field=N_("done on"), detail=Text("that date has not come yet"))
        if for_dancer:
            who = lookup.dancer(session, for_dancer, item.company_id)
            same_company(session, who, item)
            row.for_dancer = who
        session.add(row)
        session.flush()
        return convert.alteration_record(row, item)


def complete_alteration(
    db: Database,
    alteration_id: int,
    *,
    done_by: str = "",
    done_on: date | None = None,
    note: str = "",
) -> AlterationRecord:
    """Marks an open alteration done: by whom, when (today unless given), with a note."""
    with db.write() as session:
        row = _alteration(session, alteration_id)
        if row.done_on is not None:
            raise WrongState(what=N_("This alteration"), detail=Text("is already done."))
        when = done_on or date.today()
        if when > date.today():
            raise InvalidInput(field=N_("done on"), detail=Text("that date has not come yet"))
        if when < row.requested_on:
            raise InvalidInput(field=N_("done on"), detail=Text("that is before it was asked for"))
        row.done_on = when
        row.done_by = text_checks.optional_text(done_by, N_("done by"), 80) or row.done_by
        row.done_note = text_checks.long_text(note, N_("note"), required=False)
        session.flush()
        return convert.alteration_record(row, _costume_of(session, row))


def reopen_alteration(
    db: Database, alteration_id: int, *, done_on: date | None = None, done_by: str = ""
) -> AlterationRecord:
    """Opens again an alteration marked done by mistake (the undo of marking it done): as it
    was before, ``done_by`` the name it had then. With ``done_on``, refused unless it is still
    marked done that day (someone marked it again since)."""
    with db.write() as session:
        row = _alteration(session, alteration_id)
        if row.done_on is None or (done_on is not None and row.done_on != done_on):
            raise ChangedSince(
                what=Text(N_("the alteration “{description}”"), description=row.description[:60])
            )
        row.done_on = None
        row.done_by = done_by
        row.done_note = ""
        session.flush()
        return convert.alteration_record(row, _costume_of(session, row))


def _alteration(session: Session, alteration_id: int) -> Alteration:
    row = session.get(Alteration, alteration_id, with_for_update=True)
    if row is None:
        raise lookup.NotFound(what=N_("alteration"), key=str(alteration_id))
    return row


def _costume_of(session: Session, row: Alteration) -> CostumeItem:
    item = session.get(CostumeItem, row.costume_id)
    assert item is not None
    return item


def alterations_for(db: Database, tag: str) -> list[AlterationRecord]:
    with db.read() as session:
        item = lookup.costume(session, tag)
        rows = session.scalars(
            select(Alteration)
            .where(Alteration.costume_id == item.id)
            .order_by(Alteration.requested_on.desc(), Alteration.id.desc())
        )
        return [convert.alteration_record(r, item) for r in rows]


def withdraw_alteration(db: Database, alteration_id: int, *, only_if_open: bool = False) -> None:
    """Takes back an alteration recorded by mistake (the undo of recording it); with
    ``only_if_open``, refused once someone has marked it done."""
    with db.write() as session:
        row = session.get(Alteration, alteration_id)
        if row is None:
            raise lookup.NotFound(what=N_("alteration"), key=str(alteration_id))
        if only_if_open and row.done_on is not None:
            raise ChangedSince(
                what=Text(N_("the alteration “{description}”"), description=row.description[:60])
            )
        session.delete(row)
