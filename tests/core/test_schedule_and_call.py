"""A production's schedule and the day's call: who is called and when, her looks in running
order with her pieces, what is not ready, a dancer replaced for one day, the pointe shoes to
issue; an event with no one to call, or calling a dancer already called elsewhere at that
time, refused with nothing changed."""

from datetime import datetime

import pytest

from tests.conftest import snapshot
from tests.core.test_production_in_scenes import _dress, build_swan_lake
from wardrobe.errors import InvalidInput, StaleEdit, WrongCompany, WrongState
from wardrobe.language.dates import parse_moment
from wardrobe.services import calls, circulation, companies, pointe, schedule

EVENING = datetime(2026, 12, 20, 19, 30)


@pytest.fixture
def dressed(db):
    production, odette, cygnet = build_swan_lake(db)
    _dress(db, production, odette, cygnet)
    return production, odette, cygnet


def test_the_call_says_who_is_called_when_and_what_is_not_ready(db, dressed):
    production, _odette, _cygnet = dressed
    circulation.send_away(db, "BN-000502", "at_cleaning")  # the double's tutu
    event = schedule.add_event(
        db, production.id, kind="performance", starts_at=EVENING, venue="Palais Garnier"
    )
    assert (event.ends_at, event.time_zone) == (datetime(2026, 12, 20, 22, 30), "Europe/Paris")
    call = calls.call(db, event.id)
    called = {d.dancer: d for d in call.dancers}
    assert set(called) == {"Aurélie Dupont", "Léonore Baulac", "Hannah O'Neill", "Sae Eun Park"}
    aurelie = called["Aurélie Dupont"]
    # On stage at 20:10 (II.1, 40 minutes in), called an hour before.
    assert (aurelie.on_stage_at, aurelie.called_at) == (
        datetime(2026, 12, 20, 20, 10),
        datetime(2026, 12, 20, 19, 10),
    )
    assert [(lk.part.label, [w.tag for w in lk.pieces]) for lk in aurelie.looks] == [
        ("II.1", ["BN-000501", "BN-000501H"]),
        ("II.2", ["BN-000501", "BN-000501H"]),
    ]
    assert called["Léonore Baulac"].double_of == "Aurélie Dupont"
    assert called["Hannah O'Neill"].called_at == datetime(2026, 12, 20, 19, 22)  # II.2 at 52
    why = sorted((p.why, p.dancer, p.tag) for p in call.not_ready)
    assert why == [
        ("at_cleaning", "Léonore Baulac", "BN-000502"),  # said once, not once a part
        ("to_assign", "Hannah O'Neill", ""),
        ("to_assign", "Sae Eun Park", ""),
    ]
    assert call.counts() == {"at_cleaning": 1, "to_assign": 2}
    assert call.pieces == 4  # each of the two Odettes' tutu and headpiece


def test_a_dancer_replaced_for_one_day_is_dressed_in_her_own_pieces(db, dressed):
    production, odette, _cygnet = dressed
    event = schedule.add_event(db, production.id, kind="dress_rehearsal", starts_at=EVENING)
    changed = schedule.change_cast(
        db, event.id, odette, "Dorothée Gilbert", replaces="Aurélie Dupont"
    )
    assert [(c.dancer, c.replaces) for c in changed.changes] == [
        ("Dorothée Gilbert", "Aurélie Dupont")
    ]
    call = calls.call(db, event.id)
    called = {d.dancer: d for d in call.dancers}
    assert "Aurélie Dupont" not in called
    dorothee = called["Dorothée Gilbert"]
    assert dorothee.replaces == "Aurélie Dupont"
    assert [w.how for w in dorothee.looks[0].pieces] == ["to_make", "to_make"]  # recomputed
    assert ("to_make", "Dorothée Gilbert") in {(p.why, p.dancer) for p in call.not_ready}
    back = schedule.undo_change(db, event.id, odette, changed.changes[0].dancer_id)
    assert back.changes == ()
    assert "Aurélie Dupont" in {d.dancer for d in calls.call(db, event.id).dancers}


def test_bad_events_and_changes_are_refused_with_nothing_changed(db, dressed):
    production, odette, _cygnet = dressed
    event = schedule.add_event(db, production.id, kind="performance", starts_at=EVENING)
    before = snapshot(db)
    with pytest.raises(WrongState, match="no one in cast 3"):
        schedule.add_event(db, production.id, kind="performance", starts_at=EVENING, cast_number=3)
    with pytest.raises(WrongState, match="same time"):  # the same dancers, an hour later
        schedule.add_event(
            db, production.id, kind="rehearsal", starts_at=datetime(2026, 12, 20, 21, 0)
        )
    with pytest.raises(InvalidInput):
        schedule.add_event(db, production.id, kind="gala", starts_at=EVENING)
    with pytest.raises(InvalidInput):
        schedule.add_event(
            db, production.id, kind="fitting", starts_at=EVENING, ends_at=datetime(2026, 12, 20, 19)
        )
    with pytest.raises(WrongState, match="not called"):
        schedule.change_cast(db, event.id, odette, "Dorothée Gilbert", replaces="Hannah O'Neill")
    with pytest.raises(WrongCompany):
        schedule.change_cast(db, event.id, odette, "Sofía Núñez", replaces="Aurélie Dupont")
    with pytest.raises(WrongState, match="already"):
        schedule.change_cast(db, event.id, odette, "Aurélie Dupont")
    assert snapshot(db) == before
    # Cast 2 that same evening is refused too (Dorothée is not called twice): a second cast's
    # matinee is fine.
    schedule.add_event(
        db,
        production.id,
        kind="performance",
        starts_at=datetime(2026, 12, 20, 14, 30),
        cast_number=2,
    )


