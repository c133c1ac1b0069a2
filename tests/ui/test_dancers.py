"""The dancer view, and measurements shown and entered in the company's units."""

from PySide6.QtCore import Qt

from ui.text import formatting
from wardrobe.services import dancers

from .conftest import on_top, show_section, wait_idle


def select_dancer(window, qtbot, company_prefix):
    show_section(qtbot, window, "dancers")
    record = next(
        r
        for r in dancers.list_dancers(window.db)
        if r.company.startswith(company_prefix)
        and r.active
        and dancers.dancer_detail(window.db, r.id).pointe
    )
    with qtbot.waitSignal(window.runner.busy_changed, timeout=5000):
        window.sections.dancers.page.select_key(record.id)
    wait_idle(qtbot, window)
    return record


def test_a_paris_dancer_shows_latest_measurements_in_cm_with_their_date(window, qtbot):
    record = select_dancer(window, qtbot, "Le Ballet")
    view = window.sections.dancers.view
    assert record.name in view.title.text()
    table = view.measurements
    assert table.horizontalHeaderItem(0).text() == "Now"  # every measure's latest value
    waist_row = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())].index("Waist")
    assert table.item(waist_row, 0).text().endswith(" cm")
    summary = view.summary.toPlainText()
    assert "pairs on hand" in summary and "weeks left" in summary


def test_a_new_york_dancer_shows_inches(window, qtbot):
    select_dancer(window, qtbot, "Metropolitan")
    table = window.sections.dancers.view.measurements
    assert table.item(0, 0).text().endswith(" in")


def test_new_measurements_invalid_then_valid(window, qtbot, demo_db):
    record = select_dancer(window, qtbot, "Metropolitan")
    history = len(dancers.measurement_history(demo_db, record.id))
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = on_top(window)
    assert dialog.objectName() == "measurementDialog"
    assert dialog.fields["waist"].placeholderText()  # the last value as a hint
    dialog.fields["waist"].setText("62")  # centimetres typed for a New York dancer
    qtbot.keyClick(dialog.fields["waist"], Qt.Key.Key_Return)
    assert dialog.isVisible() and "Waist of 62 in is outside" in dialog.message.text()
    assert dialog.focusWidget() is dialog.fields["waist"]
    assert len(dancers.measurement_history(demo_db, record.id)) == history
    dialog.fields["waist"].setText("24 1/2")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.fields["waist"], Qt.Key.Key_Return)
    latest = dancers.measurement_history(demo_db, record.id)[0]
    assert (
        latest.values["waist"] == 622
        and len(dancers.measurement_history(demo_db, record.id)) == history + 1
    )
    wait_idle(qtbot, window)
    table = window.sections.dancers.view.measurements
    waist_row = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())].index("Waist")
    assert table.item(waist_row, 0).text() == "24½ in"


def test_issue_pointe_shoes_from_the_dancer_view(window, qtbot):
    select_dancer(window, qtbot, "Le Ballet")
    issue = window.sections.dancers.view.buttons["issue"]
    assert issue.isEnabled()
    issue.click()
    assert on_top(window).windowTitle() == "Issue pointe shoes"
    on_top(window).reject()


def test_after_a_partial_re_measure_the_view_shows_every_latest_value_with_its_day(
    window, qtbot, demo_db
):
    from datetime import date

    record = select_dancer(window, qtbot, "Le Ballet")
    before = dancers.dancer_detail(demo_db, record.id).latest
    girth_before = before.values["girth"]
    dancers.record_measurements(demo_db, record.id, {"waist": "61", "hips": "87"})
    window.sections.dancers.show_dancer(record)
    wait_idle(qtbot, window)
    table = window.sections.dancers.view.measurements
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert table.item(rows.index("Waist"), 0).text() == "61 cm"
    girth = table.item(rows.index("Girth"), 0).text()
    kept = formatting.body_length(girth_before, "metric")
    assert girth == f"{kept} ({formatting.day(before.measured_on)})"  # kept, with its day
    assert table.item(rows.index("Girth"), 1).text() == ""  # the new set itself has no girth
    assert before.measured_on < date.today()


def test_erasing_a_dancers_personal_data_from_the_window_asks_twice(
    window, qtbot, demo_db, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    record = select_dancer(window, qtbot, "Le Ballet")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("someone else", True))
    window.commands["erase_dancer"].trigger()
    wait_idle(qtbot, window)
    assert "Nothing was erased" in window.statusBar().currentMessage()
    assert dancers.dancer_detail(demo_db, record.id).dancer.name == record.name
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (record.name, True))
    window.commands["erase_dancer"].trigger()
    wait_idle(qtbot, window)
    erased = dancers.dancer_detail(demo_db, record.id)
    assert erased.dancer.name == f"Erased dancer #{record.id}" and erased.history == ()
    assert len(asked) == 2 and record.name in asked[0]


def test_a_dancers_weeks_left_follow_the_rate_learned_from_her_issues(window, qtbot, demo_db):
    from wardrobe.services import rates

    record = select_dancer(window, qtbot, "Le Ballet")
    spec = dancers.dancer_detail(demo_db, record.id).pointe[0]
    with demo_db.read() as session:
        learned = rates.pointe_rates(session, [spec.id])[spec.id]
    summary = window.sections.dancers.view.summary.toPlainText()
    weeks = formatting.number(spec.pairs_on_hand / learned.per_week, 1)
    assert f"{weeks} weeks left at {formatting.trimmed(learned.per_week, 1)} a week" in summary
    assert "(learned from the last 12 weeks;" in summary
