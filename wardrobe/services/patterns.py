"""Patterns: a company's reusable recipe for a piece (a classical tutu of 13 layers, a Romantic
tutu, a bodice, a veil): what it is, the materials of the company's stock one piece takes (in
the material's own unit: 14 m of net in Paris, 15 yd in New York), and its stages in order with
their standard hours. Refused whole with a sentence when any of it is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import InvalidInput
from ..language.i18n import N_, Text
from ..language.vocabulary import PIECE_TYPES
from ..models import Material, Pattern, PatternMaterial, PatternStage
from ..records import PatternMaterialRecord, PatternRecord, PatternStageRecord
from ..store.database import Database
from . import lookup
from .item_fields import choice, net_layers, tutu_style
from .lookup import NotFound, Ref
from .stock_amounts import movement
from .text_checks import optional_text, required_text

Amount = str | int | float | Decimal
MAX_STAGE_HOURS = 200  # one stage of one piece (a tutu's decoration takes 25 to 30)


def pattern_record(row: Pattern, names: dict[int, tuple[str, str]]) -> PatternRecord:
    return PatternRecord(
        row.id,
        row.company_id,
        row.name,
        row.piece_type,
        row.tutu_style,
        row.net_layers,
        row.notes,
        tuple(
            PatternMaterialRecord(m.material_id, *names[m.material_id], m.quantity)
            for m in row.materials
        ),
        tuple(PatternStageRecord(s.position, s.name, s.minutes, s.fitting) for s in row.stages),
        row.version,
    )


def _names(session: Session, rows: Sequence[Pattern]) -> dict[int, tuple[str, str]]:
    ids = {m.material_id for row in rows for m in row.materials} or {0}
    return {
        id_: (name, unit)
        for id_, name, unit in session.execute(
            select(Material.id, Material.name, Material.unit).where(Material.id.in_(ids))
        )
    }


def patterns(db: Database, company: Ref | None = None) -> list[PatternRecord]:
    with db.read() as session:
        stmt = select(Pattern).options(
            selectinload(Pattern.materials), selectinload(Pattern.stages)
        )
        if company is not None:
            stmt = stmt.where(Pattern.company_id == lookup.company(session, company).id)
        rows = list(session.scalars(stmt.order_by(Pattern.company_id, Pattern.name)))
        names = _names(session, rows)
        return [pattern_record(row, names) for row in rows]


def pattern_row(session: Session, ref: Ref, company_id: int | None = None) -> Pattern:
    if isinstance(ref, int):
        found = session.get(Pattern, ref)
    else:
        stmt = select(Pattern).where(Pattern.name == ref.strip())
        if company_id is not None:
            stmt = stmt.where(Pattern.company_id == company_id)
        found = session.scalars(stmt).first()
    if found is None or (company_id is not None and found.company_id != company_id):
        raise NotFound(what=N_("pattern"), key=str(ref))
    return found


def add_pattern(
    db: Database,
    company: Ref,
    name: str,
    *,
    piece_type: str,
    materials: Sequence[tuple[Ref, Amount]] = (),
    stages: Sequence[tuple[str, Amount, bool]] = (),
    style: str = "",
    layers: int | str | None = None,
    notes: str = "",
) -> PatternRecord:
    """``materials``: (material of the company's stock, quantity for one piece in its own
    unit); ``stages``: (name, standard hours for one piece, whether it is a fitting)."""
    with db.write() as session:
        owner = lookup.company(session, company)
        title = required_text(name, N_("name"), 160)
        if session.scalars(
            select(Pattern.id).where(Pattern.company_id == owner.id, Pattern.name == title)
        ).first():
            raise InvalidInput(
                field=N_("name"),
                detail=Text(
                    "{company} has a pattern “{name}” already", company=owner.name, name=title
                ),
            )
        kind = choice(piece_type, PIECE_TYPES, N_("piece type"))
        row = Pattern(
            company_id=owner.id,
            name=title,
            piece_type=kind,
            tutu_style=tutu_style(style) if kind == "tutu" else "",
            net_layers=net_layers(layers) if kind == "tutu" and layers else None,
            notes=optional_text(notes, N_("notes"), 2000),
            version=1,
        )
        if kind == "tutu" and (not row.tutu_style or row.net_layers is None):
            raise InvalidInput(
                field=N_("tutu"), detail=Text("a tutu needs its style and number of net layers")
            )
        seen: set[int] = set()
        for position, (ref, amount) in enumerate(materials, start=1):
            material = _company_material(session, ref, owner.id, owner.name)
            if material.id in seen:
                raise InvalidInput(
                    field=N_("material"), detail=Text("{name} twice", name=material.name)
                )
            seen.add(material.id)
            quantity = movement(amount, material.unit, N_("quantity"))
            row.materials.append(
                PatternMaterial(material_id=material.id, position=position, quantity=quantity)
            )
        for position, (stage, hours, fitting) in enumerate(stages, start=1):
            row.stages.append(
                PatternStage(
                    position=position,
                    name=required_text(stage, N_("stage"), 120),
                    minutes=stage_minutes(hours, MAX_STAGE_HOURS),
                    fitting=bool(fitting),
                )
            )
        session.add(row)
        session.flush()
        return pattern_record(row, _names(session, [row]))


def _company_material(session: Session, ref: Ref, company_id: int, company: str) -> Material:
    try:
        material = lookup.material(session, ref, company_id)
    except NotFound:
        raise InvalidInput(
            field=N_("material"),
            detail=Text("{company} has no “{name}” in its stock list", company=company, name=ref),
        ) from None
    if material.company_id != company_id:
        raise InvalidInput(
            field=N_("material"),
            detail=Text("{name} belongs to another company", name=material.name),
        )
    return material


def stage_minutes(hours: Amount, most: float) -> int:
    """Hours ("2.5", "2,5") as whole minutes; refused at or under nothing, or over ``most``."""
    try:
        value = Decimal(str(hours).replace(",", ".").strip())
    except ArithmeticError:
        value = Decimal(-1)
    if not value.is_finite() or value <= 0 or value > Decimal(str(most)):
        raise InvalidInput(
            field=N_("hours"),
            detail=Text("a number of hours above 0, at most {most}", most=most),
        )
    return int((value * 60).to_integral_value())
