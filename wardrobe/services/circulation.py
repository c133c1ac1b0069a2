"""Where an item is and who has it: moved to a place, checked out to a dancer and back in,
sent to cleaning or repair, and put back as it was by an undo."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from ..errors import (
    WrongCompany,
    WrongState,
)
from ..language.i18n import N_, Text
from ..language.vocabulary import CONDITIONS, STATUSES, status_text
from ..models import (
    CostumeItem,
    Dancer,
)
from ..models.base import utcnow
from ..records import CostumeRecord
from ..store.database import Database
from . import convert, holding, lookup
from .item_fields import choice
from .lookup import Ref


def same_company(session: Session, who: Dancer, item: CostumeItem) -> None:
    """A dancer gets an item of the company she dances for now (her host on a guest
    engagement), or one lent to it."""
    dances_for = holding.company_now(session, who)
    has_it = holding.holder_of(session, item)
    if has_it is None:
        loan = holding.open_loan(session, item)
        raise WrongState(
            what=f"{item.tag} ({item.name})",
            detail=Text("is on loan to {borrower}.", borrower=loan.borrower if loan else "?"),
        )
    if dances_for.id != has_it.id:
        raise WrongCompany(
            dancer=who.name,
            dancer_company=dances_for.name,
            what=f"{item.tag} ({item.name})",
            item_company=has_it.name,
        )


def move_item(
    db: Database, tag: str, location: Ref, *, expected_version: int | None = None
) -> CostumeRecord:
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        item.location = lookup.location(session, item.company_id, location, create=True)
        session.flush()
        return convert.costume_record(item)


def check_out(
    db: Database, tag: str, dancer: Ref, *, expected_version: int | None = None
) -> CostumeRecord:
    """Hands an item in store to a dancer of the same company."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        who = lookup.dancer(session, dancer, item.company_id)
        same_company(session, who, item)
        label = f"{item.tag} ({item.name})"
        if item.condition == "retired":
            raise WrongState(what=label, detail=Text("is retired and cannot go out."))
        if item.status == "out":
            holder = item.out_to.name if item.out_to else "?"
            raise WrongState(what=label, detail=Text("is already out to {holder}.", holder=holder))
        if item.status != "in_store":
            raise WrongState(
                what=label,
                detail=Text("is {value}; check it back in first.", value=status_text(item.status)),
            )
        if not who.active:
            raise WrongState(what=who.name, detail=Text("is no longer an active dancer."))
        item.status = "out"
        item.out_to = who
        item.out_since = utcnow()
        session.flush()
        return convert.costume_record(item)


def check_in(
    db: Database,
    tag: str,
    location: Ref | None = None,
    *,
    condition: str | None = None,
    expected_version: int | None = None,
) -> CostumeRecord:
    """Takes an item back into store (from a dancer, cleaning or alteration), where it goes
    and in what condition when given."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        if item.status == "in_store":
            raise WrongState(what=f"{item.tag} ({item.name})", detail=Text("is already in store."))
        new_condition = choice(condition, CONDITIONS, N_("condition")) if condition else None
        if new_condition == "retired" and item.condition != "retired":
            from .holds import refuse_held  # the schedule's reading, only when retiring

            refuse_held(session, [item], date.today(), None, Text("retiring it"))
        place = (
            lookup.location(session, item.company_id, location, create=True) if location else None
        )
        item.status = "in_store"
        item.out_to = None
        item.out_since = None
        if place is not None:
            item.location = place
        if new_condition is not None:
            item.condition = new_condition
        session.flush()
        return convert.costume_record(item)


def send_away(
    db: Database, tag: str, status: str, *, expected_version: int | None = None
) -> CostumeRecord:
    """Sends an item in store to cleaning or to alteration."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        new_status = choice(status, ("at_cleaning", "in_alteration"), N_("status"))
        if item.status != "in_store":
            raise WrongState(
                what=f"{item.tag} ({item.name})",
                detail=Text("is {value}; check it back in first.", value=status_text(item.status)),
            )
        item.status = new_status
        session.flush()
        return convert.costume_record(item)


def restore_state(
    db: Database,
    tag: str,
    *,
    status: str,
    out_to_id: int | None,
    out_since: datetime | None,
    location_id: int | None,
    condition: str | None = None,
    expected_version: int | None = None,
) -> CostumeRecord:
    """Puts an item back where and as it was (the undo of a check-out, check-in or move),
    unless it has changed since ``expected_version``."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        if condition is not None:
            item.condition = choice(condition, CONDITIONS, N_("condition"))
        item.status = choice(status, STATUSES, N_("status"))
        item.out_to = lookup.dancer(session, out_to_id) if out_to_id is not None else None
        item.out_since = out_since
        item.location = (
            lookup.location(session, item.company_id, location_id, create=False)
            if location_id is not None
            else None
        )
        session.flush()
        return convert.costume_record(item)
