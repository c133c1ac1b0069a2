"""The File menu's work: a new company, the first run of an empty inventory, spreadsheets in
and out, backups and restores, the name the history gives your changes, About."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from wardrobe.errors import WardrobeError

from ..dialogs.transfer_dialogs import ImportDialog, export_to_file
from ..runtime.context import AppContext
from ..text.language import filled

USER_KEY = "user/name"


class FileActions(QObject):
    """``reload_requested``: an import, a new company or the demo changed everything;
    ``restore_requested(path)``: the host closes the inventory and restores that backup."""

    reload_requested = Signal()
    restore_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        name = ctx.settings.value(USER_KEY, "")
        if isinstance(name, str) and name.strip():
            ctx.db.user = name.strip()[:80]

    # -- companies ---------------------------------------------------------------------------
    def new_company(self) -> None:
        from ..dialogs.company_dialog import CompanyDialog

        dialog = CompanyDialog(self.db, self.ctx.runner, self.ctx.host)
        dialog.saved.connect(lambda _c: self.reload_requested.emit())
        self.ctx.open_dialog(dialog)

    def first_run(self) -> None:
        """An empty inventory: set up a company, or try the app on the demo."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("An empty inventory"),
            self.tr(
                "This inventory holds no company yet. Set up yours, or fill "
                "it with the demo of two companies to try the app?"
            )
            + "\n\n"
            + self._where(),
            QMessageBox.StandardButton.NoButton,
            self.ctx.host,
        )
        setup = box.addButton(self.tr("Set up my company…"), QMessageBox.ButtonRole.AcceptRole)
        demo = box.addButton(self.tr("Fill with the demo"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(setup)
        box.setObjectName("firstRun")
        setup.setObjectName("setUpCompany")
        demo.setObjectName("fillDemo")

        def chosen(button: Any) -> None:
            if button is setup:
                self.new_company()
            elif button is demo:
                from wardrobe.demo import fill_demo

                db = self.db
                self.ctx.runner.run(
                    lambda: fill_demo(db), lambda _summary: self.reload_requested.emit()
                )

        box.buttonClicked.connect(chosen)
        self.ctx.open_dialog(box)

    def _where(self) -> str:
        """Where the inventory lives, and its backups (a file on this computer)."""
        from wardrobe.services import backup

        said = filled(self.tr("The inventory is %1."), self.db.display_name)
        try:
            folder = backup.default_backup_folder(self.db)
        except WardrobeError:
            return said  # a server's: its backups are the server's
        return said + " " + filled(self.tr("Its backups go to %1."), str(folder))

    # -- spreadsheets --------------------------------------------------------------------------
    def import_sheet(self) -> None:
        dialog = ImportDialog(self.db, self.ctx.runner, self.ctx.lists.companies, self.ctx.host)
        dialog.saved.connect(self._imported)
        self.ctx.open_dialog(dialog)

    def _imported(self, report: Any) -> None:
        self.ctx.say(
            filled(
                self.tr("Imported: %1 created, %2 updated."),
                str(len(report.created)),
                str(len(report.updated)),
            ),
            10_000,
        )
        self.reload_requested.emit()

    def export_kind(self, kind: str) -> None:
        host = self.ctx.host
        assert host is not None  # the window, set before any menu exists
        export_to_file(
            host,
            self.db,
            self.ctx.runner,
            kind,
            lambda result: self.ctx.say(
                filled(self.tr("%1 rows written to %2"), str(result[0]), str(result[1])),
                10_000,
            ),
        )

    # -- backups -----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        from wardrobe.services import backup

        try:
            folder = backup.default_backup_folder(self.db)
        except WardrobeError as error:
            self.ctx.show_failure(error)
            return
        stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmmss")
        path, _filter = QFileDialog.getSaveFileName(
            self.ctx.host,
            self.tr("Back up the inventory"),
            str(folder / f"wardrobe-{stamp}.db"),
            self.tr("Wardrobe inventories (*.db)"),
        )
        if not path:
            return
        db, target = self.db, Path(path)
        self.ctx.runner.run(
            lambda: backup.backup_to(db, target),
            lambda made: self.ctx.say(filled(self.tr("Backup written to %1"), str(made)), 10_000),
        )

    def restore_backup(self) -> None:
        from wardrobe.services import backup

        try:
            folder = backup.default_backup_folder(self.db)
        except WardrobeError as error:
            self.ctx.show_failure(error)
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.ctx.host,
            self.tr("Restore from a backup"),
            str(folder),
            self.tr("Wardrobe inventories (*.db)"),
        )
        if not path:
            return
        try:
            backup.check_backup_file(Path(path))
        except WardrobeError as error:
            self.ctx.show_failure(error)
            return
        answer = QMessageBox.question(
            self.ctx.host,
            self.tr("Restore from a backup"),
            filled(
                self.tr(
                    "Replace the whole inventory by the backup %1? The present inventory is "
                    "kept aside, not deleted."
                ),
                path,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)

    # -- who and what -------------------------------------------------------------------------
    def set_user_name(self) -> None:
        name, ok = QInputDialog.getText(
            self.ctx.host,
            self.tr("Your name"),
            self.tr("The name the history and the stock ledger give your changes:"),
            text=self.db.user,
        )
        if ok and name.strip():
            self.db.user = name.strip()[:80]
            self.ctx.settings.setValue(USER_KEY, self.db.user)

    def about(self) -> None:
        import platform

        from PySide6.QtCore import qVersion

        from wardrobe import __version__
        from wardrobe.version import schema

        QMessageBox.about(
            self.ctx.host,
            self.tr("About Wardrobe"),
            filled(
                self.tr(
                    "<b>Wardrobe %1</b><br>Costume and wardrobe inventory for ballet companies: "
                    "costumes, tutus, pointe shoes and tulle.<br><br>Inventory schema %2 · Qt %3 "
                    "· Python %4<br>Inventory: %5"
                ),
                __version__,
                schema(),
                qVersion(),
                platform.python_version(),
                self.db.display_name,
            ),
        )
