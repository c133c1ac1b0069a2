"""What an operation is: declared once, read by the menus, the toolbar and the record windows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

CONTEXT = "Actions"  # the translation context of every operation's texts


def _always(*_args: Any) -> bool:
    return True


@dataclass(frozen=True)
class Operation:
    """``acts_on``: "costume" for an item (the one selected, or the one whose window is open),
    "" for none. ``offered(record)``: whether a record's window shows it at all (a tutu's
    tulle); ``applies(ctx, record)``: whether it can be done to it now (greyed otherwise).
    ``run(ctx, record)``: what it does. ``button``: a record window's shorter text."""

    key: str
    text: str
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    icon: str = ""
    tip: str = ""
    checkable: bool = False
    button: str = ""
    acts_on: str = ""
    offered: Callable[[Any], bool] = _always
    applies: Callable[[Any, Any], bool] = _always
    run: Callable[[Any, Any], None] | None = None


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shortcut_text(operation: Operation) -> str:
    """Its first key in portable form ("Ctrl+Shift+O"), or ""."""
    if not operation.keys:
        return ""
    return QKeySequence(operation.keys[0]).toString(QKeySequence.SequenceFormat.PortableText)
