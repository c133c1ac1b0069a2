"""Stock actions, each undoable by a correcting ledger line: pointe shoes issued, deliveries
received, counts adjusted; and new or edited materials and pointe-shoe specifications."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from wardrobe.records import MaterialRecord, PointeSpecRecord

from ..dialogs.action_dialogs import QuantityDialog, describe_spec
from ..dialogs.stock_dialogs import MaterialDialog, PointeSpecDialog
from ..operations.undoable import push, push_edit
from ..runtime.context import AppContext
from ..runtime.core import pointe, stock_movements
from ..text import formatting, labels
from ..text.language import filled

StockRecord = MaterialRecord | PointeSpecRecord


class StockActions(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db

    def _stock_item(self, record: Any) -> StockRecord | None:
        if isinstance(record, MaterialRecord | PointeSpecRecord):
            return record
        item = self.ctx.selection.stock_item() if self.ctx.selection else None
        if item is None:
            self.ctx.say(self.tr("Choose a dancer's pointe shoes or a material first."))
        return item

    # -- records ---------------------------------------------------------------------------
    def new_material(self) -> None:
        lists = self.ctx.lists
        dialog = MaterialDialog(
            self.db, self.ctx.runner, lists.companies, lists.suppliers, parent=self.ctx.host
        )
        dialog.saved.connect(self.ctx.saved)
        self.ctx.open_dialog(dialog)

    def edit_material(self, material: MaterialRecord) -> None:
        lists = self.ctx.lists
        dialog = MaterialDialog(
            self.db,
            self.ctx.runner,
            lists.companies,
            lists.suppliers,
            record=material,
            parent=self.ctx.host,
        )
        dialog.saved.connect(self.ctx.saved)
        push_edit(self.ctx, dialog, lambda r: filled(self.tr("Edit %1"), r.name))
        self.ctx.open_dialog(dialog)

    def new_spec(self, dancer_id: int | None = None) -> None:
        self._spec_dialog(None, dancer_id)

    def edit_spec(self, spec: PointeSpecRecord) -> None:
        self._spec_dialog(spec, None)

    def _spec_dialog(self, spec: PointeSpecRecord | None, dancer_id: int | None) -> None:
        self.ctx.with_roster(lambda: self._spec_dialog_now(spec, dancer_id))

    def _spec_dialog_now(self, spec: PointeSpecRecord | None, dancer_id: int | None) -> None:
        lists = self.ctx.lists
        dialog = PointeSpecDialog(
            self.db,
            self.ctx.runner,
            lists.dancers(),
            lists.suppliers,
            record=spec,
            dancer_id=dancer_id,
            parent=self.ctx.host,
        )
        dialog.saved.connect(self.ctx.saved)
        said = self.tr("Edit the pointe shoes of %1")
        push_edit(self.ctx, dialog, lambda r: filled(said, r.dancer))
        self.ctx.open_dialog(dialog)

    # -- movements -----------------------------------------------------------------------
    def issue_pairs(self, record: Any = None) -> None:
        spec = record if isinstance(record, PointeSpecRecord) else None
        if spec is None and self.ctx.selection is not None:
            spec = self.ctx.selection.pointe()
        if spec is None:
            self.ctx.say(self.tr("Choose a dancer's pointe shoes first."))
            return
        db, chosen = self.db, {}

        def perform(values: dict[str, Any]) -> Callable[[], PointeSpecRecord]:
            chosen.update(values)
            return lambda: pointe.issue_pairs(
                db, spec.id, values["quantity"], reason=values["reason"]
            )

        def saved(after: PointeSpecRecord) -> None:
            self.ctx.saved(after)
            pairs = spec.pairs_on_hand - after.pairs_on_hand
            push(
                self.ctx,
                filled(self.tr("Issue %1 pairs to %2"), str(pairs), spec.dancer),
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
            self.tr("Issue pointe shoes"),
            describe_spec(spec),
            self.tr("pairs"),
            self.ctx.runner,
            perform,
            whole=True,
            parent=self.ctx.host,
        )
        dialog.saved.connect(saved)
        self.ctx.open_dialog(dialog)

    def receive(self, record: Any = None) -> None:
        item = self._stock_item(record)
        if item is not None:
            dialog = self._movement(
                item,
                self.tr("Receive delivery"),
                self.tr("Delivery: %1"),
                self._receive,
                "undo: delivery",
            )
            self.ctx.open_dialog(dialog)

    def _quantity_dialog(
        self, title: str, item: StockRecord, perform: Any, **options: bool
    ) -> QuantityDialog:
        """How many pairs or how much material, for a delivery or a count."""
        if isinstance(item, PointeSpecRecord):
            unit, heading = self.tr("pairs"), describe_spec(item)
        else:
            unit = labels.unit(item.unit)
            heading = f"{item.name} — {formatting.stock(item.on_hand, item.unit)}"
        dialog = QuantityDialog(
            title,
            heading,
            unit,
            self.ctx.runner,
            perform,
            whole=isinstance(item, PointeSpecRecord),
            parent=self.ctx.host,
            **options,
        )
        dialog.unit = unit
        return dialog

    def _receive(self, item: StockRecord, values: dict[str, Any], version: int | None) -> Any:
        quantity, reason = values["quantity"], values["reason"]
        if isinstance(item, PointeSpecRecord):
            return pointe.receive_pairs(
                self.db, item.id, quantity, reason=reason, expected_version=version
            )
        return stock_movements.receive_material(
            self.db, item.id, quantity, reason=reason, expected_version=version
        )

    def adjust(self, record: Any = None) -> None:
        item = self._stock_item(record)
        if item is None:
            return
        dialog = self._movement(
            item,
            self.tr("Adjust count"),
            self.tr("Count: %1"),
            self._adjust,
            "undo: stock count",
            reason_required=True,
            allow_zero=True,
        )
        dialog.reason.setPlaceholderText(self.tr("stock count"))
        label = dialog.form.labelForField(dialog.quantity)
        if isinstance(label, QLabel):
            label.setText(filled(self.tr("&Counted (%1)"), dialog.unit))
        self.ctx.open_dialog(dialog)

    def _movement(
        self,
        item: StockRecord,
        title: str,
        done_text: str,
        step: Callable[[StockRecord, dict[str, Any], int | None], Any],
        undo_reason: str,
        **options: bool,
    ) -> QuantityDialog:
        """A delivery or a count: the form, then the movement, undone by a correcting line
        that also puts back what was on order."""
        db, chosen = self.db, {}
        kind = "pointe" if isinstance(item, PointeSpecRecord) else "material"
        before_hand, before_order = _levels(item)

        def perform(values: dict[str, Any]) -> Callable[[], StockRecord]:
            chosen.update(values)
            return lambda: step(item, values, None)

        def saved(after: StockRecord) -> None:
            self.ctx.saved(after)
            change = _levels(after)[0] - before_hand
            push(
                self.ctx,
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

        dialog = self._quantity_dialog(title, item, perform, **options)
        dialog.saved.connect(saved)
        return dialog

    def _adjust(self, item: StockRecord, values: dict[str, Any], version: int | None) -> Any:
        counted, reason = values["quantity"], values["reason"]
        if isinstance(item, PointeSpecRecord):
            return pointe.adjust_pairs(
                self.db, item.id, counted, reason=reason, expected_version=version
            )
        return stock_movements.adjust_material(
            self.db, item.id, counted, reason=reason, expected_version=version
        )


def _levels(item: StockRecord) -> tuple[int, int]:
    if isinstance(item, PointeSpecRecord):
        return item.pairs_on_hand, item.pairs_on_order
    return item.on_hand, item.on_order


def _name(item: StockRecord) -> str:
    return f"{item.dancer} ({item.maker})" if isinstance(item, PointeSpecRecord) else item.name
