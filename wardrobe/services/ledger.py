"""The stock ledger: the one place a quantity on hand changes, and the check that it adds up."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import BadQuantity, NotEnoughStock
from ..language.i18n import N_, Text
from ..language.vocabulary import stock_amount
from ..models import Dancer, Material, PointeSpec, StockEntry
from ..models.base import utcnow
from ..records import LedgerMismatch

KINDS = ("received", "issued", "used", "adjusted")


def pointe_shoes_of(dancer: str) -> Text:
    """How an error names a dancer's pointe stock, in the reader's language."""
    return Text(N_("the pointe shoes of {dancer}"), dancer=dancer)


def post(
    session: Session,
    item: Material | PointeSpec,
    kind: str,
    change: int,
    *,
    actor: str,
    reason: str = "",
    costume_id: int | None = None,
    supplier_id: int | None = None,
    unit_cost: int | None = None,
) -> StockEntry:
    """Changes an item's quantity on hand by ``change`` and writes the ledger line for it."""
    assert kind in KINDS
    if change == 0:
        raise BadQuantity(field=N_("quantity"), detail=Text("a change of nothing records nothing"))
    if isinstance(item, Material):
        balance = item.on_hand + change
        if balance < 0:
            raise NotEnoughStock(
                what=item.name,
                on_hand=stock_amount(item.on_hand, item.unit),
                wanted=stock_amount(-change, item.unit),
            )
        item.on_hand = balance
        entry = StockEntry(material_id=item.id)
    else:
        balance = item.pairs_on_hand + change
        if balance < 0:
            raise NotEnoughStock(
                what=Text(N_("pointe shoes for {dancer}"), dancer=item.dancer.name),
                on_hand=stock_amount(item.pairs_on_hand, "pairs"),
                wanted=stock_amount(-change, "pairs"),
            )
        item.pairs_on_hand = balance
        entry = StockEntry(pointe_spec_id=item.id)
    entry.kind = kind
    entry.quantity = change
    entry.balance_after = balance
    entry.actor = actor
    entry.reason = reason
    entry.costume_id = costume_id
    entry.supplier_id = supplier_id
    entry.unit_cost = unit_cost
    entry.occurred_at = utcnow()
    session.add(entry)
    return entry


def mismatches(session: Session) -> list[LedgerMismatch]:
    """Every item whose quantity on hand differs from the sum of its ledger lines."""
    found: list[LedgerMismatch] = []
    material_sums = (
        select(StockEntry.material_id, func.sum(StockEntry.quantity).label("total"))
        .where(StockEntry.material_id.is_not(None))
        .group_by(StockEntry.material_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Material.id, Material.name, Material.on_hand, material_sums.c.total, Material.unit
        ).outerjoin(material_sums, material_sums.c.material_id == Material.id)
    )
    for item_id, name, on_hand, total, unit in rows:
        if on_hand != (total or 0):
            found.append(LedgerMismatch("material", item_id, name, on_hand, total or 0, unit))
    spec_sums = (
        select(StockEntry.pointe_spec_id, func.sum(StockEntry.quantity).label("total"))
        .where(StockEntry.pointe_spec_id.is_not(None))
        .group_by(StockEntry.pointe_spec_id)
        .subquery()
    )
    rows = session.execute(
        select(
            PointeSpec.id,
            PointeSpec.maker,
            PointeSpec.pairs_on_hand,
            spec_sums.c.total,
            Dancer.name,
        )
        .join(Dancer, Dancer.id == PointeSpec.dancer_id)
        .outerjoin(spec_sums, spec_sums.c.pointe_spec_id == PointeSpec.id)
    )
    for item_id, maker, on_hand, total, dancer in rows:
        if on_hand != (total or 0):
            found.append(
                LedgerMismatch("pointe", item_id, f"{dancer} — {maker}", on_hand, total or 0)
            )
    return found
