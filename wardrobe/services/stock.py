"""Suppliers and materials (tulle, net, elastic...): receive, use for a build, adjust, order."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import desc, select
from sqlalchemy.orm import joinedload

from ..database import Database
from ..errors import BadQuantity, Duplicate, InvalidInput, OutOfRange, StaleEdit, WrongState
from ..i18n import N_, Text
from ..models import Company, Material, StockEntry, Supplier
from ..records import LedgerMismatch, MaterialRecord, PointeSpecRecord, StockEntryRecord
from ..sorting import alphabetical
from ..units import (
    LENGTH_UNITS,
    STOCK_UNITS,
    Units,
    body_length_to_mm,
    check_stock_unit,
    money_to_minor,
    parse_number,
    stock_to_base,
)
from ..vocabulary import MAX_NET_LAYERS, NET_KINDS
from ..words import stock_amount, unit_text
from . import convert, ledger, lookup, rates
from .lookup import Ref

Amount = str | int | float | Decimal
# One movement larger than this, in the stock unit, is a typing mistake (10 km of tulle).
MAX_MOVEMENT_UNITS = 10_000
MAX_UNIT_COST_MINOR = 1_000_000


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
        clean = lookup.required_text(name, N_("supplier"), 160)
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
            contact=lookup.optional_text(contact, N_("contact"), 160),
            email=lookup.optional_text(email, N_("email"), 160),
            phone=lookup.optional_text(phone, N_("phone"), 60),
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


def _movement(value: Amount, unit: str, field: str = "quantity") -> int:
    """A positive quantity in the stock unit, as base units; zero, negative or absurd refused."""
    number = parse_number(value, field)
    if number <= 0:
        raise BadQuantity(
            field=field,
            detail=Text("{value} {unit}: give a quantity above zero", value=value, unit=unit),
        )
    if number > MAX_MOVEMENT_UNITS:
        raise BadQuantity(
            field=field,
            detail=Text(
                "{value} {unit} is more than {max_movement_units} {unit} at once: probably a "
                "typing mistake",
                value=value,
                unit=unit,
                max_movement_units=MAX_MOVEMENT_UNITS,
            ),
        )
    if unit not in LENGTH_UNITS and number != number.to_integral():
        raise BadQuantity(
            field=field, detail=Text("{value} {unit}: count whole {unit}", value=value, unit=unit)
        )
    base = stock_to_base(number, unit, field)
    if base <= 0:
        raise BadQuantity(
            field=field, detail=Text("{value} {unit} is too small to count", value=value, unit=unit)
        )
    return base


def stock_level(value: Amount | None, unit: str, field: str) -> int:
    if value in (None, ""):
        return 0
    assert value is not None
    number = parse_number(value, field)
    if number < 0 or number > MAX_MOVEMENT_UNITS * 10:
        raise OutOfRange(field=field.capitalize(), value=value, low=0, high=MAX_MOVEMENT_UNITS * 10)
    return stock_to_base(number, unit, field)


def _levels(minimum: Amount | None, target: Amount | None, unit: str) -> tuple[int, int]:
    """Minimum and target in base units; no target means twice the minimum."""
    low = stock_level(minimum, unit, N_("minimum"))
    high = stock_level(target, unit, N_("target")) or low * 2
    if high < low:
        raise InvalidInput(
            field=N_("target"), detail=Text("the target level cannot be below the minimum")
        )
    return low, high


def width_mm(width: Amount | None, unit: str = "cm") -> int | None:
    """A bolt's width typed in ``unit`` (``cm``, or ``in`` in New York), in millimetres
    (a bolt is 1 cm to 10 m wide)."""
    if width in (None, ""):
        return None
    assert width is not None
    system = Units.IMPERIAL if unit == "in" else Units.METRIC
    stored = body_length_to_mm(width, system, N_("width"))
    if not 10 <= stored <= 10_000:
        low, high = ("½ in", "393 in") if unit == "in" else ("1 cm", "1000 cm")
        raise OutOfRange(field=N_("Width"), value=f"{width} {unit}", low=low, high=high)
    return stored


def company_width_unit(owner: Material | Company) -> str:
    """The unit a company gives widths in (a material: its company's)."""
    company = owner.company if isinstance(owner, Material) else owner
    return "in" if company.units == Units.IMPERIAL else "cm"


def unit_cost_minor(value: Amount | None) -> int | None:
    if value in (None, ""):
        return None
    assert value is not None
    minor = money_to_minor(value, N_("unit cost"))
    if not 0 <= minor <= MAX_UNIT_COST_MINOR:
        raise OutOfRange(field=N_("Unit cost"), value=value, low=0, high=MAX_UNIT_COST_MINOR // 100)
    return minor


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
        clean = lookup.required_text(name, N_("name"), 160)
        if session.scalar(
            select(Material.id).where(Material.company_id == owner.id, Material.name == clean)
        ):
            raise Duplicate(what=N_("material"), key=clean)
        check_stock_unit(unit)
        row = Material(company=owner, name=clean, unit=unit, on_hand=0, on_order=0)
        row.kind = lookup.required_text(kind, N_("kind"), 40).lower()
        row.colour = lookup.optional_text(colour, N_("colour"), 80)
        row.width_mm = width_mm(width, width_unit or company_width_unit(owner))
        row.minimum, row.target = _levels(minimum, target, unit)
        row.supplier = lookup.supplier(session, supplier) if supplier else None
        row.unit_cost = unit_cost_minor(unit_cost)
        row.notes = lookup.long_text(notes, N_("notes"), required=False)
        row.search_text = convert.material_search_text(row)
        session.add(row)
        session.flush()
        if opening_quantity not in (None, "", 0, "0"):
            assert opening_quantity is not None
            ledger.post(
                session,
                row,
                "adjusted",
                _movement(opening_quantity, unit),
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
        clean = lookup.required_text(name, N_("name"), 160)
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
        new_minimum, new_target = _levels(minimum, target, unit)
        new_width = width_mm(width, width_unit or company_width_unit(row))
        new_supplier = lookup.supplier(session, supplier) if supplier else None
        cost = unit_cost_minor(unit_cost)
        row.name, row.kind = clean, lookup.required_text(kind, N_("kind"), 40).lower()
        row.unit, row.colour = unit, lookup.optional_text(colour, N_("colour"), 80)
        row.width_mm, row.minimum, row.target = new_width, new_minimum, new_target
        row.supplier, row.unit_cost = new_supplier, cost
        row.notes = lookup.long_text(notes, N_("notes"), required=False)
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


def receive_material(
    db: Database,
    material: Ref,
    quantity: Amount,
    *,
    unit_cost: Amount | None = None,
    reason: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> MaterialRecord:
    """A delivery from the supplier: adds to stock and takes it off what is on order."""
    with db.write() as session:
        row = lookup.material(session, material, lock=True)
        lookup.expect_version(row, expected_version, row.name)
        amount = _movement(quantity, row.unit)
        cost = unit_cost_minor(unit_cost)
        ledger.post(
            session,
            row,
            "received",
            amount,
            actor=lookup.actor_of(session, actor),
            reason=reason or "delivery",
            supplier_id=row.supplier_id,
            unit_cost=cost,
        )
        row.on_order = max(0, row.on_order - amount)
        if cost is not None:
            row.unit_cost = cost
        session.flush()
        return convert.material_record(row)


def record_order(
    db: Database, material: Ref, quantity: Amount, *, expected_version: int | None = None
) -> MaterialRecord:
    """Notes that an order went to the supplier, so alerts stop asking for it twice."""
    with db.write() as session:
        row = lookup.material(session, material, lock=True)
        if expected_version is not None and row.version != expected_version:
            raise StaleEdit(what=row.name)
        row.on_order += _movement(quantity, row.unit)
        session.flush()
        return convert.material_record(row)


def use_for_tutu(
    db: Database,
    tag: str,
    material: Ref,
    length_per_layer: Amount,
    *,
    unit: str | None = None,
    layers: int | None = None,
    actor: str | None = None,
    expected_version: int | None = None,
) -> MaterialRecord:
    """A tutu build takes layers x length per layer off the tulle stock.

    ``length_per_layer`` is in ``unit`` (the material's own unit unless given); ``layers``
    defaults to the tutu's net-layer count.
    """
    with db.write() as session:
        item = lookup.costume(session, tag)
        if item.tutu is None:
            raise WrongState(what=f"{item.tag} ({item.name})", detail=Text("is not a tutu."))
        row = lookup.material(session, material, item.company_id, lock=True)
        lookup.expect_version(row, expected_version, row.name)
        if row.company_id != item.company_id:
            raise InvalidInput(
                field=N_("material"),
                detail=Text("{name} belongs to another company", name=row.name),
            )
        if row.unit not in LENGTH_UNITS:
            raise InvalidInput(
                field=N_("material"),
                detail=Text(
                    "{name} is counted in {unit}, not by length",
                    name=row.name,
                    unit=unit_text(row.unit),
                ),
            )
        if row.kind not in NET_KINDS:
            raise InvalidInput(
                field=N_("material"),
                detail=Text(
                    "{name} is {kind}: a tutu is built of tulle or net",
                    name=row.name,
                    kind=row.kind,
                ),
            )
        count = item.tutu.net_layers if layers is None else layers
        if not 1 <= count <= MAX_NET_LAYERS:
            raise OutOfRange(field=N_("Layers"), value=count, low=1, high=MAX_NET_LAYERS)
        per_layer_unit = check_stock_unit(unit or row.unit)
        if per_layer_unit not in LENGTH_UNITS:
            raise InvalidInput(
                field=N_("unit"),
                detail=Text("{per_layer_unit} is not a length", per_layer_unit=per_layer_unit),
            )
        per_layer = _movement(length_per_layer, per_layer_unit, N_("length per layer"))
        if per_layer > 40 * STOCK_UNITS["m"]:
            raise BadQuantity(
                field=N_("length per layer"),
                detail=Text(
                    "{length_per_layer} {per_layer_unit} a layer is more than any tutu takes",
                    length_per_layer=length_per_layer,
                    per_layer_unit=per_layer_unit,
                ),
            )
        # Multiplied before rounding: 10 layers of 1 yd are 9,144 mm, not 10 x 914.
        total = stock_to_base(
            parse_number(length_per_layer, N_("length per layer")) * count, per_layer_unit
        )
        ledger.post(
            session,
            row,
            "used",
            -total,
            actor=lookup.actor_of(session, actor),
            reason=f"tutu build: {count} layers x {length_per_layer} {per_layer_unit}",
            costume_id=item.id,
        )
        session.flush()
        return convert.material_record(row)


def adjust_material(
    db: Database,
    material: Ref,
    counted: Amount,
    *,
    reason: str,
    actor: str | None = None,
    expected_version: int | None = None,
) -> MaterialRecord:
    """A stock count: sets the quantity on hand to what was counted, with a reason."""
    with db.write() as session:
        row = lookup.material(session, material, lock=True)
        lookup.expect_version(row, expected_version, row.name)
        why = lookup.required_text(reason, N_("reason"), 400)
        number = parse_number(counted, N_("counted"))
        if number < 0:
            raise BadQuantity(field=N_("counted"), detail=Text("a count cannot be below zero"))
        new = stock_to_base(number, row.unit, N_("counted")) if number else 0
        if number > MAX_MOVEMENT_UNITS * 10:
            raise BadQuantity(
                field=N_("counted"),
                detail=Text(
                    "{counted} {unit} is not a real count",
                    counted=counted,
                    unit=unit_text(row.unit),
                ),
            )
        if new == row.on_hand:
            raise BadQuantity(
                field=N_("counted"),
                detail=Text(
                    "the count equals the stock on hand ({new})", new=stock_amount(new, row.unit)
                ),
            )
        ledger.post(
            session,
            row,
            "adjusted",
            new - row.on_hand,
            actor=lookup.actor_of(session, actor),
            reason=why,
        )
        session.flush()
        return convert.material_record(row)


def material_ledger(db: Database, material: Ref, limit: int = 200) -> list[StockEntryRecord]:
    """Newest first."""
    with db.read() as session:
        row = lookup.material(session, material)
        entries = session.scalars(
            select(StockEntry)
            .where(StockEntry.material_id == row.id)
            .order_by(desc(StockEntry.occurred_at), desc(StockEntry.id))
            .limit(limit)
        )
        return [
            StockEntryRecord(
                id=e.id,
                occurred_at=e.occurred_at,
                kind=e.kind,
                item=row.name,
                unit=row.unit,
                quantity=e.quantity,
                balance_after=e.balance_after,
                actor=e.actor,
                reason=e.reason,
                costume_tag="",
            )
            for e in entries
        ]


def check_ledger(db: Database) -> list[LedgerMismatch]:
    """Items whose quantity on hand differs from what the ledger adds up to (empty: all good)."""
    with db.read() as session:
        return ledger.mismatches(session)


def correct(
    db: Database,
    kind: str,
    item_id: int,
    change: int,
    *,
    reason: str,
    on_order: int | None = None,
    actor: str | None = None,
    expected_version: int | None = None,
    costume_id: int | None = None,
) -> MaterialRecord | PointeSpecRecord:
    """A correcting ledger line (kind "adjusted"): how an action is undone without erasing it.
    ``costume_id``: the tutu whose build it corrects (its history says so).

    ``kind`` is "material" or "pointe"; ``change`` is in base units (mm, pieces, pairs);
    ``on_order``, when given, is put back as it was.
    """
    with db.write() as session:
        row = (
            lookup.material(session, item_id, lock=True)
            if kind == "material"
            else lookup.pointe_spec(session, item_id, lock=True)
        )
        label = row.name if isinstance(row, Material) else ledger.pointe_shoes_of(row.dancer.name)
        lookup.expect_version(row, expected_version, label)
        ledger.post(
            session,
            row,
            "adjusted",
            change,
            actor=lookup.actor_of(session, actor),
            reason=lookup.required_text(reason, N_("reason"), 400),
            costume_id=costume_id,
        )
        if on_order is not None:
            if isinstance(row, Material):
                row.on_order = on_order
            else:
                row.pairs_on_order = on_order
        session.flush()
        if isinstance(row, Material):
            return convert.material_record(row)
        return convert.pointe_record(row)


def count_materials(
    db: Database,
    counts: dict[int, Amount],
    *,
    reason: str = "stocktake",
    actor: str | None = None,
) -> list[tuple[MaterialRecord, int]]:
    """The counts of a count sheet keyed back, all in one go: each material whose count
    differs from the stock on hand is adjusted in the ledger, with the reason. Returns each
    material counted with its difference (base units; 0: the count agreed). A bad count
    anywhere refuses the whole sheet, naming the material."""
    with db.write() as session:
        why = lookup.required_text(reason, N_("reason"), 400)
        who = lookup.actor_of(session, actor)
        done = []
        for material_id, counted in counts.items():
            row = lookup.material(session, material_id, lock=True)
            if counted in (None, ""):
                continue
            number = parse_number(counted, row.name)
            if number < 0 or number > MAX_MOVEMENT_UNITS * 10:
                raise BadQuantity(
                    field=row.name,
                    detail=Text(
                        "{counted} {unit} is not a real count",
                        counted=counted,
                        unit=unit_text(row.unit),
                    ),
                )
            new = stock_to_base(number, row.unit, row.name) if number else 0
            difference = new - row.on_hand
            if difference:
                ledger.post(session, row, "adjusted", difference, actor=who, reason=why)
            done.append((row, difference))
        session.flush()
        return [(convert.material_record(row), difference) for row, difference in done]
