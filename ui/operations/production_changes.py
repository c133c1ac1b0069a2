"""A production reshaped from the window: the part of the plot's cell chosen moved earlier or
later in the running order (its looks go with it), the look worn in the cell removed (asked
first: it goes from every part it is worn in), a dancer taken out of the role. Each undoable;
each change goes out on the bus for the Productions section to read again."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QInputDialog, QMessageBox

from ..runtime.context import AppContext
from ..runtime.core import casting, looks, running_order
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import ProductionActions
from .operation import Operation
from .perform import perform
from .productions import changed_plot, chosen_cell, chosen_production


class ChangeOp(StrEnum):
    EARLIER = "production_part_earlier"
    LATER = "production_part_later"
    REMOVE_LOOK = "production_remove_look"
    UNCAST = "production_uncast"


# -- the running order ------------------------------------------------------------------------
def earlier(ctx: AppContext, _record: Any = None) -> None:
    _move(ctx, -1)


def later(ctx: AppContext, _record: Any = None) -> None:
    _move(ctx, +1)


def _move(ctx: AppContext, step: int) -> None:
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    db, part_id = ctx.db, cell[1]
    ctx.runner.run(
        lambda: running_order.parts(db, production.id),
        lambda parts: _moved(ctx, parts, part_id, step),
    )


def _moved(ctx: AppContext, parts: list[Any], part_id: int, step: int) -> None:
    part = next((p for p in parts if p.id == part_id), None)
    if part is None:
        return
    to = part.position + step
    if not 1 <= to <= len(parts):
        ctx.say(
            ProductionActions.tr("It is the first part already.")
            if step < 0
            else ProductionActions.tr("It is the last part already.")
        )
        return
    db, was = ctx.db, part.position
    said = filled(
        ProductionActions.tr("%1 moved before %2")
        if step < 0
        else ProductionActions.tr("%1 moved after %2"),
        part.label,
        parts[to - 1].label,
    )
    perform(
        ctx,
        lambda: running_order.move_part(db, part.id, to),
        lambda _r: said,
        lambda _v: running_order.move_part(db, part.id, to),
        lambda _v: running_order.move_part(db, part.id, was),
        lambda _r: None,
        changes=changed_plot,
    )


# -- a look ---------------------------------------------------------------------------------
def remove_look(ctx: AppContext, _record: Any = None) -> None:
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    db, (role_id, part_id) = ctx.db, cell
    ctx.runner.run(lambda: looks.worn_in(db, role_id, part_id), lambda lk: _remove(ctx, lk))


def _remove(ctx: AppContext, look: Any) -> None:
    if look is None:
        ctx.say(ProductionActions.tr("The role wears no look in that part."))
        return
    answer = QMessageBox.question(
        ctx.host,
        ProductionActions.tr("Remove a look"),
        filled(
            ProductionActions.tr(
                "Remove %1, the look of %2, from the %3 part(s) it is worn in, with the copies "
                "given for it? (Edit › Undo puts it back whole.)"
            ),
            look.name,
            look.role,
            str(len(look.part_ids)),
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    db, state = ctx.db, {"look": look}

    def remove(_v: int | None = None) -> Any:
        state["removed"] = looks.remove_look(db, state["look"].id)
        return state["removed"]

    def put_back(_v: int | None) -> Any:
        state["look"] = looks.restore_look(db, state["removed"])
        return state["look"]

    said = filled(ProductionActions.tr("Remove look %1 of %2"), look.name, look.role)
    perform(ctx, remove, lambda _r: said, remove, put_back, lambda _r: None, changes=changed_plot)


# -- a dancer out of the role -----------------------------------------------------------------
def uncast(ctx: AppContext, _record: Any = None) -> None:
    """The dancer of the row (one cast shown), else one of the role's dancers, chosen."""
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    db, role_id = ctx.db, cell[0]
    row_dancer = ctx.selection.plot_dancer() if ctx.selection else None

    def read() -> list[Any]:
        return [c for c in casting.casts(db, production.id) if c.role_id == role_id]

    ctx.runner.run(read, lambda cast: _uncast(ctx, cast, row_dancer))


def _uncast(ctx: AppContext, cast: list[Any], row_dancer: int | None) -> None:
    if not cast:
        ctx.say(ProductionActions.tr("No one is cast in that role."))
        return
    chosen = next((c for c in cast if c.dancer_id == row_dancer), None)
    if chosen is None:
        names = [_cast_line(c) for c in cast]
        picked, ok = QInputDialog.getItem(
            ctx.host, ProductionActions.tr("Take out of the role"), cast[0].role, names, 0, False
        )
        if not ok:
            return
        chosen = cast[names.index(picked)]
    db, state = ctx.db, {}

    def out(_v: int | None = None) -> Any:
        state["removed"] = casting.uncast(db, chosen.role_id, chosen.dancer_id)
        return state["removed"]

    said = filled(ProductionActions.tr("%1 taken out of %2"), chosen.dancer, chosen.role)
    perform(
        ctx,
        out,
        lambda _r: said,
        out,
        lambda _v: casting.recast(db, state["removed"]),
        lambda _r: None,
        changes=changed_plot,
    )


def _cast_line(cast: Any) -> str:
    said = filled(ProductionActions.tr("%1, cast %2"), cast.dancer, str(cast.cast_number))
    if cast.alternate:
        said = filled(ProductionActions.tr("%1, alternate"), said)
    if cast.double_of:
        said = filled(ProductionActions.tr("%1, double of %2"), said, cast.double_of)
    return said


OPERATIONS = (
    Operation(
        ChangeOp.REMOVE_LOOK,
        QT_TRANSLATE_NOOP("Actions", "Remo&ve the look…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The look worn in the cell chosen, from every part it is worn in"
        ),
        run=remove_look,
    ),
    Operation(
        ChangeOp.UNCAST,
        QT_TRANSLATE_NOOP("Actions", "Take o&ut of the role…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The dancer of the row chosen (one cast shown), or one of the role's"
        ),
        run=uncast,
    ),
)
# The plot's own keys for its columns, on its cells only.
PART_MOVES = (
    Operation(
        ChangeOp.EARLIER,
        QT_TRANSLATE_NOOP("Actions", "Move the part earlier"),
        ("Ctrl+Shift+Left",),
        run=earlier,
    ),
    Operation(
        ChangeOp.LATER,
        QT_TRANSLATE_NOOP("Actions", "Move the part later"),
        ("Ctrl+Shift+Right",),
        run=later,
    ),
)
