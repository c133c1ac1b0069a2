"""Dancers: a new one, an edit, a new set of measurements (shown at once in her view)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from wardrobe.records import DancerDetail, DancerRecord

from ..dialogs.dancer_dialogs import DancerDialog, MeasurementDialog
from ..operations.undoable import push_edit
from ..runtime.context import AppContext
from ..runtime.core import history_events
from ..text.language import filled


class DancerActions(QObject):
    """``erased``: a dancer's personal data was erased (everything is read again)."""

    erased = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def new_dancer(self) -> None:
        self._open(None)

    def edit_dancer(self, record: DancerRecord | None = None) -> None:
        if record is None and self.ctx.selection is not None:
            record = self.ctx.selection.dancer()
        if record is not None:
            self._open(record)

    def _open(self, record: DancerRecord | None) -> None:
        self.ctx.with_roster(lambda: self._open_now(record))

    def _open_now(self, record: DancerRecord | None) -> None:
        lists = self.ctx.lists
        dialog = DancerDialog(
            self.ctx.db,
            self.ctx.runner,
            lists.companies,
            lists.dancers(),
            record=record,
            parent=self.ctx.host,
        )
        dialog.saved.connect(self.ctx.saved)
        push_edit(self.ctx, dialog, lambda r: filled(self.tr("Edit %1"), r.name))
        self.ctx.open_dialog(dialog)

    def new_measurements(self, detail: DancerDetail | None) -> None:
        if detail is None:
            self.ctx.say(self.tr("Choose a dancer first."), 5000)
            return
        dialog = MeasurementDialog(
            self.ctx.db, self.ctx.runner, detail.dancer, detail.latest, self.ctx.host
        )
        # The dancer's view reads her again, with the new set.
        dialog.saved.connect(lambda _m: self.ctx.saved(detail.dancer))
        self.ctx.open_dialog(dialog)

    def history(self, detail: DancerDetail | None) -> None:
        if detail is None:
            self.ctx.say(self.tr("Choose a dancer first."), 5000)
            return

        from ..dialogs.history_dialog import HistoryDialog

        db, dancer = self.ctx.db, detail.dancer
        self.ctx.runner.run(
            lambda: history_events.dancer_events(db, dancer.id),
            lambda events: self.ctx.open_dialog(
                HistoryDialog(dancer.name, events, dancer.units, self.ctx.host)
            ),
        )

    def erase(self, dancer: DancerRecord | None) -> None:
        """A dancer's personal data erased on request: asked twice, a backup first."""
        if dancer is None:
            self.ctx.say(self.tr("Choose a dancer first."), 5000)
            return
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        first = QMessageBox.question(
            self.ctx.host,
            self.tr("Erase a dancer's personal data"),
            filled(
                self.tr(
                    "Erase the personal data of %1: her measurements, and her name everywhere "
                    "in the history? Costumes and stock are kept. A backup is made first."
                ),
                dancer.name,
            ),
        )
        if first != QMessageBox.StandardButton.Yes:
            return
        typed, ok = QInputDialog.getText(
            self.ctx.host,
            self.tr("Erase a dancer's personal data"),
            filled(self.tr("This cannot be undone. Type her name (%1) to confirm:"), dancer.name),
        )
        if not ok or typed.strip() != dancer.name:
            self.ctx.say(self.tr("Nothing was erased."), 8000)
            return
        db, dancer_id = self.ctx.db, dancer.id

        def erase() -> object:
            from datetime import datetime

            from wardrobe.services import backup, erasure

            if db.is_sqlite:
                folder = backup.default_backup_folder(db)
                backup.backup_to(db, folder / f"wardrobe-{datetime.now():%Y%m%d-%H%M%S}.db")
            return erasure.erase_dancer(db, dancer_id)

        self.ctx.runner.run(erase, self._erased)

    def _erased(self, done: object) -> None:
        self.ctx.say(self.tr("Personal data erased."), 10_000)
        review = getattr(done, "to_review", ())
        if review:  # free text naming her: shown for a person to review
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self.ctx.host,
                self.tr("Her name is still written here"),
                self.tr("Review these texts, which still name her:")
                + "\n\n"
                + "\n".join(review[:30]),
            )
        self.erased.emit()
