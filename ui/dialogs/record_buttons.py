"""A record window's row of operation buttons, as its opener declares them: each with its
text, icon and shortcut (the same keys as the window's menus, acting on this record)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton

from ..text.icons import icon


def add_action_buttons(
    dialog: QDialog,
    row: QHBoxLayout,
    buttons: list[tuple[str, str, str, bool, str]],
    request: Callable[[str], None],
) -> None:
    """One button per (key, text, icon, enabled, shortcut); the shortcut works in the dialog."""
    for key, text, icon_name, enabled, keys in buttons:
        button = QPushButton(icon(icon_name or "none"), text, dialog)
        button.setAutoDefault(False)
        button.setEnabled(enabled)
        button.setObjectName(f"action_{key}")
        button.clicked.connect(lambda _=False, k=key: request(k))
        if keys:
            sequence = QKeySequence(keys)
            button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
            shortcut = QAction(dialog)
            shortcut.setShortcut(sequence)
            shortcut.triggered.connect(lambda _=False, k=key: request(k))
            dialog.addAction(shortcut)
        row.addWidget(button)
