"""Two desks receiving the same order at the same moment (two real processes): each delivery
is counted once, the order's lines, the stock and the ledger stay exact, and a desk that
asks for more than is left is told so in a sentence."""

import subprocess
import sys

from wardrobe.domain.units import stock_to_base
from wardrobe.services import order_drafts, orders, pointe, stock, stock_movements

SCRIPT = """
import sys
from wardrobe.store.database import open_database
from wardrobe.errors import MoreThanOrdered, WrongState
from wardrobe.services import orders

url, number, line, times = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
db = open_database(url)
took = refused = 0
for _ in range(times):
    try:
        orders.receive(db, number, {line: 1})
        took += 1
    except (MoreThanOrdered, WrongState):
        refused += 1
db.close()
print(took, refused)
"""


def test_two_desks_receiving_one_order_at_once_keep_every_quantity_exact(demo_db):
    order = order_drafts.draft_from_alerts(demo_db, "BN").orders[0]
    order = orders.set_quantity(demo_db, order.number, 1, 30)
    order = orders.send(demo_db, order.number)
    line = order.lines[0]
    is_pointe = line.kind == "pointe"

    def levels():
        if is_pointe:
            spec = next(s for s in pointe.list_specs(demo_db) if s.id == line.item_id)
            return spec.pairs_on_hand, spec.pairs_on_order
        material = stock.get_material(demo_db, line.item_id)
        return material.on_hand, material.on_order

    on_hand, on_order = levels()
    unit = stock_to_base(1, line.unit)  # a pair, a card, a metre: what one receipt brings
    demo_db.engine.dispose()
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", SCRIPT, demo_db.url, order.number, "1", "20"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outcomes = [(desk.wait(timeout=180), *desk.communicate()) for desk in desks]
    assert [code for code, _out, _err in outcomes] == [0, 0], outcomes
    took = [int(out.split()[0]) for _code, out, _err in outcomes]
    refused = [int(out.split()[1]) for _code, out, _err in outcomes]
    assert sum(took) == 30 and sum(refused) == 10  # forty asked, thirty awaited
    after = orders.get_order(demo_db, order.number)
    assert after.lines[0].received == 30 * unit
    assert levels() == (on_hand + 30 * unit, on_order - 30 * unit)
    assert stock_movements.check_ledger(demo_db) == []
