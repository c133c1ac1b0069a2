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
from ..text.labels import word
from ..text.language import filled
from .action_dialogs import ActionDialog, Perform
from .forms import Invalid, line

DONE_KEYS = "Ctrl+Shift+D"


class OpenAlterations(QGroupBox):
    """The open alterations of one item; ``done_requested`` / ``withdraw_requested`` carry
    the one chosen (Ctrl+Shift+D: done; Delete: withdraw)."""

    done_requested = Signal(object)
    withdraw_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Open alterations"))
        self.list = QListWidget(self)
        self.list.setObjectName("openAlterations")
        self.list.setAccessibleName(self.tr("Open alterations"))
        self.list.setMaximumHeight(90)
        self.done = QPushButton(self.tr("Mark &done…"), self)
        self.done.setObjectName("alterationDone")
        self.done.setAutoDefault(False)
        self.done.setToolTip(QKeySequence(DONE_KEYS).toString())
        self.withdraw = QPushButton(self.tr("&Withdraw"), self)
        self.withdraw.setObjectName("alterationWithdraw")
        self.withdraw.setAutoDefault(False)
        self.done.clicked.connect(lambda: self._chosen(self.done_requested))
        self.withdraw.clicked.connect(lambda: self._chosen(self.withdraw_requested))
        self.list.itemActivated.connect(lambda _i: self._chosen(self.done_requested))
        delete = QAction(self.list)
        delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(lambda: self._chosen(self.withdraw_requested))
        self.list.addAction(delete)
        buttons = QVBoxLayout()
        buttons.addWidget(self.done)
        buttons.addWidget(self.withdraw)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
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

    def _chosen(self, signal: Any) -> None:
        row = self.current()
        if row is not None:
            signal.emit(row)


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
