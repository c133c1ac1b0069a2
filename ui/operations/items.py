"""What is done to a costume item, declared once: checked out and in, to cleaning, moved, an
alteration recorded, tulle used for a tutu, back from a loan, its history. Each acts on the item
selected in Costumes or on the one whose window is open; the menus, the toolbar and the item's
window read these declarations, and greys what cannot apply to the item."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any

from wardrobe.records import AlterationRecord, CostumeRecord, DancerDetail, MaterialRecord

from ..dialogs.action_dialogs import (
    AlterationDialog,
    UseTulleDialog,
)
from ..runtime.bus import DANCERS
from ..runtime.context import AppContext
from ..runtime.core import alterations, costumes, edit_undo, history_events, stock_movements
from ..text import formatting
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from . import dancers, loans
from .circulation import check_in, check_out, chosen_item, move, to_cleaning
from .contexts import CostumeActions
from .operation import Operation, buttons
from .perform import finished, perform


class ItemOp(StrEnum):
    CHECK_OUT = "check_out"
    CHECK_IN = "check_in"
    TO_CLEANING = "to_cleaning"
    MOVE = "move"
    ALTERATION = "alteration"
    USE_TULLE = "use_tulle"
    RETURN_LOAN = "return_loan"
    SEEN_AT_FITTING = "seen_at_fitting"
    HISTORY = "history"


def alteration(ctx: AppContext, record: Any = None) -> None:
    item = chosen_item(ctx, record)
    if item is None:
        return
    db, chosen, made = ctx.db, {}, {}

    def perform(values: dict[str, Any]) -> Callable[[], AlterationRecord]:
        chosen.update(values)
        return lambda: alterations.record_alteration(db, item.tag, **values)

    def record_again(_version: int | None) -> None:
        made["row"] = alterations.record_alteration(db, item.tag, **chosen)

    def take_back(_version: int | None) -> None:
        alterations.withdraw_alteration(db, made["row"].id, only_if_open=True)

    def saved(row: AlterationRecord) -> None:
        made["row"] = row
        finished(
            ctx,
            filled(CostumeActions.tr("Alteration on %1"), item.tag),
            record_again,
            take_back,
            row,
            version_of=lambda _r: None,
        )

    def open_dialog() -> None:
        dialog = AlterationDialog(item, ctx.lists.dancers(), ctx.runner, perform, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.with_roster(open_dialog)


def use_tulle(ctx: AppContext, record: Any = None) -> None:
    item = chosen_item(ctx, record)
    if item is None:
        return
    if item.tutu is None:
        ctx.say(filled(CostumeActions.tr("%1 is not a tutu."), item.tag))
        return
    db, chosen = ctx.db, {}
    materials = ctx.lists.materials

    def perform(values: dict[str, Any]) -> Callable[[], MaterialRecord]:
        chosen.update(values)
        return lambda: stock_movements.use_for_tutu(
            db, item.tag, values["material"], values["length"], layers=values["layers"]
        )

    def saved(after: MaterialRecord) -> None:
        before = next(m for m in materials if m.id == after.id)
        used = before.on_hand - after.on_hand
        finished(
            ctx,
            filled(
                CostumeActions.tr("Tulle for %1: %2"),
                item.tag,
                formatting.stock(used, after.unit),
            ),
            lambda v: stock_movements.use_for_tutu(
                db,
                item.tag,
                chosen["material"],
                chosen["length"],
                layers=chosen["layers"],
                expected_version=v,
            ),
            lambda v: stock_movements.correct(
                db,
                "material",
                after.id,
                used,
                reason=f"undo: tutu build {item.tag}",
                expected_version=v,
                costume_id=item.id,
            ),
            after,
        )

    dialog = UseTulleDialog(item, materials, ctx.runner, perform, ctx.host)
    dialog.saved.connect(saved)
    ctx.open_dialog(dialog)


def seen_at_fitting(ctx: AppContext, record: Any = None) -> None:
    """A dated line in the item's notes; undo takes it out again, if nothing changed since."""
    item = chosen_item(ctx, record)
    if item is None:
        return
    db, steps = ctx.db, {}

    def work() -> CostumeRecord:
        before, after, steps["after"] = edit_undo.edited(
            db, "costume", item.id, lambda: costumes.seen_at_fitting(db, item.tag)
        )
        steps["before"] = before
        return after

    perform(
        ctx,
        work,
        lambda _after: filled(CostumeActions.tr("%1 seen at the fitting"), item.tag),
        lambda v: edit_undo.put_back(db, steps["before"], steps["after"], v),
        lambda v: edit_undo.put_back(db, steps["after"], steps["before"], v),
    )


