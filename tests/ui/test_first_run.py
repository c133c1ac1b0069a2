"""A new inventory: the window offers to set up a company or to fill in the demo."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.operations import item_window
from wardrobe.services import companies

from .conftest import on_top, open_window, wait_idle


def first_run_box(qtbot, window):
    qtbot.waitUntil(
        lambda: on_top(window) is not None and on_top(window).objectName() == "firstRun",
        timeout=5000,
    )
    return on_top(window)


def test_set_up_a_company_on_a_new_inventory(qtbot, db, settings, english, no_modal_boxes):
    window = open_window(qtbot, db, settings)
    box = first_run_box(qtbot, window)
    box.findChild(QPushButton, "setUpCompany").click()
    dialog = on_top(window)
    assert dialog.objectName() == "companyDialog"
    dialog.name.setText("Ballet du Rhin")
    dialog.code.setText("BR 1")
    dialog.city.setText("Strasbourg")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "tag code" in dialog.message.text()
    dialog.code.setText("BR")
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [c.name for c in companies.list_companies(db)] == ["Ballet du Rhin"]
    item_window.new_item(window.ctx)
    assert on_top(window).objectName() == "itemDialog"
    on_top(window).reject()
    window.ctx.wait()


def test_new_item_on_an_inventory_without_company_says_what_to_do(
    qtbot, db, settings, english, no_modal_boxes
):
    window = open_window(qtbot, db, settings)
    first_run_box(qtbot, window).reject()
    item_window.new_item(window.ctx)
    assert "Set up a company first" in window.statusBar().currentMessage()
    window.ctx.wait()


def test_or_fill_it_with_the_demo(qtbot, db, settings, english, no_modal_boxes):
    window = open_window(qtbot, db, settings)
    box = first_run_box(qtbot, window)
    with qtbot.waitSignal(window.alerts_ready, timeout=20_000):
        box.findChild(QPushButton, "fillDemo").click()
    wait_idle(qtbot, window)
    assert window.sections.costumes.model.rowCount() > 400
    window.ctx.wait()


def test_the_first_run_says_where_the_inventory_and_its_backups_live(
    qtbot, db, settings, english, no_modal_boxes
):
    from wardrobe.store.database import make_url

    window = open_window(qtbot, db, settings)
    box = first_run_box(qtbot, window)
    text = box.text()
    assert f"The inventory is {db.display_name}." in text
    if make_url(db.url).get_backend_name() == "sqlite":
        from wardrobe.services import backup

        assert f"Its backups go to {backup.default_backup_folder(db)}." in text
    box.reject()
    window.ctx.wait()
