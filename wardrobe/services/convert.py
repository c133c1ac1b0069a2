"""ORM rows to plain records, and the folded search text each searchable row carries."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..domain.measures import MEASURES
from ..language.folding import fold
from ..language.vocabulary import describe_spec
from ..models import (
    Alteration,
    Company,
    CostumeItem,
    Dancer,
    Engagement,
    Material,
    MeasurementSet,
    OrderLine,
    PointeSpec,
    PurchaseOrder,
)
from ..records import (
    AlterationRecord,
    CompanyRecord,
    CostumeRecord,
    DancerRecord,
    MaterialRecord,
    MeasurementRecord,
    OrderLineRecord,
    OrderRecord,
    PointeSpecRecord,
    TutuRecord,
)
from . import holding, lookup
from .rates import LearnedRate, per_month


def company_record(row: Company) -> CompanyRecord:
    return CompanyRecord(
        id=row.id,
        name=row.name,
        code=row.code,
        city=row.city,
        language=row.language,
        units=row.units,
        currency=row.currency,
        paper=row.paper,
        safety_weeks=row.safety_weeks,
        address=row.address or "",
        time_zone=row.time_zone,
    )


_ASK = object()  # the open loan not given: read it


def costume_record(
    row: CostumeItem, location_path: str | None = None, loan: Any = _ASK
) -> CostumeRecord:
    """``loan``: the item's open loan or None, when the caller read them all at once."""
    tutu = row.tutu
    session = Session.object_session(row)
    if location_path is None and row.location_id is not None:
        assert session is not None
        location_path = lookup.location_path(session, row.location_id)
    if loan is _ASK:
        loan = holding.open_loan(session, row) if session is not None and row.id else None
    return CostumeRecord(
        id=row.id,
        tag=row.tag,
        name=row.name,
        piece_type=row.piece_type,
        company_id=row.company_id,
        company=row.company.name,
        production=row.production.title if row.production else "",
        role=row.role.name if row.role else "",
        colour=row.colour,
        size=row.size,
        built_for=row.built_for.name if row.built_for else "",
        location=location_path or "",
        condition=row.condition,
        status=row.status,
        out_to=row.out_to.name if row.out_to else "",
        out_to_id=row.out_to_id,
        out_since=row.out_since,
        replacement_value=row.replacement_value,
        currency=row.company.currency,
        notes=row.notes,
        tutu=None
        if tutu is None
        else TutuRecord(
            style=tutu.style,
            net_layers=tutu.net_layers,
            hoop_layer=tutu.hoop_layer,
            net_colour=tutu.net_colour,
            net_type=tutu.net_type,
            basque=tutu.basque,
        ),
        version=row.version,
        location_id=row.location_id,
        lent_to=loan.borrower if loan is not None else "",
        lent_until=loan.due_on if loan is not None else None,
        in_transit=loan is not None and loan.left_at is not None and loan.arrived_at is None,
    )


def costume_search_text(row: CostumeItem) -> str:
    return costume_search_words(
        row.tag,
        row.name,
        row.piece_type,
        row.production.title if row.production else "",
        row.role.name if row.role else "",
        row.colour,
        row.size,
        row.built_for.name if row.built_for else "",
        row.tutu.style if row.tutu else "",
    )


def costume_search_words(*parts: str) -> str:
    """Tag, name, piece type, production, role, colour, size, dancer, tutu style."""
    return fold(" ".join(p for p in parts if p))


def dancer_search_text(row: Dancer) -> str:
    return dancer_search_words(row.name, row.rank, row.doubles_actor or "")


def dancer_search_words(name: str, rank: str, doubles_actor: str = "") -> str:
    # The name comes first: lookups by name match on the prefix.
    return fold(" ".join(p for p in (name, "|", rank, doubles_actor) if p))


def material_search_text(row: Material) -> str:
    return material_search_words(
        row.name, row.kind, row.colour, row.supplier.name if row.supplier else ""
    )


def material_search_words(name: str, kind: str, colour: str, supplier: str) -> str:
    return fold(" ".join(p for p in (name, kind, colour, supplier) if p))


def dancer_record(row: Dancer, engagement: Engagement | None = None) -> DancerRecord:
    """``engagement``: her guest engagement under way, if any (her measurements then read in
    the host's units)."""
    doubles = row.doubles_dancer.name if row.doubles_dancer else (row.doubles_actor or "")
    host = engagement.host if engagement is not None else None
    return DancerRecord(
        id=row.id,
        name=row.name,
        company_id=row.company_id,
        company=row.company.name,
        units=(host or row.company).units,
        rank=row.rank,
        active=row.active,
        doubles=doubles,
        notes=row.notes,
        version=row.version,
        engaged_at=host.name if host is not None else "",
        engaged_at_id=host.id if host is not None else None,
        engaged_until=engagement.until if engagement is not None else None,
    )


