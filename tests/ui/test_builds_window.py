"""The Builds section as the workroom's head uses it: a new build made from a pattern for two
dancers (its materials reserved, the list and the chosen build shown), a stage marked done with
its hours and undone, the build finished into its tagged items, the calendar saying what cannot
be ready in time."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from wardrobe.services import builds, costumes, patterns

from .conftest import dialog_named, show_section, undo, wait_idle


def _press(section, key):
    action = next(a for a in section.bar.actions() if a.objectName() == f"action_{key}")
    section.bar.widgetForAction(action).click()


def test_a_build_is_made_worked_on_undone_and_finished_from_the_window(
    window, qtbot, demo_db, monkeypatch
):
    patterns.add_pattern(
        demo_db,
        "BN",
        "Ceinture",
        piece_type="accessory",
        stages=[("Coupe", "2", False), ("Couture", "3", False)],
    )
    show_section(qtbot, window, "builds")
    section = window.sections.builds
    _press(section, "build_new")
    dialog = dialog_named(qtbot, window, "newBuildDialog")
    dialog.pattern.setCurrentIndex(
        dialog.pattern.findText("Ceinture", Qt.MatchFlag.MatchStartsWith)
    )
    for row in range(2):
        dialog.dancers.item(row).setCheckState(Qt.CheckState.Checked)
    chosen = [dialog.dancers.item(row).text() for row in range(2)]
    dialog.title.setText("Ceintures de Giselle")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    wait_idle(qtbot, window)
    [made] = builds.builds(demo_db, "BN", status="open")
    assert made.title == "Ceintures de Giselle" and [p.dancer for p in made.pieces] == chosen
    qtbot.waitUntil(lambda: section.list.topLevelItemCount() == 1, timeout=10_000)
    assert section.list.topLevelItem(0).text(3) == "0/2"

    _press(section, "build_stage")
    stage = dialog_named(qtbot, window, "stageDoneDialog")
    stage.hours.setText("2,5")
    stage.by.setText("Camille")
    with qtbot.waitSignal(stage.saved, timeout=10_000):
        stage.save_button.click()
    qtbot.waitUntil(lambda: section.list.topLevelItem(0).text(3) == "1/2", timeout=10_000)
    assert builds.build(demo_db, made.id).stages[0].worked_minutes == 150
    undo(qtbot, window)
    qtbot.waitUntil(lambda: builds.build(demo_db, made.id).stages_done == 0, timeout=10_000)

    # Refused in the form: 30 hours in a day.
    _press(section, "build_stage")
    stage = dialog_named(qtbot, window, "stageDoneDialog")
    stage.hours.setText("30")
    stage.save_button.click()
    qtbot.waitUntil(lambda: "24" in stage.message.text(), timeout=10_000)
    stage.reject()
    for position in (1, 2):
        from wardrobe.services import build_work

        build_work.stage_done(demo_db, made.id, position, hours="2")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.refresh()
    wait_idle(qtbot, window)
    _press(section, "build_finish")
    qtbot.waitUntil(lambda: builds.build(demo_db, made.id).status == "finished", timeout=10_000)
    done = builds.build(demo_db, made.id)
    assert all(costumes.get_item(demo_db, p.tag).built_for for p in done.pieces)


def test_the_calendar_says_a_build_that_cannot_be_ready(window, qtbot, demo_db):
    made = builds.new_build(
        demo_db, "BN", pattern="Tutu classique", count=3, due_on=date.today() + timedelta(days=3)
    ).build
    show_section(qtbot, window, "builds")
    section = window.sections.builds
    qtbot.waitUntil(lambda: "cannot be ready" in section.late.text(), timeout=10_000)
    assert f"B-{made.id:04d}" in section.late.text()
    assert section.calendar.topLevelItemCount() >= 1
    alerts = window.sections.alerts
    alerts.read_calls()
    qtbot.waitUntil(lambda: f"B-{made.id:04d}" in alerts.late.text(), timeout=10_000)
    assert f"B-{made.id:04d}" in alerts.banner.calls.text()  # and in the start-up banner


def test_a_production_s_cost_report_is_printed_from_the_print_menu(
    window, qtbot, demo_db, monkeypatch
):
    from pathlib import Path

    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    from ui.operations import builds as build_ops

    from .conftest import active_dialog

    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True
    )
    builds.new_build(
        demo_db, "BN", pattern="Corsage", count=2, due_on=date.today(), production="Casse-Noisette"
    )
    build_ops.cost_report(window.ctx)
    wait_idle(qtbot, window)
    dialog = active_dialog(qtbot, window)
    dialog.pick.setCurrentIndex(dialog.pick.findText("Casse-Noisette — Le Ballet National"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    [pdf] = opened
    text = " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Rapport des coûts : Casse-Noisette" in text and "Corsage" in text


def test_the_production_shows_what_it_has_cost_against_its_budget(window, qtbot, demo_db):
    from wardrobe.services import costs, running_order

    production = running_order.find_production(demo_db, "BN", "Casse-Noisette")
    costs.set_budget(demo_db, production.id, 1_000)  # 10.00 €: over at once
    builds.new_build(
        demo_db, "BN", pattern="Corsage", count=1, due_on=date.today(), production="Casse-Noisette"
    )
    show_section(qtbot, window, "productions")
    section = window.sections.productions
    section.chooser.setCurrentIndex(section.chooser.findData(production.id))
    section.read()
    qtbot.waitUntil(lambda: "of a budget of" in section.cost.text(), timeout=10_000)
    total = costs.production_cost(demo_db, production.id).total
    assert f"{total / 100:,.2f}" in section.cost.text().replace("\u202f", ",")
    assert "#c0392b" in section.cost.text()  # over budget, in red
