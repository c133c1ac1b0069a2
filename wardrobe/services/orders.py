"""Purchase orders: drafted from the alerts (one per supplier and company, each quantity rounded
up to the supplier's pack or the maker's batch), edited while a draft, sent (what is on order
then counts them, and the alerts say so), received line by line (part deliveries allowed, each
a ledger line with the order's number), closed when complete or cancelled. A supplier's real
lead time is learned from its orders, sent to received.

Every change locks the order's row first: two desks receiving the same order take turns, and
the second sees what the first received."""

from __future__ import annotations

import statistics
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from ..errors import BadQuantity, InvalidInput, MoreThanOrdered, NotFound, WrongState
from ..language.i18n import N_, Text
from ..language.vocabulary import stock_amount
from ..models import (
    Company,
    Material,
    OrderCounter,
    OrderLine,
    PointeSpec,
    PurchaseOrder,
    Supplier,
)
from ..models.base import utcnow
from ..records import (
    OrderRecord,
    SupplierLeadTime,
)
from ..store.database import Database
from . import ledger, lookup
from .convert import order_record
from .lookup import Ref
from .stock_amounts import Amount, movement

OPEN = ("sent", "part_received")
DAYS_A_WEEK = 7


# --- reading ------------------------------------------------------------------------------


def loaded_with():  # noqa: ANN202 - the loader options every order read uses
    return (
        selectinload(PurchaseOrder.lines).selectinload(OrderLine.material),
        selectinload(PurchaseOrder.lines)
        .selectinload(OrderLine.pointe_spec)
        .selectinload(PointeSpec.dancer),
        selectinload(PurchaseOrder.company),
        selectinload(PurchaseOrder.supplier),
    )


def _order(session: Session, number: str, *, lock: bool = False) -> PurchaseOrder:
    wanted = (number or "").strip().upper()
    stmt = select(PurchaseOrder).where(PurchaseOrder.number == wanted)
    if lock:
        stmt = stmt.with_for_update()
    found = session.scalars(stmt.options(*loaded_with())).one_or_none()
    if found is None:
        raise NotFound(what=N_("purchase order"), key=number)
    if lock:
        session.refresh(found)  # what another desk committed while this one waited
    return found


def get_order(db: Database, number: str) -> OrderRecord:
    with db.read() as session:
        return order_record(_order(session, number))


def list_orders(
    db: Database, company: Ref | None = None, status: str | None = None
) -> list[OrderRecord]:
    """Every order, the newest first (or those of one company, of one status)."""
    with db.read() as session:
        stmt = select(PurchaseOrder).options(*loaded_with()).order_by(PurchaseOrder.id.desc())
        if company is not None:
            stmt = stmt.where(PurchaseOrder.company_id == lookup.company(session, company).id)
        if status is not None:
            stmt = stmt.where(PurchaseOrder.status == status)
        return [order_record(order) for order in session.scalars(stmt)]


def covering_orders(session: Session) -> dict[tuple[str, int], tuple[str, ...]]:
    """For each material and specification with something still to come, the numbers of the
    sent orders that bring it."""
    stmt = (
        select(OrderLine.material_id, OrderLine.pointe_spec_id, PurchaseOrder.number)
        .join(PurchaseOrder, PurchaseOrder.id == OrderLine.order_id)
        .where(PurchaseOrder.status.in_(OPEN), OrderLine.received < OrderLine.quantity)
        .order_by(PurchaseOrder.id)
    )
    found: dict[tuple[str, int], list[str]] = defaultdict(list)
    for material_id, spec_id, number in session.execute(stmt):
        key = ("material", material_id) if material_id is not None else ("pointe", spec_id or 0)
        if number not in found[key]:
            found[key].append(number)
    return {key: tuple(numbers) for key, numbers in found.items()}


def lead_times(db: Database) -> list[SupplierLeadTime]:
    """Each supplier's lead time as entered beside the one its received orders took (the
    median, in weeks, from sent to the last line received)."""
    with db.read() as session:
        taken: dict[int, list[float]] = defaultdict(list)
        stmt = select(PurchaseOrder.supplier_id, PurchaseOrder.sent_at, PurchaseOrder.received_at)
        stmt = stmt.where(PurchaseOrder.status == "received", PurchaseOrder.sent_at.is_not(None))
        for supplier_id, sent_at, received_at in session.execute(stmt):
            if received_at is not None and sent_at is not None and received_at >= sent_at:
                days = (received_at - sent_at).total_seconds() / 86400
                taken[supplier_id].append(days / DAYS_A_WEEK)
        result = []
        for supplier in session.scalars(select(Supplier).order_by(Supplier.name)):
            weeks = taken.get(supplier.id, [])
            result.append(
                SupplierLeadTime(
                    supplier=supplier.name,
                    entered_weeks=supplier.lead_time_weeks,
                    learned_weeks=round(statistics.median(weeks), 1) if weeks else None,
                    orders=len(weeks),
                )
            )
        return result


