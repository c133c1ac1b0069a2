"""Edit › Undo and Redo say what they would take back or do again ("Undo Check out
BN-000024 to Léa Núñez"), and are grey when there is nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoStack
from shiboken6 import isValid

from ..text.language import filled


def _said(action: QAction, plain: str, what: str) -> None:
    """The menu entry names the step; the tooltip (the toolbar button's) does too."""
    if what:
        text = filled(
            QCoreApplication.translate("UndoMenu", "%1 “%2”"), plain, what.replace("&", "&&")
        )
    else:
        text = plain
    action.setText(text)
    action.setToolTip(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    action.setEnabled(bool(what))


class _UndoMenu(QObject):
    """Lives as long as the stack (its child): its slots go with it."""

    def __init__(self, stack: QUndoStack, undo: QAction, redo: QAction) -> None:
        super().__init__(stack)
        self.stack, self.undo, self.redo = stack, undo, redo
        self.undo_plain = QCoreApplication.translate("Actions", "&Undo")
        self.redo_plain = QCoreApplication.translate("Actions", "&Redo")
        stack.indexChanged.connect(self.update)
        stack.cleanChanged.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        stack = self.stack
        if not (isValid(stack) and isValid(self.undo) and isValid(self.redo)):
            return  # the window is being taken down (the stack empties itself as it goes)
        _said(self.undo, self.undo_plain, stack.undoText() if stack.canUndo() else "")
        _said(self.redo, self.redo_plain, stack.redoText() if stack.canRedo() else "")


def wire_undo(stack: QUndoStack, undo: QAction, redo: QAction) -> None:
    """Keeps the two actions' text and state with the stack's."""
    _UndoMenu(stack, undo, redo)
