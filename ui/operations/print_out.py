"""A printout done: where its PDF went said (and opened, or saved where the user chooses when
no program here opens PDFs), characters the fonts could not show reported."""

from __future__ import annotations

import shutil
from functools import partial
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..dialogs.print_dialog import PrintDialog, Printed
from ..runtime.context import AppContext
from ..text.language import filled
from .contexts import PrintActions


def _open(ctx: AppContext, dialog: PrintDialog) -> None:
    dialog.saved.connect(partial(announce, ctx))
    ctx.open_dialog(dialog)


def announce(ctx: AppContext, printed: Printed) -> None:
    """Says where a printed PDF went (and opens it)."""
    ctx.say(
        filled(
            PrintActions.tr("%1 page(s) written to %2"),
            str(printed.result.pages),
            str(printed.path),
        ),
        10_000,
    )
    if printed.result.warnings:
        QMessageBox.warning(
            ctx.host,
            PrintActions.tr("Some characters could not be printed"),
            "\n".join(printed.result.warnings),
        )
    if printed.open_after and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(printed.path))):
        _no_viewer(ctx, printed.path)


def _no_viewer(ctx: AppContext, path: Path) -> None:
    """No program here opens PDFs: say so, and offer to keep the file somewhere."""
    answer = QMessageBox.question(
        ctx.host,
        PrintActions.tr("No PDF viewer"),
        PrintActions.tr(
            "No program on this computer opens PDF files, so the document could not be "
            "shown. Save it where you choose, to print or send it from there?",
        ),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer != QMessageBox.StandardButton.Save:
        return
    target, _filter = QFileDialog.getSaveFileName(
        ctx.host,
        PrintActions.tr("Save the PDF"),
        str(Path.home() / path.name),
        PrintActions.tr("PDF documents (*.pdf)"),
    )
    if target:
        shutil.copyfile(path, target)
        ctx.say(filled(PrintActions.tr("Saved as %1"), target), 10_000)