# --- drafting -----------------------------------------------------------------------------


def _next_number(session: Session, company: Company) -> str:
    counter = session.scalars(
        select(OrderCounter).where(OrderCounter.company_id == company.id).with_for_update()
    ).one_or_none()
    if counter is None:
        counter = OrderCounter(company_id=company.id, next_number=1)
        session.add(counter)
    while True:
        number = f"PO-{company.code}-{counter.next_number:04d}"
        counter.next_number += 1
        taken = session.scalar(select(PurchaseOrder.id).where(PurchaseOrder.number == number))
        if taken is None:
            session.flush()
            return number


def new_order(session: Session, company: Company, supplier: Supplier) -> PurchaseOrder:
    order = PurchaseOrder(
        number=_next_number(session, company),
        company=company,
        supplier=supplier,
        status="draft",
        created_by=lookup.actor_of(session),
        sent_by="",
        notes="",
    )
    session.add(order)
    return order


def append_line(order: PurchaseOrder, item: Material | PointeSpec, quantity: int) -> OrderLine:
    line_no = max((line.line_no for line in order.lines), default=0) + 1
    line = OrderLine(line_no=line_no, quantity=quantity, received=0, unit_cost=item.unit_cost)
    if isinstance(item, Material):
        line.material = item
    else:
        line.pointe_spec = item
    order.lines.append(line)
    return line


def _draft(session: Session, number: str, expected_version: int | None) -> PurchaseOrder:
    order = _order(session, number, lock=True)
    lookup.expect_version(order, expected_version, Text(N_("order {number}"), number=order.number))
    if order.status != "draft":
        raise WrongState(
            what=Text(N_("Order {number}"), number=order.number),
            detail=Text("has been sent; only a draft can be changed."),
        )
    return order


def _touched(order: PurchaseOrder) -> None:
    """A change to a line is a change to the order: its version moves on, so that another
    desk editing the same draft is told."""
    flag_modified(order, "notes")


def _line(order: PurchaseOrder, line_no: int | str) -> OrderLine:
    try:
        wanted = int(str(line_no).strip())
    except ValueError:
        wanted = -1
    for line in order.lines:
        if line.line_no == wanted:
            return line
    raise NotFound(what=N_("order line"), key=f"{order.number} #{line_no}")


def _quantity(line: OrderLine, value: Amount, field: str = N_("quantity")) -> int:
    unit = line.material.unit if line.material is not None else "pairs"
    return movement(value, unit, field)


def set_quantity(
    db: Database,
    number: str,
    line_no: int | str,
    quantity: Amount,
    *,
    expected_version: int | None = None,
) -> OrderRecord:
    """A draft line's quantity, in its stock unit (metres, yards, pairs); kept as typed."""
    with db.write() as session:
        order = _draft(session, number, expected_version)
        line = _line(order, line_no)
        line.quantity = _quantity(line, quantity)
        _touched(order)
        session.flush()
        return order_record(order)


def remove_line(
    db: Database, number: str, line_no: int | str, *, expected_version: int | None = None
) -> OrderRecord:
    with db.write() as session:
        order = _draft(session, number, expected_version)
        order.lines.remove(_line(order, line_no))
        _touched(order)
        session.flush()
        return order_record(order)


def add_line(
    db: Database,
    number: str,
    *,
    material: Ref | None = None,
    pointe_spec: int | None = None,
    quantity: Amount,
    expected_version: int | None = None,
) -> OrderRecord:
    """Another material or dancer's shoes on a draft (the same supplier's or none set)."""
    with db.write() as session:
        order = _draft(session, number, expected_version)
        item: Material | PointeSpec = (
            lookup.material(session, material, order.company_id)
            if material is not None
            else lookup.pointe_spec(session, pointe_spec or 0)
        )
        if item.company_id != order.company_id:
            raise InvalidInput(
                field=N_("item"),
                detail=Text("it belongs to another company than the order's."),
            )
        unit = item.unit if isinstance(item, Material) else "pairs"
        append_line(order, item, movement(quantity, unit))
        session.flush()
        return order_record(order)


