"""The scan flow: a tag from the scan field or from a scanner's burst anywhere opens its item;
an open dialog gives way (asking first when it holds unsaved changes); an unknown tag
offers a new item with that tag."""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from wardrobe.errors import UnknownTag, WardrobeError
from wardrobe.records import CostumeRecord
from wardrobe.services.tag_shapes import TagShapes

from ..dialogs.forms import NUMBER_FIELD, FormDialog
from ..operations import item_window, orders
from ..runtime.bus import Changes
from ..runtime.context import AppContext
from ..runtime.core import costumes, lookup, places, tag_shapes
from ..runtime.db_guard import gui_read
from ..runtime.scanner import ScannerBurstFilter
from ..text.error_text import error_text
from ..text.icons import icon
from ..text.language import filled
from .put_away import PutAway

_WINDOW_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)


SCAN_OPENED = "wardrobeScanOpened"  # a dynamic property: the tag whose scan opened a window


def expects_number(widget: QWidget | None) -> bool:
    """A spin box, a date, or a line edit marked as a number field (a measurement, a
    quantity, a price): a number typed fast there is the user's, never a scan."""
    while widget is not None and not isinstance(widget, QDialog):
        if isinstance(widget, QAbstractSpinBox) or bool(widget.property(NUMBER_FIELD)):
            return True
        if isinstance(widget, (QLineEdit, QComboBox)):
            return False
        widget = widget.parentWidget()
    return False


def open_for_scan(dialog: QDialog, tag: str) -> None:
    """Opens the window a scan asked for. It blocks nothing: until the window system gives it
    the keyboard, the next scan's keys still go to the main window, and Qt drops every key
    sent to a window a modal one blocks (measured on X11: the whole next tag lost). It starts
    with the keyboard on no field a burst could type into."""
    dialog.setProperty(SCAN_OPENED, tag)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    _settle(dialog)


def _settle(dialog: QWidget) -> None:
    """The keyboard on the first button that acts on the item, or on the window itself; a
    person clicks or tabs into a field to edit."""
    focus = dialog.focusWidget()
    if not isinstance(focus, (QLineEdit, QComboBox, QAbstractSpinBox)) and focus is not None:
        return
    for button in dialog.findChildren(QPushButton):
        if button.isEnabled() and button.isVisible() and button.objectName().startswith("action_"):
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
    if isinstance(focus, QLineEdit):
        focus.deselect()
    dialog.setFocus(Qt.FocusReason.OtherFocusReason)


def close_once_replaced(leaving: list[QDialog]) -> None:
    """Closes windows a scan replaced once a new window has the keyboard (the window system
    gives it to a new window only once it is mapped, a round trip later), or after a second at
    most. Until then a scanner's keys still reach one of ours: a window closed while the X
    server was giving it the keyboard takes the keys typed meanwhile with it."""
    if not leaving:
        return
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    handles = [d.windowHandle() for d in leaving]
    before = QGuiApplication.focusWindow()  # the new window is none of these

    def close(*_args: object) -> None:
        if not leaving:
            return
        focus = QGuiApplication.focusWindow()
        if _args and (focus is None or focus in handles or focus is before):
            return  # the keyboard has not moved to the new window yet
        app.focusWindowChanged.disconnect(close)
        for dialog in leaving:
            if isValid(dialog):
                dialog.reject()
        leaving.clear()

    app.focusWindowChanged.connect(close)
    QTimer.singleShot(1000, close)


class ScanField(QLineEdit):
    """The tag field. It leaves Ctrl+Z and Ctrl+Shift+Z to the window (a QLineEdit takes them
    for its own text; a half-typed tag is not worth undoing) so undo works from here too, and
    every Ctrl+letter but the clipboard's and select-all (on X11 a line edit takes Ctrl+E as
    end of line, Ctrl+K and Ctrl+U as deletions): the window's Ctrl+E opens from here."""

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
            and (
                any(event.matches(k) for k in _WINDOW_KEYS)
                or _is_redo(event)
                or _is_window_letter(event)
            )
        ):
            event.ignore()
            return True
        return super().event(event)


