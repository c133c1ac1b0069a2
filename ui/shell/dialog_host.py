"""Where the window's dialogs open and its failures are said: over the main window, window-modal
(one a scan opened: modeless, so the next scan's keys are never dropped); when one closes, the
scan field has the keyboard back. Every operation opens its dialogs here, through the context,
never through the main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from wardrobe.errors import WardrobeError

from ..dialogs.crash_dialog import CrashDialog, describe
from ..runtime.context import AppContext
from ..text.error_text import error_text
from .scan_flow import open_for_scan


class DialogHost(QObject):
    """``scanning()``: the tag being applied ("" when none): a dialog opened meanwhile is the
    scan's."""

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        field: QLineEdit,
        scanning: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self.ctx, self.window, self.field, self.scanning = ctx, window, field, scanning
        ctx.host = window
        ctx.open_dialog = self.open
        ctx.show_failure = self.show_failure
        ctx.runner.default_failure = self.show_failure
        ctx.reader.default_failure = self.show_failure

    def open(self, dialog: Any) -> None:
        """Opens a dialog window-modally; when it closes, the scan field has the focus back."""
        dialog.finished.connect(lambda _code: self._closed(dialog))
        tag = self.scanning()
        if tag:
            open_for_scan(dialog, tag)
        else:
            dialog.open()
        dialog.activateWindow()  # the keyboard goes to the dialog, even with no window manager

    def _closed(self, dialog: Any) -> None:
        dialog.deleteLater()
        QTimer.singleShot(0, self.focus_scan)  # after Qt has given the window its focus back

    def focus_scan(self) -> None:
        if any(d.isVisible() for d in self.window.findChildren(QDialog)):
            return  # the window open over this one keeps the keyboard (one a scan opened too)
        # Asked even when Qt still counts this window active: a dialog just closed may take
        # the activation with it a moment later (seen with message boxes).
        self.window.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def show_failure(self, error: BaseException) -> None:
        """A refused action in a sentence; a bug in the crash dialog. The app goes on."""
        if isinstance(error, WardrobeError):
            QMessageBox.warning(self.window, self.tr("Not done"), error_text(error))
        else:
            self.open(CrashDialog(describe(error), self.window))
        QTimer.singleShot(0, self.focus_scan)
