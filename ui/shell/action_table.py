"""Every window action declared once (text, keys, icon, tip); menus and the toolbar are lists
of their keys. The shell gives each key its handler."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..operations.items import ITEM_OPERATIONS
from ..operations.operation import Operation, translated
from ..text.icons import icon
from ..text.noop import QT_TRANSLATE_NOOP

ACTIONS = (
    *ITEM_OPERATIONS,
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
        "issue",
        QT_TRANSLATE_NOOP("Actions", "Issue &pointe shoes…"),
        ("Ctrl+Shift+P",),
        "issue",
        QT_TRANSLATE_NOOP("Actions", "Give a dancer pairs from her stock"),
    ),
    Operation(
        "receive",
        QT_TRANSLATE_NOOP("Actions", "&Receive delivery…"),
        ("Ctrl+Shift+R",),
        "receive",
        QT_TRANSLATE_NOOP("Actions", "Add a delivery to the stock"),
    ),
    Operation(
        "adjust",
        QT_TRANSLATE_NOOP("Actions", "Adjust &count…"),
        ("Ctrl+Shift+C",),
        "count",
        QT_TRANSLATE_NOOP("Actions", "Set the stock to what was counted"),
    ),
    Operation(
        "measure",
        QT_TRANSLATE_NOOP("Actions", "New &measurements…"),
        ("Ctrl+Shift+E",),
        "measure",
        QT_TRANSLATE_NOOP("Actions", "Record the dancer's measurements"),
    ),
    Operation(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        (QKeySequence.StandardKey.Print,),
        "print",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Labels in Costumes, the dancer's fitting sheet in Dancers, else the reorder list",
        ),
    ),
    Operation("print_sheet", QT_TRANSLATE_NOOP("Actions", "Fitting sheet for this &dancer…")),
    Operation(
        "print_production", QT_TRANSLATE_NOOP("Actions", "Fitting sheets for a &production…")
    ),
    Operation(
        "print_both", QT_TRANSLATE_NOOP("Actions", "Fitting sheets of this dancer and her &double…")
    ),
    Operation("print_doubles", QT_TRANSLATE_NOOP("Actions", "A production's dou&bles…")),
    Operation("print_costume_book", QT_TRANSLATE_NOOP("Actions", "A production's cos&tume book…")),
    Operation("print_reorder", QT_TRANSLATE_NOOP("Actions", "&Reorder list…")),
    Operation("print_labels", QT_TRANSLATE_NOOP("Actions", "&Labels for the selected items…")),
    Operation("import", QT_TRANSLATE_NOOP("Actions", "&Import a spreadsheet…")),
    Operation(
        "erase_dancer",
        QT_TRANSLATE_NOOP("Actions", "&Erase a dancer's personal data…"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "On request: the selected dancer's measurements and name"),
    ),
    Operation("company", QT_TRANSLATE_NOOP("Actions", "New &company…")),
    Operation("backup", QT_TRANSLATE_NOOP("Actions", "&Back up now…")),
    Operation("restore", QT_TRANSLATE_NOOP("Actions", "Re&store from a backup…")),
    Operation("user", QT_TRANSLATE_NOOP("Actions", "Your &name…")),
    Operation(
        "engage",
        QT_TRANSLATE_NOOP("Actions", "Send as a &guest…"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "The selected dancer dances for the other company a while"),
    ),
    Operation("swap", QT_TRANSLATE_NOOP("Actions", "&Swap dancers between the companies…")),
    Operation("end_engagement", QT_TRANSLATE_NOOP("Actions", "&End the guest engagement…")),
    Operation("pack", QT_TRANSLATE_NOOP("Actions", "&Pack and print the packing list…")),
    Operation("travel", QT_TRANSLATE_NOOP("Actions", "Scan &leaving or arriving…")),
    Operation(
        "lend",
        QT_TRANSLATE_NOOP("Actions", "&Lend…"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Lend the selected items to the other company or a theatre"),
    ),
    Operation(
        "draft_orders",
        QT_TRANSLATE_NOOP("Actions", "&Draft orders from the alerts"),
        ("Ctrl+Shift+B",),
        "new",
        QT_TRANSLATE_NOOP("Actions", "One draft purchase order per supplier, rounded to packs"),
    ),
    Operation(
        "stocktake",
        QT_TRANSLATE_NOOP("Actions", "S&tocktake of a place…"),
        ("Ctrl+Shift+K",),
        "count",
        QT_TRANSLATE_NOOP("Actions", "Scan everything found in a room, rack, hoist or bin"),
    ),
    Operation(
        "count_materials",
        QT_TRANSLATE_NOOP("Actions", "Count &all materials…"),
        (),
        "count",
        QT_TRANSLATE_NOOP("Actions", "Key back the counts of the paper count sheet"),
    ),
    Operation(
        "chart",
        QT_TRANSLATE_NOOP("Actions", "Use c&hart…"),
        ("Ctrl+Shift+G",),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Pairs issued a week, or tulle used a month, against the levels"
        ),
    ),
    Operation("print_count_sheet", QT_TRANSLATE_NOOP("Actions", "&Count sheet of the materials…")),
    Operation("print_place_labels", QT_TRANSLATE_NOOP("Actions", "Pl&ace labels…")),
    Operation(
        "photos_in_list",
        QT_TRANSLATE_NOOP("Actions", "&Photos in the costume list"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Each item's main photo, small, in a column of its own"),
        checkable=True,
    ),
    Operation("about", QT_TRANSLATE_NOOP("Actions", "&About Wardrobe")),
    Operation("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (QKeySequence.StandardKey.Quit,)),
)

# Menus: (title, keys); None is a separator; "@name" a submenu the shell fills.
MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        ("@language", "@appearance", None, "@print", None, "company", "import", "@export", None)
        + ("backup", "restore", "user", None, "quit"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        ("undo", "redo", None, "find", "scan", None, "erase_dancer"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Item"),
        ("new", "open", None, "check_out", "check_in", "to_cleaning", "move", "alteration")
        + ("use_tulle", None, "history"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Stock"),
        ("issue", "receive", "adjust", None, "measure", None, "draft_orders", "stocktake")
        + ("count_materials", "chart"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Guests and loans"),
        ("engage", "swap", "pack", "travel", "end_engagement", None, "lend", "return_loan"),
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
    "print_doubles",
    "print_costume_book",
    "print_reorder",
    "print_count_sheet",
    "print_labels",
    "print_place_labels",
)
TOOLBAR = ("new", "check_out", "check_in", "move", "issue", "receive")
TOOLBAR_ICONS_ONLY = ("undo", "redo", "refresh")


def build_actions(parent: QObject, handlers: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    """One QAction per spec, added to ``parent`` (a window) so its keys work everywhere in it."""
    actions = {}
    for spec in ACTIONS:
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
        action.triggered.connect(lambda _=False, h=handlers[spec.key]: h())
        parent.addAction(action)  # type: ignore[attr-defined]
        actions[spec.key] = action
    return actions
