"""Builds: a piece made as a work order ("Odette tutus x 4 for Le Lac des cygnes, due
2027-02-01"), from a pattern, for a production's role and its dancers. A build reserves what
its pieces need of each material (``available`` = on hand - reserved; short of it, the build
is still made and the shortage said: the reorder list counts it), consumes materials by ledger
lines naming it, records each stage done with its real hours, and once finished makes its
items (tags, a tutu with its style and layers, made for its dancer). Cancelling frees what it
had not used. Each action one unit of work; a sentence and nothing changed when it is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.units import STOCK_UNITS
from ..errors import InvalidInput, WrongState
from ..language.i18n import N_, Text
from ..language.vocabulary import stock_amount
from ..models import (
    Build,
    BuildMaterial,
    BuildPiece,
    BuildStage,
    Company,
    CostumeItem,
    Dancer,
    Material,
    Pattern,
    Production,
    Role,
)
from ..models.base import utcnow
from ..records import (
    BuildMaterialRecord,
    BuildPieceRecord,
    BuildRecord,
    BuildSaved,
    BuildStageRecord,
)
from ..store.database import Database
from . import lookup
from .lookup import NotFound, Ref
from .patterns import pattern_row
from .text_checks import optional_text, required_text

Amount = str | int | float | Decimal
MAX_PIECES = 200


# -- reading --------------------------------------------------------------------------------
def build_record(session: Session, row: Build) -> BuildRecord:
    company = session.get(Company, row.company_id)
    dancers = dict(
        session.execute(
            select(Dancer.id, Dancer.name).where(
                Dancer.id.in_([p.dancer_id for p in row.pieces if p.dancer_id] or [0])
            )
        ).all()
    )
    tags = dict(
        session.execute(
            select(CostumeItem.id, CostumeItem.tag).where(
                CostumeItem.id.in_([p.costume_id for p in row.pieces if p.costume_id] or [0])
            )
        ).all()
    )
    materials = {
        m.id: m
        for m in session.scalars(
            select(Material).where(Material.id.in_([b.material_id for b in row.materials] or [0]))
        )
    }
    production = session.get(Production, row.production_id) if row.production_id else None
    role = session.get(Role, row.role_id) if row.role_id else None
    pattern = session.get(Pattern, row.pattern_id) if row.pattern_id else None
    return BuildRecord(
        row.id,
        row.company_id,
        company.name if company else "",
        row.title,
        pattern.name if pattern else "",
        row.piece_type,
        row.tutu_style,
        row.net_layers,
        production.title if production else "",
        role.name if role else "",
        row.due_on,
        row.status,
        tuple(
            BuildPieceRecord(
                p.position,
                p.dancer_id,
                dancers.get(p.dancer_id or 0, ""),
                tags.get(p.costume_id or 0, ""),
            )
            for p in row.pieces
        ),
        tuple(
            BuildMaterialRecord(
                b.material_id,
                materials[b.material_id].name,
                materials[b.material_id].unit,
                b.needed,
                b.reserved,
                b.used,
            )
            for b in sorted(row.materials, key=lambda b: materials[b.material_id].name)
        ),
        tuple(
            BuildStageRecord(
                s.position,
                s.name,
                s.minutes,
                s.fitting,
                s.done_on,
                s.worked_minutes,
                s.done_by,
                s.note,
            )
            for s in row.stages
        ),
        row.notes,
        row.version,
    )


def builds(
    db: Database, company: Ref | None = None, *, status: str | None = None
) -> list[BuildRecord]:
    """Builds, soonest due first."""
    with db.read() as session:
        stmt = select(Build).options(
            selectinload(Build.pieces), selectinload(Build.materials), selectinload(Build.stages)
        )
        if company is not None:
            stmt = stmt.where(Build.company_id == lookup.company(session, company).id)
        if status is not None:
            stmt = stmt.where(Build.status == status)
        rows = session.scalars(stmt.order_by(Build.due_on, Build.id)).all()
        return [build_record(session, row) for row in rows]


def build(db: Database, build_id: int) -> BuildRecord:
    with db.read() as session:
        return build_record(session, build_row(session, build_id))


def build_row(session: Session, build_id: int, *, open_only: bool = False) -> Build:
    row = session.get(Build, build_id)
    if row is None:
        raise NotFound(what=N_("build"), key=str(build_id))
    if open_only and row.status != "open":
        raise WrongState(
            what=Text("Build B-{number:04d}", number=row.id),
            detail=Text("is finished: nothing more is done to it.")
            if row.status == "finished"
            else Text("is cancelled: nothing more is done to it."),
        )
    return row


# -- a new build ----------------------------------------------------------------------------
def new_build(
    db: Database,
    company: Ref,
    *,
    pattern: Ref,
    due_on: date,
    dancers: Sequence[Ref] = (),
    count: int | None = None,
    title: str = "",
    production: str | None = None,
    role: str | None = None,
    notes: str = "",
) -> BuildSaved:
    """A build of the pattern's piece: one for each dancer named (of the company), else
    ``count`` made for no one; its materials reserved, its stages laid out."""
    with db.write() as session:
        owner = lookup.company(session, company)
        recipe = pattern_row(session, pattern, owner.id)
        wearers = [_dancer_of(session, ref, owner) for ref in dancers]
        if len({w.id for w in wearers}) != len(wearers):
            raise InvalidInput(field=N_("dancers"), detail=Text("a dancer is named twice"))
        pieces = len(wearers) or (count or 0)
        if not 1 <= pieces <= MAX_PIECES:
            raise InvalidInput(
                field=N_("pieces"),
                detail=Text("from 1 to {most} pieces", most=MAX_PIECES),
            )
        made_for, made_in = _production_role(session, owner.id, production, role)
        row = Build(
            company_id=owner.id,
            pattern_id=recipe.id,
            title=required_text(title or recipe.name, N_("title"), 200),
            piece_type=recipe.piece_type,
            tutu_style=recipe.tutu_style,
            net_layers=recipe.net_layers,
            production_id=made_for.id if made_for else None,
            role_id=made_in.id if made_in else None,
            due_on=due_on,
            status="open",
            created_at=utcnow(),
            notes=optional_text(notes, N_("notes"), 2000),
            version=1,
        )
        for position in range(pieces):
            dancer_id = wearers[position].id if wearers else None
            row.pieces.append(BuildPiece(position=position + 1, dancer_id=dancer_id))
        for stage in recipe.stages:
            row.stages.append(
                BuildStage(
                    position=stage.position,
                    name=stage.name,
                    minutes=stage.minutes * pieces,
                    fitting=stage.fitting,
                    done_by="",
                    note="",
                )
            )
        short: list[Text] = []
        wanted = {m.material_id: m.quantity * pieces for m in recipe.materials}
        units = dict(
            session.execute(
                select(Material.id, Material.unit).where(Material.id.in_(list(wanted) or [0]))
            ).all()
        )
        for m in recipe.materials:  # 11 yd a veil is 10,058 mm: 23 veils are 253 yd, not 252.99
            factor = STOCK_UNITS[units[m.material_id]]
            per_piece = round(Decimal(m.quantity) / factor, 2)
            wanted[m.material_id] = int((per_piece * pieces * factor).to_integral_value())
        locked = session.scalars(
            select(Material)
            .where(Material.id.in_(list(wanted) or [0]))
            .order_by(Material.id)
            .with_for_update()  # two desks reserving the last metres: one after the other
        ).all()
        for material in locked:
            need = wanted[material.id]
            free = material.on_hand - material.reserved
            if need > free:
                short.append(
                    Text(
                        "{material}: {need} needed, {free} free; the rest is on the reorder list.",
                        material=material.name,
                        need=stock_amount(need, material.unit),
                        free=stock_amount(max(free, 0), material.unit),
                    )
                )
            material.reserved += need
            row.materials.append(
                BuildMaterial(material_id=material.id, needed=need, reserved=need, used=0)
            )
        session.add(row)
        session.flush()
        return BuildSaved(build_record(session, row), tuple(short))


def _dancer_of(session: Session, ref: Ref, owner: Company) -> Dancer:
    who = lookup.dancer(session, ref, owner.id)
    if who.company_id != owner.id:
        raise InvalidInput(
            field=N_("dancers"),
            detail=Text(
                "{dancer} is not a dancer of {company}", dancer=who.name, company=owner.name
            ),
        )
    return who


def _production_role(
    session: Session, company_id: int, production: str | None, role: str | None
) -> tuple[Production | None, Role | None]:
    if not production:
        if role:
            raise InvalidInput(field=N_("role"), detail=Text("give its production too"))
        return None, None
    found = session.scalars(
        select(Production).where(
            Production.company_id == company_id,
            func.lower(Production.title) == production.strip().lower(),
        )
    ).first()
    if found is None:
        raise NotFound(what=N_("production"), key=production)
    if not role:
        return found, None
    part = session.scalars(
        select(Role).where(
            Role.production_id == found.id, func.lower(Role.name) == role.strip().lower()
        )
    ).first()
    if part is None:
        raise NotFound(what=N_("role"), key=role)
    return found, part


def reservation_mismatches(session: Session) -> list[tuple[str, int, int]]:
    """Materials whose reserved quantity is not the sum over the open builds: (name, says,
    open builds hold)."""
    held = dict(
        session.execute(
            select(BuildMaterial.material_id, func.sum(BuildMaterial.reserved))
            .join(Build, Build.id == BuildMaterial.build_id)
            .where(Build.status == "open")
            .group_by(BuildMaterial.material_id)
        ).all()
    )
    found = []
    for material_id, name, reserved in session.execute(
        select(Material.id, Material.name, Material.reserved)
    ):
        total = int(held.get(material_id, 0) or 0)
        if reserved != total:
            found.append((name, reserved, total))
    return found
