"""What is done to a production in scenes, declared once: a part added to the running order or
removed, a look made, a dancer cast, the plot and the continuity book printed (the plot's
cells, chosen by keyboard, are ``plot_cells``). Each undoable; each change
goes out on the bus for the Productions section to read again."""

from __future__ import annotations

from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from ..dialogs.print_dialog import PrintDialog
from ..dialogs.production_dialogs import CastDialog, LookDialog, PartDialog
from ..runtime.bus import PRODUCTIONS, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import casting, looks, running_order
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from . import print_out
from .contexts import ProductionActions
from .operation import Operation
from .perform import finished, perform

CHANGED = of_kinds(PRODUCTIONS)


class ProductionOp(StrEnum):
    NEW_PART = "production_new_part"
    REMOVE_PART = "production_remove_part"
    NEW_LOOK = "production_new_look"
    CAST = "production_cast"
    PRINT_PLOT = "print_costume_plot"
    PRINT_BOOK = "print_continuity_book"


def chosen_production(ctx: AppContext) -> Any:
    chosen = ctx.selection.production() if ctx.selection is not None else None
    if chosen is None:
        ctx.say(ProductionActions.tr("Choose a production first (Productions)."))
    return chosen


def chosen_cell(ctx: AppContext) -> tuple[int, int] | None:
    cell = ctx.selection.plot_cell() if ctx.selection is not None else None
    if cell is None:
        ctx.say(ProductionActions.tr("Choose a cell of the plot: a role, in a part."))
    return cell


def part_of(db: Any, production_id: int, part_id: int | None) -> Any:
    """The part of that id (read on the worker), or None."""
    return next((p for p in running_order.parts(db, production_id) if p.id == part_id), None)


