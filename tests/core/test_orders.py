"""Purchase orders: from the alerts to drafts (one per supplier, rounded to packs and batches),
sent (the alerts then say which order covers them), received in parts (stock, ledger and
order exact), cancelled; and the refusals a desk can run into."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from wardrobe.domain.units import STOCK_UNITS
from wardrobe.errors import BadQuantity, InvalidInput, MoreThanOrdered, NotFound, WrongState
from wardrobe.models import StockEntry
from wardrobe.services import (
    alerts,
    history_events,
    order_drafts,
    orders,
    pointe,
    stock,
    stock_movements,
)


def _drafted(db, company="BN"):
    return order_drafts.draft_from_alerts(db, company).orders


def test_the_demos_alerts_become_one_draft_per_supplier_rounded_to_packs(demo_db):
    wanted = [a for a in alerts.compute_alerts(demo_db, "BN") if a.to_order > 0]
    drafted = _drafted(demo_db)
    suppliers = {a.supplier for a in wanted}
    assert sorted(o.supplier for o in drafted) == sorted(suppliers)
    assert all(o.status == "draft" and o.company == "Le Ballet National" for o in drafted)
    lines = [line for o in drafted for line in o.lines]
    assert len(lines) == len(wanted)
    for line in lines:
        alert = next(a for a in wanted if (a.kind, a.item_id) == (line.kind, line.item_id))
        asked = int(alert.to_order * STOCK_UNITS[line.unit])
        if line.pack is None:  # hooks by the card: as many as asked
            assert line.quantity == asked
            continue
        assert line.quantity % line.pack == 0
        assert asked <= line.quantity < asked + line.pack
    packs = {line.kind for line in lines if line.pack}
    assert packs == {"pointe", "material"}, "bolts of tulle and batches of shoes in the demo"
    # The same alerts again: nothing drafted twice.
    again = order_drafts.draft_from_alerts(demo_db, "BN")
    assert again.orders == () and again.already_drafted == len(wanted)


def test_the_story_from_alert_to_order_received_in_two_deliveries(demo_db):
    """The issue's story: drafted from the alerts, sent, the alerts covered, part received,
    then the rest; stock, ledger and order exact."""
    order = next(o for o in _drafted(demo_db) if o.supplier == "Tissus du Marais")
    before = {m.id: m for m in stock.list_materials(demo_db, "BN")}
    sent = orders.send(demo_db, order.number, expected_version=order.version)
    assert sent.status == "sent" and sent.sent_at is not None
    for line in sent.lines:
        after = stock.get_material(demo_db, line.item_id)
        assert after.on_order == before[line.item_id].on_order + line.quantity
    covered = {a.item_id: a for a in alerts.compute_alerts(demo_db, "BN") if a.kind == "material"}
    for line in sent.lines:
        assert covered[line.item_id].orders == (order.number,)
        assert covered[line.item_id].covered_by_orders

    first = sent.lines[0]
    part = orders.receive(demo_db, order.number, {first.line_no: "50"})
    assert part.status == "part_received"
    assert part.lines[0].received == 50_000
    middle = stock.get_material(demo_db, first.item_id)
    assert middle.on_hand == before[first.item_id].on_hand + 50_000
    assert middle.on_order == before[first.item_id].on_order + first.quantity - 50_000

    done = orders.receive(demo_db, order.number)  # the rest of every line
    assert done.status == "received" and done.received_at is not None
    for line in done.lines:
        assert line.received == line.quantity
        now = stock.get_material(demo_db, line.item_id)
        assert now.on_hand == before[line.item_id].on_hand + line.quantity
        assert now.on_order == before[line.item_id].on_order
    with demo_db.read() as session:
        entries = session.scalars(
            select(StockEntry).where(StockEntry.reason == f"order {order.number}")
        ).all()
    assert sum(e.quantity for e in entries) == sum(line.quantity for line in done.lines)
    assert all(e.kind == "received" for e in entries)
    # The material's history: the two deliveries, newest first, each naming the order.
    history = stock_movements.material_ledger(demo_db, first.item_id)[:2]
    assert [(e.kind, e.quantity, e.reason) for e in history] == [
        ("received", first.quantity - 50_000, f"order {order.number}"),
        ("received", 50_000, f"order {order.number}"),
    ]
    assert history[0].balance_after == before[first.item_id].on_hand + first.quantity
    assert stock_movements.check_ledger(demo_db) == []
    assert not [
        a
        for a in alerts.compute_alerts(demo_db, "BN")
        if a.item_id == first.item_id and a.kind == "material"
    ]


def test_receiving_pointe_shoes_adds_pairs_to_the_dancer(demo_db):
    order = next(o for o in _drafted(demo_db) if any(line.kind == "pointe" for line in o.lines))
    orders.send(demo_db, order.number)
    line = order.lines[0]
    spec_before = next(s for s in pointe.list_specs(demo_db) if s.id == line.item_id)
    orders.receive(demo_db, order.number, {line.line_no: 6})
    spec = next(s for s in pointe.list_specs(demo_db) if s.id == line.item_id)
    assert spec.pairs_on_hand == spec_before.pairs_on_hand + 6
    assert spec.pairs_on_order == spec_before.pairs_on_order - 6
    # Her history says the pairs came, on which order.
    [came] = [
        e
        for e in history_events.dancer_events(demo_db, spec.dancer_id)
        if e.kind == "stock_received" and e.values.get("reason") == f"order {order.number}"
    ]
    assert came.values["quantity"] == 6


def test_a_draft_is_edited_before_it_is_sent(demo_db):
    order = next(o for o in _drafted(demo_db) if len(o.lines) >= 2)
    changed = orders.set_quantity(demo_db, order.number, 1, 12, expected_version=order.version)
    assert changed.lines[0].quantity_units == 12
    assert changed.version > order.version
    with pytest.raises(Exception, match="changed"):  # a stale edit from another desk
        orders.set_quantity(demo_db, order.number, 1, 13, expected_version=order.version)
    fewer = orders.remove_line(demo_db, order.number, 2)
    assert [line.line_no for line in fewer.lines] == [1] + [
        n for n in range(3, len(order.lines) + 1)
    ]
    on_it = {line.item_id for line in fewer.lines if line.kind == "material"}
    extra = next(m for m in stock.list_materials(demo_db, "BN") if m.id not in on_it)
    more = orders.add_line(demo_db, order.number, material=extra.id, quantity="7")
    assert (more.lines[-1].item_id, more.lines[-1].quantity_units) == (extra.id, 7)
    assert more.lines[-1].line_no == max(line.line_no for line in fewer.lines) + 1
    elsewhere = stock.list_materials(demo_db, "MBT")[0]
    with pytest.raises(InvalidInput, match="another company"):  # New York's, on a Paris order
        orders.add_line(demo_db, order.number, material=elsewhere.id, quantity="1")
    orders.send(demo_db, order.number)
    with pytest.raises(WrongState, match="only a draft can be changed"):
        orders.set_quantity(demo_db, order.number, 1, 3)


def test_refusals_say_why_and_change_nothing(demo_db):
    order = _drafted(demo_db)[0]
    with pytest.raises(WrongState, match="not been sent"):
        orders.receive(demo_db, order.number)
    for line in list(order.lines):
        order = orders.remove_line(demo_db, order.number, line.line_no)
    with pytest.raises(WrongState, match="has no lines"):
        orders.send(demo_db, order.number)
    with pytest.raises(NotFound):
        orders.receive(demo_db, "PO-BN-9999")

    sent = orders.send(demo_db, _drafted_one(demo_db).number)
    line = sent.lines[0]
    before = orders.get_order(demo_db, sent.number)
    with pytest.raises(MoreThanOrdered, match="more than was ordered"):
        orders.receive(demo_db, sent.number, {line.line_no: line.quantity_units + 1})
    with pytest.raises(BadQuantity):
        orders.receive(demo_db, sent.number, {line.line_no: "-2"})
    assert orders.get_order(demo_db, sent.number) == before
    # The window asks first, then takes more than ordered.
    more = orders.receive(
        demo_db, sent.number, {line.line_no: line.quantity_units + 1}, more_than_ordered=True
    )
    assert more.lines[0].received > more.lines[0].quantity


def _drafted_one(db):
    """A fresh draft: the demo's New York alerts drafted."""
    return order_drafts.draft_from_alerts(db, "MBT").orders[0]


