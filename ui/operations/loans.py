"""Loans from the window: lend the selected items (to the other company, a school, a theatre)
with the agreement to print, and take them back; each undoable."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from wardrobe.records import (
    CostumeRecord,
    LoanRecord,
)

from ..dialogs.engagement_dialogs import (
    LendDialog,
    ReturnLoanDialog,
)
from ..runtime import bus
from ..runtime.context import AppContext
from ..runtime.core import costumes, loans
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from . import print_out
from .contexts import EngagementActions
from .operation import Operation
from .perform import finished


# -- loans --------------------------------------------------------------------------
def _items(ctx: AppContext, items: list[CostumeRecord] | None) -> list[CostumeRecord]:
    if items is None and ctx.selection is not None:
        items = ctx.selection.costumes()
    if not items:
        ctx.say(EngagementActions.tr("Choose the items first: scan their tags or select them."))
    return items or []


def lend(ctx: AppContext, items: list[CostumeRecord] | None = None) -> None:
    chosen = _items(ctx, items)
    if not chosen:
        return
    db, tags = ctx.db, [i.tag for i in chosen]

    def perform(values: dict[str, Any]) -> Callable[[], Any]:
        def work() -> tuple[list[LoanRecord], list[CostumeRecord]]:
            lent = loans.lend(db, tags, values["to"], due_on=values["due_on"])
            return lent, [costumes.get_item(db, tag) for tag in tags]

        return work

    def saved(result: tuple[list[LoanRecord], list[CostumeRecord]]) -> None:
        lent, after = result
        first = lent[0]
        finished(
            ctx,
            filled(
                EngagementActions.tr("%n item(s) lent to %1.", "", len(lent)),
                first.borrower,
            ),
            lambda _v: _lend_again(ctx, tags, first.borrower, first.due_on),
            lambda _v: _take_back(ctx, tags, None),
            None,
            version_of=lambda _r: None,
            changes=bus.saved(*after),
        )
        print_agreement(ctx, [loan.tag for loan in lent])

    dialog = LendDialog(chosen, ctx.lists.companies, ctx.runner, perform, ctx.host)
    dialog.saved.connect(saved)
    ctx.open_dialog(dialog)


# -- the steps undo and redo run on the worker (refused in a sentence when the items are
# no longer as the action left them: back already, lent again elsewhere) -------------------
def _lend_again(ctx: AppContext, tags: list[str], borrower: str, due: Any) -> list[CostumeRecord]:
    loans.lend(ctx.db, tags, borrower, due_on=due)
    return [costumes.get_item(ctx.db, tag) for tag in tags]


def _take_back(ctx: AppContext, tags: list[str], condition: str | None) -> list[CostumeRecord]:
    loans.give_back(ctx.db, tags, condition=condition)
    return [costumes.get_item(ctx.db, tag) for tag in tags]


def _lend_back(ctx: AppContext, lent: dict[str, tuple[str, Any, str]]) -> list[CostumeRecord]:
    """The undo of a return: each item lent again to whom it was, its condition as it
    was (a new loan line in its history: nothing is erased)."""
    for tag, (borrower, due, condition) in lent.items():
        loans.lend(ctx.db, [tag], borrower, due_on=due)
        costumes.set_condition(ctx.db, tag, condition)
    return [costumes.get_item(ctx.db, tag) for tag in lent]


def print_agreement(ctx: AppContext, tags: list[str]) -> None:
    """The loan agreement to sign, offered as soon as the items are lent."""
    from ..dialogs.print_dialog import PrintDialog

    db = ctx.db

    def render(path: Path, _progress: Any, _options: dict) -> Any:
        from wardrobe.reports.loan_agreement import render_loan_agreement

        lender, lent = loans.agreement(db, tags)
        return render_loan_agreement(lender, lent, path)

    dialog = PrintDialog(
        EngagementActions.tr("Print the loan agreement"),
        EngagementActions.tr(
            "The agreement to sign: %n item(s), their values and condition.",
            "",
            len(tags),
        ),
        ctx.runner,
        render,
        "loan-agreement",
        parent=ctx.host,
    )
    dialog.saved.connect(partial(print_out.announce, ctx))
    ctx.open_dialog(dialog)


def return_loan(ctx: AppContext, items: list[CostumeRecord] | None = None) -> None:
    chosen = [i for i in _items(ctx, items) if i.lent_to]
    if not chosen:
        ctx.say(EngagementActions.tr("None of the chosen items is on loan."))
        return
    db, tags = ctx.db, [i.tag for i in chosen]

    chosen_condition: list[str | None] = [None]

    def perform(values: dict[str, Any]) -> Callable[[], Any]:
        chosen_condition[0] = values["condition"]

        def work() -> list[CostumeRecord]:
            loans.give_back(db, tags, condition=values["condition"])
            return [costumes.get_item(db, tag) for tag in tags]

        return work

    def saved(after: list[CostumeRecord]) -> None:
        lent = {i.tag: (i.lent_to, i.lent_until, i.condition) for i in chosen}
        finished(
            ctx,
            EngagementActions.tr("%n item(s) back from loan.", "", len(after)),
            lambda _v: _take_back(ctx, tags, chosen_condition[0]),
            lambda _v: _lend_back(ctx, lent),
            None,
            version_of=lambda _r: None,
            changes=bus.saved(*after),
        )

    dialog = ReturnLoanDialog(chosen, ctx.runner, perform, ctx.host)
    dialog.saved.connect(saved)
    ctx.open_dialog(dialog)


# -- declared once (Back from loan is the item's: ``items.ItemOp.RETURN_LOAN``) ---------------
class LoanOp(StrEnum):
    LEND = "lend"


OPERATIONS = (
    Operation(
        LoanOp.LEND,
        QT_TRANSLATE_NOOP("Actions", "&Lend…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Lend the selected items to the other company or a theatre"
        ),
        run=lambda ctx, _record: lend(ctx),
    ),
)