def measurement_record(row: MeasurementSet, warnings: tuple[str, ...] = ()) -> MeasurementRecord:
    return MeasurementRecord(
        id=row.id,
        dancer_id=row.dancer_id,
        measured_on=row.measured_on,
        taken_by=row.taken_by,
        notes=row.notes,
        values={m.key: getattr(row, m.key) for m in MEASURES},
        shoe_size=row.shoe_size,
        warnings=warnings,
    )


def material_record(row: Material, rate: LearnedRate | None = None) -> MaterialRecord:
    """``rate``: its use learned from the ledger (see rates.material_rates), when read."""
    return MaterialRecord(
        id=row.id,
        company_id=row.company_id,
        company=row.company.name,
        name=row.name,
        kind=row.kind,
        colour=row.colour,
        width_mm=row.width_mm,
        unit=row.unit,
        on_hand=row.on_hand,
        on_order=row.on_order,
        minimum=row.minimum,
        target=row.target,
        supplier=row.supplier.name if row.supplier else "",
        unit_cost=row.unit_cost,
        currency=row.company.currency,
        units=row.company.units,
        notes=row.notes,
        version=row.version,
        used_per_month=None if rate is None else per_month(rate.per_week, row.unit),
        use_jumped=rate is not None and rate.jumped,
        reserved=row.reserved,
    )


def pointe_record(row: PointeSpec, learned_per_week: float | None = None) -> PointeSpecRecord:
    return PointeSpecRecord(
        id=row.id,
        dancer_id=row.dancer_id,
        dancer=row.dancer.name,
        company=row.company.name,
        maker=row.maker,
        model=row.model,
        size=row.size,
        width=row.width,
        shank=row.shank,
        vamp=row.vamp,
        box=row.box,
        maker_mark=row.maker_mark,
        supplier=row.supplier.name if row.supplier else "",
        pairs_on_hand=row.pairs_on_hand,
        pairs_on_order=row.pairs_on_order,
        pairs_per_week=row.pairs_per_week,
        lead_time_weeks=row.lead_time_weeks,
        minimum_pairs=row.minimum_pairs,
        target_pairs=row.target_pairs,
        season_allowance=row.season_allowance,
        unit_cost=row.unit_cost,
        currency=row.company.currency,
        active=row.active,
        version=row.version,
        safety_weeks=row.company.safety_weeks,
        dancer_active=row.dancer.active,
        learned_per_week=learned_per_week,
    )


def alteration_record(row: Alteration, costume: CostumeItem) -> AlterationRecord:
    return AlterationRecord(
        id=row.id,
        costume_tag=costume.tag,
        costume_name=costume.name,
        kind=row.kind,
        description=row.description,
        for_dancer=row.for_dancer.name if row.for_dancer else "",
        requested_on=row.requested_on,
        done_on=row.done_on,
        done_by=row.done_by,
        done_note=row.done_note or "",
    )


def order_line_record(line: OrderLine) -> OrderLineRecord:
    if line.material is not None:
        item = line.material
        return OrderLineRecord(
            line_no=line.line_no,
            kind="material",
            item_id=item.id,
            what=item.name,
            for_whom="",
            unit=item.unit,
            quantity=line.quantity,
            received=line.received,
            unit_cost=line.unit_cost,
            pack=item.pack_size,
        )
    spec = line.pointe_spec
    assert spec is not None
    described = describe_spec(
        spec.maker, spec.model, spec.size, spec.width, spec.shank, maker_mark=spec.maker_mark
    )
    return OrderLineRecord(
        line_no=line.line_no,
        kind="pointe",
        item_id=spec.id,
        what=str(described),
        for_whom=spec.dancer.name,
        unit="pairs",
        quantity=line.quantity,
        received=line.received,
        unit_cost=line.unit_cost,
        pack=spec.batch_pairs,
        described=described,
    )


def order_record(order: PurchaseOrder) -> OrderRecord:
    return OrderRecord(
        number=order.number,
        company=order.company.name,
        company_id=order.company_id,
        supplier=order.supplier.name,
        status=order.status,
        currency=order.company.currency,
        created_at=order.created_at,
        created_by=order.created_by,
        sent_at=order.sent_at,
        received_at=order.received_at,
        cancelled_at=order.cancelled_at,
        lines=tuple(order_line_record(line) for line in order.lines),
        version=order.version,
        notes=order.notes,
        supplier_contact=order.supplier.contact,
        supplier_email=order.supplier.email,
        supplier_phone=order.supplier.phone,
    )