def history(ctx: AppContext, record: Any = None) -> None:
    """The item's history; the dancer's, from her window or with Dancers shown."""
    if isinstance(record, DancerDetail):
        dancers.history(ctx, record)
        return
    if record is None and ctx.selection is not None and ctx.selection.section() == DANCERS:
        dancers.history(ctx, ctx.selection.dancer_detail())
        return
    item = chosen_item(ctx, record)
    if item is None:
        return

    from ..dialogs.history_dialog import HistoryDialog

    db, units = ctx.db, ctx.lists.units_of(item.company_id)
    ctx.runner.run(
        lambda: history_events.item_events(db, item.tag),
        lambda events: ctx.open_dialog(
            HistoryDialog(f"{item.tag} {item.name}", events, units, ctx.host)
        ),
    )


# -- when each applies ---------------------------------------------------------------------------
def _away(ctx: AppContext, item: CostumeRecord) -> bool:
    """Lent outside (a school, a theatre): not here to hand out. Lent to the other company,
    that company hands it out."""
    return bool(item.lent_to) and item.lent_to not in {c.name for c in ctx.lists.companies}


def _in_store(ctx: AppContext, item: CostumeRecord) -> bool:
    return item.status == "in_store" and not _away(ctx, item)


ITEM_OPERATIONS = (
    Operation(
        ItemOp.CHECK_OUT,
        QT_TRANSLATE_NOOP("Actions", "Check &out…"),
        ("Ctrl+Shift+O",),
        "check-out",
        QT_TRANSLATE_NOOP("Actions", "Hand the item to a dancer"),
        acts_on="costume",
        applies=_in_store,
        run=check_out,
    ),
    Operation(
        ItemOp.CHECK_IN,
        QT_TRANSLATE_NOOP("Actions", "Check &in"),
        ("Ctrl+Shift+I",),
        "check-in",
        QT_TRANSLATE_NOOP("Actions", "Take the item back into store"),
        button=QT_TRANSLATE_NOOP("Actions", "Check &in…"),
        acts_on="costume",
        applies=lambda ctx, item: not _in_store(ctx, item),
        run=check_in,
    ),
    Operation(
        ItemOp.TO_CLEANING,
        QT_TRANSLATE_NOOP("Actions", "To &cleaning"),
        ("Ctrl+Shift+L",),
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "Send the item to cleaning (Check in brings it back)"),
        acts_on="costume",
        applies=_in_store,
        run=to_cleaning,
    ),
    Operation(
        ItemOp.MOVE,
        QT_TRANSLATE_NOOP("Actions", "&Move…"),
        ("Ctrl+Shift+M",),
        "move",
        QT_TRANSLATE_NOOP("Actions", "Put the item somewhere else"),
        acts_on="costume",
        run=move,
    ),
    Operation(
        ItemOp.ALTERATION,
        QT_TRANSLATE_NOOP("Actions", "Record &alteration…"),
        ("Ctrl+Shift+A",),
        "alteration",
        QT_TRANSLATE_NOOP("Actions", "Record an alteration or repair"),
        button=QT_TRANSLATE_NOOP("Actions", "&Alteration…"),
        acts_on="costume",
        run=alteration,
    ),
    Operation(
        ItemOp.USE_TULLE,
        QT_TRANSLATE_NOOP("Actions", "Use &tulle for this tutu…"),
        ("Ctrl+Shift+T",),
        "scissors",
        QT_TRANSLATE_NOOP("Actions", "Take a tutu build's net off the stock"),
        button=QT_TRANSLATE_NOOP("Actions", "T&ulle…"),
        acts_on="costume",
        offered=lambda item: item.tutu is not None,
        run=use_tulle,
    ),
    Operation(
        ItemOp.RETURN_LOAN,
        QT_TRANSLATE_NOOP("Actions", "&Back from loan…"),
        icon="check-in",
        button=QT_TRANSLATE_NOOP("Actions", "Back from &loan…"),
        acts_on="costume",
        listed=False,
        offered=lambda item: bool(item.lent_to),
        run=lambda ctx, item: loans.return_loan(ctx, [item] if item is not None else None),
    ),
    Operation(
        ItemOp.SEEN_AT_FITTING,
        QT_TRANSLATE_NOOP("Actions", "Seen at the &fitting"),
        ("Ctrl+Shift+F",),
        "measure",
        QT_TRANSLATE_NOOP(
            "Actions", "The item was tried on at a fitting: a dated line in its notes"
        ),
        button=QT_TRANSLATE_NOOP("Actions", "Fitt&ed"),
        acts_on="costume",
        run=seen_at_fitting,
    ),
    Operation(
        ItemOp.HISTORY,
        QT_TRANSLATE_NOOP("Actions", "&History…"),
        ("Ctrl+H",),
        "count",
        QT_TRANSLATE_NOOP("Actions", "What happened to the item or the dancer, newest first"),
        acts_on="costume",
        separated=True,
        run=history,
    ),
)
BY_KEY = {operation.key: operation for operation in ITEM_OPERATIONS}


def item_buttons(ctx: AppContext, item: CostumeRecord) -> list[tuple[str, str, str, bool, str]]:
    """The item window's row of buttons."""
    return buttons(ctx, ITEM_OPERATIONS, item)
