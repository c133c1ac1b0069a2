"""A section's bar of operations, as declared once (``operations.every``): each button its
icon and text beside it, named ``action_<key>``; on a narrow screen the bar folds the last ones
behind its » button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QWidget

from ..operations import every
from ..text.icons import icon


def operations_bar(ctx: Any, parent: QWidget, name: str, keys: tuple[str, ...]) -> QToolBar:
    bar = QToolBar(parent)
    bar.setObjectName(name)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for key, text, icon_name, _enabled, _keys in every.window_buttons(ctx, keys, True):
        action = bar.addAction(icon(icon_name or "none"), text)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(lambda _=False, k=key: every.run(ctx, k))
    return bar
