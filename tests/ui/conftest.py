"""A main window on a fresh demo inventory, with its own settings file, in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from ui.runtime.context import AppContext
from ui.runtime.i18n import install_translation
from ui.shell.main_window import MainWindow


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def english(qapp):
    install_translation("en")
    yield
    install_translation("en")


@pytest.fixture
def no_modal_boxes(monkeypatch):
    """A message box left open would block the test: record them instead."""
    shown: list[tuple[str, str]] = []

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def open_window(qtbot, db, settings) -> MainWindow:
    window = MainWindow(AppContext(db, settings))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignals([window.loaded, window.alerts_ready], timeout=20_000):
        window.start()
    qtbot.waitUntil(lambda: window.ctx.lists.roster is not None, timeout=20_000)
    return window


@pytest.fixture
def gui_queries(demo_db):
    """Every statement the window's code runs on the GUI thread (the scan's read aside)."""
    from ui.runtime.db_guard import watch

    return watch(demo_db.engine)


@pytest.fixture
def window(qtbot, demo_db, settings, english, no_modal_boxes, gui_queries) -> MainWindow:
    window = open_window(qtbot, demo_db, settings)
    yield window
    window.ctx.wait()
    assert gui_queries == [], "the GUI thread queried the database"


def wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.ctx.idle, timeout=20_000)


def on_top(window: MainWindow):
    """The window a person sees over the main one: the dialog that has the keyboard, else the
    newest one open over it; None when nothing is open."""
    from PySide6.QtWidgets import QApplication, QDialog
    from shiboken6 import isValid

    active = QApplication.activeWindow()
    if isinstance(active, QDialog) and isValid(active) and active.isVisible():
        return active
    shown = [d for d in window.findChildren(QDialog) if isValid(d) and d.isVisible()]
    return shown[-1] if shown else None


def show_section(qtbot, window: MainWindow, name: str) -> None:
    """A click on the section's tab, as a person would choose it."""
    from PySide6.QtCore import Qt

    tabs = window.sections.tabs
    page = getattr(window.sections, name).widget
    index = next(i for i in range(tabs.count()) if tabs.widget(i) is page)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: tabs.currentIndex() == index, timeout=2000)


def do(window: MainWindow, key: str, record=None) -> None:
    """An item's operation on ``record`` (else the selected item), as the menu or the item
    window's button runs it."""
    from ui.operations.items import BY_KEY

    run = BY_KEY[key].run
    assert run is not None, key
    run(window.ctx, record)


def active_dialog(qtbot, window: MainWindow):
    """The dialog just opened, once it has the keyboard (as a person would wait for it)."""
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    def ready() -> bool:
        dialog = on_top(window)
        return dialog is not None and isValid(dialog) and QApplication.activeWindow() is dialog

    qtbot.waitUntil(ready, timeout=10_000)
    return on_top(window)


def undo(qtbot, window: MainWindow) -> None:
    """Ctrl+Z's work: the undo runs on the worker; wait for it."""
    window.ctx.undo.undo()
    wait_idle(qtbot, window)


def redo(qtbot, window: MainWindow) -> None:
    window.ctx.undo.redo()
    wait_idle(qtbot, window)


def shown(qtbot, model, row: int):
    """The record a list shows at ``row``, once its page has been read (on the worker)."""
    qtbot.waitUntil(lambda: model.record(row) is not None, timeout=10_000)
    return model.record(row)


def every_item(window) -> list:
    """Every costume item, as the core lists them (not through the window's list)."""
    from wardrobe.services import costumes

    return costumes.list_items(window.db)


def dialog_named(qtbot, window: MainWindow, name: str, timeout: int = 10_000):
    """The dialog of that object name, once it is the one open (earlier ones may be gone)."""
    from shiboken6 import isValid

    def opened() -> bool:
        dialog = on_top(window)
        return dialog is not None and isValid(dialog) and dialog.objectName() == name

    qtbot.waitUntil(opened, timeout=timeout)
    return on_top(window)
