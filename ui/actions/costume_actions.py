"""What is done to a costume item, each undoable: open it, log a new one, check out and in,
move, record an alteration, take tulle for a tutu, read its history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from wardrobe.records import AlterationRecord, CostumeRecord, DancerRecord, MaterialRecord
from wardrobe.store.database import Database

from ..dialogs.action_dialogs import (
    AlterationDialog,
    CheckInDialog,
    CheckOutDialog,
    MoveDialog,
    UseTulleDialog,
)
from ..dialogs.item_dialog import ItemDialog
from ..runtime.context import AppContext
from ..runtime.core import (
    alterations,
    catalog,
    circulation,
    doubles,
    history_events,
    stock_movements,
)
from ..text import formatting
from ..text.language import filled
from .photo_actions import PhotoActions
from .undoable import push, push_edit


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


class CostumeActions(QObject):
    """``item_opened(record)``: an item's dialog is open."""

    item_opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        # Taking a lent item back (the guests-and-loans actions do it; the shell connects).
        self.return_loan: Callable[[list[CostumeRecord]], None] | None = None
        self.photo_actions = PhotoActions(ctx, self)

    def _costume(self, record: Any) -> CostumeRecord | None:
        if isinstance(record, CostumeRecord):
            return record
        item = self.ctx.selection.costume() if self.ctx.selection else None
        if item is None:
            self.ctx.say(self.tr("Choose an item first: scan its tag or select it in Costumes."))
        return item

    def _dialog(self, **which: Any) -> ItemDialog:
        lists = self.ctx.lists
        return ItemDialog(
            self.db,
            self.ctx.runner,
            lists.companies,
            lists.dancers(),
            pick_lists=lists.catalogue,
            parent=self.ctx.host,
            **which,
        )

    # -- opening and logging -------------------------------------------------------------
    def open_item(self, record: CostumeRecord) -> None:
        self.ctx.with_roster(lambda: self._open_item(record))

    def _open_item(self, record: CostumeRecord) -> None:
        dialog = self._dialog(record=record)
        dialog.saved.connect(self.ctx.saved)
        push_edit(self.ctx, dialog, lambda r: filled(self.tr("Edit %1"), r.tag))
        dialog.action_requested.connect(self._requested)
        dialog.alteration_requested.connect(self._alteration_requested)
        if dialog.photos is not None:
            dialog.photos.removed.connect(lambda r: self.photo_actions.removed(r, record.id))
            dialog.photos.changed.connect(lambda: self.ctx.bus.photos_changed.emit(record.id))
        self.ctx.open_dialog(dialog)
        self.item_opened.emit(record)

    def _requested(self, name: str, record: CostumeRecord) -> None:
        handlers: dict[str, Callable[[Any], None]] = {
            "check_out": self.check_out,
            "check_in": self.check_in,
            "to_cleaning": self.to_cleaning,
            "move": self.move,
            "alteration": self.alteration,
            "use_tulle": self.use_tulle,
            "history": self.history,
            "return_loan": lambda r: self.return_loan([r]) if self.return_loan else None,
        }
        handlers[name](record)

    def _alteration_requested(self, name: str, alteration: AlterationRecord) -> None:
        from .alteration_actions import mark_done, withdraw

        (mark_done if name == "done" else withdraw)(self.ctx, alteration)

    def new_item(self, tag: str = "") -> None:
        if not self.ctx.lists.companies:
            self.ctx.say(self.tr("Set up a company first (File › New company)."), 8000)
            return

        def open_dialog() -> None:
            dialog = self._dialog(tag=tag)
            dialog.saved.connect(self.ctx.saved)
            dialog.saved.connect(self.offer_twin)
            self.ctx.open_dialog(dialog)

        self.ctx.with_roster(open_dialog)

    def offer_twin(self, record: CostumeRecord) -> None:
        """A piece made for a dancer who has a double (or doubles someone): its twin, the
        same piece made for the partner with its own tag, offered at once."""
        if not record.built_for:
            return
        db, tag = self.db, record.tag
        self.ctx.runner.run(lambda: doubles.twin_candidates(db, tag), self._ask_twin(record))

    def _ask_twin(self, record: CostumeRecord) -> Callable[[list[DancerRecord]], None]:
        def ask(partners: list[DancerRecord]) -> None:
            for partner in partners:
                answer = QMessageBox.question(
                    self.ctx.host,
                    self.tr("Log the twin"),
                    filled(
                        self.tr(
                            "%1 has a double: %2. Log the twin of %3 for %2 too (the same piece, "
                            "production, role and colour, with its own tag)?"
                        ),
                        record.built_for,
                        partner.name,
                        f"{record.tag} {record.name}",
                    ),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self.ctx.runner.run(self._twin_work(record.tag, partner.id), self._twin_logged)

        return ask

    def _twin_work(self, tag: str, partner_id: int) -> Callable[[], CostumeRecord]:
        db = self.db
        return lambda: doubles.log_twin(db, tag, partner_id)

    def _twin_logged(self, twin: CostumeRecord) -> None:
        self.ctx.saved(twin)
        self.ctx.say(filled(self.tr("Twin logged: %1 for %2."), twin.tag, twin.built_for), 10_000)

    # -- state changes ---------------------------------------------------------------------
    def _put_back(self, item: CostumeRecord) -> Callable[[int | None], CostumeRecord]:
        return put_back(self.db, item)

    def check_out(self, record: Any = None) -> None:
        item = self._costume(record)
        if item is None:
            return
        db, chosen = self.db, {}

        def perform(dancer_id: int) -> Callable[[], CostumeRecord]:
            chosen["dancer"] = dancer_id
            return lambda: circulation.check_out(db, item.tag, dancer_id)

        def saved(after: CostumeRecord) -> None:
            self.ctx.saved(after)
            push(
                self.ctx,
                filled(self.tr("Check out %1 to %2"), item.tag, after.out_to),
                lambda v: circulation.check_out(db, item.tag, chosen["dancer"], expected_version=v),
                self._put_back(item),
                after,
            )

        def open_dialog() -> None:
            dialog = CheckOutDialog(
                item, self.ctx.lists.dancers(), self.ctx.runner, perform, self.ctx.host
            )
            dialog.saved.connect(saved)
            self.ctx.open_dialog(dialog)

        self.ctx.with_roster(open_dialog)

    def check_in(self, record: Any = None) -> None:
        """Back into store: the dialog asks the condition and where it goes."""
        item = self._costume(record)
        if item is None:
            return
        if item.status == "in_store":
            self.ctx.say(filled(self.tr("%1 is already in store."), item.tag))
            return
        db, chosen = self.db, {}

        def perform(values: dict[str, Any]) -> Callable[[], CostumeRecord]:
            chosen.update(values)
            return lambda: circulation.check_in(db, item.tag, **values)

        def saved(after: CostumeRecord) -> None:
            self.ctx.saved(after)
            push(
                self.ctx,
                filled(self.tr("Check in %1"), item.tag),
                lambda v: circulation.check_in(db, item.tag, **chosen, expected_version=v),
                self._put_back(item),
                after,
            )

        def open_dialog(places: list[str]) -> None:
            dialog = CheckInDialog(item, places, self.ctx.runner, perform, self.ctx.host)
            dialog.saved.connect(saved)
            self.ctx.open_dialog(dialog)

        company = item.company_id
        self.ctx.runner.run(lambda: catalog.location_paths(db, company), open_dialog)

    def to_cleaning(self, record: Any = None) -> None:
        item = self._costume(record)
        if item is None:
            return
        db = self.db

        def done(after: CostumeRecord) -> None:
            self.ctx.saved(after)
            push(
                self.ctx,
                filled(self.tr("%1 to cleaning"), item.tag),
                lambda v: circulation.send_away(db, item.tag, "at_cleaning", expected_version=v),
                self._put_back(item),
                after,
            )

        self.ctx.runner.run(lambda: circulation.send_away(db, item.tag, "at_cleaning"), done)

    def move(self, record: Any = None) -> None:
        item = self._costume(record)
        if item is None:
            return
        db, chosen = self.db, {}

        def perform(place: str) -> Callable[[], CostumeRecord]:
            chosen["place"] = place
            return lambda: circulation.move_item(db, item.tag, place)

        def saved(after: CostumeRecord) -> None:
            self.ctx.saved(after)
            push(
                self.ctx,
                filled(self.tr("Move %1 to %2"), item.tag, after.location),
                lambda v: circulation.move_item(db, item.tag, chosen["place"], expected_version=v),
                self._put_back(item),
                after,
            )

        def open_dialog(places: list[str]) -> None:
            dialog = MoveDialog(item, places, self.ctx.runner, perform, self.ctx.host)
            dialog.saved.connect(saved)
            self.ctx.open_dialog(dialog)

        company = item.company_id
        self.ctx.runner.run(lambda: catalog.location_paths(db, company), open_dialog)

    def alteration(self, record: Any = None) -> None:
        item = self._costume(record)
        if item is None:
            return
        db, chosen, made = self.db, {}, {}

        def perform(values: dict[str, Any]) -> Callable[[], AlterationRecord]:
            chosen.update(values)
            return lambda: alterations.record_alteration(db, item.tag, **values)

        def record_again(_version: int | None) -> None:
            made["row"] = alterations.record_alteration(db, item.tag, **chosen)

        def take_back(_version: int | None) -> None:
            alterations.withdraw_alteration(db, made["row"].id, only_if_open=True)

        def saved(row: AlterationRecord) -> None:
            made["row"] = row
            push(
                self.ctx,
                filled(self.tr("Alteration on %1"), item.tag),
                record_again,
                take_back,
                row,
                version_of=lambda _r: None,
            )

        def open_dialog() -> None:
            dialog = AlterationDialog(
                item, self.ctx.lists.dancers(), self.ctx.runner, perform, self.ctx.host
            )
            dialog.saved.connect(saved)
            self.ctx.open_dialog(dialog)

        self.ctx.with_roster(open_dialog)

    def use_tulle(self, record: Any = None) -> None:
        item = self._costume(record)
        if item is None:
            return
        if item.tutu is None:
            self.ctx.say(filled(self.tr("%1 is not a tutu."), item.tag))
            return
        db, chosen = self.db, {}
        materials = self.ctx.lists.materials

        def perform(values: dict[str, Any]) -> Callable[[], MaterialRecord]:
            chosen.update(values)
            return lambda: stock_movements.use_for_tutu(
                db, item.tag, values["material"], values["length"], layers=values["layers"]
            )

        def saved(after: MaterialRecord) -> None:
            self.ctx.saved(after)
            before = next(m for m in materials if m.id == after.id)
            used = before.on_hand - after.on_hand
            push(
                self.ctx,
                filled(self.tr("Tulle for %1: %2"), item.tag, formatting.stock(used, after.unit)),
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

        dialog = UseTulleDialog(item, materials, self.ctx.runner, perform, self.ctx.host)
        dialog.saved.connect(saved)
        self.ctx.open_dialog(dialog)

    def history(self, record: Any = None) -> None:
        item = self._costume(record)
        if item is None:
            return

        from ..dialogs.history_dialog import HistoryDialog

        db, units = self.db, self.ctx.lists.units_of(item.company_id)
        self.ctx.runner.run(
            lambda: history_events.item_events(db, item.tag),
            lambda events: self.ctx.open_dialog(
                HistoryDialog(f"{item.tag} {item.name}", events, units, self.ctx.host)
            ),
        )
