"""The File menu's work: a new company, the first run of an empty inventory, spreadsheets in
and out, backups and restores, the name the history gives your changes, About."""

from __future__ import annotations

from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from wardrobe.errors import WardrobeError

from ..dialogs.transfer_dialogs import ImportDialog, export_to_file
from ..runtime.bus import EVERYTHING
from ..runtime.context import AppContext
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import FileActions
from .operation import Operation

USER_KEY = "user/name"


# -- companies ---------------------------------------------------------------------------
def new_company(ctx: AppContext) -> None:
    from ..dialogs.company_dialog import CompanyDialog

    dialog = CompanyDialog(ctx.db, ctx.runner, ctx.host)
    dialog.saved.connect(lambda _c: ctx.announce(EVERYTHING))
    ctx.open_dialog(dialog)


def first_run(ctx: AppContext) -> None:
    """An empty inventory: set up a company, or try the app on the demo."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        FileActions.tr("An empty inventory"),
        FileActions.tr(
            "This inventory holds no company yet. Set up yours, or fill "
            "it with the demo of two companies to try the app?",
        )
        + "\n\n"
        + _where(ctx),
        QMessageBox.StandardButton.NoButton,
        ctx.host,
    )
    setup = box.addButton(
        FileActions.tr("Set up my company…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    demo = box.addButton(
        FileActions.tr("Fill with the demo"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(setup)
    box.setObjectName("firstRun")
    setup.setObjectName("setUpCompany")
    demo.setObjectName("fillDemo")

    def chosen(button: Any) -> None:
        if button is setup:
            new_company(ctx)
        elif button is demo:
            from wardrobe.demo import fill_demo

            db = ctx.db
            ctx.runner.run(lambda: fill_demo(db), lambda _summary: ctx.announce(EVERYTHING))

    box.buttonClicked.connect(chosen)
    ctx.open_dialog(box)


def _where(ctx: AppContext) -> str:
    """Where the inventory lives, and its backups (a file on this computer)."""
    from wardrobe.services import backup

    said = filled(FileActions.tr("The inventory is %1."), ctx.db.display_name)
    try:
        folder = backup.default_backup_folder(ctx.db)
    except WardrobeError:
        return said  # a server's: its backups are the server's
    return said + " " + filled(FileActions.tr("Its backups go to %1."), str(folder))


# -- spreadsheets --------------------------------------------------------------------------
def import_sheet(ctx: AppContext) -> None:
    dialog = ImportDialog(ctx.db, ctx.runner, ctx.lists.companies, ctx.host)
    dialog.saved.connect(partial(_imported, ctx))
    ctx.open_dialog(dialog)


def _imported(ctx: AppContext, report: Any) -> None:
    ctx.say(
        filled(
            FileActions.tr("Imported: %1 created, %2 updated."),
            str(len(report.created)),
            str(len(report.updated)),
        ),
        10_000,
    )
    ctx.announce(EVERYTHING)


def export_kind(ctx: AppContext, kind: str) -> None:
    host = ctx.host
    assert host is not None  # the window, set before any menu exists
    export_to_file(
        host,
        ctx.db,
        ctx.runner,
        kind,
        lambda result: ctx.say(
            filled(
                FileActions.tr("%1 rows written to %2"),
                str(result[0]),
                str(result[1]),
            ),
            10_000,
        ),
    )


# -- backups -----------------------------------------------------------------------------
def back_up_now(ctx: AppContext) -> None:
    from wardrobe.services import backup

    try:
        folder = backup.default_backup_folder(ctx.db)
    except WardrobeError as error:
        ctx.show_failure(error)
        return
    stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmmss")
    path, _filter = QFileDialog.getSaveFileName(
        ctx.host,
        FileActions.tr("Back up the inventory"),
        str(folder / f"wardrobe-{stamp}.db"),
        FileActions.tr("Wardrobe inventories (*.db)"),
    )
    if not path:
        return
    db, target = ctx.db, Path(path)
    ctx.runner.run(
        lambda: backup.backup_to(db, target),
        lambda made: ctx.say(
            filled(FileActions.tr("Backup written to %1"), str(made)),
            10_000,
        ),
    )


def restore_backup(ctx: AppContext) -> None:
    from wardrobe.services import backup

    try:
        folder = backup.default_backup_folder(ctx.db)
    except WardrobeError as error:
        ctx.show_failure(error)
        return
    path, _filter = QFileDialog.getOpenFileName(
        ctx.host,
        FileActions.tr("Restore from a backup"),
        str(folder),
        FileActions.tr("Wardrobe inventories (*.db)"),
    )
    if not path:
        return
    try:
        backup.check_backup_file(Path(path))
    except WardrobeError as error:
        ctx.show_failure(error)
        return
    answer = QMessageBox.question(
        ctx.host,
        FileActions.tr("Restore from a backup"),
        filled(
            FileActions.tr(
                "Replace the whole inventory by the backup %1? The present inventory is "
                "kept aside, not deleted.",
            ),
            path,
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        ctx.bus.restore_asked.emit(path)


# -- who and what -------------------------------------------------------------------------
def set_user_name(ctx: AppContext) -> None:
    name, ok = QInputDialog.getText(
        ctx.host,
        FileActions.tr("Your name"),
        FileActions.tr("The name the history and the stock ledger give your changes:"),
        text=ctx.db.user,
    )
    if ok and name.strip():
        ctx.db.user = name.strip()[:80]
        ctx.settings.setValue(USER_KEY, ctx.db.user)


def about(ctx: AppContext) -> None:
    import platform

    from PySide6.QtCore import qVersion

    from wardrobe import __version__
    from wardrobe.version import schema

    QMessageBox.about(
        ctx.host,
        FileActions.tr("About Wardrobe"),
        filled(
            FileActions.tr(
                "<b>Wardrobe %1</b><br>Costume and wardrobe inventory for ballet companies: "
                "costumes, tutus, pointe shoes and tulle.<br><br>Inventory schema %2 · Qt %3 "
                "· Python %4<br>Inventory: %5",
            ),
            __version__,
            schema(),
            qVersion(),
            platform.python_version(),
            ctx.db.display_name,
        ),
    )


# -- declared once ---------------------------------------------------------------------------
class FileOp(StrEnum):
    IMPORT = "import"
    COMPANY = "company"
    BACKUP = "backup"
    RESTORE = "restore"
    USER = "user"
    ABOUT = "about"


OPERATIONS = (
    Operation(
        FileOp.IMPORT,
        QT_TRANSLATE_NOOP("Actions", "&Import a spreadsheet…"),
        run=lambda ctx, _record: import_sheet(ctx),
    ),
    Operation(
        FileOp.COMPANY,
        QT_TRANSLATE_NOOP("Actions", "New &company…"),
        run=lambda ctx, _record: new_company(ctx),
    ),
    Operation(
        FileOp.BACKUP,
        QT_TRANSLATE_NOOP("Actions", "&Back up now…"),
        run=lambda ctx, _record: back_up_now(ctx),
    ),
    Operation(
        FileOp.RESTORE,
        QT_TRANSLATE_NOOP("Actions", "Re&store from a backup…"),
        run=lambda ctx, _record: restore_backup(ctx),
    ),
    Operation(
        FileOp.USER,
        QT_TRANSLATE_NOOP("Actions", "Your &name…"),
        run=lambda ctx, _record: set_user_name(ctx),
    ),
    Operation(
        FileOp.ABOUT,
        QT_TRANSLATE_NOOP("Actions", "&About Wardrobe"),
        run=lambda ctx, _record: about(ctx),
    ),
)
