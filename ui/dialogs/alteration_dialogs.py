"""An item's open alterations in its dialog, and marking one done (who, when, a note)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wardrobe.records import AlterationRecord

from ..runtime.tasks import TaskRunner
from ..text import formatting
from ..text.icons import icon
from ..text.labels import word
from ..text.language import filled
from .action_dialogs import ActionDialog, Perform
from .forms import Invalid, line


class OpenAlterations(QGroupBox):
    """The open alterations of one item, with a button for each operation its opener declares
    for them (key, text, icon, enabled, shortcut: mark done, withdraw); ``requested(key,
    alteration)`` carries the one chosen. A shortcut with a modifier works in the whole window;
    a bare key (Delete) only in the list, where it cannot be typing."""

    requested = Signal(str, object)

    def __init__(
        self, buttons: list[tuple[str, str, str, bool, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open alterations"))
        self.list = QListWidget(self)
        self.list.setObjectName("openAlterations")
        self.list.setAccessibleName(self.tr("Open alterations"))
        self.list.setMaximumHeight(90)
        column = QVBoxLayout()
        for key, text, icon_name, _enabled, keys in buttons:
            button = QPushButton(icon(icon_name or "none"), text, self)
            button.setObjectName(f"action_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._chosen(k))
            if keys:
                self._add_key(QKeySequence(keys), key)
                button.setToolTip(
                    QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                )
            column.addWidget(button)
        column.addStretch(1)
        if buttons:  # Enter on a row: the first (mark done)
            self.list.itemActivated.connect(lambda _i: self._chosen(buttons[0][0]))
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(column)
        self.hide()

    def set_alterations(self, rows: list[AlterationRecord]) -> None:
        self.list.clear()
        for row in (r for r in rows if r.is_open):
            text = filled(
                self.tr("%1 · %2: %3"),
                formatting.day(row.requested_on),
                word(row.kind),
                row.description,
            )
            if row.for_dancer:
                text += " " + filled(self.tr("(for %1)"), row.for_dancer)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row)
        self.setVisible(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def current(self) -> AlterationRecord | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _add_key(self, sequence: QKeySequence, key: str) -> None:
        portable = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        bare = not portable.startswith(("Ctrl+", "Shift+", "Alt+", "Meta+"))
        action = QAction(self.list if bare else self)
        action.setShortcut(sequence)
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut if bare else Qt.ShortcutContext.WindowShortcut
        )
        action.triggered.connect(lambda: self._chosen(key))
        (self.list if bare else self).addAction(action)

    def _chosen(self, key: str) -> None:
        row = self.current()
        if row is not None:
            self.requested.emit(key, row)


class AlterationDoneDialog(ActionDialog):
    def __init__(
        self,
        row: AlterationRecord,
        who: str,
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            filled(self.tr("Alteration done: %1"), row.costume_tag), runner, perform, parent
        )
        self.row = row
        self.heading(f"{row.costume_tag} {row.costume_name} — {row.description}")
        self.done_by = line(self, self.tr("Done by"), who)
        self.done_on = QDateEdit(QDate.currentDate(), self)
        self.done_on.setAccessibleName(self.tr("Done on"))
        self.done_on.setCalendarPopup(True)
        self.done_on.setMaximumDate(QDate.currentDate())
        requested = row.requested_on
        self.done_on.setMinimumDate(QDate(requested.year, requested.month, requested.day))
        self.note = line(self, self.tr("Note"), placeholder=self.tr("e.g. tried on, fits"))
        self.form.addRow(self.tr("Done &by"), self.done_by)
        self.form.addRow(self.tr("Done &on"), self.done_on)
        self.form.addRow(self.tr("&Note"), self.note)
        self.done_by.setFocus()
        self.done_by.selectAll()

    def collect(self) -> dict[str, Any]:
        who = self.done_by.text().strip()
        if not who:
            raise Invalid(self.tr("Say who did the work."), self.done_by)
        when = self.done_on.date().toPython()
        assert isinstance(when, date)
        return dict(done_by=who, done_on=when, note=self.note.text())
