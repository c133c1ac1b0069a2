"""A dialog taller than the screen (a tutu's item window with its alterations on a 1366 × 768
laptop) scrolls inside instead: its fields in a scroll area, its buttons always in sight, the
whole window on the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

FRAME = 48  # px left for the window's title bar and border, drawn by the window manager


def room(dialog: QDialog) -> int:
    """The height a dialog may take on its screen."""
    screen = dialog.screen()
    return screen.availableGeometry().height() - FRAME if screen is not None else 10_000


def _widgets_in(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found += _widgets_in(inner)
    return found


def keep_on_screen(dialog: QDialog, layout: QVBoxLayout, kept: list[QWidget]) -> None:
    """Once the dialog needs more than the screen's height, everything in ``layout`` but
    ``kept`` (its message, its buttons) goes into a scroll area (once), and the dialog is made
    to fit and moved onto the screen."""
    limit = room(dialog)
    if dialog.height() <= limit and dialog.sizeHint().height() <= limit:
        return
    if dialog.findChild(QScrollArea, "fitScroll") is None:
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        shown: list[QWidget] = []  # a moved widget is hidden until shown again: at once here
        while layout.count():
            item = layout.takeAt(0)
            if item is None:
                break
            widget, sub = item.widget(), item.layout()
            if widget is not None and widget in kept:
                continue
            if widget is not None:
                if not widget.isHidden():
                    shown.append(widget)
                inner.addWidget(widget)
            elif isinstance(sub, QLayout):
                shown += [w for w in _widgets_in(sub) if not w.isHidden()]
                sub.setParent(None)  # type: ignore[call-overload]
                inner.addLayout(sub)
            else:
                inner.addItem(item)
        scroll = QScrollArea(dialog)
        scroll.setObjectName("fitScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        for widget in shown:
            widget.show()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        scroll.show()  # a new child of a shown dialog is otherwise shown later, from the queue
        for widget in kept:
            layout.addWidget(widget)
        layout.activate()  # its new minimum (the old one was the whole content's height)
        wider = dialog.width() + scroll.verticalScrollBar().sizeHint().width()
        dialog.resize(wider, dialog.height())
    dialog.resize(dialog.width(), min(limit, max(dialog.height(), 200)))
    screen = dialog.screen()
    if screen is not None:
        area = screen.availableGeometry()
        top = min(max(dialog.y(), area.top() + FRAME // 2), area.bottom() - dialog.height())
        dialog.move(dialog.x(), max(area.top(), top))
