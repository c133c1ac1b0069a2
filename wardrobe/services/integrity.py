"""Is the inventory sound? SQLite's own check, references, and every quantity against its
ledger. Each problem says what is wrong and what to do."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..language.i18n import N_, Text
from ..language.vocabulary import stock_amount
from ..models import Company, CostumeItem, Dancer, Location, Material, PointeSpec
from ..store.database import Database
from . import ledger
from .builds import reservation_mismatches


@dataclass(frozen=True)
class Problem:
    """What is wrong and what to do, each a sentence said in the reader's language
    (``str()`` of either is the English)."""

    code: str  # "damaged", "broken_links", "duplicates", "ledger"
    what: Text
    remedy: Text

    @property
    def message(self) -> str:
        return str(self.what)

    @property
    def fix(self) -> str:
        return str(self.remedy)

    def say(self, language: str) -> tuple[str, str]:
        return self.what.say(language), self.remedy.say(language)


RESTORE = Text(N_("Restore the latest backup (File › Restore, or `wardrobe restore FILE`)."))


def file_damage(db: Database) -> Problem | None:
    """SQLite's own check of the file (a few tenths of a second for a large inventory); None
    when sound or not a SQLite file. A malformed file may make the check raise, not report."""
    if not db.is_sqlite:
        return None
    try:
        with db.read() as session:
            result = [str(row[0]) for row in session.execute(text("PRAGMA quick_check"))]
    except DBAPIError as error:
        result = [str(error.orig) if error.orig is not None else type(error).__name__]
    if result == ["ok"]:
        return None
    lines = [line.strip() for r in result for line in r.splitlines()]
    said = next((line for line in lines if line and not line.startswith("*")), "malformed")
    return Problem(
        "damaged",
        Text(N_("The database file is damaged (SQLite says: {said})."), said=said[:160]),
        RESTORE,
    )


def check(db: Database) -> list[Problem]:
    """Empty when all is well."""
    damage = file_damage(db)
    if damage is not None:
        return [damage]  # nothing else can be trusted
    problems: list[Problem] = []
    with db.read() as session:
        if db.is_sqlite:
            broken = session.execute(text("PRAGMA foreign_key_check")).fetchall()
            if broken:
                tables = sorted({row[0] for row in broken})
                problems.append(
                    Problem(
                        "broken_links",
                        Text(
                            N_(
                                "{count} record(s) point at records that no longer exist "
                                "(in {tables})."
                            ),
                            count=len(broken),
                            tables=", ".join(tables),
                        ),
                        Text(
                            N_(
                                "Restore the latest backup; if the problem stays, keep this "
                                "file and ask for help before changing anything."
                            )
                        ),
                    )
                )
        for company, name, count in session.execute(
            select(Company.name, func.min(Dancer.name), func.count())
            .join(Company, Company.id == Dancer.company_id)
            .group_by(Dancer.company_id, Company.name, Dancer.name_key)
            .having(func.count() > 1)
        ):
            problems.append(
                Problem(
                    "duplicates",
                    Text(
                        N_(
                            "{count} dancers of {company} are called “{name}” (accents and "
                            "case aside)."
                        ),
                        count=count,
                        company=company,
                        name=name,
                    ),
                    Text(
                        N_(
                            "Rename or merge them in Dancers, so that each is found by her name; "
                            "the inventory then refuses a second one."
                        )
                    ),
                )
            )
        for company, name, count in session.execute(
            select(Company.name, func.min(Location.name), func.count())
            .join(Company, Company.id == Location.company_id)
            .where(Location.parent_id.is_(None))
            .group_by(Location.company_id, Company.name, Location.name)
            .having(func.count() > 1)
        ):
            problems.append(
                Problem(
                    "duplicates",
                    Text(
                        N_(
                            "{count} rooms of {company} are called “{name}” (two desks made it "
                            "at once, before the inventory forbade it)."
                        ),
                        count=count,
                        company=company,
                        name=name,
                    ),
                    Text(
                        N_(
                            "Run `wardrobe check --repair` to make them one room: every rack, "
                            "bin and item keeps its place; the inventory then refuses a second one."
                        )
                    ),
                )
            )
        for mismatch in ledger.mismatches(session):
            what = Text(N_("pointe shoes") if mismatch.kind == "pointe" else N_("material"))
            shown = stock_amount(mismatch.on_hand, mismatch.unit)
            derived = stock_amount(mismatch.ledger_sum, mismatch.unit)
            problems.append(
                Problem(
                    "ledger",
                    Text(
                        N_(
                            "The {what} “{item}” shows {shown} on hand, but its stock ledger "
                            "adds up to {derived}."
                        ),
                        what=what,
                        item=mismatch.item,
                        shown=shown,
                        derived=derived,
                    ),
                    Text(
                        N_(
                            "Run `wardrobe check --repair` to take the quantity from the "
                            "ledger, then count the item and record the count."
                        )
                    ),
                )
            )
        for name, says, held in reservation_mismatches(session):
            problems.append(
                Problem(
                    "reservations",
                    Text(
                        N_(
                            "The material “{item}” shows {says} reserved, but its open builds "
                            "hold {held}."
                        ),
                        item=name,
                        says=says,
                        held=held,
                    ),
                    Text(N_("Keep this file and ask for help before changing anything.")),
                )
            )
    return problems


def repair_stock_from_ledger(db: Database) -> int:
    """Sets every quantity on hand that differs from its ledger to the ledger's sum (audited).
    Returns how many were set."""
    with db.write() as session:
        found = ledger.mismatches(session)
        for mismatch in found:
            if mismatch.kind == "pointe":
                spec = session.scalars(
                    select(PointeSpec).where(PointeSpec.id == mismatch.item_id)
                ).one()
                spec.pairs_on_hand = mismatch.ledger_sum
            else:
                material = session.scalars(
                    select(Material).where(Material.id == mismatch.item_id)
                ).one()
                material.on_hand = mismatch.ledger_sum
        return len(found)


def merge_duplicate_rooms(db: Database) -> int:
    """Makes rooms of one company and one name a single room, the oldest: racks and bins of
    the others join it (one of the same name merged in turn), their items with them. Returns
    how many rooms were merged away."""
    merged = 0
    with db.write() as session:
        groups = session.execute(
            select(Location.company_id, Location.name)
            .where(Location.parent_id.is_(None))
            .group_by(Location.company_id, Location.name)
            .having(func.count() > 1)
        ).all()
        for company_id, name in groups:
            keep, *others = session.scalars(
                select(Location)
                .where(
                    Location.company_id == company_id,
                    Location.parent_id.is_(None),
                    Location.name == name,
                )
                .order_by(Location.id)
            )
            for other in others:
                _merge_place(session, keep, other)
                merged += 1
    if merged:
        from db import complete_constraints

        complete_constraints(db.engine)  # the rooms told apart: a second one is refused now
    return merged


def _merge_place(session: Session, keep: Location, other: Location) -> None:
    for child in list(session.scalars(select(Location).where(Location.parent_id == other.id))):
        twin = session.scalars(
            select(Location).where(Location.parent_id == keep.id, Location.name == child.name)
        ).first()
        if twin is None:
            child.parent_id = keep.id
        else:
            _merge_place(session, twin, child)
    session.flush()
    session.execute(
        update(CostumeItem).where(CostumeItem.location_id == other.id).values(location_id=keep.id)
    )
    session.delete(other)
    session.flush()
