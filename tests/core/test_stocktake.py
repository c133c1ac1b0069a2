"""A stocktake of a rack with the scanner: found, missing, misplaced and unknown tags read
live; the count survives closing the app; finishing marks what is missing and moves what was
chosen, with the reason "stocktake" in each item's history, and dates the count."""

from __future__ import annotations

from datetime import date

import pytest

from wardrobe.errors import NotFound, WrongState
from wardrobe.services import costumes, history_events, places, stocktake
from wardrobe.store.database import open_database


def _rack(db):
    """A rack of the demo with several items in store, and an item in store elsewhere."""
    items = [i for i in costumes.list_items(db, "BN") if i.status == "in_store" and i.location]
    by_place: dict[str, list] = {}
    for item in items:
        by_place.setdefault(item.location, []).append(item)
    rack = max((p for p in by_place if "Portant" in p), key=lambda p: len(by_place[p]))
    elsewhere = next(i for i in items if i.location != rack and not i.location.startswith(rack))
    return rack, by_place[rack], elsewhere


def test_a_rack_with_one_missing_one_misplaced_one_unknown_resumes_after_a_restart(demo_db):
    rack, here, elsewhere = _rack(demo_db)
    state = stocktake.start(demo_db, rack, "BN")
    assert state.place == rack and len(state.missing) == len(here)
    for item in here[1:]:
        assert stocktake.scan(demo_db, state.place_code, item.tag).kind == "found"
    misplaced = stocktake.scan(demo_db, rack, elsewhere.tag, "BN")
    assert (misplaced.kind, misplaced.recorded_at) == ("misplaced", elsewhere.location)
    assert stocktake.scan(demo_db, rack, "ZZ-404", "BN").kind == "unknown"
    again = stocktake.scan(demo_db, rack, here[1].tag.lower(), "BN")
    assert again.kind == "again" and len(again.state.found) == len(here) - 1  # counted once

    # The app is closed and opened again: the count is there, as it was.
    url = demo_db.url
    demo_db.close()
    reopened = open_database(url)
    try:
        [resumed] = stocktake.under_way(reopened, "BN")
        assert [i.tag for i in resumed.missing] == [here[0].tag]
        assert [i.tag for i in resumed.misplaced] == [elsewhere.tag]
        assert resumed.unknown == ("ZZ-404",)
        assert stocktake.start(reopened, rack, "BN") == resumed

        stocktake.move_here(reopened, resumed.place_code, elsewhere.tag)
        done = stocktake.finish(reopened, resumed.place_code)
        assert done.finished_at is not None
        assert [i.tag for i in done.missing] == [here[0].tag]
        assert [(i.tag, i.move_here) for i in done.misplaced] == [(elsewhere.tag, True)]

        lost = costumes.get_item(reopened, here[0].tag)
        assert lost.status == "missing"
        moved = costumes.get_item(reopened, elsewhere.tag)
        assert moved.location == rack
        [marked] = [e for e in history_events.item_events(reopened, lost.tag)][:1]
        assert (marked.kind, marked.values["why"]) == ("marked_missing", "stocktake")
        [move] = history_events.item_events(reopened, moved.tag)[:1]
        assert move.kind == "moved" and move.values["after"] == rack
        assert move.values["why"] == "stocktake"
        assert places.place(reopened, rack, "BN").last_counted_on == date.today()
        assert stocktake.under_way(reopened) == []
        with pytest.raises(WrongState, match="no stocktake under way"):
            stocktake.scan(reopened, rack, here[1].tag, "BN")

        # Found at the next count: in store again, and the history says so.
        stocktake.start(reopened, rack, "BN")
        stocktake.scan(reopened, rack, lost.tag, "BN")
        stocktake.finish(reopened, rack, company="BN")
        assert costumes.get_item(reopened, lost.tag).status == "in_store"
        assert history_events.item_events(reopened, lost.tag)[0].kind == "found"
    finally:
        reopened.close()


def test_a_place_is_named_by_its_path_or_its_labels_code(demo_db):
    rack, _here, _elsewhere = _rack(demo_db)
    by_path = places.place(demo_db, rack)  # one company has it: no need to say which
    assert places.place(demo_db, by_path.code) == by_path
    assert places.place(demo_db, by_path.code.lower()) == by_path
    assert by_path.code.startswith("LOC-BN-")
    with pytest.raises(NotFound, match="Salle introuvable"):
        stocktake.start(demo_db, "Salle introuvable / Portant 1")
    with pytest.raises(NotFound):
        stocktake.start(demo_db, "LOC-MBT-1")  # the code of a Paris place with New York's prefix


def test_finishing_can_move_every_misplaced_item(demo_db):
    rack, here, elsewhere = _rack(demo_db)
    stocktake.start(demo_db, rack, "BN")
    for item in here:
        stocktake.scan(demo_db, rack, item.tag, "BN")
    stocktake.scan(demo_db, rack, elsewhere.tag, "BN")
    done = stocktake.finish(demo_db, rack, move_misplaced=True, company="BN")
    assert done.missing == () and done.misplaced[0].move_here
    assert costumes.get_item(demo_db, elsewhere.tag).location == rack
