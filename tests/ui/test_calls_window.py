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
    action = next(a for a in section.bar.actions() if a.objectName() == f"action_{key}")
    section.bar.widgetForAction(action).click()


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
    dialog.venue.setText("Palais Garnier")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    added = schedule.events(demo_db)
    assert [(e.production, e.kind, e.venue) for e in added] == [
        ("Casse-Noisette", "dress_rehearsal", "Palais Garnier")
    ]
    assert (added[0].ends_at - added[0].starts_at) == timedelta(hours=3)
    qtbot.waitUntil(lambda: section.call is not None, timeout=10_000)
    assert "dancer(s) called" in section.summary.text()
    assert section.dancers.topLevelItemCount() == len(section.call.dancers) > 20
    undo(qtbot, window)
    assert schedule.events(demo_db) == []


def test_a_dancer_replaced_for_the_day_from_the_form_and_undone(window, qtbot, demo_db):
    event = _evening(demo_db)
    section = _open(qtbot, window)
    qtbot.waitUntil(lambda: section.call is not None, timeout=10_000)
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
    qtbot.waitUntil(lambda: section.call is not None, timeout=10_000)
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

    _evening(demo_db)
    target = tmp_path / "planning"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    section = _open(qtbot, window)
    qtbot.waitUntil(lambda: section.current_event() is not None, timeout=10_000)
    _press(section, "schedule_calendar")
    wait_idle(qtbot, window)
    written = (tmp_path / "planning.ics").read_text()
    assert written.count("BEGIN:VEVENT") == 1 and "TZID=Europe/Paris" in written
