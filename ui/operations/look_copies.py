"""The copies of a role's costume given to a dancer for the look she wears in a part: chosen
piece by piece among the role's copies made for no one; what the production's check would
find anew (the copy worn by another dancer at that moment, a twin unlike her principal's) is
said in the form before anything is saved. Undoable."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..dialogs.production_dialogs import GiveCopyDialog
from ..runtime.context import AppContext
from ..runtime.core import looks, production_checks
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import ProductionActions
from .operation import Operation
from .perform import finished
from .productions import CHANGED, chosen_cell, chosen_production


class CopyOp(StrEnum):
    GIVE_COPY = "production_give_copy"


def give_copy(ctx: AppContext, _record: Any = None) -> None:
    """The copies of the role's given to the dancer of the row chosen (one cast shown), for
    the pieces of the look she wears in the cell's part."""
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    dancer_id = ctx.selection.plot_dancer() if ctx.selection else None
    if dancer_id is None:
        ctx.say(ProductionActions.tr("Show one cast's dancers (Rows), then choose her cell."))
        return
    db, (role_id, part_id) = ctx.db, cell

    def read() -> Any:
        look = looks.worn_in(db, role_id, part_id)
        if look is None:
            return None
        return look, looks.copies(db, role_id), looks.given(db, look.id, dancer_id)

    ctx.runner.run(read, lambda found: _give(ctx, production.id, dancer_id, found))


def _give(ctx: AppContext, production_id: int, dancer_id: int, found: Any) -> None:
    if found is None:
        ctx.say(ProductionActions.tr("The role wears no look in that part."))
        return
    look, offered, before = found
    db = ctx.db
    name = next((d.name for d in ctx.lists.dancers() if d.id == dancer_id), "")

    def put(chosen: dict[int, str | None]) -> None:
        looks.give(db, dancer_id, chosen)

    def foresee(chosen: dict[int, str | None]) -> Any:
        return lambda: production_checks.foreseen(db, production_id, dancer_id, chosen)

    def work(chosen: dict[int, str | None]) -> Any:
        def give() -> dict[int, str | None]:
            put(chosen)
            return chosen

        return give

    def saved(chosen: dict[int, str | None]) -> None:
        was = {piece_id: before.get(piece_id) for piece_id in chosen}
        said = filled(ProductionActions.tr("Copies for %1 in %2"), name, look.name)
        finished(
            ctx,
            said,
            lambda _v: put(chosen),
            lambda _v: put(was),
            None,
            lambda _r: None,
            changes=CHANGED,
        )

    dialog = GiveCopyDialog(name, look, offered, before, foresee, ctx.runner, work, ctx.host)
    dialog.saved.connect(saved)
    ctx.open_dialog(dialog)


OPERATIONS = (
    Operation(
        CopyOp.GIVE_COPY,
        QT_TRANSLATE_NOOP("Actions", "&Give copies…"),
        icon="check-out",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The role's copies given to the dancer of the row chosen (one cast shown)"
        ),
        run=give_copy,
    ),
)
