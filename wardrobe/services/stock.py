"""Suppliers and materials (tulle, net, elastic...): created, edited, listed, read."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..domain.units import LENGTH_UNITS, check_stock_unit
from ..errors import Duplicate, InvalidInput, OutOfRange, StaleEdit
from ..language.i18n import N_, Text
from ..models import Material, Supplier
from ..records import MaterialRecord
from ..store.database import Database
from ..store.sorting import alphabetical
from . import convert, ledger, lookup, rates, text_checks
from .lookup import Ref
from .stock_amounts import Amount, company_width_unit, levels, movement, unit_cost_minor, width_mm


def create_supplier(
    db: Database,
    *,
    name: str,
    contact: str = "",
    email: str = "",
    phone: str = "",
    lead_time_weeks: int | None = None,
) -> int:
    with db.write() as session:
        clean = text_checks.required_text(name, N_("supplier"), 160)
        try:
            lookup.supplier(session, clean)
        except lookup.NotFound:
            pass
        else:
            raise Duplicate(what=N_("supplier"), key=clean)
        if lead_time_weeks is not None and not 0 <= lead_time_weeks <= 104:
            raise OutOfRange(field=N_("Lead time"), value=lead_time_weeks, low=0, high=104)
        row = Supplier(
            name=clean,
            contact=text_checks.optional_text(contact, N_("contact"), 160),
            email=text_checks.optional_text(email, N_("email"), 160),
            phone=text_checks.optional_text(phone, N_("phone"), 60),
            lead_time_weeks=lead_time_weeks,
        )
        session.add(row)
        session.flush()
        return row.id


def list_suppliers(db: Database) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(select(Supplier.name).order_by(alphabetical(Supplier.name, db.engine)))
        )


def create_material(
    db: Database,
    *,
    company: Ref,
    name: str,
    kind: str,
    unit: str,
    colour: str = "",
    width: Amount | None = None,
    width_unit: str | None = None,
    minimum: Amount | None = None,
    target: Amount | None = None,
    supplier: Ref | None = None,
    unit_cost: Amount | None = None,
    opening_quantity: Amount | None = None,
    notes: str = "",
    actor: str | None = None,
) -> MaterialRecord:
    """A new stock item; its opening quantity is the ledger's first line."""
    with db.write() as session:
        owner = lookup.company(session, company)
        clean = text_checks.required_text(name, N_("name"), 160)
        if session.scalar(
            select(Material.id).where(Material.company_id == owner.id, Material.name == clean)
        ):
            raise Duplicate(what=N_("material"), key=clean)
        check_stock_unit(unit)
        row = Material(company=owner, name=clean, unit=unit, on_hand=0, on_order=0)
        row.kind = text_checks.required_text(kind, N_("kind"), 40).lower()
        row.colour = text_checks.optional_text(colour, N_("colour"), 80)
        row.width_mm = width_mm(width, width_unit or company_width_unit(owner))
        row.minimum, row.target = levels(minimum, target, unit)
        row.supplier = lookup.supplier(session, supplier) if supplier else None
        row.unit_cost = unit_cost_minor(unit_cost)
        row.notes = text_checks.long_text(notes, N_("notes"), required=False)
        row.search_text = convert.material_search_text(row)
        session.add(row)
        session.flush()
        if opening_quantity not in (None, "", 0, "0"):
            assert opening_quantity is not None
            ledger.post(
                session,
                row,
                "adjusted",
                movement(opening_quantity, unit),
                actor=lookup.actor_of(session, actor),
                reason=N_("opening balance"),
            )
        session.flush()
        return convert.material_record(row)


def edit_material(
    db: Database,
    material: Ref,
    *,
    expected_version: int,
    name: str,
    kind: str,
    unit: str,
    colour: str = "",
    width: Amount | None = None,
    width_unit: str | None = None,
    minimum: Amount | None = None,
    target: Amount | None = None,
    supplier: Ref | None = None,
    unit_cost: Amount | None = None,
    notes: str = "",
) -> MaterialRecord:
    """Saves an edited material (its levels, supplier, cost...); stock moves only by the ledger."""
    with db.write() as session:
        row = lookup.material(session, material, lock=True)
        if row.version != expected_version:
            raise StaleEdit(what=row.name)
        clean = text_checks.required_text(name, N_("name"), 160)
        if clean != row.name and session.scalar(
            select(Material.id).where(Material.company_id == row.company_id, Material.name == clean)
        ):
            raise Duplicate(what=N_("material"), key=clean)
        check_stock_unit(unit)
        if (unit in LENGTH_UNITS) != (row.unit in LENGTH_UNITS) and (row.on_hand or row.on_order):
            measured = "length" if row.unit in LENGTH_UNITS else "count"
            raise InvalidInput(
                field=N_("unit"),
                detail=Text(
                    "{name} is in stock by {measured}; a unit of the other kind would change "
                    "what the stock means",
                    name=row.name,
                    measured=measured,
                ),
            )
        new_minimum, new_target = levels(minimum, target, unit)
        new_width = width_mm(width, width_unit or company_width_unit(row))
        new_supplier = lookup.supplier(session, supplier) if supplier else None
        cost = unit_cost_minor(unit_cost)
        row.name, row.kind = clean, text_checks.required_text(kind, N_("kind"), 40).lower()
        row.unit, row.colour = unit, text_checks.optional_text(colour, N_("colour"), 80)
        row.width_mm, row.minimum, row.target = new_width, new_minimum, new_target
        row.supplier, row.unit_cost = new_supplier, cost
        row.notes = text_checks.long_text(notes, N_("notes"), required=False)
        row.search_text = convert.material_search_text(row)
        session.flush()
        return convert.material_record(row)


def list_materials(db: Database, company: Ref | None = None) -> list[MaterialRecord]:
    with db.read() as session:
        stmt = select(Material).options(joinedload(Material.company), joinedload(Material.supplier))
        if company is not None:
            stmt = stmt.where(Material.company_id == lookup.company(session, company).id)
        rows = list(session.scalars(stmt.order_by(alphabetical(Material.name, db.engine))))
        learned = rates.material_rates(session, [r.id for r in rows])
        return [convert.material_record(r, learned.get(r.id)) for r in rows]


def get_material(db: Database, material: Ref) -> MaterialRecord:
    with db.read() as session:
        row = lookup.material(session, material)
        return convert.material_record(row, rates.material_rates(session, [row.id]).get(row.id))
