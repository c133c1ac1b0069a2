"""Pulling a date's call at the desk: the pull list opens from the Calls section, each scan
(as the desk's scanner sends it, whatever has the focus) ticks its piece, a piece not on the
call is said in red, Edit › Undo takes a scan back, and the pull is there again when the list
is opened again."""

from __future__ import annotations

from wardrobe.services import pulls, schedule

from .conftest import dialog_named, show_section, undo, wait_idle
from .test_calls_window import _choose, _press
from .test_scan import scan


def _open_pull(qtbot, window, event_id):
    show_section(qtbot, window, "calls")
    section = window.sections.calls
    _choose(qtbot, section, event_id)
    _press(section, "schedule_pull")
    return dialog_named(qtbot, window, "pullDialog")


def test_a_call_is_pulled_by_scanner_and_a_wrong_piece_is_said(window, qtbot, demo_db):
    event = next(
        e
        for e in schedule.events(demo_db)
        if e.kind == "dress_rehearsal" and e.company == "Le Ballet National"
    )
    dialog = _open_pull(qtbot, window, event.id)
    listed = pulls.pull_list(demo_db, event.id)
    first = listed.rows[0]
    assert dialog.list.topLevelItemCount() == len(listed.rows)
    assert f"0 of {len(listed.rows)} pulled" == dialog.count.text()
    scan(qtbot, window, first.tag)  # the desk's scan: the pull dialog takes it
    qtbot.waitUntil(lambda: dialog.count.text().startswith("1 of"), timeout=10_000)
    assert dialog.rows[first.tag].text(0) == "✓"
    assert f"{first.tag} pulled for {first.dancer}" in dialog.last.text()

    on_call = {r.tag for r in listed.rows}
    stranger = next(f"BN-{n:06d}" for n in range(1, 400) if f"BN-{n:06d}" not in on_call)
    dialog.take_scan(stranger)
    qtbot.waitUntil(lambda: "not on this call" in dialog.last.text(), timeout=10_000)
    assert "#c0392b" in dialog.last.styleSheet()  # said in red
    assert dialog.count.text().startswith("1 of")
    dialog.take_scan("BN-999999")  # no item has it: said in the list, not in a box over it
    qtbot.waitUntil(lambda: "BN-999999" in dialog.last.text(), timeout=10_000)
    assert dialog.isVisible()

    undo(qtbot, window)  # the first scan taken back
    qtbot.waitUntil(lambda: dialog.count.text().startswith("0 of"), timeout=10_000)
    dialog.take_scan(first.tag)
    qtbot.waitUntil(lambda: dialog.count.text().startswith("1 of"), timeout=10_000)
    dialog.reject()
    wait_idle(qtbot, window)
    again = _open_pull(qtbot, window, event.id)  # the pull is kept
    assert again.count.text().startswith("1 of") and again.rows[first.tag].text(0) == "✓"
    assert again.list.topLevelItem(0).text(2) == first.tag  # in walking order