# --- sending, receiving, cancelling -------------------------------------------------------


def _on_order(line: OrderLine, change: int) -> None:
    if line.material is not None:
        line.material.on_order = max(0, line.material.on_order + change)
    elif line.pointe_spec is not None:
        line.pointe_spec.pairs_on_order = max(0, line.pointe_spec.pairs_on_order + change)


def send(db: Database, number: str, *, expected_version: int | None = None) -> OrderRecord:
    """The draft goes to the supplier: its quantities count as on order from now."""
    with db.write() as session:
        order = _draft(session, number, expected_version)
        if not order.lines:
            raise WrongState(
                what=Text(N_("Order {number}"), number=order.number),
                detail=Text("has no lines: there is nothing to send."),
            )
        for line in order.lines:
            _on_order(line, line.quantity)
        order.status = "sent"
        order.sent_at = utcnow()
        order.sent_by = lookup.actor_of(session)
        session.flush()
        return order_record(order)


def _receivable(order: PurchaseOrder) -> None:
    if order.status in OPEN:
        return
    said = Text(N_("Order {number}"), number=order.number)
    if order.status == "draft":
        raise WrongState(what=said, detail=Text("has not been sent yet; send it first."))
    if order.status == "cancelled":
        raise WrongState(what=said, detail=Text("was cancelled; nothing can be received on it."))
    raise WrongState(what=said, detail=Text("has been received in full already."))


def receive(
    db: Database,
    number: str,
    quantities: dict[int, Amount] | None = None,
    *,
    more_than_ordered: bool = False,
    actor: str | None = None,
) -> OrderRecord:
    """A delivery against the order: ``quantities`` by line number, in each line's stock
    unit (None: everything still to come). Each adds to stock with a ledger line naming the
    order, and takes its quantity off what is on order. More than a line still awaits is
    refused unless ``more_than_ordered`` (the window asks first)."""
    with db.write() as session:
        order = _order(session, number, lock=True)
        _receivable(order)
        if quantities is None:
            wanted = {line.line_no: line.quantity - line.received for line in order.lines}
            wanted = {n: q for n, q in wanted.items() if q > 0}
        else:
            wanted = {}
            for line_no, amount in quantities.items():
                line = _line(order, line_no)
                wanted[line.line_no] = _quantity(line, amount, N_("received"))
        if not wanted:
            raise BadQuantity(
                field=N_("received"), detail=Text("there is nothing to receive on this order")
            )
        who = lookup.actor_of(session, actor)
        for line_no, amount in sorted(wanted.items()):
            line = _line(order, line_no)
            outstanding = line.quantity - line.received
            if amount > outstanding and not more_than_ordered:
                unit = line.material.unit if line.material is not None else "pairs"
                raise MoreThanOrdered(
                    number=order.number,
                    line=line.line_no,
                    wanted=stock_amount(amount, unit),
                    outstanding=stock_amount(max(0, outstanding), unit),
                )
            item = line.material if line.material is not None else line.pointe_spec
            assert item is not None
            ledger.post(
                session,
                item,
                "received",
                amount,
                actor=who,
                reason=f"order {order.number}",
                supplier_id=order.supplier_id,
                unit_cost=line.unit_cost,
            )
            _on_order(line, -min(amount, max(0, outstanding)))
            line.received += amount
        complete = all(line.received >= line.quantity for line in order.lines)
        order.status = "received" if complete else "part_received"
        if complete:
            order.received_at = utcnow()
        session.flush()
        return order_record(order)


def cancel(db: Database, number: str, *, expected_version: int | None = None) -> OrderRecord:
    """A draft or a sent order called off: what it still awaited is no longer on order."""
    with db.write() as session:
        order = _order(session, number, lock=True)
        lookup.expect_version(order, expected_version, Text(N_("order {number}"), number=number))
        said = Text(N_("Order {number}"), number=order.number)
        if order.status == "cancelled":
            raise WrongState(what=said, detail=Text("is cancelled already."))
        if order.status == "received":
            raise WrongState(
                what=said, detail=Text("has been received in full; there is nothing to cancel.")
            )
        if order.status in OPEN:
            for line in order.lines:
                _on_order(line, -max(0, line.quantity - line.received))
        order.status = "cancelled"
        order.cancelled_at = utcnow()
        session.flush()
        return order_record(order)
