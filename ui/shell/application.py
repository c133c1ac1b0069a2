"""Starting the desktop app: the application object, its translation, palette and window."""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from wardrobe.errors import WardrobeError
from wardrobe.store.database import open_database

from ..dialogs.crash_dialog import install_excepthook
from ..runtime.blocked_keys import keep_keys_while_a_window_opens
from ..runtime.context import AppContext
from ..runtime.i18n import LANGUAGE_KEY, chosen_language, install_translation
from ..text.error_text import error_text
from ..text.icons import icon
from ..text.language import filled

if TYPE_CHECKING:
    from wardrobe.store.database import Database

    from .main_window import MainWindow

THEME_KEY = "ui/theme"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("wardrobe")
    app.setApplicationName("wardrobe")
    app.setApplicationDisplayName("Wardrobe")
    app.setWindowIcon(icon("app"))
    app.setStyle("Fusion")
    keep_keys_while_a_window_opens()
    return app


def apply_theme(app: QApplication, theme: str) -> None:
    """ "light", "dark", or anything else: the system's palette."""
    if theme == "dark":
        palette = QPalette()
        base, window, text = QColor(37, 40, 46), QColor(48, 52, 59), QColor(226, 229, 233)
        for role, colour in (
            (QPalette.ColorRole.Window, window),
            (QPalette.ColorRole.WindowText, text),
            (QPalette.ColorRole.Base, base),
            (QPalette.ColorRole.AlternateBase, window),
            (QPalette.ColorRole.Text, text),
            (QPalette.ColorRole.Button, window),
            (QPalette.ColorRole.ButtonText, text),
            (QPalette.ColorRole.ToolTipBase, window),
            (QPalette.ColorRole.ToolTipText, text),
            (QPalette.ColorRole.PlaceholderText, QColor(150, 156, 164)),
            (QPalette.ColorRole.Highlight, QColor(194, 65, 122)),
            (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
            (QPalette.ColorRole.Link, QColor(240, 150, 190)),
        ):
            palette.setColor(role, colour)
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(120, 124, 130)
        )
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(120, 124, 130)
        )
        app.setPalette(palette)
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    # A widget with a style sheet of its own (the alerts banner's border) keeps the palette it
    # had when the sheet was set: its text stayed black on the dark palette. Set again, it
    # takes the new one.
    for widget in app.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


class WindowHost(QObject):
    """Keeps one main window on an inventory. A language change builds the window again in
    the new language over the same context: the undo history, the section shown, each
    list's filter and selected row are kept."""

    def __init__(self, db: Database, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.ctx = AppContext(db, settings)  # kept by the host and each window, never parented
        self.window = self._make()

    @property
    def db(self) -> Database:
        return self.ctx.db

    def _make(self) -> MainWindow:
        from .main_window import MainWindow

        window = MainWindow(self.ctx)
        window.language_chosen.connect(self.set_language)
        window.theme_chosen.connect(self.set_theme)
        self.ctx.bus.restore_asked.connect(self.restore)
        return window

    def _replace_window(self, backup: bool = True, keep: bool = False) -> None:
        old = self.window
        kept = old.sections.capture() if keep else None
        old.save_state()
        old.ctx.wait()
        self.window = self._make()
        if kept is not None:
            self.window.sections.apply(kept)
        self.window.show()
        self.window.start(backup=backup)
        old.close()
        old.deleteLater()

    def restore(self, path: str) -> None:
        """Closes the inventory, restores the backup over it, and opens it again."""
        from pathlib import Path

        from wardrobe.services import backup

        self.ctx.wait()
        target = backup.database_file(self.db)
        self.db.close()
        try:
            aside = backup.restore(target, Path(path))
        except WardrobeError as error:
            QMessageBox.warning(self.window, self.tr("Not done"), error_text(error))
            aside = None
        self.ctx = AppContext(open_database(target), self.settings)
        self._replace_window(backup=aside is None)
        if aside is not None:
            self.ctx.say(
                filled(self.tr("Restored; the previous inventory is kept as %1"), str(aside)),
                20_000,
            )

    def set_language(self, language: str) -> None:
        self.settings.setValue(LANGUAGE_KEY, language)
        install_translation(language)
        self._replace_window(backup=False, keep=True)

    def set_theme(self, theme: str) -> None:
        self.settings.setValue(THEME_KEY, theme)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, theme)


def log_the_desk(path: str) -> None:
    """``WARDROBE_LOG=FILE``: what each scan did, a line each, appended there (for finding
    out what happened at a desk; the desk suite reads it)."""
    if not path:
        return
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    desk = logging.getLogger("wardrobe.desk")
    desk.addHandler(handler)
    desk.setLevel(logging.INFO)


def run_app(target: str | None) -> int:
    """Opens the window on an inventory; returns the exit code."""
    app = make_application()
    settings = QSettings()
    install_translation(chosen_language(settings))
    apply_theme(app, str(settings.value(THEME_KEY, "system")))
    install_excepthook()
    log_the_desk(os.environ.get("WARDROBE_LOG", ""))
    try:
        db = open_database(target)
    except WardrobeError as error:
        QMessageBox.critical(
            None, app.translate("App", "Cannot open the inventory"), error_text(error)
        )
        return 1
    host = WindowHost(db, settings)
    host.window.show()
    host.window.loaded.connect(lambda: logging.getLogger("wardrobe.desk").info("lists loaded"))
    host.window.start()
    quit_after = os.environ.get("WARDROBE_QUIT_AFTER_MS", "")
    if quit_after.isdigit():  # a smoke test of a build: open, load, then close as a user would
        host.window.loaded.connect(lambda: QTimer.singleShot(int(quit_after), host.window.close))
    code = app.exec()
    host.ctx.wait()
    host.db.close()  # after a restore, the inventory opened again
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv[1] if len(sys.argv) > 1 else None))