# -- the running order ------------------------------------------------------------------------
def new_part(ctx: AppContext, _record: Any = None) -> None:
    production = chosen_production(ctx)
    if production is None:
        return
    db, cell = ctx.db, ctx.selection.plot_cell() if ctx.selection else None

    def open_dialog(after: Any) -> None:
        def work(values: dict[str, Any]) -> Any:
            return lambda: running_order.add_part(db, production.id, **values)

        state: dict[str, Any] = {}

        def saved(part: Any) -> None:
            state["part"] = part

            def undo(_v: int | None) -> Any:
                state["removed"] = running_order.remove_part(db, state["part"].id, with_looks=True)

            def redo(_v: int | None) -> Any:
                state["part"] = running_order.restore_part(db, state["removed"])

            said = filled(ProductionActions.tr("New part %1"), part.label)
            finished(ctx, said, redo, undo, part, lambda _r: None, changes=CHANGED)

        dialog = PartDialog(production.title, after, ctx.runner, work, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    part_id = cell[1] if cell else None
    ctx.runner.run(lambda: part_of(db, production.id, part_id), open_dialog)


def remove_part(ctx: AppContext, _record: Any = None) -> None:
    production, cell = chosen_production(ctx), chosen_cell(ctx)
    if production is None or cell is None:
        return
    db, part_id = ctx.db, cell[1]

    def read() -> tuple[Any, int]:
        return part_of(db, production.id, part_id), running_order.looks_in_part(db, part_id)

    ctx.runner.run(read, lambda found: _remove_part(ctx, *found))


def _remove_part(ctx: AppContext, part: Any, worn: int) -> None:
    if part is None:
        return
    if worn:
        answer = QMessageBox.question(
            ctx.host,
            ProductionActions.tr("Remove a part"),
            filled(
                ProductionActions.tr(
                    "%1 %2 has %3 look(s) worn in it. Remove it with them? (Edit › Undo puts "
                    "it back whole.)"
                ),
                part.label,
                part.title,
                str(worn),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    db, state = ctx.db, {"part": part}

    def remove(_v: int | None = None) -> Any:
        state["removed"] = running_order.remove_part(db, state["part"].id, with_looks=True)
        return state["removed"]

    def put_back(_v: int | None) -> Any:
        state["part"] = running_order.restore_part(db, state["removed"])
        return state["part"]

    said = filled(ProductionActions.tr("Remove part %1"), part.label)
    perform(ctx, remove, lambda _r: said, remove, put_back, lambda _r: None, changes=changed_plot)


def changed_plot(_result: Any) -> Any:
    return CHANGED


# -- looks, casts and the plot's cells --------------------------------------------------------
def new_look(ctx: AppContext, _record: Any = None) -> None:
    production = chosen_production(ctx)
    if production is None:
        return
    db, cell = ctx.db, ctx.selection.plot_cell() if ctx.selection else None

    def read() -> tuple[list[tuple[int, str]], Any]:
        return casting.roles(db, production.id), part_of(db, production.id, cell[1] if cell else 0)

    def open_dialog(found: tuple[list[tuple[int, str]], Any]) -> None:
        roles, part = found

        def work(values: dict[str, Any]) -> Any:
            part_id, role_id = values.pop("part_id"), values.pop("role_id")
            worn_in = [part_id] if part_id else []
            return lambda: looks.save_look(db, role_id, worn_in=worn_in, **values)

        state: dict[str, Any] = {}

        def saved(look: Any) -> None:
            state["look"] = look

            def undo(_v: int | None) -> Any:
                state["removed"] = looks.remove_look(db, state["look"].id)

            def redo(_v: int | None) -> Any:
                state["look"] = looks.restore_look(db, state["removed"])

            said = filled(ProductionActions.tr("New look %1 of %2"), look.name, look.role)
            finished(ctx, said, redo, undo, look, lambda _r: None, changes=CHANGED)

        dialog = LookDialog(roles, cell[0] if cell else None, part, ctx.runner, work, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.runner.run(read, open_dialog)


def cast(ctx: AppContext, _record: Any = None) -> None:
    production = chosen_production(ctx)
    if production is None:
        return
    db, cell = ctx.db, ctx.selection.plot_cell() if ctx.selection else None
    dancers = [
        d
        for d in ctx.lists.dancers()
        if d.active and production.company_id in (d.company_id, d.engaged_at_id)
    ]

    def open_dialog(roles: list[tuple[int, str]]) -> None:
        def work(values: dict[str, Any]) -> Any:
            role_id, dancer_id = values.pop("role_id"), values.pop("dancer_id")

            def cast_her() -> tuple[Any, Any]:
                before = next(
                    (
                        c
                        for c in casting.casts(db, production.id)
                        if (c.role_id, c.dancer_id) == (role_id, dancer_id)
                    ),
                    None,
                )
                return casting.cast(db, role_id, dancer_id, **values), before

            return cast_her

        def saved(found: tuple[Any, Any]) -> None:
            done, before = found

            def put(values: Any) -> Any:
                return casting.cast(
                    db,
                    done.role_id,
                    done.dancer_id,
                    cast_number=values.cast_number,
                    alternate=values.alternate,
                )

            def undo(_v: int | None) -> Any:
                if before is not None:  # cast already: as she was
                    return put(before)
                casting.uncast(db, done.role_id, done.dancer_id)  # newly cast: no copies yet
                return None

            def redo(_v: int | None) -> Any:
                return put(done)

            said = filled(ProductionActions.tr("Cast %1 as %2"), done.dancer, done.role)
            finished(ctx, said, redo, undo, done, lambda _r: None, changes=CHANGED)

        dialog = CastDialog(roles, cell[0] if cell else None, dancers, ctx.runner, work, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.with_roster(lambda: ctx.runner.run(lambda: casting.roles(db, production.id), open_dialog))


# -- printed ---------------------------------------------------------------------------------
def print_plot(ctx: AppContext, _record: Any = None) -> None:
    production = chosen_production(ctx)
    if production is None:
        return
    db = ctx.db

    def render(path: Path, _progress: Any, options: dict) -> Any:
        from wardrobe.reports.costume_plot import costume_plot_sheet, render_costume_plot

        cast_number = options.get("choice") or None
        return render_costume_plot(costume_plot_sheet(db, production.id, cast_number), path)

    casts = [(ProductionActions.tr("Every role"), 0)] + [
        (filled(ProductionActions.tr("Cast %1"), str(n)), n) for n in (1, 2, 3)
    ]
    dialog = PrintDialog(
        ProductionActions.tr("Print the costume plot"),
        filled(ProductionActions.tr("%1: roles down, parts across."), production.title),
        ctx.runner,
        render,
        "costume-plot",
        choices=casts,
        choice_label=ProductionActions.tr("Rows"),
        parent=ctx.host,
    )
    dialog.saved.connect(partial(print_out.announce, ctx))
    ctx.open_dialog(dialog)


def print_book(ctx: AppContext, _record: Any = None) -> None:
    production = chosen_production(ctx)
    if production is None:
        return
    db = ctx.db

    def render(path: Path, _progress: Any, _options: dict) -> Any:
        from wardrobe.reports.continuity_book import continuity_book, render_continuity_book

        return render_continuity_book(continuity_book(db, production.id), path)

    dialog = PrintDialog(
        ProductionActions.tr("Print the continuity book"),
        filled(ProductionActions.tr("%1, part by part."), production.title),
        ctx.runner,
        render,
        "continuity-book",
        parent=ctx.host,
    )
    dialog.saved.connect(partial(print_out.announce, ctx))
    ctx.open_dialog(dialog)


OPERATIONS = (
    Operation(
        ProductionOp.NEW_PART,
        QT_TRANSLATE_NOOP("Actions", "New &part…"),
        icon="new",
        tip=QT_TRANSLATE_NOOP("Actions", "A part of the running order, after the one chosen"),
        run=new_part,
    ),
    Operation(
        ProductionOp.REMOVE_PART,
        QT_TRANSLATE_NOOP("Actions", "&Remove the part…"),
        tip=QT_TRANSLATE_NOOP("Actions", "The part of the cell chosen, with the looks worn in it"),
        run=remove_part,
    ),
    Operation(
        ProductionOp.NEW_LOOK,
        QT_TRANSLATE_NOOP("Actions", "New &look…"),
        icon="costume",
        tip=QT_TRANSLATE_NOOP("Actions", "What a role wears: its pieces, how it is worn"),
        run=new_look,
    ),
    Operation(
        ProductionOp.CAST,
        QT_TRANSLATE_NOOP("Actions", "&Cast a dancer…"),
        icon="dancer",
        run=cast,
    ),
    Operation(
        ProductionOp.PRINT_PLOT,
        QT_TRANSLATE_NOOP("Actions", "Costume plo&t…"),
        icon="print",
        run=print_plot,
    ),
    Operation(
        ProductionOp.PRINT_BOOK,
        QT_TRANSLATE_NOOP("Actions", "Continuity &book…"),
        icon="print",
        run=print_book,
    ),
)
