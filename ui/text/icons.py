"""The app's icons, from resources/icons (SVG)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from resources import icon_path


@cache
def icon(name: str) -> QIcon:
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()
