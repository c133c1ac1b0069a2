"""The schedule and a dancer's own calls as iCalendar: each event on its company's wall clock
(Paris and New York six hours apart), a dancer's call from her call time, a guest's calls in
her host's time zone; and the command line that writes them."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.core.test_production_in_scenes import _dress, build_swan_lake
from wardrobe.cli import main
from wardrobe.services import casting, engagements, running_order, schedule
from wardrobe.transfer.calendar_export import dancer_calendar, schedule_calendar

SOON = date.today() + timedelta(days=10)


def _events(data: bytes) -> list:
    return [c for c in Calendar.from_ical(data).walk("VEVENT")]


@pytest.fixture
def two_shows(db):
    production, odette, cygnet = build_swan_lake(db)
    _dress(db, production, odette, cygnet)
    paris = schedule.add_event(
        db, production.id, kind="performance", starts_at=datetime.combine(SOON, time(19, 30))
    )
    nutcracker = running_order.add_production(db, "MBT", "The Nutcracker")
    running_order.add_part(db, nutcracker.id, act="I", title="Party", starts_min=0)
    clara = casting.add_role(db, nutcracker.id, "Clara")[0]
    casting.cast(db, clara, "Sofía Núñez")
    new_york = schedule.add_event(
        db, nutcracker.id, kind="dress_rehearsal", starts_at=datetime.combine(SOON, time(14, 0))
    )
    return production, odette, paris, new_york


def test_each_event_is_on_its_company_s_clock(db, two_shows):
    _production, _odette, paris, new_york = two_shows
    found = {str(e["uid"]): e for e in _events(schedule_calendar(db))}
    garnier = found[f"event-{paris.id}@wardrobe"]["dtstart"].dt
    lincoln = found[f"event-{new_york.id}@wardrobe"]["dtstart"].dt
    assert garnier == datetime.combine(SOON, time(19, 30), ZoneInfo("Europe/Paris"))
    assert lincoln == datetime.combine(SOON, time(14, 0), ZoneInfo("America/New_York"))
    assert lincoln - garnier == timedelta(hours=0, minutes=30)  # 20:00 in Paris
    assert "Le Lac des cygnes" in str(found[f"event-{paris.id}@wardrobe"]["summary"])


def test_a_dancer_s_calls_start_at_her_call_time_and_a_guest_s_are_in_her_host_s_zone(
    db, two_shows
):
    _production, odette, paris, _new_york = two_shows
    hers = _events(dancer_calendar(db, "Aurélie Dupont"))
    assert [e["dtstart"].dt for e in hers] == [
        datetime.combine(SOON, time(19, 10), ZoneInfo("Europe/Paris"))  # an hour before II.1
    ]
    assert "Odette" in str(hers[0]["summary"])
    engagements.send(db, "Sofía Núñez", "BN", SOON - timedelta(days=2), SOON + timedelta(days=2))
    schedule.change_cast(db, paris.id, odette, "Sofía Núñez", replaces="Aurélie Dupont")
    guest = {e["dtstart"].dt.tzinfo.key for e in _events(dancer_calendar(db, "Sofía Núñez"))}
    assert guest == {"Europe/Paris", "America/New_York"}  # Paris's call in Paris's time


def test_the_command_line_writes_the_schedule_and_a_call(db, two_shows, tmp_path, capsys):
    _production, _odette, paris, _new_york = two_shows
    url = str(db.url)
    target = tmp_path / "paris.ics"
    assert main(["schedule", "--db", url, "--company", "BN", "--ics", str(target)]) == 0
    assert [str(e["uid"]) for e in _events(target.read_bytes())] == [f"event-{paris.id}@wardrobe"]
    capsys.readouterr()
    assert main(["call", "--db", url, str(paris.id)]) == 0
    said = capsys.readouterr().out
    assert "Aurélie Dupont" in said and "BN-000501" in said
    assert main(["call", "--db", url, str(SOON + timedelta(days=1))]) == 0
    assert "Nothing is on the schedule" in capsys.readouterr().out


def test_dates_added_changed_and_removed_from_the_command_line(db, two_shows, capsys):
    production, _odette, _paris, _new_york = two_shows
    url = str(db.url)
    day = SOON + timedelta(days=3)
    args = ["--lang", "fr", "--db", url, "event", "add", production.title, "dress-rehearsal"]
    assert main([*args, f"{day:%d/%m/%Y} 14h00", "--venue", "Bastille"]) == 0
    added = next(e for e in schedule.events(db, since=day) if e.venue == "Bastille")
    assert (added.kind, added.starts_at.hour, added.ends_at.hour) == ("dress_rehearsal", 14, 17)
    assert "ajoutée" in capsys.readouterr().out
    change = ["--db", url, "event", "change", str(added.id), "odette", "Dorothée Gilbert"]
    assert main([*change, "--for", "Aurélie Dupont"]) == 0
    assert [c.replaces for c in schedule.event(db, added.id).changes] == ["Aurélie Dupont"]
    other = ["--db", url, "event", "change", str(added.id), "odette", "Sae Eun Park"]
    assert main([*other, "--for", "Hannah O'Neill"]) == 1  # not called as Odette
    assert "not called" in capsys.readouterr().err
    assert main(["--db", url, "event", "remove", str(added.id)]) == 0
    assert all(e.id != added.id for e in schedule.events(db))
