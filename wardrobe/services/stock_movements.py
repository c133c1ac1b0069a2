"""What comes into and goes out of a material's stock, each line in its ledger: received,
used for a tutu, adjusted, corrected, counted at a stocktake; the ledger read and checked."""

from __future__ import annotations

from sqlalchemy import desc, select

from ..domain.units import LENGTH_UNITS, STOCK_UNITS, check_stock_unit, parse_number, stock_to_base
from ..errors import BadQuantity, InvalidInput, OutOfRange, StaleEdit, WrongState
from ..language.i18n import N_, Text
from ..language.vocabulary import MAX_NET_LAYERS, NET_KINDS, stock_amount, unit_text
from ..models import Material, StockEntry
from ..records import LedgerMismatch, MaterialRecord, PointeSpecRecord, StockEntryRecord
from ..store.database import Database
from . import convert, ledger, lookup, text_checks
from .lookup import Ref
from .stock_amounts import MAX_MOVEMENT_UNITS, Amount, movement, unit_cost_minor


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
        amount = movement(quantity, row.unit)
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
        row.on_order += movement(quantity, row.unit)
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
        per_layer = movement(length_per_layer, per_layer_unit, N_("length per layer"))
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
        why = text_checks.required_text(reason, N_("reason"), 400)
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
            reason=text_checks.required_text(reason, N_("reason"), 400),
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
        why = text_checks.required_text(reason, N_("reason"), 400)
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
