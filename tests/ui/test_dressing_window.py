"""The day's dressing and returns from the Calls section, as a supervisor does them: who
dresses whom set in one form (a dresser added, a quick change placed) and undone whole; the
Dressing page shows the rooms and the quick changes, a change with no dresser in red; the call
checked out in one action and undone; its pieces back by the desk's scans, one damaged (its
repair opened), the exception report on screen saying what did not come back and who had it;
Ctrl+P in Calls prints the date's sheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QMessageBox

from wardrobe.services import alterations, call_returns, costumes, dressing_plan, schedule

from .conftest import active_dialog, dialog_named, undo, wait_idle
from .test_calls_window import _choose, _open, _press
from .test_scan import scan


def _date(demo_db, kind="shooting_day", company="Le Ballet National"):
    return next(e for e in schedule.events(demo_db) if e.kind == kind and e.company == company)


def test_who_dresses_whom_is_set_in_one_form_shown_and_undone(window, qtbot, demo_db):
    event = _date(demo_db)
    before = dressing_plan.dressing_plan(demo_db, event.production_id)
    section = _open(qtbot, window)
    _choose(qtbot, section, event.id)
    section.pages.setCurrentWidget(section.dressing)
    qtbot.waitUntil(lambda: section.dressing.changes.topLevelItemCount() > 0, timeout=10_000)
    rooms = [section.dressing.rooms.topLevelItem(i).text(0) for i in range(4)]
    assert rooms == ["Loge 12", "Loge 14", "Loge 21", "Loge 30"]
    _press(section, "schedule_dressing")
    dialog = dialog_named(qtbot, window, "dressingDialog")
    dialog._add_row(dialog.dressers, "Zélie Fontaine")  # a new dresser
    dialog._choices()
    row = next(
        r
        for r in range(dialog.changes.rowCount())
        if dialog.changes.item(r, 0).text().endswith("Drosselmeyer")
    )
    where, who = dialog.changes.cellWidget(row, 2), dialog.changes.cellWidget(row, 3)
    assert isinstance(where, QComboBox) and where.currentData() == "stage_left"
    where.setCurrentIndex(where.findData("booth"))
    who.setCurrentIndex(who.findData("Zélie Fontaine"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: any(
            section.dressing.changes.topLevelItem(i).text(4) == "Zélie Fontaine"
            for i in range(section.dressing.changes.topLevelItemCount())
        ),
        timeout=10_000,
    )
    saved = dressing_plan.dressing_plan(demo_db, event.production_id)
    assert "Zélie Fontaine" in saved.dressers
    assert any(c.place == "booth" and c.dresser == "Zélie Fontaine" for c in saved.changes)
    undo(qtbot, window)
    qtbot.waitUntil(
        lambda: dressing_plan.dressing_plan(demo_db, event.production_id) == before,
        timeout=10_000,
    )
    # A dresser named twice is refused in the form, with nothing saved.
    _press(section, "schedule_dressing")
    dialog = dialog_named(qtbot, window, "dressingDialog")
    dialog._add_row(dialog.dressers, before.dressers[0])
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "twice" in dialog.message.text(), timeout=10_000)
    dialog.reject()
    assert dressing_plan.dressing_plan(demo_db, event.production_id) == before


def test_the_call_goes_out_comes_back_by_scans_and_its_exceptions_show(
    window, qtbot, demo_db, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    event = _date(demo_db, "dress_rehearsal")
    section = _open(qtbot, window)
    _choose(qtbot, section, event.id)
    _press(section, "schedule_call_out")
    qtbot.waitUntil(lambda: call_returns.out_rows(demo_db, event.id) != (), timeout=10_000)
    wait_idle(qtbot, window)
    went = call_returns.out_rows(demo_db, event.id)
    assert costumes.get_item(demo_db, went[0].tag).status == "out"
    undo(qtbot, window)  # all of it back in store
    qtbot.waitUntil(lambda: call_returns.out_rows(demo_db, event.id) == (), timeout=10_000)
    assert costumes.get_item(demo_db, went[0].tag).status == "in_store"
    _press(section, "schedule_call_out")
    qtbot.waitUntil(
        lambda: len(call_returns.out_rows(demo_db, event.id)) == len(went), timeout=10_000
    )
    wait_idle(qtbot, window)

    _press(section, "schedule_call_in")
    dialog = dialog_named(qtbot, window, "backInDialog")
    assert dialog.count.text() == f"0 of {len(went)} back"
    damaged, *rest = [r.tag for r in went]
    dialog.damage.setText("hem torn")
    dialog.take_scan(damaged)
    qtbot.waitUntil(lambda: "damaged" in dialog.last.text(), timeout=10_000)
    for tag in rest[:-1]:  # the desk's scans, whatever has the focus
        scan(qtbot, window, tag)
    qtbot.waitUntil(
        lambda: dialog.count.text() == f"{len(went) - 1} of {len(went)} back", timeout=20_000
    )
    dialog.take_scan(rest[0])  # twice: counted once
    qtbot.waitUntil(lambda: "counted once" in dialog.last.text(), timeout=10_000)
    dialog.reject()
    wait_idle(qtbot, window)
    repair = [a for a in alterations.alterations_for(demo_db, damaged) if a.done_on is None]
    assert [a.description for a in repair][-1:] == ["hem torn"]

    section.pages.setCurrentWidget(section.returns)
    report = section.returns.list
    qtbot.waitUntil(lambda: report.topLevelItem(0) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: report.topLevelItem(0).text(0) == "Not back (1)", timeout=10_000)
    missing = report.topLevelItem(0).child(0)
    assert missing.text(0) == rest[-1] and went[-1].dancer in missing.text(2)
    assert report.topLevelItem(1).text(0) == "Damaged (1)"


def test_ctrl_p_in_calls_prints_the_date_s_sheets(window, qtbot, demo_db, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True
    )
    event = _date(demo_db)
    section = _open(qtbot, window)
    _choose(qtbot, section, event.id)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = active_dialog(qtbot, window)
    assert dialog.objectName() == "printDialog"
    dialog.pick.setCurrentIndex(dialog.pick.findData("tracks"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    [pdf] = opened
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Parcours des habilleuses" in text  # Paris's sheets are French
