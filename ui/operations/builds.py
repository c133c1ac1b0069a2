"""Builds, declared once: a new build from a pattern (its materials reserved; a shortage said),
a stage marked done with its hours, a build finished (asked what becomes of what it still
holds) making its tagged items, a build cancelled (what it held freed), its work sheet printed.
A new build and a stage done are undoable; finishing and cancelling ask first."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from ..dialogs.build_dialogs import NewBuildDialog, StageDoneDialog
from ..dialogs.print_dialog import PrintDialog
from ..runtime.bus import BUILDS, STOCK, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import build_work, builds, costs, patterns, running_order
from ..text.language import current_language, filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import BuildActions
from .operation import Operation
from .perform import finished
from .print_out import _open as open_print

if TYPE_CHECKING:
    from wardrobe.reports.fitting_sheet import PrintResult

CHANGED = of_kinds(BUILDS, STOCK)


class BuildOp(StrEnum):
    NEW = "build_new"
    STAGE = "build_stage"
    FINISH = "build_finish"
    CANCEL = "build_cancel"
    WORK_SHEET = "build_work_sheet"


def chosen_build(ctx: AppContext, *, open_only: bool = True) -> Any:
    chosen = ctx.selection.build() if ctx.selection is not None else None
    if chosen is None:
        ctx.say(BuildActions.tr("Choose a build first (Builds)."))
    elif open_only and chosen.status != "open":
        ctx.say(BuildActions.tr("That build is no longer open."))
        return None
    return chosen


def new_build(ctx: AppContext, _record: Any = None) -> None:
    db, companies = ctx.db, {c.id: c.name for c in ctx.lists.companies}

    def read() -> Any:
        return patterns.patterns(db), running_order.productions(db)

    def open_dialog(found: Any) -> None:
        known, productions = found
        if not known:
            ctx.say(BuildActions.tr("No pattern yet: add one first (wardrobe pattern add)."))
            return

        def work(values: dict[str, Any]) -> Any:
            kept = dict(values)
            return lambda: (builds.new_build(db, kept.pop("company"), **kept), values)

        def saved(result: tuple[Any, dict[str, Any]]) -> None:
            made, values = result
            state = {"build": made.build}

            def undo(_v: int | None) -> Any:
                build_work.remove_new(db, state["build"].id)
                return None

            def redo(_v: int | None) -> Any:
                kept = dict(values)
                state["build"] = builds.new_build(db, kept.pop("company"), **kept).build
                return state["build"]

            said = filled(BuildActions.tr("New build: %1"), made.build.title)
            finished(ctx, said, redo, undo, made.build, lambda _r: None, changes=CHANGED)
            if made.short:
                language = current_language()
                QMessageBox.information(
                    ctx.host,
                    BuildActions.tr("Not all of it is free"),
                    "\n".join(s.say(language) for s in made.short),
                )

        dialog = NewBuildDialog(
            [(p, companies.get(p.company_id, "")) for p in known],
            productions,
            ctx.lists.dancers(),
            ctx.runner,
            work,
            ctx.host,
        )
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.with_roster(lambda: ctx.runner.run(read, open_dialog))


def stage_done(ctx: AppContext, _record: Any = None) -> None:
    build = chosen_build(ctx)
    if build is None:
        return
    db = ctx.db

    def work(values: dict[str, Any]) -> Any:
        return lambda: (build_work.stage_done(db, build.id, **values), values)

    def saved(result: tuple[Any, dict[str, Any]]) -> None:
        record, values = result

        def undo(_v: int | None) -> Any:
            return build_work.undo_stage(db, build.id, values["position"])

        def redo(_v: int | None) -> Any:
            return build_work.stage_done(db, build.id, **values)

        said = filled(BuildActions.tr("Stage done: %1"), build.number)
        finished(ctx, said, redo, undo, record, lambda _r: None, changes=CHANGED)

    dialog = StageDoneDialog(build, ctx.runner, work, ctx.host)
    dialog.saved.connect(saved)
    ctx.open_dialog(dialog)


def finish(ctx: AppContext, _record: Any = None) -> None:
    build = chosen_build(ctx)
    if build is None:
        return
    rest = "ask"
    if any(m.reserved for m in build.materials):
        box = QMessageBox(
            QMessageBox.Icon.Question,
            BuildActions.tr("Finish the build"),
            filled(
                BuildActions.tr(
                    "%1 still holds materials it has not used. Were they used for it, or do "
                    "they go back to stock?"
                ),
                f"{build.number} {build.title}",
            ),
            QMessageBox.StandardButton.Cancel,
            ctx.host,
        )
        used = box.addButton(BuildActions.tr("&Used"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(BuildActions.tr("Back to &stock"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is used:
            rest = "use"
        elif box.clickedButton() is back:
            rest = "free"
        else:
            return
    elif (
        QMessageBox.question(
            ctx.host,
            BuildActions.tr("Finish the build"),
            filled(
                BuildActions.tr("Finish %1 and make its %2 item(s)?"),
                f"{build.number} {build.title}",
                str(len(build.pieces)),
            ),
        )
        != QMessageBox.StandardButton.Yes
    ):
        return
    db = ctx.db

    def done(record: Any) -> None:
        tags = ", ".join(p.tag for p in record.pieces)
        said = filled(BuildActions.tr("%1 finished: %2"), record.number, tags)
        finished(ctx, said, None, None, record, lambda _r: None, changes=CHANGED)

    ctx.runner.run(lambda: build_work.finish(db, build.id, rest=rest), done)


def cancel(ctx: AppContext, _record: Any = None) -> None:
    build = chosen_build(ctx)
    if build is None:
        return
    answer = QMessageBox.question(
        ctx.host,
        BuildActions.tr("Cancel the build"),
        filled(
            BuildActions.tr(
                "Cancel %1? What it holds goes back to stock; what it used stays used."
            ),
            f"{build.number} {build.title}",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    db = ctx.db

    def done(record: Any) -> None:
        said = filled(BuildActions.tr("%1 cancelled"), record.number)
        finished(ctx, said, None, None, record, lambda _r: None, changes=CHANGED)

    ctx.runner.run(lambda: build_work.cancel(db, build.id), done)


def work_sheet(ctx: AppContext, _record: Any = None) -> None:
    build = chosen_build(ctx, open_only=False)
    if build is None:
        return
    db = ctx.db

    def render(path: Path, _progress: Any, _options: dict) -> PrintResult:
        from wardrobe.reports.build_sheets import render_work_sheet
        from wardrobe.reports.build_sheets import work_sheet as gathered

        return render_work_sheet(gathered(db, build.id), path)

    open_print(
        ctx,
        PrintDialog(
            BuildActions.tr("Print a work sheet"),
            filled(BuildActions.tr("The work sheet of %1."), f"{build.number} {build.title}"),
            ctx.runner,
            render,
            f"work-sheet-{build.number}",
            parent=ctx.host,
        ),
    )


def cost_report(ctx: AppContext, _record: Any = None) -> None:
    db = ctx.db

    def choose(productions: list[Any]) -> None:
        def render(path: Path, _progress: Any, options: dict) -> PrintResult:
            from wardrobe.reports.build_sheets import render_cost_report
            from wardrobe.services import companies

            production = options["choice"]
            company = companies.get_company(db, production.company_id)
            cost = costs.production_cost(db, production.id)
            return render_cost_report(cost, company.language, company.paper, path)

        open_print(
            ctx,
            PrintDialog(
                BuildActions.tr("Print a production's cost report"),
                BuildActions.tr(
                    "Its builds, the orders charged to it and its cast's pointe shoes, against "
                    "its budget."
                ),
                ctx.runner,
                render,
                "cost-report",
                choices=[(f"{p.title} — {p.company}", p) for p in productions],
                choice_label=BuildActions.tr("Production"),
                parent=ctx.host,
            ),
        )

    ctx.runner.run(lambda: running_order.productions(db), choose)


OPERATIONS = (
    Operation(
        BuildOp.NEW,
        QT_TRANSLATE_NOOP("Actions", "New &build…"),
        icon="new",
        tip=QT_TRANSLATE_NOOP("Actions", "Pieces made from a pattern; its materials reserved"),
        run=new_build,
    ),
    Operation(
        BuildOp.STAGE,
        QT_TRANSLATE_NOOP("Actions", "Stag&e done…"),
        icon="ok",
        tip=QT_TRANSLATE_NOOP("Actions", "A stage of the chosen build done, with its hours"),
        run=stage_done,
    ),
    Operation(
        BuildOp.FINISH,
        QT_TRANSLATE_NOOP("Actions", "&Finish the build…"),
        icon="check-in",
        tip=QT_TRANSLATE_NOOP("Actions", "Its items made: tags, made for its dancers"),
        run=finish,
    ),
    Operation(
        BuildOp.CANCEL,
        QT_TRANSLATE_NOOP("Actions", "Cancel the b&uild…"),
        icon="none",
        tip=QT_TRANSLATE_NOOP("Actions", "What it holds goes back to stock"),
        run=cancel,
    ),
    Operation(
        BuildOp.WORK_SHEET,
        QT_TRANSLATE_NOOP("Actions", "&Work sheet…"),
        icon="print",
        tip=QT_TRANSLATE_NOOP("Actions", "The chosen build's work sheet, to sign stage by stage"),
        run=work_sheet,
    ),
    Operation(
        "print_cost_report",
        QT_TRANSLATE_NOOP("Actions", "A production's c&ost report…"),
        icon="print",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Its builds, orders charged to it and pointe shoes, against its budget"
        ),
        run=cost_report,
    ),
)
