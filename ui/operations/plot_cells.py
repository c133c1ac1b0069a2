"""The costume plot's cells, by keyboard in the Productions section: Enter chooses the look the
cell's role wears in its part (from the role's looks, or not on stage), Delete takes it off;
each undoable, the grid read again from the bus."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QInputDialog

from ..runtime.context import AppContext
from ..runtime.core import looks
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import ProductionActions
from .operation import Operation
from .perform import perform
from .productions import changed_plot, chosen_cell, chosen_production


class CellOp(StrEnum):
    WEAR = "production_wear"
    TAKE_OFF = "production_take_off"


def _worn_now(db: Any, role_id: int, part_id: int) -> int | None:
    look = looks.worn_in(db, role_id, part_id)
    return look.id if look is not None else None


def _put(db: Any, role_id: int, part_id: int, look_id: int | None) -> None:
    if look_id is None:
        looks.take_off(db, role_id, part_id)
    else:
        looks.wear(db, look_id, [part_id])


def wear(ctx: AppContext, _record: Any = None) -> None:
    """The look the cell's role wears in its part: chosen from the role's looks."""
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    db, (role_id, part_id) = ctx.db, cell

    def read() -> tuple[list[Any], int | None]:
        mine = [lk for lk in looks.looks(db, production.id) if lk.role_id == role_id]
        return mine, _worn_now(db, role_id, part_id)

    ctx.runner.run(read, lambda found: _choose(ctx, role_id, part_id, *found))


def _choose(ctx: AppContext, role_id: int, part_id: int, mine: list[Any], now: int | None) -> None:
    if not mine:
        ctx.say(ProductionActions.tr("This role has no look yet: make one first (New look)."))
        return
    none = ProductionActions.tr("— not on stage —")
    names = [lk.name for lk in mine] + [none]
    current = next((i for i, lk in enumerate(mine) if lk.id == now), len(mine))
    chosen, ok = QInputDialog.getItem(
        ctx.host, ProductionActions.tr("The look worn here"), mine[0].role, names, current, False
    )
    look_id = next((lk.id for lk in mine if lk.name == chosen), None)
    if not ok or look_id == now:
        return
    db = ctx.db
    said = filled(ProductionActions.tr("%1 wears %2"), mine[0].role, chosen)
    perform(
        ctx,
        lambda: _put(db, role_id, part_id, look_id),
        lambda _r: said,
        lambda _v: _put(db, role_id, part_id, look_id),
        lambda _v: _put(db, role_id, part_id, now),
        lambda _r: None,
        changes=changed_plot,
    )


def take_off(ctx: AppContext, _record: Any = None) -> None:
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    db, (role_id, part_id) = ctx.db, cell
    state: dict[str, int | None] = {}

    def work() -> None:
        state["was"] = _worn_now(db, role_id, part_id)
        _put(db, role_id, part_id, None)

    perform(
        ctx,
        work,
        lambda _r: ProductionActions.tr("Not on stage in that part"),
        lambda _v: _put(db, role_id, part_id, None),
        lambda _v: _put(db, role_id, part_id, state.get("was")),
        lambda _r: None,
        changes=changed_plot,
    )


# The plot's own keys, on its cells only (bare keys: elsewhere they would be typing).
CELL_OPERATIONS = (
    Operation(
        CellOp.WEAR,
        QT_TRANSLATE_NOOP("Actions", "Choose the look worn here…"),
        ("Return",),
        run=wear,
    ),
    Operation(
        CellOp.TAKE_OFF,
        QT_TRANSLATE_NOOP("Actions", "Not on stage here"),
        ("Delete",),
        run=take_off,
    ),
)
