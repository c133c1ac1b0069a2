"""Every operation of the window, area by area: the menus, the toolbar and the record windows
find each one here by its key."""

from __future__ import annotations

from typing import Any

from . import (
    builds,
    call_returns,
    charts,
    counts,
    dancers,
    date_sheets,
    dressing_rooms,
    files,
    guests,
    items,
    loans,
    look_copies,
    orders,
    printing,
    production_changes,
    production_edits,
    productions,
    pulling,
    schedule_dates,
    stock,
)
from .operation import Operation, buttons

OPERATIONS: tuple[Operation, ...] = (
    *items.ITEM_OPERATIONS,
    *stock.OPERATIONS,
    *dancers.OPERATIONS,
    *orders.OPERATIONS,
    *counts.OPERATIONS,
    *charts.OPERATIONS,
    *printing.OPERATIONS,
    *guests.OPERATIONS,
    *loans.OPERATIONS,
    *files.OPERATIONS,
    *productions.OPERATIONS,
    *production_edits.OPERATIONS,
    *production_changes.OPERATIONS,
    *look_copies.OPERATIONS,
    *schedule_dates.OPERATIONS,
    *pulling.OPERATIONS,
    *call_returns.OPERATIONS,
    *dressing_rooms.OPERATIONS,
    *date_sheets.OPERATIONS,
    *builds.OPERATIONS,
)
BY_KEY = {operation.key: operation for operation in OPERATIONS}
ITEMS = "*items"  # in a menu's keys: the item's operations, as declared


def run(ctx: Any, key: str, record: Any = None) -> None:
    """Runs the operation ``key`` on ``record`` (None: on what is selected)."""
    operation = BY_KEY[key]
    if operation.run is not None:
        operation.run(ctx, record)


def window_buttons(ctx: Any, keys: tuple[str, ...], record: Any) -> list[tuple]:
    """A record window's row of buttons, from its list of keys."""
    return buttons(ctx, tuple(BY_KEY[key] for key in keys), record)


def item_menu_keys() -> tuple[str | None, ...]:
    """The item's operations as the Item menu lists them."""
    keys: list[str | None] = []
    for operation in items.ITEM_OPERATIONS:
        if operation.listed:
            keys += [None, operation.key] if operation.separated else [operation.key]
    return tuple(keys)
