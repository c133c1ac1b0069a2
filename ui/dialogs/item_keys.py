"""The keys of what is done to an item: the window's menu and the item's own window share them
(inside the item's window they act on its item); and the item window's row of those actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

from ..text.icons import icon

ITEM_SHORTCUTS = {
    "check_out": "Ctrl+Shift+O",
    "check_in": "Ctrl+Shift+I",
    "move": "Ctrl+Shift+M",
    "alteration": "Ctrl+Shift+A",
    "use_tulle": "Ctrl+Shift+T",
    "to_cleaning": "Ctrl+Shift+L",
    "history": "Ctrl+H",
}


def add_action_buttons(
    dialog: QDialog,
    row: QHBoxLayout,
    choices: list[tuple[str, str, str, bool]],
    request: Callable[[str], None],
) -> None:
    """One button per (name, label, icon, enabled), with the action's keys in the dialog."""
    for name, label, icon_name, enabled in choices:
        button = QPushButton(icon(icon_name), label, dialog)
        button.setAutoDefault(False)
        button.setEnabled(enabled)
        button.setObjectName(f"action_{name}")
        button.clicked.connect(lambda _=False, n=name: request(n))
        if name in ITEM_SHORTCUTS:
            keys = QKeySequence(ITEM_SHORTCUTS[name])
            button.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
            shortcut = QAction(dialog)
            shortcut.setShortcut(keys)
            shortcut.triggered.connect(lambda _=False, n=name: request(n))
            dialog.addAction(shortcut)
        row.addWidget(button)
