"""Where an item goes, from the window: checked out to a dancer and back in, sent to cleaning,
moved; each undoable, put back as it was if nothing changed it since."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wardrobe.records import CostumeRecord
from wardrobe.store.database import Database

from ..dialogs.action_dialogs import (
    CheckInDialog,
    CheckOutDialog,
    MoveDialog,
)
from ..runtime.context import AppContext
from ..runtime.core import catalog, circulation
from ..text.language import filled
from .contexts import CostumeActions
from .perform import finished, perform


def put_back(db: Database, item: CostumeRecord) -> Callable[[int | None], CostumeRecord]:
    """The undo of a check-out, check-in, move or put-away: the item as it was, if unchanged
    since."""

    def step(version: int | None) -> CostumeRecord:
        return circulation.restore_state(
            db,
            item.tag,
            status=item.status,
            out_to_id=item.out_to_id,
            out_since=item.out_since,
            location_id=item.location_id,
            condition=item.condition,
            expected_version=version,
        )

    return step


def chosen_item(ctx: AppContext, record: Any) -> CostumeRecord | None:
    """The item given, else the one selected in Costumes; none said in a sentence."""
    if isinstance(record, CostumeRecord):
        return record
    item = ctx.selection.costume() if ctx.selection else None
    if item is None:
        ctx.say(CostumeActions.tr("Choose an item first: scan its tag or select it in Costumes."))
    return item


def check_out(ctx: AppContext, record: Any = None) -> None:
    item = chosen_item(ctx, record)
    if item is None:
        return
    db, chosen = ctx.db, {}

    def perform(dancer_id: int) -> Callable[[], CostumeRecord]:
        chosen["dancer"] = dancer_id
        return lambda: circulation.check_out(db, item.tag, dancer_id)

    def saved(after: CostumeRecord) -> None:
        finished(
            ctx,
            filled(
                CostumeActions.tr("Check out %1 to %2"),
                item.tag,
                after.out_to,
            ),
            lambda v: circulation.check_out(db, item.tag, chosen["dancer"], expected_version=v),
            put_back(ctx.db, item),
            after,
        )

    def open_dialog() -> None:
        dialog = CheckOutDialog(item, ctx.lists.dancers(), ctx.runner, perform, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.with_roster(open_dialog)


def check_in(ctx: AppContext, record: Any = None) -> None:
    """Back into store: the dialog asks the condition and where it goes."""
    item = chosen_item(ctx, record)
    if item is None:
        return
    if item.status == "in_store":
        ctx.say(filled(CostumeActions.tr("%1 is already in store."), item.tag))
        return
    db, chosen = ctx.db, {}

    def perform(values: dict[str, Any]) -> Callable[[], CostumeRecord]:
        chosen.update(values)
        return lambda: circulation.check_in(db, item.tag, **values)

    def saved(after: CostumeRecord) -> None:
        finished(
            ctx,
            filled(CostumeActions.tr("Check in %1"), item.tag),
            lambda v: circulation.check_in(db, item.tag, **chosen, expected_version=v),
            put_back(ctx.db, item),
            after,
        )

    def open_dialog(places: list[str]) -> None:
        dialog = CheckInDialog(item, places, ctx.runner, perform, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    company = item.company_id
    ctx.runner.run(lambda: catalog.location_paths(db, company), open_dialog)


def to_cleaning(ctx: AppContext, record: Any = None) -> None:
    item = chosen_item(ctx, record)
    if item is None:
        return
    db = ctx.db

    perform(
        ctx,
        lambda: circulation.send_away(db, item.tag, "at_cleaning"),
        lambda _after: filled(CostumeActions.tr("%1 to cleaning"), item.tag),
        lambda v: circulation.send_away(db, item.tag, "at_cleaning", expected_version=v),
        put_back(ctx.db, item),
    )


def move(ctx: AppContext, record: Any = None) -> None:
    item = chosen_item(ctx, record)
    if item is None:
        return
    db, chosen = ctx.db, {}

    def perform(place: str) -> Callable[[], CostumeRecord]:
        chosen["place"] = place
        return lambda: circulation.move_item(db, item.tag, place)

    def saved(after: CostumeRecord) -> None:
        finished(
            ctx,
            filled(
                CostumeActions.tr("Move %1 to %2"),
                item.tag,
                after.location,
            ),
            lambda v: circulation.move_item(db, item.tag, chosen["place"], expected_version=v),
            put_back(ctx.db, item),
            after,
        )

    def open_dialog(places: list[str]) -> None:
        dialog = MoveDialog(item, places, ctx.runner, perform, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    company = item.company_id
    ctx.runner.run(lambda: catalog.location_paths(db, company), open_dialog)
