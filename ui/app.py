"""Starting the desktop app: the application object, its translation, palette and window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from wardrobe.database import Database, open_database
from wardrobe.errors import WardrobeError

from .crash_dialog import install_excepthook
from .error_text import error_text
from .i18n import LANGUAGE_KEY, chosen_language, install_translation
from .icons import icon

if TYPE_CHECKING:
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


class WindowHost(QObject):
    """Keeps one main window on an inventory; a language change rebuilds it in the new one."""

    def __init__(self, db: Database, settings: QSettings) -> None:
        super().__init__()
        self.db, self.settings = db, settings
        self.window = self._make()

    def _make(self) -> MainWindow:
        from .main_window import MainWindow

        window = MainWindow(self.db, self.settings)
        window.language_chosen.connect(self.set_language)
        window.theme_chosen.connect(self.set_theme)
        window.restore_requested.connect(self.restore)
        return window

    def _replace_window(self, backup: bool = True) -> None:
        old = self.window
        old.save_state()
        old.runner.wait()
        self.window = self._make()
        self.window.show()
        self.window.start(backup=backup)
        old.close()
        old.deleteLater()

    def restore(self, path: str) -> None:
        """Closes the inventory, restores the backup over it, and opens it again."""
        from pathlib import Path

        from wardrobe.services import backup

        self.window.runner.wait()
        target = backup.database_file(self.db)
        self.db.close()
        try:
            aside = backup.restore(target, Path(path))
        except WardrobeError as error:
            QMessageBox.warning(self.window, self.window.tr("Not done"), error_text(error))
            self.db = open_database(target)
            self._replace_window()
            return
        self.db = open_database(target)
        self._replace_window(backup=False)
        self.window.statusBar().showMessage(
            self.window.tr("Restored; the previous inventory is kept as %1").replace(
                "%1", str(aside)
            ),
            20_000,
        )

    def set_language(self, language: str) -> None:
        self.settings.setValue(LANGUAGE_KEY, language)
        install_translation(language)
        self._replace_window(backup=False)

    def set_theme(self, theme: str) -> None:
        self.settings.setValue(THEME_KEY, theme)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, theme)


def run_app(target: str | None) -> int:
    """Opens the window on an inventory; returns the exit code."""
    app = make_application()
    settings = QSettings()
    install_translation(chosen_language(settings))
    apply_theme(app, str(settings.value(THEME_KEY, "system")))
    install_excepthook()
    try:
        db = open_database(target)
    except WardrobeError as error:
        QMessageBox.critical(
            None, app.translate("App", "Cannot open the inventory"), error_text(error)
        )
        return 1
    host = WindowHost(db, settings)
    host.window.show()
    host.window.start()
    code = app.exec()
    host.window.runner.wait()
    db.close()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv[1] if len(sys.argv) > 1 else None))