def test_two_desks_editing_one_event_the_second_is_told_and_a_removal_comes_back(db, dressed):
    production, odette, _cygnet = dressed
    event = schedule.add_event(db, production.id, kind="performance", starts_at=EVENING)
    event = schedule.change_cast(
        db, event.id, odette, "Dorothée Gilbert", replaces="Aurélie Dupont"
    )
    schedule.edit_event(db, event.id, expected_version=event.version, venue="Opéra Bastille")
    with pytest.raises(StaleEdit):
        schedule.edit_event(db, event.id, expected_version=event.version, venue="Garnier")
    was = schedule.remove_event(db, event.id)
    assert schedule.events(db, production_id=production.id) == []
    back = schedule.restore_event(db, was)
    assert (back.venue, back.starts_at, len(back.changes)) == ("Opéra Bastille", EVENING, 1)


def test_pointe_shoes_to_issue_on_a_performance_day_and_none_left_is_said(db, dressed):
    production, _odette, _cygnet = dressed
    pointe.create_spec(
        db, "Aurélie Dupont", maker="Freed", model="Classic", size="4", pairs_on_hand=0
    )
    pointe.create_spec(
        db, "Hannah O'Neill", maker="Grishko", model="2007", size="5", pairs_on_hand=6
    )
    show = schedule.add_event(db, production.id, kind="performance", starts_at=EVENING)
    called = {d.dancer: d for d in calls.call(db, show.id).dancers}
    assert (called["Hannah O'Neill"].pointe.pairs, called["Hannah O'Neill"].pointe.on_hand) == (
        1,
        6,
    )
    problems = {(p.why, p.dancer) for p in calls.call(db, show.id).not_ready}
    assert ("no_pointe", "Aurélie Dupont") in problems
    rehearsal = schedule.add_event(
        db, production.id, kind="rehearsal", starts_at=datetime(2026, 12, 21, 10, 0)
    )
    assert all(d.pointe is None for d in calls.call(db, rehearsal.id).dancers)


def test_each_company_keeps_its_own_clock(db, dressed):
    paris, new_york = companies.list_companies(db)[0], companies.list_companies(db)[1]
    assert {paris.time_zone, new_york.time_zone} == {"Europe/Paris", "America/New_York"}
    with pytest.raises(InvalidInput, match="not a time zone"):
        companies.create_company(
            db,
            name="Ballet du Nord",
            code="BDN",
            city="Lille",
            language="fr",
            units="metric",
            currency="EUR",
            time_zone="Europe/Lile",
        )


def test_a_day_and_a_time_as_people_write_them():
    assert parse_moment("2026-12-20 19:30", "en", "starts") == EVENING
    assert parse_moment("20/12/2026 19h30", "fr", "starts") == EVENING
    assert parse_moment("12/20/2026 7:30 pm", "en", "starts") == EVENING
    with pytest.raises(InvalidInput, match="not a day and a time"):
        parse_moment("20/12/2026 25h", "fr", "starts")


def test_the_next_date_of_each_company_and_how_ready_it_is(db, dressed):
    from datetime import UTC

    production, _odette, _cygnet = dressed
    circulation.send_away(db, "BN-000502", "at_cleaning")
    schedule.add_event(db, production.id, kind="performance", starts_at=EVENING)
    schedule.add_event(db, production.id, kind="rehearsal", starts_at=datetime(2026, 12, 23, 10, 0))
    # 23:30 in Paris on the 19th is 22:30 UTC: the performance is tomorrow evening there.
    now = datetime(2026, 12, 19, 22, 30, tzinfo=UTC)
    [ready] = calls.coming(db, now)
    assert (ready.event.kind, ready.dancers, ready.pieces) == ("performance", 4, 4)
    assert ready.not_ready == (("to_assign", 2), ("at_cleaning", 1))
    assert calls.coming(db, datetime(2026, 12, 17, 12, 0, tzinfo=UTC)) == []  # 3 days off
    during = calls.coming(db, datetime(2026, 12, 20, 20, 0, tzinfo=UTC))  # 21:00 in Paris
    assert [r.event.kind for r in during] == ["performance"]  # under way: still the next


def test_a_second_cast_s_date_calls_the_corps_of_the_only_cast(db, dressed):
    production, _odette, _cygnet = dressed
    matinee = schedule.add_event(
        db,
        production.id,
        kind="performance",
        starts_at=datetime(2026, 12, 21, 14, 30),
        cast_number=2,
    )
    called = {(d.dancer, d.roles) for d in calls.call(db, matinee.id).dancers}
    assert called == {
        ("Dorothée Gilbert", ("Odette",)),  # the second cast's Odette
        ("Hannah O'Neill", ("Petit cygne",)),  # the cygnets: one cast, every performance
        ("Sae Eun Park", ("Petit cygne",)),
    }


def test_the_demo_has_a_week_of_dates_for_each_company(demo_db):
    found = schedule.events(demo_db)
    kinds = {(e.company, e.kind) for e in found}
    assert ("Le Ballet National", "shooting_day") in kinds
    assert ("Metropolitan Ballet Theater", "dress_rehearsal") in kinds
    assert {e.time_zone for e in found} == {"Europe/Paris", "America/New_York"}
    injured = next(e for e in found if e.changes)
    assert injured.cast_number == 2 and injured.changes[0].role == "Clara"
    fitting = next(e for e in found if e.kind == "fitting")
    fitted = calls.call(demo_db, fitting.id).dancers
    assert fitted and all(d.roles for d in fitted)  # the third cast only, no corps
    assert len(fitted) < 10