def test_a_cancelled_order_is_no_longer_on_order_and_receives_nothing(demo_db):
    order = orders.send(demo_db, _drafted(demo_db)[0].number)
    line = order.lines[0]
    kind = line.kind

    def on_order():
        if kind == "material":
            return stock.get_material(demo_db, line.item_id).on_order
        return next(s for s in pointe.list_specs(demo_db) if s.id == line.item_id).pairs_on_order

    sent_level = on_order()
    orders.receive(demo_db, order.number, {line.line_no: 1})  # one pair, one metre
    cancelled = orders.cancel(demo_db, order.number)
    assert cancelled.status == "cancelled"
    assert on_order() == sent_level - line.quantity  # the part received, then the rest off
    with pytest.raises(WrongState, match="cancelled"):
        orders.receive(demo_db, order.number)
    with pytest.raises(WrongState, match="cancelled already"):
        orders.cancel(demo_db, order.number)
    with demo_db.read() as session:
        assert session.scalar(select(func.count()).select_from(StockEntry)) > 0
    assert stock_movements.check_ledger(demo_db) == []


def test_each_suppliers_lead_time_is_learned_from_its_orders(demo_db):
    times = {t.supplier: t for t in orders.lead_times(demo_db)}
    freed = times["Freed of London"]
    assert freed.orders >= 2 and freed.learned_weeks is not None
    assert freed.learned_weeks != freed.entered_weeks
    order = orders.send(demo_db, _drafted(demo_db)[0].number)
    orders.receive(demo_db, order.number)
    assert orders.get_order(demo_db, order.number).status == "received"
    statuses = {o.status for o in orders.list_orders(demo_db)}
    assert {"received", "draft"} <= statuses
