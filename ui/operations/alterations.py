"""An open alteration marked done (who, when, a note) or withdrawn; each undoable."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QMessageBox

from wardrobe.records import AlterationRecord

from ..dialogs.alteration_dialogs import AlterationDoneDialog
from ..runtime.context import AppContext
from ..runtime.core import alterations
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import AlterationActions
from .operation import Operation, shortcut_text, translated
from .perform import finished, perform


def mark_done(ctx: AppContext, alteration: AlterationRecord) -> None:
    db, chosen = ctx.db, {}

    def perform(values: dict[str, Any]) -> Callable[[], AlterationRecord]:
        chosen.update(values)
        return lambda: alterations.complete_alteration(db, alteration.id, **values)

    def saved(done: AlterationRecord) -> None:
        finished(
            ctx,
            filled(
                AlterationActions.tr("Alteration done on %1"),
                alteration.costume_tag,
            ),
            lambda _v: alterations.complete_alteration(db, alteration.id, **chosen),
            lambda _v: alterations.reopen_alteration(
                db, alteration.id, done_on=done.done_on, done_by=alteration.done_by
            ),
            done,
            version_of=lambda _r: None,
        )

    dialog = AlterationDoneDialog(alteration, db.user, ctx.runner, perform, ctx.host)
    dialog.saved.connect(saved)
    ctx.open_dialog(dialog)


def withdraw(ctx: AppContext, alteration: AlterationRecord) -> None:
    answer = QMessageBox.question(
        ctx.host,
        AlterationActions.tr("Withdraw an alteration"),
        filled(
            AlterationActions.tr("Withdraw “%1” from %2? It stays in the history as withdrawn."),
            alteration.description,
            alteration.costume_tag,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    db = ctx.db
    current = {"id": alteration.id}

    def take_back(_version: int | None) -> AlterationRecord:
        return alterations.withdraw_alteration(db, current["id"], only_if_open=True)

    def ask_again(_version: int | None) -> AlterationRecord:
        again = alterations.record_alteration(
            db,
            alteration.costume_tag,
            kind=alteration.kind,
            description=alteration.description,
            for_dancer=alteration.for_dancer or None,
            requested_on=alteration.requested_on,
        )
        current["id"] = again.id
        return again

    said = filled(AlterationActions.tr("Alteration withdrawn from %1"), alteration.costume_tag)
    perform(ctx, lambda: take_back(None), lambda _was: said, take_back, ask_again, lambda _r: None)


# -- declared once (on an open alteration, in its item's window) ----------------------------
class AlterationOp(StrEnum):
    DONE = "alteration_done"
    WITHDRAW = "alteration_withdraw"


OPERATIONS = (
    Operation(
        AlterationOp.DONE,
        QT_TRANSLATE_NOOP("Actions", "Mark &done…"),
        ("Ctrl+Shift+D",),
        "check-in",
        run=mark_done,
    ),
    Operation(
        AlterationOp.WITHDRAW,
        QT_TRANSLATE_NOOP("Actions", "&Withdraw"),
        ("Delete",),  # a bare key: in the alterations' list only
        run=withdraw,
    ),
)
BY_KEY = {operation.key: operation for operation in OPERATIONS}


def row_buttons() -> list[tuple[str, str, str, bool, str]]:
    """The buttons beside an item's open alterations (each acts on the row chosen)."""
    return [
        (op.key, translated(op.button or op.text), op.icon, True, shortcut_text(op))
        for op in OPERATIONS
    ]
