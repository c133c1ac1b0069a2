"""The shape every form dialog shares: inline message, Enter saves, Escape cancels, the save
runs off the GUI thread, and nothing is saved until the input is valid."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wardrobe.errors import WardrobeError

from ..runtime.core import edit_undo
from ..runtime.tasks import TaskRunner
from ..text.error_text import error_text
from .on_screen import keep_on_screen, room


class Invalid(Exception):
    """Raised by ``collect()``: the sentence to show, and the field to put the cursor in."""

    def __init__(self, message: str, field: QWidget | None = None) -> None:
        super().__init__(message)
        self.field = field


class FormDialog(QDialog):
    """Subclasses fill ``self.form`` and implement ``collect()`` and ``work(values)``."""

    saved = Signal(object)

    def __init__(self, title: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.runner = runner
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = QLabel(self)
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("#formMessage { color: #c0392b; font-weight: bold; }")
        self.message.setAccessibleName(self.tr("Problem with the input"))
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)
        self.saving = False
        self.result_value: Any = None
        self._as_opened: tuple | None = None
        # An edit's record before and after it was saved (edit_undo snapshots): its undo.
        self.edit_steps: tuple[Any, Any] | None = None

    # -- unsaved changes -----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_height()
        if self._as_opened is None:
            self._as_opened = self.field_values()

    def fit_height(self) -> None:
        """As tall as the text needs at the dialog's width: a heading or a message that wraps
        to more lines (French runs longer) makes the dialog taller instead of being clipped."""
        need = self.layout_.totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), min(need, room(self)))
        self.keep_on_screen()

    def keep_on_screen(self) -> None:
        """Taller than the screen: the fields scroll, the buttons stay in sight."""
        keep_on_screen(self, self.layout_, [self.message, self.buttons])

    def field_values(self) -> tuple:
        """What every field holds now, to compare with what it held when the dialog opened."""
        values: list[Any] = []
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit):
                values.append(child.text())
            elif isinstance(child, QPlainTextEdit):
                values.append(child.toPlainText())
            elif isinstance(child, QComboBox):
                values.append(child.currentText())
            elif isinstance(child, QAbstractSpinBox):
                values.append(child.text())
            elif isinstance(child, QAbstractButton) and child.isCheckable():
                values.append(child.isChecked())
        return tuple(values)

    def has_changes(self) -> bool:
        return self._as_opened is not None and self.field_values() != self._as_opened

    def refill(self, fill: Callable[[], None]) -> None:
        """Runs ``fill`` (choices that arrived after the dialog opened, a record read again):
        what it changes was not typed, so a dialog the user has not touched stays unchanged."""
        untouched = not self.has_changes()
        fill()
        if untouched and self._as_opened is not None:
            self._as_opened = self.field_values()

    # -- for subclasses ------------------------------------------------------------------
    def collect(self) -> Any:
        """Reads and checks the fields; raises Invalid with a sentence."""
        raise NotImplementedError

    def work(self, values: Any) -> Callable[[], Any]:
        """The database work for these values, to run off the GUI thread."""
        raise NotImplementedError

    def undoable(self, db: Any, kind: str, key: int, edit: Callable[[], Any]) -> Callable[[], Any]:
        """An edit's work (a service call with its own version check), keeping the record as
        it was before and after in ``edit_steps`` for Edit › Undo."""

        def work() -> Any:
            before, result, after = edit_undo.edited(db, kind, key, edit)
            self.edit_steps = (before, after)
            return result

        return work

    def failed(self, error: WardrobeError) -> None:
        """A refused save; the message is already shown."""

    # -- the flow ------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if self.isVisible():
            self.fit_height()

    def submit(self) -> None:
        if self.saving:
            return
        try:
            values = self.collect()
        except Invalid as problem:
            self.show_message(str(problem))
            if problem.field is not None:
                problem.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.show_message("")
        self._set_saving(True)
        self.runner.run(self.work(values), self._succeeded, self._failed)

    def _succeeded(self, result: Any) -> None:
        self._set_saving(False)
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, WardrobeError):
            self.show_message(error_text(error))
            self.failed(error)
            return
        self.runner.default_failure(error)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving)


NUMBER_FIELD = "wardrobeNumber"  # a dynamic property: the field expects a number or a date


def number_field(field: QLineEdit) -> QLineEdit:
    """Marks a field that takes a number (a measurement, a quantity, a price): digits typed
    there as fast as a scanner are the user's, never a scan."""
    field.setProperty(NUMBER_FIELD, True)
    return field


def line(parent: QWidget, name: str, text: str = "", placeholder: str = "") -> QLineEdit:
    field = QLineEdit(text, parent)
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    return field


class ChoiceListModel(QAbstractListModel):
    """(label, value) pairs for a QComboBox: thousands of dancers or places in one step,
    where addItem would take a call each."""

    def __init__(self, items: list[tuple[str, Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items = list(items)

    def rowCount(  # noqa: N802
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        label, value = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


def set_choices(box: QComboBox, items: list[tuple[str, Any]]) -> None:
    box.setModel(ChoiceListModel(items, box))
    if len(items) > 100 or box.isEditable():
        # Sizing to the widest of thousands of names reads every one of them as it opens; and
        # a field one types into keeps its width when its choices arrive or change.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(28)


def add_choice(box: QComboBox, label: str, value: Any) -> None:
    """Adds one choice (a stored word the lists do not know) and selects it."""
    model = box.model()
    items = model.items if isinstance(model, ChoiceListModel) else []
    set_choices(box, [*items, (label, value)])
    box.setCurrentIndex(box.count() - 1)


def choice(
    parent: QWidget,
    name: str,
    items: list[tuple[str, Any]],
    current: Any = None,
    editable: bool = False,
) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    box.setEditable(editable)
    set_choices(box, items)
    if current is not None:
        index = box.findData(current)
        if index >= 0:
            box.setCurrentIndex(index)
        elif editable:
            box.setEditText(str(current))
    if editable:
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


def combo_value(box: QComboBox) -> Any:
    """The chosen item's data, or for an editable box the text typed."""
    if box.isEditable():
        text = box.currentText().strip()
        index = box.findText(text)
        if index >= 0 and box.itemData(index) is not None:
            return box.itemData(index)
        return text
    return box.currentData()


def required(field: QLineEdit, message: str) -> str:
    text = field.text().strip()
    if not text:
        raise Invalid(message, field)
    return text


def hint(box: QComboBox, text: str) -> None:
    """The grey hint in an editable choice's own field."""
    field = box.lineEdit()
    if field is not None:
        field.setPlaceholderText(text)
