"""A costume item opened or logged (and its twin offered); what is done to it once open is
declared in ``ui/operations/items.py``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from wardrobe.records import AlterationRecord, CostumeRecord, DancerRecord

from ..dialogs.item_dialog import ItemDialog
from ..operations import items
from ..operations.undoable import push_edit
from ..runtime.context import AppContext
from ..runtime.core import (
    doubles,
)
from ..text.language import filled
from .photo_actions import PhotoActions


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

    def _dialog(self, **which: Any) -> ItemDialog:
        lists = self.ctx.lists
        record = which.get("record")
        return ItemDialog(
            self.db,
            self.ctx.runner,
            lists.companies,
            lists.dancers(),
            pick_lists=lists.catalogue,
            buttons=items.item_buttons(self.ctx, record) if record is not None else [],
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
        """An operation chosen in the item's window, on its item."""
        run = items.BY_KEY[name].run
        if run is not None:
            run(self.ctx, record)
        elif name == items.ItemOp.RETURN_LOAN and self.return_loan is not None:
            self.return_loan([record])

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
