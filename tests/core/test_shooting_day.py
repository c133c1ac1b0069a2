"""The day's call walked whole, as the issue's "done when" says: Paris's shooting day of
Casse-Noisette with 60 dancers called (a principal and her double among them), one dancer
replaced by her alternate, the pull by scanner with one wrong piece said, the quick changes and
two dressers' tracks, everything out, everything back but two pieces and one damaged, the
exception report naming them and who had them, the laundry list, the damaged piece's repair
opened, a loan for the same dates refused; then two desks calling in the same date at once
(two processes), each piece back once. On SQLite and PostgreSQL, as every test of the core."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import timedelta

import pytest

from wardrobe.errors import WardrobeError
from wardrobe.records import DancerPlan
from wardrobe.services import (
    alterations,
    call_returns,
    calls,
    casting,
    costumes,
    dancers,
    dressing_plan,
    loans,
    pulls,
    quick_changes,
    schedule,
)


def _shooting_day(db):
    return next(e for e in schedule.events(db) if e.kind == "shooting_day")


def _sixty(db, event):
    """The shooting day's cast; Clara's alternate cast, then dancing in place of Clara that day
    (injured); extras of the company (the school's pupils among them) added to the corps'
    roles until 60 dancers are called."""
    casts = casting.casts(db, event.production_id)
    replaced = next(c for c in casts if c.role == "Clara" and c.cast_number == event.cast_number)
    cast_ids = {c.dancer_id for c in casts}
    spare = next(d for d in dancers.list_dancers(db, "BN") if d.id not in cast_ids)
    alternate = casting.cast(
        db, replaced.role_id, spare.id, cast_number=event.cast_number, alternate=True
    )
    schedule.change_cast(
        db, event.id, alternate.role_id, alternate.dancer_id, replaces=replaced.dancer_id
    )
    called = {d.dancer_id for d in calls.call(db, event.id).dancers}
    for n in range(30):  # the school's pupils, extras for the day
        dancers.create_dancer(db, company="BN", name=f"Élève Figurante {n + 1:02d}")
    corps = [c.role_id for c in casts if c.role in ("Flocon de neige", "Fleur")]
    extras = [
        d
        for d in dancers.list_dancers(db, "BN")
        if d.id not in called and d.id not in cast_ids and d.id != spare.id
    ]
    for n, extra in enumerate(extras[: 60 - len(called)]):
        schedule.change_cast(db, event.id, corps[n % len(corps)], extra.id)
    return alternate, replaced


def test_a_shooting_day_of_sixty_dancers_walked_from_call_to_exception_report(demo_db):
    db = demo_db
    event = _shooting_day(db)
    alternate, replaced = _sixty(db, event)
    call = calls.call(db, event.id)
    assert len(call.dancers) == 60
    names = {d.dancer for d in call.dancers}
    assert alternate.dancer in names and replaced.dancer not in names
    stood_in = next(d for d in call.dancers if d.dancer == alternate.dancer)
    assert stood_in.replaces == replaced.dancer and stood_in.looks  # her own pieces
    double = next(d for d in call.dancers if d.double_of)
    assert double.double_of in names  # a principal and her double, both called

    # The pull by scanner: every piece of the list once, one wrong piece said at once.
    listed = pulls.pull_list(db, event.id)
    on_call = {r.tag for r in listed.rows}
    stranger = next(f"BN-{n:06d}" for n in range(1, 500) if f"BN-{n:06d}" not in on_call)
    assert pulls.pull(db, event.id, stranger).kind == "not_on_call"
    for row in listed.rows:
        assert pulls.pull(db, event.id, row.tag).kind == "pulled"
    assert pulls.pull_list(db, event.id).pulled == len(listed.rows)

    # Quick changes, and two dressers with a track of them.
    day = quick_changes.day_dressing(db, event.id)
    assert [p.say("en") for p in day.problems] == [
        f"{alternate.dancer}'s quick change into I.3 (Voyage) has no dresser."
    ]  # she stands in for Clara: no room, no dresser yet
    plan = dressing_plan.dressing_plan(db, event.production_id)
    clara = next(d for d in plan.dancers if d.dancer_id == replaced.dancer_id)
    dressing_plan.save_plan(
        db,
        replace(plan, dancers=(*plan.dancers, DancerPlan(alternate.dancer_id, "", clara.room))),
        plan,
    )
    day = quick_changes.day_dressing(db, event.id)
    assert day.quick_changes and day.problems == ()
    with_changes = [t for t in day.tracks if t.changes]
    assert len(with_changes) >= 2
    assert sum(len(r.dancers) for r in day.rooms) == 60

    # A loan of one of its pieces over the same dates is refused; nothing is lent.
    held = listed.rows[0].tag
    with pytest.raises(WardrobeError) as refused:
        day_of = event.starts_at.date()
        loans.lend(db, [held], "MBT", on=day_of, due_on=day_of + timedelta(days=2))
    assert "shooting day" in refused.value.say("en")
    assert costumes.get_item(db, held).lent_to == ""

    # Everything out, everything back but two pieces, one damaged.
    out = call_returns.call_out(db, event.id)
    assert len(out.went) + len(out.left) == len(listed.rows)
    lost, torn = out.went[0], out.went[1]
    not_back = [lost, out.went[-1]]
    for tag in out.went:
        if tag in not_back:
            continue
        damage = "bodice seam split" if tag == torn else ""
        assert call_returns.call_in(db, event.id, tag, damage=damage).kind == "back"
    report = call_returns.exception_report(db, event.id)
    holders = {r.tag: r.dancer for r in pulls.pull_list(db, event.id).rows}
    assert {(m.tag, m.dancer) for m in report.missing} == {(t, holders[t]) for t in not_back}
    assert [(d.tag, d.dancer) for d in report.damaged] == [(torn, holders[torn])]
    washed = {
        t
        for t in out.went
        if t not in not_back and costumes.get_item(db, t).piece_type in ("tights", "leotard")
    }
    assert washed and {line.tag for line in report.laundry} == washed
    assert all(costumes.get_item(db, t).status == "at_cleaning" for t in washed)
    repair = [a for a in alterations.alterations_for(db, torn) if a.done_on is None]
    assert [a.description for a in repair] == ["bodice seam split"]
    assert costumes.get_item(db, torn).condition == "needs_repair"
    assert costumes.get_item(db, lost).status == "out"  # still with who had it last


def test_two_desks_calling_in_the_same_date_at_once_take_each_piece_back_once(demo_db):
    db = demo_db
    event = _shooting_day(db)
    out = call_returns.call_out(db, event.id)
    tags = ",".join(out.went)
    db.engine.dispose()  # the desks open their own connections
    command = [sys.executable, "-m", "wardrobe.cli", "--db", db.url, "call-in", str(event.id)]
    desks = [
        subprocess.Popen(
            [*command, tags], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outcomes = [(desk.wait(timeout=180), *desk.communicate()) for desk in desks]
    said = "".join(o for _code, o, _err in outcomes).splitlines()
    assert all(code in (0, 1) for code, _o, _e in outcomes), outcomes
    for tag in out.went:
        mine = [line for line in said if line.startswith(f"{tag} ")]
        assert len(mine) == 2, (tag, mine)  # one desk took it in, the other was told
        assert sum("counted once" in line for line in mine) == 1, mine
    report = call_returns.exception_report(db, event.id)
    assert report.missing == () and report.damaged == ()
    rows = call_returns.out_rows(db, event.id)
    assert all(r.back_at is not None for r in rows) and len(rows) == len(out.went)


def test_a_call_in_killed_half_way_resumes_with_every_scan_kept(demo_db):
    """The desk's program killed while the pieces come back: each one said back is back; taken
    in again, those are counted once and the rest come back."""
    db = demo_db
    event = _shooting_day(db)
    out = call_returns.call_out(db, event.id)
    db.engine.dispose()
    command = [sys.executable, "-m", "wardrobe.cli", "--db", db.url, "call-in", str(event.id)]
    desk = subprocess.Popen(
        [*command, ",".join(out.went)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert desk.stdout is not None
    said = [desk.stdout.readline() for _ in range(5)]  # five pieces back, then the power cut
    desk.kill()
    desk.wait(timeout=30)
    back_before = {r.tag for r in call_returns.out_rows(db, event.id) if r.back_at is not None}
    assert {line.split()[0] for line in said} <= back_before and len(back_before) >= 5
    for tag in out.went:
        again = call_returns.call_in(db, event.id, tag)
        assert again.kind == ("again" if tag in back_before else "back"), tag
    assert all(r.back_at is not None for r in call_returns.out_rows(db, event.id))
