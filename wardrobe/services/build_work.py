"""Work on a build: each stage done with its real hours (at most 24 a day), by whom, a note,
the materials it used (ledger lines naming the build; what the build held is freed as it is
used); the build finished (every stage done; what it still holds used or freed, as the user
says) making its items: tags, a tutu with its style and layers, made for its dancer; or
cancelled, freeing what it held. Each one unit of work; a sentence and nothing changed when it
is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, WrongState
from ..language.i18n import N_, Text
from ..language.vocabulary import stock_amount
from ..models import Build, BuildMaterial, Company, Dancer, Maker, Material, Production, Role
from ..models.base import utcnow
from ..records import BuildRecord
from ..store.database import Database
from . import ledger, lookup
from .builds import build_record, build_row
from .costumes import checked_item
from .item_fields import References, TutuSpec
from .lookup import NotFound, Ref
from .patterns import stage_minutes
from .stock_amounts import movement, unit_cost_minor
from .text_checks import optional_text, required_text

Amount = str | int | float | Decimal


def stage_done(
    db: Database,
    build_id: int,
    position: int,
    *,
    hours: Amount,
    by: str = "",
    note: str = "",
    on: date | None = None,
    days: int = 1,
    uses: Sequence[tuple[Ref, Amount]] = (),
) -> BuildRecord:
    """A stage done: its real hours (over ``days`` days: at most 24 a day), by whom, a note;
    the materials it used, by ledger lines naming the build. Once only."""
    with db.write() as session:
        row = build_row(session, build_id, open_only=True)
        stage = next((s for s in row.stages if s.position == position), None)
        if stage is None:
            raise NotFound(what=N_("stage"), key=str(position))
        if stage.done_on is not None:
            raise WrongState(
                what=stage.name,
                detail=Text(
                    "was done on {day} by {who} already.",
                    day=stage.done_on.isoformat(),
                    who=stage.done_by or "—",
                ),
            )
        if not 1 <= days <= 366:
            raise InvalidInput(field=N_("days"), detail=Text("from 1 to 366"))
        stage.worked_minutes = stage_minutes(hours, 24 * days)
        stage.done_on = on or date.today()
        stage.done_by = lookup.actor_of(session, by or None)
        stage.note = optional_text(note, N_("note"), 2000)
        for material, amount in uses:
            _consume(session, row, material, amount, stage.name)
        row.version += 1
        session.flush()
        return build_record(session, row)


def _consume(session: Session, row: Build, ref: Ref, amount: Amount | int, why: str) -> None:
    material = lookup.material(session, ref, row.company_id, lock=True)
    if material.company_id != row.company_id:
        raise InvalidInput(
            field=N_("material"),
            detail=Text("{name} belongs to another company", name=material.name),
        )
    quantity = (
        amount if isinstance(amount, int) else movement(amount, material.unit, N_("quantity"))
    )
    held = next((b for b in row.materials if b.material_id == material.id), None)
    if held is None:
        held = BuildMaterial(material_id=material.id, needed=0, reserved=0, used=0)
        row.materials.append(held)
    freed = min(held.reserved, quantity)
    ledger.post(
        session,
        material,
        "used",
        -quantity,
        actor=lookup.actor_of(session),
        reason=f"build B-{row.id:04d} {row.title}" + (f": {why}" if why else ""),
    )
    held.reserved -= freed
    held.used += quantity
    material.reserved -= freed


def finish(db: Database, build_id: int, *, rest: str = "ask") -> BuildRecord:
    """The build finished: every stage done, what it still holds used (``rest`` "use"), freed
    ("free"), or asked about ("ask": refused with the question); its items made."""
    with db.write() as session:
        row = build_row(session, build_id, open_only=True)
        left = [s.name for s in row.stages if s.done_on is None]
        if left:
            raise WrongState(
                what=Text("Build B-{number:04d}", number=row.id),
                detail=Text("has stages not done: {stages}.", stages=", ".join(left)),
            )
        holding = [b for b in row.materials if b.reserved > 0]
        if holding and rest not in ("use", "free"):
            first = session.get(Material, holding[0].material_id)
            assert first is not None
            raise WrongState(
                what=Text("Build B-{number:04d}", number=row.id),
                detail=Text(
                    "still holds {amount} of {material} ({more} more materials): say whether "
                    "it was used or goes back to stock.",
                    amount=stock_amount(holding[0].reserved, first.unit),
                    material=first.name,
                    more=len(holding) - 1,
                ),
            )
        for held in holding:
            if rest == "use":
                _consume(session, row, held.material_id, held.reserved, "the rest")
            else:
                _free(session, held)
        _make_items(session, row)
        row.status, row.finished_at = "finished", utcnow()
        row.version += 1
        session.flush()
        return build_record(session, row)


def _make_items(session: Session, row: Build) -> None:
    owner = session.get(Company, row.company_id)
    assert owner is not None
    production = session.get(Production, row.production_id) if row.production_id else None
    role = session.get(Role, row.role_id) if row.role_id else None
    refs = References(session)
    for piece in row.pieces:
        dancer = session.get(Dancer, piece.dancer_id) if piece.dancer_id else None
        item = checked_item(
            refs,
            owner,
            None,
            name=f"{row.title} — {dancer.name}" if dancer else row.title,
            piece_type=row.piece_type,
            production=production.title if production else None,
            role=role.name if role else None,
            colour="",
            size="",
            built_for=dancer.id if dancer else None,
            location=None,
            condition="new",
            replacement_value=None,
            notes=f"B-{row.id:04d}",
            tutu=TutuSpec(row.tutu_style, row.net_layers or 0)
            if row.piece_type == "tutu"
            else None,
        )
        session.add(item)
        session.flush()
        piece.costume_id = item.id


def _free(session: Session, held: BuildMaterial) -> None:
    material = session.get(Material, held.material_id, with_for_update=True)
    assert material is not None
    material.reserved -= held.reserved
    held.reserved = 0


def cancel(db: Database, build_id: int) -> BuildRecord:
    """Cancelled: what it still held goes back to what is free; what it used stays used."""
    with db.write() as session:
        row = build_row(session, build_id, open_only=True)
        for held in row.materials:
            if held.reserved:
                _free(session, held)
        row.status = "cancelled"
        row.version += 1
        session.flush()
        return build_record(session, row)


def add_maker(
    db: Database,
    company: Ref,
    name: str,
    *,
    hourly_rate: Amount | None = None,
    hours_per_week: int = 35,
) -> None:
    """Someone of the workroom: her rate (else the workroom's) and the hours she can work a
    week."""
    with db.write() as session:
        owner = lookup.company(session, company)
        who = required_text(name, N_("maker"), 80)
        if session.scalars(
            select(Maker.id).where(Maker.company_id == owner.id, Maker.name == who)
        ).first():
            raise InvalidInput(field=N_("maker"), detail=Text("“{name}” twice", name=who))
        if not 1 <= hours_per_week <= 80:
            raise InvalidInput(field=N_("hours a week"), detail=Text("from 1 to 80"))
        session.add(
            Maker(
                company_id=owner.id,
                name=who,
                hourly_rate=unit_cost_minor(hourly_rate),
                hours_per_week=hours_per_week,
            )
        )


def makers(db: Database, company: Ref) -> list[tuple[str, int | None, int]]:
    with db.read() as session:
        owner = lookup.company(session, company)
        return [
            (m.name, m.hourly_rate, m.hours_per_week)
            for m in session.scalars(
                select(Maker).where(Maker.company_id == owner.id).order_by(Maker.name)
            )
        ]


def assign(db: Database, build_id: int, position: int, maker: str) -> BuildRecord:
    """Gives a stage still to do to a maker of the workroom ("" : to no one)."""
    with db.write() as session:
        row = build_row(session, build_id, open_only=True)
        stage = next((s for s in row.stages if s.position == position), None)
        if stage is None:
            raise NotFound(what=N_("stage"), key=str(position))
        if (
            maker
            and not session.scalars(
                select(Maker.id).where(Maker.company_id == row.company_id, Maker.name == maker)
            ).first()
        ):
            raise NotFound(what=N_("maker"), key=maker)
        stage.maker = maker
        row.version += 1
        session.flush()
        return build_record(session, row)


def undo_stage(db: Database, build_id: int, position: int) -> BuildRecord:
    """A stage marked done taken back (Edit › Undo), when it used no material."""
    with db.write() as session:
        row = build_row(session, build_id, open_only=True)
        stage = next((s for s in row.stages if s.position == position), None)
        if stage is None or stage.done_on is None:
            raise NotFound(what=N_("stage"), key=str(position))
        stage.done_on, stage.worked_minutes, stage.done_by, stage.note = None, None, "", ""
        row.version += 1
        session.flush()
        return build_record(session, row)


def remove_new(db: Database, build_id: int) -> None:
    """A build just made taken back (Edit › Undo): what it held freed, the build gone; refused
    once a stage is done or a material used."""
    with db.write() as session:
        row = build_row(session, build_id, open_only=True)
        if any(s.done_on for s in row.stages) or any(b.used for b in row.materials):
            raise WrongState(
                what=Text("Build B-{number:04d}", number=row.id),
                detail=Text("has work done: cancel it instead."),
            )
        for held in row.materials:
            if held.reserved:
                _free(session, held)
        session.delete(row)
