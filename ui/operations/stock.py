"""Stock actions, each undoable by a correcting ledger line: pointe shoes issued, deliveries
received, counts adjusted; and new or edited materials and pointe-shoe specifications."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import partial
from typing import Any

from PySide6.QtWidgets import QLabel

from wardrobe.records import DancerDetail, MaterialRecord, PointeSpecRecord

from ..dialogs.action_dialogs import QuantityDialog, describe_spec
from ..dialogs.stock_dialogs import MaterialDialog, PointeSpecDialog
from ..runtime.context import AppContext
from ..runtime.core import pointe, stock_movements
from ..text import formatting, labels
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import StockActions
from .operation import Operation
from .perform import finished, push_edit

StockRecord = MaterialRecord | PointeSpecRecord


def _stock_item(ctx: AppContext, record: Any) -> StockRecord | None:
    if isinstance(record, MaterialRecord | PointeSpecRecord):
        return record
    item = ctx.selection.stock_item() if ctx.selection else None
    if item is None:
        ctx.say(StockActions.tr("Choose a dancer's pointe shoes or a material first."))
    return item


# -- records ---------------------------------------------------------------------------
def new_material(ctx: AppContext) -> None:
    lists = ctx.lists
    dialog = MaterialDialog(ctx.db, ctx.runner, lists.companies, lists.suppliers, parent=ctx.host)
    dialog.saved.connect(ctx.saved)
    ctx.open_dialog(dialog)


def edit_material(ctx: AppContext, material: MaterialRecord) -> None:
    lists = ctx.lists
    dialog = MaterialDialog(
        ctx.db,
        ctx.runner,
        lists.companies,
        lists.suppliers,
        record=material,
        parent=ctx.host,
    )
    push_edit(ctx, dialog, lambda r: filled(StockActions.tr("Edit %1"), r.name))
    ctx.open_dialog(dialog)


def new_spec(ctx: AppContext, dancer_id: int | None = None) -> None:
    _spec_dialog(ctx, None, dancer_id)


def edit_spec(ctx: AppContext, spec: PointeSpecRecord) -> None:
    _spec_dialog(ctx, spec, None)


def _spec_dialog(ctx: AppContext, spec: PointeSpecRecord | None, dancer_id: int | None) -> None:
    ctx.with_roster(lambda: _spec_dialog_now(ctx, spec, dancer_id))


def _spec_dialog_now(ctx: AppContext, spec: PointeSpecRecord | None, dancer_id: int | None) -> None:
    lists = ctx.lists
    dialog = PointeSpecDialog(
        ctx.db,
        ctx.runner,
        lists.dancers(),
        lists.suppliers,
        record=spec,
        dancer_id=dancer_id,
        parent=ctx.host,
    )
    said = StockActions.tr("Edit the pointe shoes of %1")
    push_edit(ctx, dialog, lambda r: filled(said, r.dancer))
    ctx.open_dialog(dialog)


# -- movements -----------------------------------------------------------------------
def issue_pairs(ctx: AppContext, record: Any = None) -> None:
    spec = record if isinstance(record, PointeSpecRecord) else None
    if spec is None and ctx.selection is not None:
        spec = ctx.selection.pointe()
    if spec is None:
        ctx.say(StockActions.tr("Choose a dancer's pointe shoes first."))
        return
    db, chosen = ctx.db, {}

    def perform(values: dict[str, Any]) -> Callable[[], PointeSpecRecord]:
        chosen.update(values)
        return lambda: pointe.issue_pairs(db, spec.id, values["quantity"], reason=values["reason"])

    def saved(after: PointeSpecRecord) -> None:
        pairs = spec.pairs_on_hand - after.pairs_on_hand
        finished(
            ctx,
            filled(
                StockActions.tr("Issue %1 pairs to %2"),
                str(pairs),
                spec.dancer,
            ),
            lambda v: pointe.issue_pairs(
                db, spec.id, chosen["quantity"], reason=chosen["reason"], expected_version=v
            ),
            lambda v: stock_movements.correct(
                db,
                "pointe",
                spec.id,
                pairs,
                reason=f"undo: {pairs} pairs issued",
                expected_version=v,
            ),
            after,
        )

    dialog = QuantityDialog(
        StockActions.tr("Issue pointe shoes"),
        describe_spec(spec),
        StockActions.tr("pairs"),
        ctx.runner,
        perform,
        whole=True,
        parent=ctx.host,
    )
    dialog.saved.connect(saved)
    ctx.open_dialog(dialog)


def receive(ctx: AppContext, record: Any = None) -> None:
    item = _stock_item(ctx, record)
    if item is not None:
        dialog = _movement(
            ctx,
            item,
            StockActions.tr("Receive delivery"),
            StockActions.tr("Delivery: %1"),
            partial(_receive, ctx),
            "undo: delivery",
        )
        ctx.open_dialog(dialog)


def _quantity_dialog(
    ctx: AppContext, title: str, item: StockRecord, perform: Any, **options: bool
) -> QuantityDialog:
    """How many pairs or how much material, for a delivery or a count."""
    if isinstance(item, PointeSpecRecord):
        unit, heading = StockActions.tr("pairs"), describe_spec(item)
    else:
        unit = labels.unit(item.unit)
        heading = f"{item.name} — {formatting.stock(item.on_hand, item.unit)}"
    dialog = QuantityDialog(
        title,
        heading,
        unit,
        ctx.runner,
        perform,
        whole=isinstance(item, PointeSpecRecord),
        parent=ctx.host,
        **options,
    )
    dialog.unit = unit
    return dialog


def _receive(
    ctx: AppContext, item: StockRecord, values: dict[str, Any], version: int | None
) -> Any:
    quantity, reason = values["quantity"], values["reason"]
    if isinstance(item, PointeSpecRecord):
        return pointe.receive_pairs(
            ctx.db, item.id, quantity, reason=reason, expected_version=version
        )
    return stock_movements.receive_material(
        ctx.db, item.id, quantity, reason=reason, expected_version=version
    )


def adjust(ctx: AppContext, record: Any = None) -> None:
    item = _stock_item(ctx, record)
    if item is None:
        return
    dialog = _movement(
        ctx,
        item,
        StockActions.tr("Adjust count"),
        StockActions.tr("Count: %1"),
        partial(_adjust, ctx),
        "undo: stock count",
        reason_required=True,
        allow_zero=True,
    )
    dialog.reason.setPlaceholderText(StockActions.tr("stock count"))
    label = dialog.form.labelForField(dialog.quantity)
    if isinstance(label, QLabel):
        label.setText(filled(StockActions.tr("&Counted (%1)"), dialog.unit))
    ctx.open_dialog(dialog)


def _movement(
    ctx: AppContext,
    item: StockRecord,
    title: str,
    done_text: str,
    step: Callable[[StockRecord, dict[str, Any], int | None], Any],
    undo_reason: str,
    **options: bool,
) -> QuantityDialog:
    """A delivery or a count: the form, then the movement, undone by a correcting line
    that also puts back what was on order."""
    db, chosen = ctx.db, {}
    kind = "pointe" if isinstance(item, PointeSpecRecord) else "material"
    before_hand, before_order = _levels(item)

    def perform(values: dict[str, Any]) -> Callable[[], StockRecord]:
        chosen.update(values)
        return lambda: step(item, values, None)

    def saved(after: StockRecord) -> None:
        change = _levels(after)[0] - before_hand
        finished(
            ctx,
            filled(done_text, _name(item)),
            lambda v: step(item, chosen, v),
            lambda v: stock_movements.correct(
                db,
                kind,
                item.id,
                -change,
                on_order=before_order,
                reason=undo_reason,
                expected_version=v,
            ),
            after,
        )

    dialog = _quantity_dialog(ctx, title, item, perform, **options)
    dialog.saved.connect(saved)
    return dialog


def _adjust(ctx: AppContext, item: StockRecord, values: dict[str, Any], version: int | None) -> Any:
    counted, reason = values["quantity"], values["reason"]
    if isinstance(item, PointeSpecRecord):
        return pointe.adjust_pairs(
            ctx.db, item.id, counted, reason=reason, expected_version=version
        )
    return stock_movements.adjust_material(
        ctx.db, item.id, counted, reason=reason, expected_version=version
    )


def _levels(item: StockRecord) -> tuple[int, int]:
    if isinstance(item, PointeSpecRecord):
        return item.pairs_on_hand, item.pairs_on_order
    return item.on_hand, item.on_order


def _name(item: StockRecord) -> str:
    return f"{item.dancer} ({item.maker})" if isinstance(item, PointeSpecRecord) else item.name


# -- declared once ---------------------------------------------------------------------------
class StockOp(StrEnum):
    ISSUE = "issue"
    RECEIVE = "receive"
    ADJUST = "adjust"


def _issue(ctx: AppContext, record: Any) -> None:
    """From Stock, the pointe shoes selected; from a dancer's view, her active pair."""
    if isinstance(record, DancerDetail):
        record = next((s for s in record.pointe if s.active), None)
        if record is None:
            return
    issue_pairs(ctx, record)


OPERATIONS = (
    Operation(
        StockOp.ISSUE,
        QT_TRANSLATE_NOOP("Actions", "Issue &pointe shoes…"),
        ("Ctrl+Shift+P",),
        "issue",
        QT_TRANSLATE_NOOP("Actions", "Give a dancer pairs from her stock"),
        button=QT_TRANSLATE_NOOP("Actions", "Issue pointe shoes…"),
        applies=lambda _ctx, detail: (
            not isinstance(detail, DancerDetail) or any(s.active for s in detail.pointe)
        ),
        run=_issue,
    ),
    Operation(
        StockOp.RECEIVE,
        QT_TRANSLATE_NOOP("Actions", "&Receive delivery…"),
        ("Ctrl+Shift+R",),
        "receive",
        QT_TRANSLATE_NOOP("Actions", "Add a delivery to the stock"),
        run=receive,
    ),
    Operation(
        StockOp.ADJUST,
        QT_TRANSLATE_NOOP("Actions", "Adjust &count…"),
        ("Ctrl+Shift+C",),
        "count",
        QT_TRANSLATE_NOOP("Actions", "Set the stock to what was counted"),
        run=adjust,
    ),
)
