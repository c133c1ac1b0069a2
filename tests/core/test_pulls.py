"""Pulling a date's call by the scanner: the pull list in the walking order of the store, each
piece pulled once whichever desk scans it, a piece not on the call or meant for another dancer
or the twin of the one wanted said at once, and the pull kept when the app closes."""

from datetime import datetime

import pytest

from tests.core.test_production_in_scenes import _dress, build_swan_lake
from wardrobe.services import circulation, looks, pulls, schedule
from wardrobe.store.database import open_database

EVENING = datetime(2026, 12, 20, 19, 30)


@pytest.fixture
def show(db):
    production, odette, cygnet = build_swan_lake(db)
    _parts, _white, swans = _dress(db, production, odette, cygnet)
    looks.assign_piece(db, swans.pieces[0].id, "Hannah O'Neill", "BN-000601")
    for tag, place in (
        ("BN-000501", "Réserve / Portant 10"),
        ("BN-000502", "Réserve / Portant 2"),
        ("BN-000501H", "Salle des palans / Palan 1"),
        ("BN-000601", "Réserve / Portant 2 / Bac 3"),
    ):
        circulation.move_item(db, tag, place)
    return (
        production,
        odette,
        schedule.add_event(db, production.id, kind="performance", starts_at=EVENING),
    )


def test_the_pull_list_is_in_walking_order(db, show):
    _production, _odette, event = show
    listed = pulls.pull_list(db, event.id)
    assert [(r.tag, r.place) for r in listed.rows] == [
        ("BN-000502", "Réserve / Portant 2"),
        ("BN-000601", "Réserve / Portant 2 / Bac 3"),
        ("BN-000501", "Réserve / Portant 10"),  # 10 after 2
        ("BN-000501H", "Salle des palans / Palan 1"),
        ("BN-000502H", ""),  # no place: last
    ]
    assert {r.tag: r.dancer for r in listed.rows}["BN-000601"] == "Hannah O'Neill"
    assert listed.pulled == 0


def test_each_piece_is_pulled_once_and_a_wrong_one_is_said(db, show):
    _production, _odette, event = show
    first = pulls.pull(db, event.id, "bn-000501")
    assert (first.kind, first.row.dancer) == ("pulled", "Aurélie Dupont")
    assert "pulled for Aurélie Dupont (Odette, II.1)" in first.said.say("en")
    again = pulls.pull(db, event.id, "BN-000501")  # a second desk, or a second scan
    assert again.kind == "again" and "counted once" in again.said.say("en")
    assert pulls.pull(db, event.id, "BN-000602").kind == "not_on_call"  # a free copy
    other = pulls.pull(db, event.id, "BN-000502H", for_dancer="Aurélie Dupont")
    assert other.kind == "other_dancer" and "Léonore Baulac" in other.said.say("en")
    assert pulls.pull_list(db, event.id).pulled == 1  # only the first counted
    pulls.unpull(db, event.id, "BN-000501")
    assert pulls.pull_list(db, event.id).pulled == 0


def test_the_twin_of_a_piece_on_the_call_is_said(db, show):
    _production, odette, event = show
    schedule.change_cast(db, event.id, odette, "Dorothée Gilbert", replaces="Aurélie Dupont")
    twin = pulls.pull(db, event.id, "BN-000501")  # Aurélie's, while her double dances
    assert twin.kind == "wrong_twin"
    assert "Léonore Baulac wears BN-000502" in twin.said.say("en")


def test_the_pull_is_kept_when_the_app_closes(db, show):
    _production, _odette, event = show
    pulls.pull(db, event.id, "BN-000502")
    again = open_database(db.url)  # the app opened again
    try:
        listed = pulls.pull_list(again, event.id)
        assert [r.tag for r in listed.rows if r.pulled_at is not None] == ["BN-000502"]
    finally:
        again.close()
