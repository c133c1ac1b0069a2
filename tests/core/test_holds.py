"""A date of the schedule holds the pieces its call wears: lending one over its dates, or
retiring one before it, is refused in a sentence (a supervisor may lend anyway); an item says
what holds it, and whether it is free between two days."""

from datetime import date, datetime, time, timedelta

import pytest

from tests.conftest import snapshot
from tests.core.test_production_in_scenes import _dress, build_swan_lake
from wardrobe.errors import WrongState
from wardrobe.services import circulation, costumes, holds, loans, schedule

TODAY = date.today()
SHOW = TODAY + timedelta(days=10)


@pytest.fixture
def held(db):
    production, odette, cygnet = build_swan_lake(db)
    _dress(db, production, odette, cygnet)
    return schedule.add_event(
        db, production.id, kind="performance", starts_at=datetime.combine(SHOW, time(19, 30))
    )


def test_a_piece_a_date_needs_is_not_lent_over_it(db, held):
    before = snapshot(db)
    with pytest.raises(WrongState, match="held by Le Lac des cygnes, performance") as refused:
        loans.lend(db, ["BN-000501"], "MBT", due_on=SHOW + timedelta(days=2))
    assert "Odette: Aurélie Dupont" in str(refused.value.say("en"))
    assert snapshot(db) == before  # nothing lent
    lent = loans.lend(db, ["BN-000501"], "MBT", due_on=SHOW - timedelta(days=3))  # back in time
    assert [loan.tag for loan in lent] == ["BN-000501"]


def test_a_supervisor_may_lend_it_anyway(db, held):
    lent = loans.lend(db, ["BN-000502"], "MBT", due_on=SHOW + timedelta(days=1), anyway=True)
    assert [loan.tag for loan in lent] == ["BN-000502"]


def test_a_piece_a_coming_date_needs_is_not_retired(db, held):
    item = costumes.get_item(db, "BN-000501H")
    with pytest.raises(WrongState, match="retiring it"):
        costumes.edit_item(
            db,
            item.tag,
            expected_version=item.version,
            name=item.name,
            piece_type=item.piece_type,
            production=item.production,
            role=item.role,
            built_for=item.built_for,
            condition="retired",
        )
    circulation.check_out(db, item.tag, "Aurélie Dupont")
    with pytest.raises(WrongState, match="retiring it"):
        circulation.check_in(db, item.tag, condition="retired")
    assert costumes.get_item(db, item.tag).condition != "retired"


def test_an_item_says_what_holds_it_and_when_it_is_free(db, held):
    [hold] = holds.holds_of(db, "BN-000502")
    assert (hold.event.id, hold.wearer) == (held.id, "Odette: Léonore Baulac")
    assert holds.free_between(db, "BN-000502", TODAY, SHOW - timedelta(days=1)) == []
    assert [h.event.id for h in holds.free_between(db, "BN-000502", SHOW, SHOW)] == [held.id]
    assert holds.holds_of(db, "BN-000601") == []  # a cygnet's copy given to no one yet


def test_a_date_over_a_loan_of_a_piece_it_needs_is_refused_with_nothing_saved(db, held):
    """The supervisor lent Odette's tutu anyway; a second performance while it is away is
    refused in a sentence, nothing added, and so is moving the first one there; back in time,
    the date is added."""
    loans.lend(db, ["BN-000501"], "MBT", due_on=SHOW + timedelta(days=5), anyway=True)
    later = datetime.combine(SHOW + timedelta(days=3), time(19, 30))
    before = [e.id for e in schedule.events(db)]
    with pytest.raises(WrongState) as refused:
        schedule.add_event(db, held.production_id, kind="performance", starts_at=later)
    said = refused.value.say("en")
    assert said.startswith("BN-000501 (") and "is lent to" in said and "performance" in said
    assert [e.id for e in schedule.events(db)] == before
    loans.give_back(db, ["BN-000501"])
    added = schedule.add_event(db, held.production_id, kind="performance", starts_at=later)
    assert added.id not in before
