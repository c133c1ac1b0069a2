"""Pulling the chosen date's call by the scanner: its pull list opens in walking order, each
scan (whatever has the focus) marks its piece pulled, undoable; a wrong piece is said at once.
The pull is kept in the inventory: it goes on from another desk, or after a restart."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from shiboken6 import isValid

from wardrobe.errors import WardrobeError

from ..dialogs.pull_dialog import PullDialog
from ..runtime.bus import Changes
from ..runtime.context import AppContext
from ..runtime.core import pulls
from ..text.error_text import error_text
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import ScheduleActions
from .operation import Operation
from .perform import finished
from .schedule_dates import chosen_event


class PullOp(StrEnum):
    PULL = "schedule_pull"


def pull(ctx: AppContext, _record: Any = None) -> None:
    event = chosen_event(ctx)
    if event is None:
        return
    db = ctx.db
    ctx.runner.run(lambda: pulls.pull_list(db, event.id), lambda listed: _open(ctx, listed))


def _open(ctx: AppContext, listed: Any) -> None:
    if not listed.rows:
        ctx.say(ScheduleActions.tr("Nothing to pull: no piece of this call is made or given yet."))
        return
    dialog = PullDialog(listed, ctx.host)
    db, event_id = ctx.db, listed.event.id

    def scanned(_name: str, payload: Any) -> None:
        tag, dancer_id = payload

        def done(scan: Any) -> None:
            dialog.show_scan(scan)
            if scan.kind != "pulled":
                return

            def undo(_v: int | None) -> Any:
                pulls.unpull(db, event_id, scan.tag)
                return pulls.pull_list(db, event_id)

            def redo(_v: int | None) -> Any:
                return pulls.pull(db, event_id, scan.tag)

            said = filled(ScheduleActions.tr("Pull %1"), scan.tag)
            finished(
                ctx, said, redo, undo, None, lambda _r: None, changes=Changes()
            )  # a pull moves no item: nothing else to read

        def refused(error: BaseException) -> None:
            if isinstance(error, WardrobeError) and isValid(dialog):
                dialog.show_refusal(error_text(error))  # an unknown tag: said in the list
            else:
                ctx.show_failure(error)

        ctx.runner.run(lambda: pulls.pull(db, event_id, tag, for_dancer=dancer_id), done, refused)

    def on_bus(changes: Any) -> None:
        """An undo or a redo of a scan: the list (or the scan) it left is shown."""
        if not isValid(dialog):
            return
        for record in changes.records:
            if isinstance(record, pulls.PullList) and record.event.id == event_id:
                dialog.show_list(record)
            elif isinstance(record, pulls.PullScan):
                dialog.show_scan(record)

    dialog.requested.connect(scanned)
    ctx.bus.changed.connect(on_bus)
    dialog.finished.connect(lambda _r: ctx.bus.changed.disconnect(on_bus))
    ctx.open_dialog(dialog)


OPERATIONS = (
    Operation(
        PullOp.PULL,
        QT_TRANSLATE_NOOP("Actions", "Pull by sca&nner…"),
        icon="scan",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The chosen date's pull list in walking order; each scan ticks its piece"
        ),
        run=pull,
    ),
)
