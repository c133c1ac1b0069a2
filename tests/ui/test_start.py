"""Alerts when the app starts: computed off the GUI thread, shown where they cannot be missed."""

from ui.models.alerts_model import ALERT_ROLE
from ui.operations import dancers as dancer_ops
from ui.shell.main_window import MainWindow

from .conftest import active_dialog, on_top, open_window, show_section, wait_idle


def test_alerts_are_shown_at_start_grouped_and_counted(window):
    assert window.sections.alerts.banner.button.isVisible()
    assert "to order" in window.sections.alerts.banner.text.text()
    assert "low-stock alert" in window.status.alert_label.text()
    model = window.sections.alerts.page.model()
    companies = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert companies == ["Le Ballet National", "Metropolitan Ballet Theater"]
    first_supplier = model.index(0, 0, model.index(0, 0))
    assert model.rowCount(first_supplier) >= 1
    assert first_supplier.siblingAtColumn(4).data()  # the order total
    window.sections.alerts.banner.button.click()
    assert window.sections.tabs.currentWidget() is window.sections.alerts.widget


def test_an_alert_opens_its_item(window, qtbot):
    tree = window.sections.alerts.page
    model = tree.model()
    alert_index = model.index(0, 2, model.index(0, 0, model.index(0, 0)))
    tree.activated.emit(alert_index)
    alert = alert_index.siblingAtColumn(0).data(ALERT_ROLE)
    page = window.sections.pointe.page if alert.kind == "pointe" else window.sections.materials.page
    assert page.current_record().id == alert.item_id
    assert on_top(window).objectName() == (
        "pointeDialog" if alert.kind == "pointe" else "materialDialog"
    )
    assert on_top(window).record.id == alert.item_id
    on_top(window).reject()


def test_no_alerts_is_said_quietly(qtbot, db, settings, english, no_modal_boxes):
    window: MainWindow = open_window(qtbot, db, settings)
    assert not window.sections.alerts.banner.button.isVisible()
    assert window.sections.alerts.banner.text.text().startswith("Nothing is low")
    window.ctx.wait()


def test_the_status_bar_names_the_inventory_and_counts(window, demo_db):
    assert demo_db.display_name in window.status.db_label.text()
    assert "438 items" in window.status.count_label.text()


def test_window_geometry_and_columns_are_remembered(window, qtbot, demo_db, settings):
    window.resize(760, 560)  # the offscreen screen is 800 x 600; restoring clamps to it
    window.sections.costumes.page.table.horizontalHeader().resizeSection(1, 333)
    window.close()
    again = open_window(qtbot, demo_db, settings)
    assert (again.size().width(), again.size().height()) == (760, 560)
    assert again.sections.costumes.page.table.horizontalHeader().sectionSize(1) == 333
    again.ctx.wait()


def test_the_banner_names_the_most_urgent_items_then_how_many_more(window):
    from ui.text.alert_text import short_name, urgency

    alerts = [a for a in window.sections.alerts.alerts if not a.covered_by_orders]
    urgent = sorted(alerts, key=urgency)
    text = window.sections.alerts.banner.text.text()
    for alert in urgent[:3]:
        assert short_name(alert) in text.replace("&amp;", "&")
    assert f"and {len(urgent) - 3} more" in text
    assert short_name(urgent[-1]) not in text  # the least urgent is only counted


def test_a_dancer_who_no_longer_dances_gets_no_warning_mark(window, qtbot, demo_db):
    from ui.models.columns import pointe_is_low
    from wardrobe.services import alerts, dancers, pointe

    low = next(s for s in pointe.list_specs(demo_db) if pointe_is_low(s) and s.dancer_active)
    who = next(d for d in dancers.list_dancers(demo_db) if d.id == low.dancer_id)
    dancers.edit_dancer(
        demo_db,
        who.id,
        expected_version=who.version,
        name=who.name,
        rank=who.rank,
        active=False,
        notes=who.notes,
    )
    after = next(s for s in pointe.list_specs(demo_db) if s.id == low.id)
    assert not pointe_is_low(after)  # the list's mark
    assert not [a for a in alerts.compute_alerts(demo_db) if a.item_id == low.id]  # the alerts


def test_the_status_bar_counts_follow_the_lists(window, qtbot):
    show_section(qtbot, window, "dancers")
    before = window.sections.dancers.count()
    assert f"{before} dancers" in window.status.count_label.text()
    dancer_ops.new_dancer(window.ctx)
    dialog = active_dialog(qtbot, window)
    dialog.name.setText("Zoé Nouvelle")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.submit()
    wait_idle(qtbot, window)
    assert f"{before + 1} dancers" in window.status.count_label.text()


SHOWN_BEFORE_THE_SERVICES = r"""
import sys
from PySide6.QtCore import QSettings, QTimer
from ui.shell.application import make_application
from wardrobe.store.database import open_database
from ui.runtime.context import AppContext
from ui.shell.main_window import MainWindow
app = make_application()
ctx = AppContext(open_database(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(ctx)
window.show()
WATCHED = ("wardrobe.models", "wardrobe.services.alerts")
loaded = lambda: sorted(m for m in WATCHED if m in sys.modules)
def first_frame():
    print("shown", *loaded())  # the window is up: nothing of the models nor the services yet
    window.start()
window.alerts_ready.connect(lambda alerts: (print("alerts", len(alerts), *loaded()), app.quit()))
QTimer.singleShot(0, first_frame)
app.exec()
ctx.wait()
"""


def test_the_window_is_shown_before_the_models_and_services_load(demo_db, tmp_path):
    """A start shows the window on the inventory before the ORM models and the services are
    imported (they load on the worker with the first reading), and the alerts follow."""
    import subprocess
    import sys

    url = demo_db.url  # the file, or the PostgreSQL database on loopback
    demo_db.close()
    done = subprocess.run(
        [sys.executable, "-c", SHOWN_BEFORE_THE_SERVICES, url, str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "shown", done.stdout + done.stderr
    said, count, *modules = lines[1].split()
    assert said == "alerts" and int(count) > 0
    assert modules == ["wardrobe.models", "wardrobe.services.alerts"]
