"""A production's part and look edited from the window: the part of the plot's cell chosen
(act, scene, title, minutes), the look worn in it (its name, pieces, how it is worn); each
undoable, refused in a sentence when another desk saved it meanwhile."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QFileDialog

from ..dialogs.production_dialogs import EditLookDialog, EditPartDialog
from ..runtime.context import AppContext
from ..runtime.core import look_photos, looks, running_order
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import ProductionActions
from .operation import Operation
from .perform import finished, perform
from .productions import CHANGED, chosen_cell, chosen_production, part_of


class EditOp(StrEnum):
    EDIT_PART = "production_edit_part"
    EDIT_LOOK = "production_edit_look"
    LOOK_PHOTO = "production_look_photo"


def edit_part(ctx: AppContext, _record: Any = None) -> None:
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    db, part_id = ctx.db, cell[1]

    def open_dialog(part: Any) -> None:
        if part is None:
            return

        def work(values: dict[str, Any]) -> Any:
            return lambda: running_order.edit_part(
                db, part.id, expected_version=part.version, **values
            )

        def saved(after: Any) -> None:
            was = {
                "act": part.act,
                "scene": part.scene,
                "title": part.title,
                "starts_min": part.starts_min,
                "length_min": part.length_min,
            }
            now = {
                "act": after.act,
                "scene": after.scene,
                "title": after.title,
                "starts_min": after.starts_min,
                "length_min": after.length_min,
            }
            state = {"version": after.version}

            def put(values: dict[str, Any]) -> Any:
                done = running_order.edit_part(
                    db, part.id, expected_version=state["version"], **values
                )
                state["version"] = done.version
                return done

            said = filled(ProductionActions.tr("Edit part %1"), after.label)
            finished(
                ctx,
                said,
                lambda _v: put(now),
                lambda _v: put(was),
                after,
                lambda _r: None,
                changes=CHANGED,
            )

        dialog = EditPartDialog(production.title, part, ctx.runner, work, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.runner.run(lambda: part_of(db, production.id, part_id), open_dialog)


def edit_look(ctx: AppContext, _record: Any = None) -> None:
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    db, (role_id, part_id) = ctx.db, cell

    def read() -> Any:
        return looks.worn_in(db, role_id, part_id)

    def open_dialog(look: Any) -> None:
        if look is None:
            ctx.say(ProductionActions.tr("The role wears no look in that part."))
            return

        def work(values: dict[str, Any]) -> Any:
            values.pop("part_id", None)
            values.pop("role_id", None)
            return lambda: looks.save_look(
                db, look.role_id, look_id=look.id, expected_version=look.version, **values
            )

        def saved(after: Any) -> None:
            state = {"version": after.version}

            def put(record: Any) -> Any:
                done = looks.save_look(
                    db,
                    record.role_id,
                    name=record.name,
                    notes=record.notes,
                    pieces=[(p.piece_type, p.description) for p in record.pieces],
                    look_id=record.id,
                    expected_version=state["version"],
                )
                state["version"] = done.version
                return done

            said = filled(ProductionActions.tr("Edit look %1"), after.name)
            finished(
                ctx,
                said,
                lambda _v: put(after),
                lambda _v: put(look),
                after,
                lambda _r: None,
                changes=CHANGED,
            )

        dialog = EditLookDialog(look, ctx.runner, work, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.runner.run(read, open_dialog)


def look_photo(ctx: AppContext, _record: Any = None) -> None:
    """A reference photo of the look worn in the cell chosen; with one cast's dancers shown,
    of the dancer of the row (who is wearing it)."""
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    db, (role_id, part_id) = ctx.db, cell
    dancer_id = ctx.selection.plot_dancer() if ctx.selection else None
    ctx.runner.run(
        lambda: looks.worn_in(db, role_id, part_id), lambda look: _photo(ctx, look, dancer_id)
    )


def _photo(ctx: AppContext, look: Any, dancer_id: int | None) -> None:
    if look is None:
        ctx.say(ProductionActions.tr("The role wears no look in that part."))
        return
    path, _filter = QFileDialog.getOpenFileName(
        ctx.host,
        ProductionActions.tr("A photo of the look"),
        "",
        ProductionActions.tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp)"),
    )
    if not path:
        return
    db, state = ctx.db, {}

    def add(_v: int | None = None) -> Any:
        state["photo"] = look_photos.add_look_photo(db, look.id, path, worn_by=dancer_id)
        return state["photo"]

    perform(
        ctx,
        add,
        lambda _r: ProductionActions.tr("Photo of the look added"),
        add,
        lambda _v: look_photos.remove_look_photo(db, state["photo"].id),
        lambda _r: None,
        changes=lambda _r: CHANGED,
    )


OPERATIONS = (
    Operation(
        EditOp.EDIT_PART,
        QT_TRANSLATE_NOOP("Actions", "&Edit the part…"),
        icon="edit",
        tip=QT_TRANSLATE_NOOP("Actions", "The part of the cell chosen: act, scene, title, minutes"),
        run=edit_part,
    ),
    Operation(
        EditOp.EDIT_LOOK,
        QT_TRANSLATE_NOOP("Actions", "Edit the l&ook…"),
        icon="edit",
        tip=QT_TRANSLATE_NOOP("Actions", "The look worn in the cell chosen: its pieces"),
        run=edit_look,
    ),
    Operation(
        EditOp.LOOK_PHOTO,
        QT_TRANSLATE_NOOP("Actions", "P&hoto of the look…"),
        icon="measure",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "A reference photo of the look worn in the cell chosen, dated today"
        ),
        run=look_photo,
    ),
)
