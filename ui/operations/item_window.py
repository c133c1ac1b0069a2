"""A costume item opened or logged (and its twin offered); what is done to it once open is
declared in ``ui/operations/items.py``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QMessageBox

from wardrobe.records import AlterationRecord, CostumeRecord, DancerRecord

from ..dialogs.item_dialog import ItemDialog
from ..runtime.bus import PHOTOS, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import costumes, doubles
from ..text.language import filled
from . import alterations, items, photos
from .contexts import CostumeActions
from .perform import push_edit


def _dialog(ctx: AppContext, **which: Any) -> ItemDialog:
    lists = ctx.lists
    record = which.get("record")
    return ItemDialog(
        ctx.db,
        ctx.runner,
        lists.companies,
        lists.dancers(),
        pick_lists=lists.catalogue,
        buttons=items.item_buttons(ctx, record) if record is not None else [],
        alteration_buttons=alterations.row_buttons(),
        parent=ctx.host,
        **which,
    )


# -- opening and logging -------------------------------------------------------------
def open_item(ctx: AppContext, record: CostumeRecord) -> None:
    ctx.with_roster(lambda: _open_item(ctx, record))


def open_tag(ctx: AppContext, tag: str) -> None:
    """The item of a tag a list names (what a check or a call found): read, then opened."""
    db = ctx.db
    ctx.runner.run(lambda: costumes.get_item(db, tag), lambda r: open_item(ctx, r))


def _open_item(ctx: AppContext, record: CostumeRecord) -> None:
    dialog = _dialog(ctx, record=record)
    push_edit(
        ctx,
        dialog,
        lambda r: filled(CostumeActions.tr("Edit %1"), r.tag),
    )
    dialog.action_requested.connect(partial(_requested, ctx))
    dialog.alteration_requested.connect(partial(_alteration_requested, ctx))
    if dialog.photos is not None:
        dialog.photos.removed.connect(lambda r: photos.removed(ctx, r, record.id))
        dialog.photos.changed.connect(lambda: ctx.announce(of_kinds(PHOTOS, ids=(record.id,))))
    ctx.open_dialog(dialog)


def _requested(ctx: AppContext, name: str, record: CostumeRecord) -> None:
    """An operation chosen in the item's window, on its item."""
    run = items.BY_KEY[name].run
    if run is not None:
        run(ctx, record)


def _alteration_requested(ctx: AppContext, name: str, alteration: AlterationRecord) -> None:
    run = alterations.BY_KEY[name].run
    if run is not None:
        run(ctx, alteration)


def new_item(ctx: AppContext, tag: str = "") -> None:
    if not ctx.lists.companies:
        ctx.say(
            CostumeActions.tr("Set up a company first (File › New company)."),
            8000,
        )
        return

    def open_dialog() -> None:
        dialog = _dialog(ctx, tag=tag)
        dialog.saved.connect(ctx.saved)
        dialog.saved.connect(partial(offer_twin, ctx))
        ctx.open_dialog(dialog)

    ctx.with_roster(open_dialog)


def offer_twin(ctx: AppContext, record: CostumeRecord) -> None:
    """A piece made for a dancer who has a double (or doubles someone): its twin, the
    same piece made for the partner with its own tag, offered at once."""
    if not record.built_for:
        return
    db, tag = ctx.db, record.tag
    ctx.runner.run(lambda: doubles.twin_candidates(db, tag), _ask_twin(ctx, record))


def _ask_twin(ctx: AppContext, record: CostumeRecord) -> Callable[[list[DancerRecord]], None]:
    def ask(partners: list[DancerRecord]) -> None:
        for partner in partners:
            answer = QMessageBox.question(
                ctx.host,
                CostumeActions.tr("Log the twin"),
                filled(
                    CostumeActions.tr(
                        "%1 has a double: %2. Log the twin of %3 for %2 too (the same piece, "
                        "production, role and colour, with its own tag)?",
                    ),
                    record.built_for,
                    partner.name,
                    f"{record.tag} {record.name}",
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                ctx.runner.run(_twin_work(ctx, record.tag, partner.id), partial(_twin_logged, ctx))

    return ask


def _twin_work(ctx: AppContext, tag: str, partner_id: int) -> Callable[[], CostumeRecord]:
    db = ctx.db
    return lambda: doubles.log_twin(db, tag, partner_id)


def _twin_logged(ctx: AppContext, twin: CostumeRecord) -> None:
    ctx.saved(twin)
    ctx.say(
        filled(
            CostumeActions.tr("Twin logged: %1 for %2."),
            twin.tag,
            twin.built_for,
        ),
        10_000,
    )
