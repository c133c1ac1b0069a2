"""The Calls section as a costume supervisor uses it: a date added from its bar and undone,
its call read at a glance (who is called when, her looks and pieces, what is not ready), a
dancer replaced for the day and undone, an item that is not ready opened from the list, and
the schedule written as a calendar file."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt

from wardrobe.services import circulation, running_order, schedule

from .conftest import dialog_named, show_section, undo, wait_idle

SOON = date.today() + timedelta(days=7)


def _open(qtbot, window):
    show_section(qtbot, window, "calls")
    return window.sections.calls


def _press(section, key):
    for bar in (section.bar, section.day_bar):
        action = next((a for a in bar.actions() if a.objectName() == f"action_{key}"), None)
        if action is not None:
            bar.widgetForAction(action).click()
            return
    raise AssertionError(f"no {key} on the Calls bars")


def _choose(qtbot, section, event_id):
    """A click on the date's row of the schedule, then its call read."""
    qtbot.waitUntil(lambda: any(e.id == event_id for e in section.events), timeout=10_000)
    for row in range(section.schedule.topLevelItemCount()):
        item = section.schedule.topLevelItem(row)
        if item.data(0, Qt.ItemDataRole.UserRole) == event_id:
            section.schedule.setCurrentItem(item)
    qtbot.waitUntil(
        lambda: section.call is not None and section.call.event.id == event_id, timeout=10_000
    )


def _evening(demo_db):
    production = running_order.find_production(demo_db, "BN", "Casse-Noisette")
    return schedule.add_event(
        demo_db, production.id, kind="performance", starts_at=datetime.combine(SOON, time(19, 30))
    )


def test_a_date_added_from_the_bar_shows_its_call_and_is_undone(window, qtbot, demo_db):
    section = _open(qtbot, window)
    _press(section, "schedule_new_event")
    dialog = dialog_named(qtbot, window, "eventDialog")
    dialog.production.setCurrentIndex(
        dialog.production.findText("Casse-Noisette", Qt.MatchFlag.MatchStartsWith)
    )
    dialog.kind.setCurrentIndex(dialog.kind.findData("dress_rehearsal"))
    dialog.venue.setText("Opéra Comique")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    added = [e for e in schedule.events(demo_db) if e.venue == "Opéra Comique"]
    assert [(e.production, e.kind) for e in added] == [("Casse-Noisette", "dress_rehearsal")]
    assert (added[0].ends_at - added[0].starts_at) == timedelta(hours=3)
    _choose(qtbot, section, added[0].id)
    assert "dancer(s) called" in section.summary.text()
    assert section.dancers.topLevelItemCount() == len(section.call.dancers) > 20
    undo(qtbot, window)
    assert all(e.venue != "Opéra Comique" for e in schedule.events(demo_db))


def test_a_dancer_replaced_for_the_day_from_the_form_and_undone(window, qtbot, demo_db):
    event = _evening(demo_db)
    section = _open(qtbot, window)
    _choose(qtbot, section, event.id)
    clara = next(d for d in section.call.dancers if "Clara" in d.roles)
    _press(section, "schedule_change_cast")
    dialog = dialog_named(qtbot, window, "castChangeDialog")
    dialog.role.setCurrentIndex(dialog.role.findText("Clara"))
    assert dialog.replaces.currentText() == clara.dancer  # who is called in it, offered
    stand_in = next(
        i for i in range(dialog.dancer.count()) if dialog.dancer.itemText(i) != clara.dancer
    )
    dialog.dancer.setCurrentIndex(stand_in)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    wait_idle(qtbot, window)
    changes = schedule.event(demo_db, event.id).changes
    assert [c.replaces for c in changes] == [clara.dancer]
    qtbot.waitUntil(
        lambda: (
            section.call is not None
            and any(d.replaces == clara.dancer for d in section.call.dancers)
        ),
        timeout=10_000,
    )
    undo(qtbot, window)
    assert schedule.event(demo_db, event.id).changes == ()


def test_what_is_not_ready_opens_its_item(window, qtbot, demo_db):
    event = _evening(demo_db)
    section = _open(qtbot, window)
    _choose(qtbot, section, event.id)
    clara = next(d for d in section.call.dancers if "Clara" in d.roles)
    tag = clara.looks[0].pieces[0].tag
    window.ctx.saved(circulation.send_away(demo_db, tag, "at_cleaning"))  # as a desk would
    qtbot.waitUntil(
        lambda: section.call is not None and any(p.tag == tag for p in section.call.not_ready),
        timeout=10_000,
    )
    row = next(n for n, p in enumerate(section.call.not_ready) if p.tag == tag)
    section.missing.setFocus()
    section.missing.setCurrentRow(row)
    qtbot.keyClick(section.missing, Qt.Key.Key_Return)
    item = dialog_named(qtbot, window, "itemDialog")
    assert item.record.tag == tag
    assert event.id == section.current_event().id


def test_the_schedule_is_written_as_a_calendar_file(window, qtbot, demo_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    event = _evening(demo_db)
    target = tmp_path / "planning"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    section = _open(qtbot, window)
    _choose(qtbot, section, event.id)
    _press(section, "schedule_calendar")
    wait_idle(qtbot, window)
    written = (tmp_path / "planning.ics").read_text()  # the chosen date's company: Paris's
    paris = [e for e in schedule.events(demo_db) if e.company == "Le Ballet National"]
    assert written.count("BEGIN:VEVENT") == len(paris) == 6
    assert "TZID=Europe/Paris" in written and "America/New_York" not in written


def test_the_banner_says_how_ready_the_next_date_is(window, qtbot, demo_db):
    production = running_order.find_production(demo_db, "BN", "Casse-Noisette")
    wait_idle(qtbot, window)  # the start's own reading done
    for event in schedule.events(demo_db):  # the demo's own first dates out of the way
        schedule.remove_event(demo_db, event.id)
    tomorrow = date.today() + timedelta(days=1)
    schedule.add_event(
        demo_db,
        production.id,
        kind="dress_rehearsal",
        starts_at=datetime.combine(tomorrow, time(20, 0)),
    )
    banner = window.sections.alerts.banner
    window.sections.alerts.read_calls()  # as the start does, after the alerts
    qtbot.waitUntil(lambda: "20:00" in banner.calls.text(), timeout=10_000)
    assert banner.calls.isVisible()
    said = banner.calls.text()
    assert "Casse-Noisette (dress rehearsal, 20:00)" in said and " dancers" in said
    assert said.startswith(("Today", "Tomorrow"))  # Paris's day, whatever this machine's


def test_an_item_window_says_which_dates_need_it(window, qtbot, demo_db):
    from PySide6.QtWidgets import QLabel

    from wardrobe.services import calls

    from .test_scan import scan

    event = _evening(demo_db)
    clara = next(d for d in calls.call(demo_db, event.id).dancers if "Clara" in d.roles)
    tag = clara.looks[0].pieces[0].tag
    scan(qtbot, window, tag)
    item = dialog_named(qtbot, window, "itemDialog")
    status = item.findChild(QLabel, "itemStatus")
    qtbot.waitUntil(lambda: "Needed by:" in status.text(), timeout=10_000)
    assert "Casse-Noisette, performance" in status.text() and clara.dancer in status.text()
