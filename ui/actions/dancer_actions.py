"""Dancers: a new one, an edit, a new set of measurements (shown at once in her view)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from wardrobe.records import DancerDetail, DancerRecord

from ..dialogs.dancer_dialogs import DancerDialog, MeasurementDialog
from ..runtime.context import AppContext


class DancerActions(QObject):
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
        from wardrobe.services import history_events

        from ..dialogs.history_dialog import HistoryDialog

        db, dancer = self.ctx.db, detail.dancer
        self.ctx.runner.run(
            lambda: history_events.dancer_events(db, dancer.id),
            lambda events: self.ctx.open_dialog(
                HistoryDialog(dancer.name, events, dancer.units, self.ctx.host)
            ),
        )
