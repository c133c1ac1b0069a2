"""Dancers: a new one, an edit, a new set of measurements (shown at once in her view)."""

from __future__ import annotations

from enum import StrEnum
from functools import partial

from wardrobe.records import DancerDetail, DancerRecord

from ..dialogs.dancer_dialogs import DancerDialog, MeasurementDialog
from ..runtime.bus import COSTUMES, DANCERS, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import dancers, history_events
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import DancerActions
from .operation import Operation
from .perform import push_edit


def new_dancer(ctx: AppContext) -> None:
    _open(ctx, None)


def edit_dancer(ctx: AppContext, record: DancerRecord | None = None) -> None:
    if record is None and ctx.selection is not None:
        record = ctx.selection.dancer()
    if record is not None:
        _open(ctx, record)


def _open(ctx: AppContext, record: DancerRecord | None) -> None:
    ctx.with_roster(lambda: _open_now(ctx, record))


def _open_now(ctx: AppContext, record: DancerRecord | None) -> None:
    lists = ctx.lists
    dialog = DancerDialog(
        ctx.db,
        ctx.runner,
        lists.companies,
        lists.dancers(),
        record=record,
        parent=ctx.host,
    )
    push_edit(
        ctx,
        dialog,
        lambda r: filled(DancerActions.tr("Edit %1"), r.name),
    )
    ctx.open_dialog(dialog)


def new_measurements(ctx: AppContext, detail: DancerDetail | None) -> None:
    if detail is None:
        ctx.say(DancerActions.tr("Choose a dancer first."), 5000)
        return
    dialog = MeasurementDialog(ctx.db, ctx.runner, detail.dancer, detail.latest, ctx.host)
    # The dancer's view reads her again, with the new set.
    dialog.saved.connect(lambda _m: ctx.saved(detail.dancer))
    ctx.open_dialog(dialog)


def history(ctx: AppContext, detail: DancerDetail | None) -> None:
    if detail is None:
        ctx.say(DancerActions.tr("Choose a dancer first."), 5000)
        return

    from ..dialogs.history_dialog import HistoryDialog

    db, dancer = ctx.db, detail.dancer
    ctx.runner.run(
        lambda: history_events.dancer_events(db, dancer.id),
        lambda events: ctx.open_dialog(HistoryDialog(dancer.name, events, dancer.units, ctx.host)),
    )


def erase(ctx: AppContext, dancer: DancerRecord | None) -> None:
    """A dancer's personal data erased on request: asked twice, a backup first."""
    if dancer is None:
        ctx.say(DancerActions.tr("Choose a dancer first."), 5000)
        return
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    first = QMessageBox.question(
        ctx.host,
        DancerActions.tr("Erase a dancer's personal data"),
        filled(
            DancerActions.tr(
                "Erase the personal data of %1: her measurements, and her name everywhere "
                "in the history? Costumes and stock are kept. A backup is made first.",
            ),
            dancer.name,
        ),
    )
    if first != QMessageBox.StandardButton.Yes:
        return
    typed, ok = QInputDialog.getText(
        ctx.host,
        DancerActions.tr("Erase a dancer's personal data"),
        filled(
            DancerActions.tr("This cannot be undone. Type her name (%1) to confirm:"),
            dancer.name,
        ),
    )
    if not ok or typed.strip() != dancer.name:
        ctx.say(DancerActions.tr("Nothing was erased."), 8000)
        return
    db, dancer_id = ctx.db, dancer.id

    def erase() -> object:
        from datetime import datetime

        from wardrobe.services import backup, erasure

        if db.is_sqlite:
            folder = backup.default_backup_folder(db)
            backup.backup_to(db, folder / f"wardrobe-{datetime.now():%Y%m%d-%H%M%S}.db")
        done = erasure.erase_dancer(db, dancer_id)
        return done, dancers.dancer_detail(db, dancer_id).dancer

    ctx.runner.run(erase, partial(_erased, ctx))


def _erased(ctx: AppContext, result: tuple[object, DancerRecord]) -> None:
    done, erased = result
    # Her row shows the erased name; the items built for her or out to her read it again.
    ctx.announce(of_kinds(COSTUMES, records=(erased,)))
    ctx.say(DancerActions.tr("Personal data erased."), 10_000)
    review = getattr(done, "to_review", ())
    if review:  # free text naming her: shown for a person to review
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            ctx.host,
            DancerActions.tr("Her name is still written here"),
            DancerActions.tr("Review these texts, which still name her:")
            + "\n\n"
            + "\n".join(review[:30]),
        )


# -- declared once ---------------------------------------------------------------------------
class DancerOp(StrEnum):
    EDIT = "edit_dancer"
    MEASURE = "measure"
    ERASE = "erase_dancer"


def _measure(ctx: AppContext, record: object) -> None:
    """From her view, the dancer shown; from the menu, the one shown in Dancers."""
    if not isinstance(record, DancerDetail) and ctx.selection is not None:
        ctx.selection.show(DANCERS)
        record = ctx.selection.dancer_detail()
    new_measurements(ctx, record if isinstance(record, DancerDetail) else None)


OPERATIONS = (
    Operation(
        DancerOp.EDIT,
        QT_TRANSLATE_NOOP("Actions", "&Edit the dancer…"),
        icon="edit",
        button=QT_TRANSLATE_NOOP("Actions", "Edit…"),
        run=lambda ctx, detail: edit_dancer(ctx, getattr(detail, "dancer", None)),
    ),
    Operation(
        DancerOp.MEASURE,
        QT_TRANSLATE_NOOP("Actions", "New &measurements…"),
        ("Ctrl+Shift+E",),
        "measure",
        QT_TRANSLATE_NOOP("Actions", "Record the dancer's measurements"),
        button=QT_TRANSLATE_NOOP("Actions", "New measurements…"),
        run=_measure,
    ),
    Operation(
        DancerOp.ERASE,
        QT_TRANSLATE_NOOP("Actions", "&Erase a dancer's personal data…"),
        tip=QT_TRANSLATE_NOOP("Actions", "On request: the selected dancer's measurements and name"),
        run=lambda ctx, _record: erase(ctx, ctx.selection.dancer() if ctx.selection else None),
    ),
)
# Her view's buttons, in order (Issue and History are declared with the stock and the items).
DANCER_WINDOW = (DancerOp.EDIT, DancerOp.MEASURE, "issue", "history")
