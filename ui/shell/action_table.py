"""The window's own operations, and the menus and the toolbar as lists of keys; one QAction per
operation, run by its declaration (``ui/operations``) or, for the window's own, by the shell."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..operations import every
from ..operations.every import ITEMS
from ..operations.operation import Operation, translated
from ..text.icons import icon
from ..text.noop import QT_TRANSLATE_NOOP

# The window's own operations (the scan field, the lists, undo, quitting): the shell gives each
# its handler. Every other operation is declared in ``ui/operations``.
WINDOW_OPERATIONS = (
    Operation(
        "scan",
        QT_TRANSLATE_NOOP("Actions", "&Scan or type a tag"),
        ("Ctrl+L", "F6"),
        "scan",
        QT_TRANSLATE_NOOP("Actions", "Put the cursor in the tag field"),
    ),
    Operation(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New…"),
        (QKeySequence.StandardKey.New,),
        "new",
        QT_TRANSLATE_NOOP("Actions", "New item, dancer, specification or material"),
    ),
    Operation(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open selected"),
        ("Ctrl+E",),
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Open the selected row, or the item scanned last"),
    ),
    Operation(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find"),
        (QKeySequence.StandardKey.Find,),
        "find",
        QT_TRANSLATE_NOOP("Actions", "Filter the current list"),
    ),
    Operation(
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "&Refresh"),
        (QKeySequence.StandardKey.Refresh,),
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "Read everything again from the inventory"),
    ),
    Operation("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",), "undo"),
    Operation("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), "redo"),
    Operation(
        "photos_in_list",
        QT_TRANSLATE_NOOP("Actions", "&Photos in the costume list"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Each item's main photo, small, in a column of its own"),
        checkable=True,
    ),
    Operation("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (QKeySequence.StandardKey.Quit,)),
)

# Menus: (title, keys); None is a separator; "@name" a submenu the shell fills.
MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "@language",
            "@appearance",
            None,
            "@print",
            None,
            "company",
            "import",
            "@export",
            None,
            "backup",
            "restore",
            "user",
            None,
            "quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        ("undo", "redo", None, "find", "scan", None, "erase_dancer"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Item"),
        ("new", "open", None, ITEMS),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Stock"),
        (
            "issue",
            "receive",
            "adjust",
            None,
            "measure",
            None,
            "draft_orders",
            "stocktake",
            "count_materials",
            "chart",
            None,
            "build_new",
            "build_stage",
            "build_finish",
            "build_cancel",
            "build_work_sheet",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Guests and loans"),
        ("engage", "swap", "pack", "travel", "end_engagement", None, "lend", "return_loan"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "P&roductions"),
        (
            "production_new_part",
            "production_edit_part",
            "production_remove_part",
            "production_new_look",
            "production_edit_look",
            "production_look_photo",
            "production_remove_look",
            None,
            "production_cast",
            "production_give_copy",
            "production_uncast",
            None,
            "schedule_new_event",
            "schedule_edit_event",
            "schedule_remove_event",
            "schedule_change_cast",
            "schedule_pull",
            "schedule_call_out",
            "schedule_call_in",
            "schedule_dressing",
            "schedule_calendar",
            None,
            "print_costume_plot",
            "print_continuity_book",
        ),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&View"), ("refresh", "photos_in_list")),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("about",)),
)
PRINT_MENU = (
    "print",
    None,
    "print_sheet",
    "print_both",
    "print_production",
    "print_date",
    "print_doubles",
    "print_costume_book",
    "print_cost_report",
    "print_reorder",
    "print_count_sheet",
    "print_labels",
    "print_place_labels",
)
TOOLBAR = ("new", "check_out", "check_in", "move", "issue", "receive")
TOOLBAR_ICONS_ONLY = ("undo", "redo", "refresh")


def build_actions(
    parent: QObject, ctx: Any, handlers: dict[str, Callable[[], None]]
) -> dict[str, QAction]:
    """One QAction per operation, added to ``parent`` (a window) so its keys work everywhere in
    it. ``handlers``: the window's own operations' work."""
    actions = {}
    for spec in (*WINDOW_OPERATIONS, *every.OPERATIONS):
        text = translated(spec.text)
        action = QAction(icon(spec.icon or "none"), text, parent)
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            plain = text.replace("&", "")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
        if spec.tip:
            action.setStatusTip(translated(spec.tip))
        action.setCheckable(spec.checkable)
        handler = handlers.get(spec.key) or partial(every.run, ctx, spec.key, None)
        action.triggered.connect(lambda _=False, h=handler: h())
        parent.addAction(action)  # type: ignore[attr-defined]
        actions[spec.key] = action
    return actions
