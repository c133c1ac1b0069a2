"""The scan flow: a tag from the scan field or from a scanner's burst anywhere opens its item;
an open dialog gives way (asking first when it holds unsaved changes); an unknown tag
offers a new item with that tag."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from wardrobe.errors import UnknownTag, WardrobeError
from wardrobe.records import CostumeRecord

from ..dialogs.forms import FormDialog
from ..runtime.context import AppContext
from ..runtime.core import costumes, lookup, places
from ..runtime.db_guard import gui_read
from ..text.error_text import error_text
from ..text.icons import icon
from .put_away import PutAway

_WINDOW_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)


def is_tag(text: str) -> bool:
    """Whether a scanner's burst reads as a tag: tag-shaped, with a digit (every tag the app
    gives has one; a word typed fast has none). Else it was typed, and goes where typed."""
    try:
        lookup.normalise_tag(text)
    except WardrobeError:
        return False
    return any(ch.isdigit() for ch in text)


class ScanField(QLineEdit):
    """The tag field. It leaves Ctrl+Z and Ctrl+Shift+Z to the window (a QLineEdit takes them
    for its own text; a half-typed tag is not worth undoing) so undo works from here too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setPlaceholderText(self.tr("Scan or type a tag, then Enter"))
        self.setAccessibleName(self.tr("Tag"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.addAction(icon("scan"), QLineEdit.ActionPosition.LeadingPosition)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (any(event.matches(k) for k in _WINDOW_KEYS) or _is_redo(event))
        ):
            event.ignore()
            return True
        return super().event(event)


def _is_redo(event: QKeyEvent) -> bool:
    mods = event.modifiers()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Z and mods & ctrl_shift == ctrl_shift


ORDER_NUMBER = re.compile(r"^PO-[A-Z0-9]{1,8}-\d+$")


class ScanFlow(QObject):
    """``found(record)``: a scanned tag's item, to show and open; ``unknown(tag)``: the user
    wants a new item with that tag; ``order_scanned(number)``: a purchase order's number (on
    its PDF, quoted on a delivery note), to open. A place label starts put-away there."""

    found = Signal(object)
    unknown = Signal(str)
    order_scanned = Signal(str)

    def __init__(self, ctx: AppContext, field: ScanField, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.field = field
        self.last: CostumeRecord | None = None
        self.put_away = PutAway(ctx, self)
        field.returnPressed.connect(self._typed)
        ctx.bus.record_saved.connect(self._saved)

    def _typed(self) -> None:
        text = self.field.text().strip()
        if text:
            self.scan(text, from_field=True)

    def _saved(self, record: Any) -> None:
        if isinstance(record, CostumeRecord) and self.last and record.tag == self.last.tag:
            self.last = record

    def scan(self, text: str, from_field: bool = False) -> None:
        """A tag, typed or scanned: its item opens, whatever was open gives way first."""
        try:
            tag = lookup.normalise_tag(text)
        except WardrobeError as error:
            self.ctx.say(error_text(error), 8000)
            if from_field:
                self.field.selectAll()
            return
        taker = self._scan_taker()
        if taker is not None:  # a dialog that counts scans (travel, stocktake) takes it
            taker.take_scan(tag)
            return
        if not self._make_way(tag):
            return
        self.field.clear()
        if places.is_place_code(tag):
            self.put_away.start(tag)
            return
        if ORDER_NUMBER.match(tag):
            self.order_scanned.emit(tag)
            return
        if self.put_away.active:
            self.put_away.take(tag)
            return
        # One read by the tag's index (a millisecond or two): done at once, not queued behind
        # whatever the worker is doing (a start-up backup of a big inventory takes a second).
        try:
            with gui_read("scan"):
                record = costumes.get_item(self.ctx.db, tag)
        except UnknownTag:
            self._offer_new(tag)
            return
        except Exception as error:  # noqa: BLE001 - shown as the worker's failures are
            self.ctx.show_failure(error)
            return
        self.last = record
        self.found.emit(record)

    def _scan_taker(self) -> Any:
        """The dialog on top, when it is one that takes scans itself (``take_scan``)."""
        host = self.ctx.host
        if host is None:
            return None
        for dialog in reversed(host.findChildren(QDialog)):
            if dialog.isVisible():
                return dialog if callable(getattr(dialog, "take_scan", None)) else None
        return None

    def _make_way(self, tag: str) -> bool:
        """Closes the dialogs open over the window; one with unsaved changes asks first."""
        host = self.ctx.host
        if host is None:
            return True
        for dialog in reversed(host.findChildren(QDialog)):
            if not dialog.isVisible():
                continue
            if isinstance(dialog, FormDialog) and dialog.has_changes():
                answer = QMessageBox.question(
                    host,
                    self.tr("Unsaved changes"),
                    self.tr("“%1” has changes that are not saved. Leave them and open %2?")
                    .replace("%1", dialog.windowTitle())
                    .replace("%2", tag),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Discard:
                    self.ctx.say(self.tr("Scan of %1 set aside.").replace("%1", tag), 8000)
                    return False
            dialog.reject()
        return True

    def _offer_new(self, tag: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unknown tag"),
            self.tr("No item has the tag %1 yet. Log a new item with this tag?").replace("%1", tag),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.ctx.host,
        )
        box.setObjectName("unknownTag")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def answered(code: int) -> None:
            if code == QMessageBox.StandardButton.Yes:
                QTimer.singleShot(0, lambda: self.unknown.emit(tag))

        box.finished.connect(answered)
        self.ctx.open_dialog(box)
