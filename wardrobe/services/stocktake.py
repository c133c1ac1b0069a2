"""A stocktake of a place: every tag scanned there is kept as it comes (so a count survives
closing the app and is resumed), and the count reads, live, what was found, what is missing
(recorded there, in store, not scanned), what is misplaced (scanned there, recorded elsewhere
or not in store) and which tags the inventory does not know. Finishing writes the moves and
the "missing" marks in one go, with the reason "stocktake" in each item's history, and the day
each place was last counted.

A place counts the places inside it: a rack's count takes in its bins."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import CreatedElsewhere, NotFound, WrongState
from ..language.i18n import N_, Text
from ..models import Company, CostumeItem, Loan, Location, Stocktake, StocktakeScan
from ..models.base import utcnow
from ..store.database import Database
from . import lookup, places
from .lookup import Ref

REASON = "stocktake"
# Scanned in the place with one of these statuses: it is where it should be.
HERE = ("in_store", "missing")


@dataclass(frozen=True)
class CountedItem:
    tag: str
    name: str
    recorded_at: str  # the place the inventory records
    status: str
    move_here: bool = False


@dataclass(frozen=True)
class StocktakeState:
    place: str  # its path
    place_code: str
    company: str
    language: str
    started_at: datetime
    started_by: str
    found: tuple[CountedItem, ...]
    missing: tuple[CountedItem, ...]
    misplaced: tuple[CountedItem, ...]
    unknown: tuple[str, ...]
    finished_at: datetime | None = None
    finished_by: str = ""
    paper: str = "A4"

    @property
    def scanned(self) -> int:
        return len(self.found) + len(self.misplaced) + len(self.unknown)


@dataclass(frozen=True)
class ScanOutcome:
    """What one scan was: found, misplaced, unknown, or again (scanned before, counted once)."""

    kind: str
    tag: str
    name: str
    recorded_at: str
    state: StocktakeState


def _open(session: Session, place: Location) -> Stocktake | None:
    return session.scalars(
        select(Stocktake).where(Stocktake.location_id == place.id, Stocktake.finished_at.is_(None))
    ).one_or_none()


def _required(session: Session, place_ref: Ref, company: Ref | None) -> tuple[Location, Stocktake]:
    place = places.find(session, place_ref, company)
    count = _open(session, place)
    if count is None:
        raise WrongState(
            what=lookup.location_path(session, place.id),
            detail=Text("has no stocktake under way; start one first."),
        )
    return place, count


def _state(session: Session, place: Location, count: Stocktake) -> StocktakeState:
    inside = places.within(session, place)
    paths = lookup.location_paths(session, place.company_id)
    company = session.get(Company, place.company_id)
    assert company is not None
    scans = list(
        session.scalars(
            select(StocktakeScan)
            .where(StocktakeScan.stocktake_id == count.id)
            .order_by(StocktakeScan.id)
        )
    )
    scanned_ids = {scan.costume_id for scan in scans if scan.costume_id is not None}
    items = {
        item.id: item
        for item in session.scalars(select(CostumeItem).where(CostumeItem.id.in_(scanned_ids)))
    }
    lent = set(
        session.scalars(
            select(Loan.item_id).where(Loan.returned_on.is_(None), Loan.left_at.is_not(None))
        )
    )

    def counted(item: CostumeItem, move: bool = False) -> CountedItem:
        where = paths.get(item.location_id, "") if item.location_id is not None else ""
        return CountedItem(item.tag, item.name, where, item.status, move)

    found, misplaced, unknown = [], [], []
    for scan in scans:
        if scan.costume_id is None:
            unknown.append(scan.tag)
            continue
        item = items[scan.costume_id]
        if item.location_id in inside and item.status in HERE:
            found.append(counted(item))
        else:
            misplaced.append(counted(item, scan.move_here))
    expected = session.scalars(
        select(CostumeItem)
        .where(CostumeItem.location_id.in_(inside), CostumeItem.status == "in_store")
        .order_by(CostumeItem.tag)
    )
    missing = [
        counted(item) for item in expected if item.id not in scanned_ids and item.id not in lent
    ]
    return StocktakeState(
        place=paths.get(place.id, place.name),
        place_code=places.place_code(company.code, place.id),
        company=company.name,
        language=company.language,
        started_at=count.started_at,
        started_by=count.started_by,
        found=tuple(found),
        missing=tuple(missing),
        misplaced=tuple(misplaced),
        unknown=tuple(unknown),
        finished_at=count.finished_at,
        finished_by=count.finished_by,
        paper=company.paper,
    )


def start(db: Database, place: Ref, company: Ref | None = None) -> StocktakeState:
    """Starts counting a place, or resumes the count under way there."""
    try:
        with db.write() as session:
            row = places.find(session, place, company)
            count = _open(session, row)
            if count is None:
                count = Stocktake(
                    company_id=row.company_id,
                    location_id=row.id,
                    started_by=lookup.actor_of(session),
                    finished_by="",
                )
                session.add(count)
                session.flush()
            return _state(session, row, count)
    except IntegrityError:
        # Another desk started counting the same place in the same moment: join its count.
        with db.read() as session:
            row = places.find(session, place, company)
            count = _open(session, row)
            if count is None:
                raise CreatedElsewhere(what=N_("stocktake")) from None
            return _state(session, row, count)


def under_way(db: Database, company: Ref | None = None) -> list[StocktakeState]:
    """The counts started and not finished, the oldest first: the window offers to resume."""
    with db.read() as session:
        stmt = select(Stocktake).where(Stocktake.finished_at.is_(None)).order_by(Stocktake.id)
        if company is not None:
            stmt = stmt.where(Stocktake.company_id == lookup.company(session, company).id)
        return [_state(session, count.location, count) for count in session.scalars(stmt)]


def state(db: Database, place: Ref, company: Ref | None = None) -> StocktakeState:
    with db.read() as session:
        row, count = _required(session, place, company)
        return _state(session, row, count)


def scan(db: Database, place: Ref, tag: str, company: Ref | None = None) -> ScanOutcome:
    """One tag scanned in the place: kept, and said for what it is. A tag scanned again is
    counted once."""
    wanted = lookup.normalise_tag(tag)
    with db.write() as session:
        row, count = _required(session, place, company)
        item = session.scalars(select(CostumeItem).where(CostumeItem.tag == wanted)).first()
        before = session.scalars(
            select(StocktakeScan).where(
                StocktakeScan.stocktake_id == count.id, StocktakeScan.tag == wanted
            )
        ).first()
        if before is None:
            session.add(
                StocktakeScan(
                    stocktake_id=count.id,
                    tag=wanted,
                    costume_id=item.id if item is not None else None,
                    scanned_by=lookup.actor_of(session),
                    move_here=False,
                )
            )
            session.flush()
        now = _state(session, row, count)
        if item is None:
            return ScanOutcome("again" if before else "unknown", wanted, "", "", now)
        recorded = lookup.location_path(session, item.location_id) if item.location_id else ""
        if before is not None:
            kind = "again"
        elif any(found.tag == item.tag for found in now.found):
            kind = "found"
        else:
            kind = "misplaced"
        return ScanOutcome(kind, item.tag, item.name, recorded, now)


def move_here(
    db: Database, place: Ref, tag: str, *, move: bool = True, company: Ref | None = None
) -> StocktakeState:
    """A misplaced item to be moved to the counted place when the count is finished (or
    not, with ``move=False``)."""
    wanted = lookup.normalise_tag(tag)
    with db.write() as session:
        row, count = _required(session, place, company)
        scanned = session.scalars(
            select(StocktakeScan).where(
                StocktakeScan.stocktake_id == count.id, StocktakeScan.tag == wanted
            )
        ).first()
        if scanned is None or scanned.costume_id is None:
            raise NotFound(what=N_("scanned item"), key=wanted)
        scanned.move_here = move
        session.flush()
        return _state(session, row, count)


def finish(
    db: Database, place: Ref, *, move_misplaced: bool = False, company: Ref | None = None
) -> StocktakeState:
    """Ends the count: the misplaced items chosen (or all, with ``move_misplaced``) move
    here, the missing ones are marked missing, a found item marked missing before is in store
    again; every change has the reason "stocktake". The place and those inside it were
    counted today."""
    with db.write() as session:
        session.info["reason"] = REASON
        row, count = _required(session, place, company)
        now = _state(session, row, count)
        moving = {c.tag for c in now.misplaced if c.move_here or move_misplaced}
        by_tag = {
            item.tag: item
            for item in session.scalars(
                select(CostumeItem).where(
                    CostumeItem.tag.in_(
                        [c.tag for c in now.missing]
                        + [c.tag for c in now.found if c.status == "missing"]
                        + sorted(moving)
                    )
                )
            )
        }
        for counted in now.missing:
            by_tag[counted.tag].status = "missing"
        for counted in now.found:
            if counted.status == "missing":
                by_tag[counted.tag].status = "in_store"
        for tag in moving:
            item = by_tag[tag]
            item.location_id = row.id
            if item.status == "missing":
                item.status = "in_store"
        today = date.today()
        for loc in session.scalars(
            select(Location).where(Location.id.in_(places.within(session, row)))
        ):
            loc.last_counted_on = today
        count.finished_at = utcnow()
        count.finished_by = lookup.actor_of(session)
        session.flush()
        misplaced = tuple(replace(c, move_here=c.tag in moving) for c in now.misplaced)
        return replace(
            now, misplaced=misplaced, finished_at=count.finished_at, finished_by=count.finished_by
        )
