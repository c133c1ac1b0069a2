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
    ``run(ctx, record)``: what it does. ``button``: a record window's shorter text.
    Where a menu lists an area's operations together: ``separated``, a line before it;
    ``listed``, False for one that menu leaves to another (Back from loan, with the loans)."""

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
    separated: bool = False
    listed: bool = True


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shortcut_text(operation: Operation) -> str:
    """Its first key in portable form ("Ctrl+Shift+O"), or ""."""
    if not operation.keys:
        return ""
    return QKeySequence(operation.keys[0]).toString(QKeySequence.SequenceFormat.PortableText)


def buttons(
    ctx: Any, operations: tuple[Operation, ...], record: Any
) -> list[tuple[str, str, str, bool, str]]:
    """A record window's row of buttons: (key, text, icon, enabled, shortcut) of each operation
    offered for ``record`` (None: no record shown, all greyed), enabled where it applies now."""
    return [
        (
            operation.key,
            translated(operation.button or operation.text),
            operation.icon,
            record is not None and operation.applies(ctx, record),
            shortcut_text(operation),
        )
        for operation in operations
        if record is None or operation.offered(record)
    ]
