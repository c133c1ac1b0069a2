"""Reading the inventory into the window, all on the worker: alerts first (what staff look
for on opening), then the lists, the pick-lists, every dancer for the dialogs; at start, a
backup and the integrity check, after which a damaged inventory is open read-only."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from wardrobe.errors import WardrobeError
from wardrobe.records import Alert
from wardrobe.store.database import share_warning

from ..runtime.bus import Changes
from ..runtime.context import AppContext
from ..text.error_text import error_text
from ..text.language import current_language, filled
from .sections import Sections
from .startup import Snapshot, load_snapshot, start_checks
from .status_bar import StatusBar


class Loader(QObject):
    """``loaded``: the companies and suppliers are in; ``alerts_ready(alerts)``;
    ``checked(problems)``: the start-up check is done (empty: all well); ``empty``: a first
    start on an inventory with no company."""

    loaded = Signal()
    alerts_ready = Signal(list)
    checked = Signal(list)
    empty = Signal()

    def __init__(
        self,
        ctx: AppContext,
        sections: Sections,
        status: StatusBar,
        problems: QLabel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.sections, self.status, self.problems = ctx, sections, status, problems
        self.started_at = time.perf_counter()
        self.ready_after: float | None = None  # seconds from start to the alerts shown
        self._first = True
        sections.alerts.loaded.connect(self._alerts_loaded)
        ctx.bus.changed.connect(self._changed)

    def start(self, backup: bool) -> None:
        self.refresh()
        db = self.ctx.db
        shared = share_warning(db)
        if shared is not None:  # said above the lists until the inventory moves
            self.problems.setText(shared.say(current_language()))
            self.problems.show()
        self.ctx.runner.run(lambda: start_checks(db, backup), self._checked, self._check_failed)

    def refresh(self) -> None:
        self.ctx.lists.catalogue.clear()
        self.sections.refresh()
        db = self.ctx.db
        self.ctx.runner.run(lambda: load_snapshot(db), self._snapshot_loaded)
        self.ctx.runner.run(lambda: _roster(db), self._roster_loaded)

    def _changed(self, changes: Changes) -> None:
        if changes.everything:  # a restore, an import: nothing shown can be trusted
            self.refresh()

    def _snapshot_loaded(self, snapshot: Snapshot) -> None:
        first, self._first = self._first, False
        self.ctx.lists.companies = snapshot.companies
        self.ctx.lists.suppliers = snapshot.suppliers
        self.status.update_counts()
        self.loaded.emit()
        if first and not snapshot.companies and self.ctx.db.read_only is None:
            QTimer.singleShot(0, self.empty.emit)

    def _roster_loaded(self, roster: list) -> None:
        self.ctx.roster_arrived(roster)
        self.ctx.bus.reloaded.emit()

    def _alerts_loaded(self, alerts: list[Alert]) -> None:
        self.status.set_alert_count(len(alerts))
        if self.ready_after is None:
            self.ready_after = time.perf_counter() - self.started_at
        self.alerts_ready.emit(alerts)

    def _checked(self, problems: list) -> None:
        if problems:
            self.ctx.db.read_only = problems[0].message
            lines = [
                self.tr(
                    "This inventory has a problem; it is open read-only so that nothing gets worse."
                )
            ]
            lines += ["• " + " ".join(p.say(current_language())) for p in problems[:5]]
            self.problems.setText("\n".join(lines))
            self.problems.show()
            self.status.mark_read_only()
        self.checked.emit(problems)

    def _check_failed(self, error: BaseException) -> None:
        # A backup that cannot be written is said, but does not stop the work.
        message = error_text(error) if isinstance(error, WardrobeError) else str(error)
        self.ctx.say(filled(self.tr("Start-up backup or check failed: %1"), message), 15_000)
        self.checked.emit([])


def _roster(db: Any) -> list:
    from wardrobe.services import dancers

    return dancers.list_dancers(db)
