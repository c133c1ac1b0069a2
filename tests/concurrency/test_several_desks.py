"""Several desks at once on one inventory: no lost update, no shared tag, ledger exact."""

from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from wardrobe.services import costumes, pointe, stock, stock_movements

from .desk import work

DESKS = 4
SECONDS = 4.0


def test_four_desks_at_once_lose_nothing(demo_db):
    specs = {s.id: s for s in pointe.list_specs(demo_db, "Paris")[:6]}
    materials = {m.id: m for m in stock.list_materials(demo_db, "Paris")}
    length_ids = [m.id for m in materials.values() if m.unit == "m"][:3]
    before_items = len(costumes.list_items(demo_db))
    demo_db.engine.dispose()  # the desks open their own connections
    with ProcessPoolExecutor(DESKS, mp_context=get_context("spawn")) as pool:
        results = list(
            pool.map(
                work,
                [demo_db.url] * DESKS,
                range(DESKS),
                [SECONDS] * DESKS,
                [list(specs)] * DESKS,
                [length_ids] * DESKS,
            )
        )
    pairs, received, tags = Counter(), Counter(), []
    for result in results:
        pairs.update(result["pairs"])
        received.update(result["received"])
        tags += result["tags"]
    assert sum(len(r["tags"]) for r in results) > DESKS  # they did work at the same time
    assert stock_movements.check_ledger(demo_db) == []
    after_specs = {s.id: s for s in pointe.list_specs(demo_db, "Paris")}
    for spec_id, spec in specs.items():
        assert after_specs[spec_id].pairs_on_hand == spec.pairs_on_hand + pairs[spec_id]
    for material_id in length_ids:
        expected = materials[material_id].on_hand + 1000 * received[material_id]
        assert stock.get_material(demo_db, material_id).on_hand == expected
    assert len(set(tags)) == len(tags)  # no two desks were given the same tag
    assert len(costumes.list_items(demo_db)) == before_items + len(tags)
