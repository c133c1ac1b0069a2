"""An unexpected error (a bug): a dialog with the details to copy; the app goes on."""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wardrobe import __version__


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setObjectName("crashDialog")
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "The app met an error it did not expect. Your data is as it was before this "
                "action. Please copy the details below and send them to whoever looks after "
                "the app; you can go on working."
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def describe(error: BaseException) -> str:
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    header = (
        f"wardrobe {__version__}, Python {platform.python_version()}, {platform.platform()}\n\n"
    )
    return header + "".join(lines)


class _Reporter(QObject):
    """Shows crash dialogs on the GUI thread, whatever thread the error came from."""

    report = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self._show)
        self.shown: list[str] = []

    def _show(self, details: str) -> None:
        self.shown.append(details)
        parent = QApplication.activeWindow()
        CrashDialog(details, parent).exec()


_reporter: _Reporter | None = None


def install_excepthook() -> None:
    """Bugs open the crash dialog instead of ending the app."""
    global _reporter
    _reporter = _Reporter()

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        error.__traceback__ = tb
        print("".join(traceback.format_exception(kind, error, tb)), file=sys.stderr)
        if _reporter is not None:
            _reporter.report.emit(describe(error))

    sys.excepthook = hook
