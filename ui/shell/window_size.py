"""The main window's first size: 1280 × 800 where the screen has room, else the screen's
available area less the window manager's frame, so the status bar is in sight on a 1366 × 768
laptop; a size saved on a bigger screen is brought within this one too."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

PREFERRED = (1280, 800)
FRAME = (16, 48)  # px the window manager's border and title bar take


def fit_to_screen(window: QWidget, first: bool) -> None:
    screen = window.screen()
    if screen is None:
        if first:
            window.resize(*PREFERRED)
        return
    area = screen.availableGeometry()
    width = min(PREFERRED[0] if first else window.width(), area.width() - FRAME[0])
    height = min(PREFERRED[1] if first else window.height(), area.height() - FRAME[1])
    if first or (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        x = min(max(window.x(), area.left()), area.right() - width)
        y = min(max(window.y(), area.top()), area.bottom() - height - FRAME[1] // 2)
        window.move(max(area.left(), x), max(area.top(), y))
