"""The everyday actions, each undoable: check out and in, move, alteration, tulle for a tutu,
pointe shoes issued, deliveries received, counts adjusted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from wardrobe.records import AlterationRecord, CostumeRecord, MaterialRecord, PointeSpecRecord
from wardrobe.services import catalog, costumes, pointe, stock

from . import formatting
from .action_dialogs import (
    AlterationDialog,
    CheckOutDialog,
    MoveDialog,
    QuantityDialog,
    UseTulleDialog,
    describe_spec,
)
from .undo import ActionCommand

if TYPE_CHECKING:
    from .main_window import MainWindow

StockRecord = MaterialRecord | PointeSpecRecord


class ItemActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db

    # -- helpers ------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def _push(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        after: Callable[[Any], None] | None = None,
    ) -> None:
        self.window.undo_stack.push(
            ActionCommand(
                text, redo, undo, after or self.window.record_changed, self.window.show_failure
            )
        )
        self._say(text)

    def _open(self, dialog: Any) -> None:
        self.window.open_dialog(dialog)

    def _costume(self, record: CostumeRecord | None) -> CostumeRecord | None:
        item = record or self.window.costume_page.current_record()
        if item is None:
            self._say(self.tr("Choose an item first: scan its tag or select it in Costumes."))
        return item

    def _stock_item(self, record: StockRecord | None) -> StockRecord | None:
        if record is not None:
            return record
        page = (
            self.window.material_page
            if self.window.tabs.currentWidget() is self.window.material_page
            else self.window.pointe_page
        )
        item = page.current_record()
        if item is None:
            self._say(self.tr("Choose a dancer's pointe shoes or a material first."))
        return item

    # -- costume actions ------------------------------------------------------------------------
    def check_out(self, record: CostumeRecord | None = None) -> None:
        item = self._costume(record if isinstance(record, CostumeRecord) else None)
        if item is None:
            return
        db, chosen = self.db, {}

        def perform(dancer_id: int) -> Callable[[], CostumeRecord]:
            chosen["dancer"] = dancer_id
            return lambda: costumes.check_out(db, item.tag, dancer_id)

        dialog = CheckOutDialog(
            item, self.window._dancers(), self.window.runner, perform, self.window
        )
        dialog.saved.connect(
            lambda after: (
                self.window.record_changed(after),
                self._push(
                    self.tr("Check out %1 to %2")
                    .replace("%1", item.tag)
                    .replace("%2", after.out_to),
                    lambda: costumes.check_out(db, item.tag, chosen["dancer"]),
                    lambda: self._restore(item),
                ),
            )
        )
        self._open(dialog)

    def _restore(self, item: CostumeRecord) -> CostumeRecord:
        return costumes.restore_state(
            self.db,
            item.tag,
            status=item.status,
            out_to_id=item.out_to_id,
            out_since=item.out_since,
            location_id=item.location_id,
        )

    def check_in(self, record: CostumeRecord | None = None) -> None:
        item = self._costume(record if isinstance(record, CostumeRecord) else None)
        if item is None:
            return
        db = self.db

        def done(after: CostumeRecord) -> None:
            self.window.record_changed(after)
            self._push(
                self.tr("Check in %1").replace("%1", item.tag),
                lambda: costumes.check_in(db, item.tag),
                lambda: self._restore(item),
            )

        self.window.runner.run(lambda: costumes.check_in(db, item.tag), done)

    def move(self, record: CostumeRecord | None = None) -> None:
        item = self._costume(record if isinstance(record, CostumeRecord) else None)
        if item is None:
            return
        db, chosen = self.db, {}
        places = catalog.location_paths(db, item.company_id)

        def perform(place: str) -> Callable[[], CostumeRecord]:
            chosen["place"] = place
            return lambda: costumes.move_item(db, item.tag, place)

        dialog = MoveDialog(item, places, self.window.runner, perform, self.window)
        dialog.saved.connect(
            lambda after: (
                self.window.record_changed(after),
                self._push(
                    self.tr("Move %1 to %2").replace("%1", item.tag).replace("%2", after.location),
                    lambda: costumes.move_item(db, item.tag, chosen["place"]),
                    lambda: self._restore(item),
                ),
            )
        )
        self._open(dialog)

    def alteration(self, record: CostumeRecord | None = None) -> None:
        item = self._costume(record if isinstance(record, CostumeRecord) else None)
        if item is None:
            return
        db, chosen, made = self.db, {}, {}

        def perform(values: dict[str, Any]) -> Callable[[], AlterationRecord]:
            chosen.update(values)
            return lambda: costumes.record_alteration(db, item.tag, **values)

        def record_again() -> AlterationRecord:
            made["row"] = costumes.record_alteration(db, item.tag, **chosen)
            return made["row"]

        def saved(row: AlterationRecord) -> None:
            made["row"] = row
            self._push(
                self.tr("Alteration on %1").replace("%1", item.tag),
                record_again,
                lambda: costumes.withdraw_alteration(db, made["row"].id),
                after=lambda _result: self.window.refresh_alerts(),
            )

        dialog = AlterationDialog(
            item, self.window._dancers(), self.window.runner, perform, self.window
        )
        dialog.saved.connect(saved)
        self._open(dialog)

    def use_tulle(self, record: CostumeRecord | None = None) -> None:
        item = self._costume(record if isinstance(record, CostumeRecord) else None)
        if item is None:
            return
        if item.tutu is None:
            self._say(self.tr("%1 is not a tutu.").replace("%1", item.tag))
            return
        db, chosen = self.db, {}
        materials = self.window.material_model.records()

        def perform(values: dict[str, Any]) -> Callable[[], MaterialRecord]:
            chosen.update(values)
            before = next(m for m in materials if m.id == values["material"])
            chosen["before"] = before.on_hand
            return lambda: stock.use_for_tutu(
                db, item.tag, values["material"], values["length"], layers=values["layers"]
            )

        def saved(after: MaterialRecord) -> None:
            self.window.record_changed(after)
            used = chosen["before"] - after.on_hand
            self._push(
                self.tr("Tulle for %1: %2")
                .replace("%1", item.tag)
                .replace("%2", formatting.stock(used, after.unit)),
                lambda: stock.use_for_tutu(
                    db, item.tag, chosen["material"], chosen["length"], layers=chosen["layers"]
                ),
                lambda: stock.correct(
                    db, "material", after.id, used, reason=f"undo: tutu build {item.tag}"
                ),
            )

        dialog = UseTulleDialog(item, materials, self.window.runner, perform, self.window)
        dialog.saved.connect(saved)
        self._open(dialog)

    def history(self, record: CostumeRecord | None = None) -> None:
        item = self._costume(record if isinstance(record, CostumeRecord) else None)
        if item is None:
            return
        from wardrobe.services import history

        from .history_dialog import HistoryDialog

        self.window.runner.run(
            lambda: history.item_history(self.db, item.tag),
            lambda records: self._open(
                HistoryDialog(f"{item.tag} {item.name}", records, self.window)
            ),
        )

    # -- stock actions --------------------------------------------------------------------------
    def issue_pairs(self, record: PointeSpecRecord | None = None) -> None:
        spec = (
            record
            if isinstance(record, PointeSpecRecord)
            else self.window.pointe_page.current_record()
        )
        if spec is None:
            self._say(self.tr("Choose a dancer's pointe shoes first."))
            return
        db, chosen = self.db, {}

        def perform(values: dict[str, Any]) -> Callable[[], PointeSpecRecord]:
            chosen.update(values)
            return lambda: pointe.issue_pairs(
                db, spec.id, values["quantity"], reason=values["reason"]
            )

        def saved(after: PointeSpecRecord) -> None:
            self.window.record_changed(after)
            pairs = spec.pairs_on_hand - after.pairs_on_hand
            self._push(
                self.tr("Issue %1 pairs to %2")
                .replace("%1", str(pairs))
                .replace("%2", spec.dancer),
                lambda: pointe.issue_pairs(
                    db, spec.id, chosen["quantity"], reason=chosen["reason"]
                ),
                lambda: stock.correct(
                    db, "pointe", spec.id, pairs, reason=f"undo: {pairs} pairs issued"
                ),
            )

        dialog = QuantityDialog(
            self.tr("Issue pointe shoes"),
            describe_spec(spec),
            self.tr("pairs"),
            self.window.runner,
            perform,
            whole=True,
            parent=self.window,
        )
        dialog.saved.connect(saved)
        self._open(dialog)

    def receive(self, record: StockRecord | None = None) -> None:
        item = self._stock_item(
            record if isinstance(record, MaterialRecord | PointeSpecRecord) else None
        )
        if item is None:
            return
        db, chosen = self.db, {}
        is_pointe = isinstance(item, PointeSpecRecord)
        kind = "pointe" if is_pointe else "material"

        def perform(values: dict[str, Any]) -> Callable[[], StockRecord]:
            chosen.update(values)
            return lambda: self._receive(item, values)

        def saved(after: StockRecord) -> None:
            self.window.record_changed(after)
            before_hand, before_order = _levels(item)
            after_hand, _ = _levels(after)
            change = after_hand - before_hand
            self._push(
                self.tr("Delivery: %1").replace("%1", _name(item)),
                lambda: self._receive(item, chosen),
                lambda: stock.correct(
                    db, kind, item.id, -change, on_order=before_order, reason="undo: delivery"
                ),
            )

        dialog = self._quantity_dialog(self.tr("Receive delivery"), item, perform)
        dialog.saved.connect(saved)
        self._open(dialog)

    def _quantity_dialog(
        self, title: str, item: StockRecord, perform: Any, **options: bool
    ) -> QuantityDialog:
        """How many pairs or how much material, for a delivery or a count."""
        if isinstance(item, PointeSpecRecord):
            unit, heading = self.tr("pairs"), describe_spec(item)
        else:
            unit, heading = item.unit, _material_heading(item)
        dialog = QuantityDialog(
            title,
            heading,
            unit,
            self.window.runner,
            perform,
            whole=isinstance(item, PointeSpecRecord),
            parent=self.window,
            **options,
        )
        dialog.unit = unit
        return dialog

    def _receive(self, item: StockRecord, values: dict[str, Any]) -> StockRecord:
        if isinstance(item, PointeSpecRecord):
            return pointe.receive_pairs(
                self.db, item.id, values["quantity"], reason=values["reason"]
            )
        return stock.receive_material(self.db, item.id, values["quantity"], reason=values["reason"])

    def adjust(self, record: StockRecord | None = None) -> None:
        item = self._stock_item(
            record if isinstance(record, MaterialRecord | PointeSpecRecord) else None
        )
        if item is None:
            return
        db, chosen = self.db, {}
        is_pointe = isinstance(item, PointeSpecRecord)

        def perform(values: dict[str, Any]) -> Callable[[], StockRecord]:
            chosen.update(values)
            return lambda: self._adjust(item, values)

        def saved(after: StockRecord) -> None:
            self.window.record_changed(after)
            change = _levels(after)[0] - _levels(item)[0]
            self._push(
                self.tr("Count: %1").replace("%1", _name(item)),
                lambda: self._adjust(item, chosen),
                lambda: stock.correct(
                    db,
                    "pointe" if is_pointe else "material",
                    item.id,
                    -change,
                    reason="undo: stock count",
                ),
            )

        dialog = self._quantity_dialog(
            self.tr("Adjust count"), item, perform, reason_required=True, allow_zero=True
        )
        dialog.reason.setPlaceholderText(self.tr("stock count"))
        dialog.form.labelForField(dialog.quantity).setText(
            self.tr("&Counted (%1)").replace("%1", dialog.unit)
        )
        dialog.saved.connect(saved)
        self._open(dialog)

    def _adjust(self, item: StockRecord, values: dict[str, Any]) -> StockRecord:
        if isinstance(item, PointeSpecRecord):
            return pointe.adjust_pairs(
                self.db, item.id, values["quantity"], reason=values["reason"]
            )
        return stock.adjust_material(self.db, item.id, values["quantity"], reason=values["reason"])


def _levels(item: StockRecord) -> tuple[int, int]:
    if isinstance(item, PointeSpecRecord):
        return item.pairs_on_hand, item.pairs_on_order
    return item.on_hand, item.on_order


def _name(item: StockRecord) -> str:
    return f"{item.dancer} ({item.maker})" if isinstance(item, PointeSpecRecord) else item.name


def _material_heading(item: MaterialRecord) -> str:
    return f"{item.name} — {formatting.stock(item.on_hand, item.unit)}"
