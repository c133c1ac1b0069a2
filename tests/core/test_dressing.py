"""Who dresses whom on a date: the quick changes found from the running order (fewer than the
production's minutes between two looks of one dancer), where each happens and who does it,
what comes off and goes on; each room's dressing list, each dresser's track in show order, the
presets of each place; a plan saved whole, refused whole with a sentence, and undone."""

import pytest

from wardrobe.errors import InvalidInput, StaleEdit
from wardrobe.records import ChangePlan, DancerPlan, DressingPlan, RoomPlan
from wardrobe.services import dressing_plan, quick_changes, schedule


def _shooting_day(db):
    return next(e for e in schedule.events(db) if e.kind == "shooting_day")


def test_quick_changes_tracks_and_presets_of_the_demo_shooting_day(demo_db):
    day = quick_changes.day_dressing(demo_db, _shooting_day(demo_db).id)
    by_part = {(c.role, c.part_to.label): c for c in day.quick_changes}
    drosselmeyer = by_part[("Drosselmeyer", "I.2")]
    assert drosselmeyer.minutes == 0 and drosselmeyer.place == "stage_left"
    assert [w.piece.description for w in drosselmeyer.off] == ["cape"]  # "sans cape"
    assert drosselmeyer.on == () and drosselmeyer.dresser == "Paul Lenoir"  # the men's room's
    assert drosselmeyer.at.strftime("%H:%M") == "08:24"  # the end of I.1, 24 min in
    clara = by_part[("Clara", "I.3")]
    assert clara.place == "booth" and "tablier" in clara.notes
    assert clara.dresser == "Inès Carpentier"  # her room's: she has none of her own
    assert [c.at for c in day.quick_changes] == sorted(c.at for c in day.quick_changes)
    assert day.problems == ()
    tracks = {t.dresser: t for t in day.tracks}
    assert drosselmeyer in tracks["Paul Lenoir"].changes
    assert clara.dancer in tracks["Inès Carpentier"].dancers
    assert day.presets == ()  # no piece goes on at a quick change of this cast
    rooms = {r.name: r for r in day.rooms}
    assert sum(len(r.dancers) for r in day.rooms) == len(
        {d.dancer_id for r in day.rooms for d in r.dancers}
    )
    assert drosselmeyer.dancer in [d.dancer for d in rooms["Loge 14"].dancers]


def test_a_quick_change_with_no_dresser_or_place_is_said(demo_db):
    event = _shooting_day(demo_db)
    plan = dressing_plan.dressing_plan(demo_db, event.production_id)
    bare = DressingPlan(plan.production_id, plan.minutes, dressers=plan.dressers)
    was = dressing_plan.save_plan(demo_db, bare, plan)
    assert was == plan
    day = quick_changes.day_dressing(demo_db, event.id)
    said = [p.say("en") for p in day.problems]
    dancer = next(c.dancer for c in day.quick_changes if c.role == "Drosselmeyer")
    assert f"{dancer}'s quick change into I.2 (Bataille) has no dresser." in said
    assert any("has no place" in s for s in said)
    assert day.tracks == () and [r.name for r in day.rooms] == [""]
    # Fewer minutes: no change is quick any more.
    dressing_plan.save_plan(demo_db, DressingPlan(plan.production_id, 0))
    assert quick_changes.day_dressing(demo_db, event.id).quick_changes == ()
    dressing_plan.save_plan(demo_db, plan)  # undone: the plan it replaced, whole
    assert dressing_plan.dressing_plan(demo_db, event.production_id) == plan


def test_a_wrong_plan_is_refused_whole_and_a_stale_one_too(demo_db):
    event = _shooting_day(demo_db)
    plan = dressing_plan.dressing_plan(demo_db, event.production_id)
    someone = plan.dancers[0]
    wrong = (
        DressingPlan(plan.production_id, 5, (RoomPlan("Loge 1", "Nobody"),), ("Odile",)),
        DressingPlan(plan.production_id, 5, (RoomPlan("A"), RoomPlan("A"))),
        DressingPlan(
            plan.production_id, 5, (), (), (DancerPlan(someone.dancer_id, "", "Loge 99"),)
        ),
        DressingPlan(plan.production_id, 5, changes=(ChangePlan(1, 1, "in the pit"),)),
        DressingPlan(plan.production_id, 99),
    )
    for bad in wrong:
        with pytest.raises(InvalidInput):
            dressing_plan.save_plan(demo_db, bad)
    assert dressing_plan.dressing_plan(demo_db, event.production_id) == plan
    other = DressingPlan(plan.production_id, 3, plan.rooms, plan.dressers, plan.dancers)
    dressing_plan.save_plan(demo_db, other, plan)  # one desk
    with pytest.raises(StaleEdit):  # the other, from what it read before
        dressing_plan.save_plan(demo_db, DressingPlan(plan.production_id, 4), plan)
    assert dressing_plan.dressing_plan(demo_db, event.production_id).minutes == 3


def test_a_plan_written_with_names_reads_back_the_same(demo_db):
    event = _shooting_day(demo_db)
    plan = dressing_plan.dressing_plan(demo_db, event.production_id)
    named = dressing_plan.plan_names(demo_db, plan)
    assert dressing_plan.plan_from_names(demo_db, event.production_id, named) == plan
    named["quick_changes"][0]["part"] = "IX.9"
    with pytest.raises(InvalidInput):
        dressing_plan.plan_from_names(demo_db, event.production_id, named)