_FIELD_LETTERS = {Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X}


def _is_window_letter(event: QKeyEvent) -> bool:
    """Ctrl+letter (no Alt, no Shift) other than select-all, copy, paste and cut."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (
        mods == Qt.KeyboardModifier.ControlModifier
        and Qt.Key.Key_A.value <= event.key() <= Qt.Key.Key_Z.value
        and event.key() not in _FIELD_LETTERS
    )


def _is_redo(event: QKeyEvent) -> bool:
    mods = event.modifiers()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Z and mods & ctrl_shift == ctrl_shift


log = logging.getLogger("wardrobe.desk")

ORDER_NUMBER = re.compile(r"^PO-[A-Z0-9]{1,8}-\d+$")


class ScanFlow(QObject):
    """A scanned tag's item is shown and opened here, an unknown tag offers a new item with
    that tag, a purchase order's number (on its PDF, quoted on a delivery note) opens the order,
    and a place label starts put-away there."""

    empty_enter = Signal()  # Enter in the empty field: open what Ctrl+E would

    def __init__(
        self,
        ctx: AppContext,
        field: ScanField,
        belongs: Callable[[QWidget], bool],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        # A scanner's burst is a scan wherever the focus is, in the window or its dialogs.
        self.scanner = ScannerBurstFilter(belongs, self.reads_as_scan, self)
        self.scanner.scan_opened = lambda w: bool(w.window().property(SCAN_OPENED))
        self.scanner.scanned.connect(self.scan)
        self.scanner.stray.connect(self.stray)
        self.ctx = ctx
        self.field = field
        self.last: CostumeRecord | None = None
        self.put_away = PutAway(ctx, self)
        self.shapes = TagShapes()  # until this inventory's tags are read: any tag with a letter
        self.scanning = ""  # the tag being applied; a window opened meanwhile is the scan's
        self._queue: deque[tuple[str, bool]] = deque()
        self._busy = False
        field.returnPressed.connect(self._typed)
        ctx.bus.changed.connect(self._changed)
        ctx.bus.reloaded.connect(self.learn_tags)

    def learn_tags(self) -> None:
        """Reads what this inventory's tags look like (on the worker)."""
        db = self.ctx.db
        self.ctx.runner.run(lambda: tag_shapes.read(db), self._learned, lambda _error: None)

    def _learned(self, shapes: TagShapes) -> None:
        self.shapes = shapes

    def reads_as_scan(self, text: str, widget: QWidget | None) -> bool:
        """Whether a scanner's burst typed into ``widget`` reads as a tag of this inventory,
        a place label or an order number. A number or a date typed fast into a field that
        expects one is typing; so is a word."""
        if expects_number(widget) and not any(ch.isalpha() for ch in text):
            return False
        return self.shapes.reads_as_tag(text)

    def _typed(self) -> None:
        text = self.field.text().strip()
        if text:
            self.scan(text, from_field=True)
        else:
            self.empty_enter.emit()

    def _changed(self, changes: Changes) -> None:
        for record in changes.records:
            if isinstance(record, CostumeRecord):
                self.shapes = self.shapes.with_tag(record.tag)
                if self.last and record.tag == self.last.tag:
                    self.last = record

    def scan(self, text: str, from_field: bool = False) -> None:
        """A tag, typed or scanned: queued, and applied in the order the tags came, each once
        the one before it is done (a question it asked answered, the lists read at start)."""
        self._queue.append((text, from_field))
        if not self._busy:
            self.ctx.with_roster(self._next)

    def _next(self) -> None:
        if self._busy or not self._queue:
            return
        text, from_field = self._queue.popleft()
        self._busy = True
        self.scanning = text
        try:
            self._apply(text, from_field)
        finally:
            self._busy = False
            self.scanning = ""
        if self._queue:
            QTimer.singleShot(0, self._next)

    def stray(self, text: str) -> None:
        """Keys at a scanner's speed ending in Enter, in a window a scan opened, that read as no
        tag (a label read short, a smudge): dropped, said, never saved there."""
        log.info("%r: stray keys at a scanner's speed, dropped", text)
        self.ctx.say(
            filled(
                self.tr("“%1” came at a scanner’s speed but is not a tag: not typed, not saved."),
                text,
            ),
            8000,
        )

    def _apply(self, text: str, from_field: bool) -> None:
        """A tag: its item opens, whatever was open gives way first."""
        try:
            tag = lookup.normalise_tag(text)
        except WardrobeError as error:
            log.info("%r: not a tag", text)
            self.ctx.say(error_text(error), 8000)
            if from_field:
                self.field.selectAll()
            return
        taker = self._scan_taker()
        if taker is not None:  # a dialog that counts scans (travel, stocktake) takes it
            log.info("%s: taken by %s", tag, taker.objectName())
            taker.take_scan(tag)
            return
        leaving = self._make_way(tag)
        if leaving is None:
            log.info("%s: set aside", tag)
            return
        try:
            self._open(tag)
        finally:
            close_once_replaced(leaving)

    def _open(self, tag: str) -> None:
        self.field.clear()
        if places.is_place_code(tag):
            log.info("%s: put-away starts", tag)
            self.put_away.start(tag)
            return
        if ORDER_NUMBER.match(tag):
            log.info("%s: order", tag)
            orders.open_order(self.ctx, tag)
            return
        if self.put_away.active:
            log.info("%s: put away", tag)
            self.put_away.take(tag)
            return
        # One read by the tag's index (a millisecond or two): done at once, not queued behind
        # whatever the worker is doing (a start-up backup of a big inventory takes a second).
        try:
            with gui_read("scan"):
                record = costumes.get_item(self.ctx.db, tag)
        except UnknownTag:
            log.info("%s: unknown, a new item offered", tag)
            self._offer_new(tag)
            return
        except Exception as error:  # noqa: BLE001 - shown as the worker's failures are
            self.ctx.show_failure(error)
            return
        self.last = record
        log.info("%s: opened", tag)
        self.open_item(record)

    def open_item(self, record: CostumeRecord) -> None:
        """The item shown in Costumes (its row selected) and its window opened."""
        if self.ctx.selection is not None:
            self.ctx.selection.reveal(record)
        item_window.open_item(self.ctx, record)

    def _scan_taker(self) -> Any:
        """The dialog on top, when it is one that takes scans itself (``take_scan``)."""
        host = self.ctx.host
        if host is None:
            return None
        for dialog in reversed(host.findChildren(QDialog)):
            if dialog.isVisible():
                return dialog if callable(getattr(dialog, "take_scan", None)) else None
        return None

    def _make_way(self, tag: str) -> list[QDialog] | None:
        """The windows open over the main one give way; one with unsaved changes asks first
        (None: the user kept them). A modal one closes now (it would block the next window);
        the others are returned, to close once the next window is open: closing the window
        that has the keyboard first leaves the keyboard to no window until the next one takes
        it, and a scanner's keys meanwhile are lost (measured on X11, three scans in a row)."""
        host = self.ctx.host
        if host is None:
            return []
        leaving: list[QDialog] = []
        for dialog in reversed(host.findChildren(QDialog)):
            if not dialog.isVisible():
                continue
            if isinstance(dialog, FormDialog) and dialog.has_changes():
                answer = QMessageBox.question(
                    host,
                    self.tr("Unsaved changes"),
                    filled(
                        self.tr("“%1” has changes that are not saved. Leave them and open %2?"),
                        dialog.windowTitle(),
                        tag,
                    ),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Discard:
                    self.ctx.say(filled(self.tr("Scan of %1 set aside."), tag), 8000)
                    return None
            if dialog.isModal():
                dialog.reject()
            else:
                leaving.append(dialog)
        return leaving

    def _offer_new(self, tag: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unknown tag"),
            filled(self.tr("No item has the tag %1 yet. Log a new item with this tag?"), tag),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.ctx.host,
        )
        box.setObjectName("unknownTag")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)

        def answered(code: int) -> None:
            if code == QMessageBox.StandardButton.Yes:
                QTimer.singleShot(0, lambda: item_window.new_item(self.ctx, tag))

        box.finished.connect(answered)
        self.ctx.open_dialog(box)
