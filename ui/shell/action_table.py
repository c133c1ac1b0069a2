"""Every window action declared once (text, keys, icon, tip); menus and the toolbar are lists
of their keys. The shell gives each key its handler."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ..dialogs.item_keys import ITEM_SHORTCUTS
from ..text.icons import icon
from ..text.noop import QT_TRANSLATE_NOOP

_CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    keys: tuple[str | QKeySequence.StandardKey, ...] = ()
    icon: str = ""
    tip: str = ""
    checkable: bool = False


ACTIONS = (
    ActionSpec(
        "scan",
        QT_TRANSLATE_NOOP("Actions", "&Scan or type a tag"),
        ("Ctrl+L", "F6"),
        "scan",
        QT_TRANSLATE_NOOP("Actions", "Put the cursor in the tag field"),
    ),
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New…"),
        (QKeySequence.StandardKey.New,),
        "new",
        QT_TRANSLATE_NOOP("Actions", "New item, dancer, specification or material"),
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open selected"),
        ("Ctrl+E",),
        "edit",
        QT_TRANSLATE_NOOP("Actions", "Open the selected row, or the item scanned last"),
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find"),
        (QKeySequence.StandardKey.Find,),
        "find",
        QT_TRANSLATE_NOOP("Actions", "Filter the current list"),
    ),
    ActionSpec(
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "&Refresh"),
        (QKeySequence.StandardKey.Refresh,),
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "Read everything again from the inventory"),
    ),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",), "undo"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), "redo"),
    ActionSpec(
        "check_out",
        QT_TRANSLATE_NOOP("Actions", "Check &out…"),
        (ITEM_SHORTCUTS["check_out"],),
        "check-out",
        QT_TRANSLATE_NOOP("Actions", "Hand the item to a dancer"),
    ),
    ActionSpec(
        "check_in",
        QT_TRANSLATE_NOOP("Actions", "Check &in"),
        (ITEM_SHORTCUTS["check_in"],),
        "check-in",
        QT_TRANSLATE_NOOP("Actions", "Take the item back into store"),
    ),
    ActionSpec(
        "to_cleaning",
        QT_TRANSLATE_NOOP("Actions", "To &cleaning"),
        (ITEM_SHORTCUTS["to_cleaning"],),
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "Send the item to cleaning (Check in brings it back)"),
    ),
    ActionSpec(
        "move",
        QT_TRANSLATE_NOOP("Actions", "&Move…"),
        (ITEM_SHORTCUTS["move"],),
        "move",
        QT_TRANSLATE_NOOP("Actions", "Put the item somewhere else"),
    ),
    ActionSpec(
        "alteration",
        QT_TRANSLATE_NOOP("Actions", "Record &alteration…"),
        (ITEM_SHORTCUTS["alteration"],),
        "alteration",
        QT_TRANSLATE_NOOP("Actions", "Record an alteration or repair"),
    ),
    ActionSpec(
        "use_tulle",
        QT_TRANSLATE_NOOP("Actions", "Use &tulle for this tutu…"),
        (ITEM_SHORTCUTS["use_tulle"],),
        "scissors",
        QT_TRANSLATE_NOOP("Actions", "Take a tutu build's net off the stock"),
    ),
    ActionSpec(
        "history",
        QT_TRANSLATE_NOOP("Actions", "&History…"),
        (ITEM_SHORTCUTS["history"],),
        "count",
        QT_TRANSLATE_NOOP("Actions", "What happened to the item or the dancer, newest first"),
    ),
    ActionSpec(
        "issue",
        QT_TRANSLATE_NOOP("Actions", "Issue &pointe shoes…"),
        ("Ctrl+Shift+P",),
        "issue",
        QT_TRANSLATE_NOOP("Actions", "Give a dancer pairs from her stock"),
    ),
    ActionSpec(
        "receive",
        QT_TRANSLATE_NOOP("Actions", "&Receive delivery…"),
        ("Ctrl+Shift+R",),
        "receive",
        QT_TRANSLATE_NOOP("Actions", "Add a delivery to the stock"),
    ),
    ActionSpec(
        "adjust",
        QT_TRANSLATE_NOOP("Actions", "Adjust &count…"),
        ("Ctrl+Shift+C",),
        "count",
        QT_TRANSLATE_NOOP("Actions", "Set the stock to what was counted"),
    ),
    ActionSpec(
        "measure",
        QT_TRANSLATE_NOOP("Actions", "New &measurements…"),
        ("Ctrl+Shift+E",),
        "measure",
        QT_TRANSLATE_NOOP("Actions", "Record the dancer's measurements"),
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        (QKeySequence.StandardKey.Print,),
        "print",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Labels in Costumes, the dancer's fitting sheet in Dancers, else the reorder list",
        ),
    ),
    ActionSpec("print_sheet", QT_TRANSLATE_NOOP("Actions", "Fitting sheet for this &dancer…")),
    ActionSpec(
        "print_production", QT_TRANSLATE_NOOP("Actions", "Fitting sheets for a &production…")
    ),
    ActionSpec(
        "print_both", QT_TRANSLATE_NOOP("Actions", "Fitting sheets of this dancer and her &double…")
    ),
    ActionSpec("print_doubles", QT_TRANSLATE_NOOP("Actions", "A production's dou&bles…")),
    ActionSpec("print_costume_book", QT_TRANSLATE_NOOP("Actions", "A production's cos&tume book…")),
    ActionSpec("print_reorder", QT_TRANSLATE_NOOP("Actions", "&Reorder list…")),
    ActionSpec("print_labels", QT_TRANSLATE_NOOP("Actions", "&Labels for the selected items…")),
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import a spreadsheet…")),
    ActionSpec(
        "erase_dancer",
        QT_TRANSLATE_NOOP("Actions", "&Erase a dancer's personal data…"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "On request: the selected dancer's measurements and name"),
    ),
    ActionSpec("company", QT_TRANSLATE_NOOP("Actions", "New &company…")),
    ActionSpec("backup", QT_TRANSLATE_NOOP("Actions", "&Back up now…")),
    ActionSpec("restore", QT_TRANSLATE_NOOP("Actions", "Re&store from a backup…")),
    ActionSpec("user", QT_TRANSLATE_NOOP("Actions", "Your &name…")),
    ActionSpec(
        "engage",
        QT_TRANSLATE_NOOP("Actions", "Send as a &guest…"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "The selected dancer dances for the other company a while"),
    ),
    ActionSpec("swap", QT_TRANSLATE_NOOP("Actions", "&Swap dancers between the companies…")),
    ActionSpec("end_engagement", QT_TRANSLATE_NOOP("Actions", "&End the guest engagement…")),
    ActionSpec("pack", QT_TRANSLATE_NOOP("Actions", "&Pack and print the packing list…")),
    ActionSpec("travel", QT_TRANSLATE_NOOP("Actions", "Scan &leaving or arriving…")),
    ActionSpec(
        "lend",
        QT_TRANSLATE_NOOP("Actions", "&Lend…"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Lend the selected items to the other company or a theatre"),
    ),
    ActionSpec("return_loan", QT_TRANSLATE_NOOP("Actions", "&Back from loan…")),
    ActionSpec(
        "draft_orders",
        QT_TRANSLATE_NOOP("Actions", "&Draft orders from the alerts"),
        ("Ctrl+Shift+B",),
        "new",
        QT_TRANSLATE_NOOP("Actions", "One draft purchase order per supplier, rounded to packs"),
    ),
    ActionSpec(
        "stocktake",
        QT_TRANSLATE_NOOP("Actions", "S&tocktake of a place…"),
        ("Ctrl+Shift+K",),
        "count",
        QT_TRANSLATE_NOOP("Actions", "Scan everything found in a room, rack, hoist or bin"),
    ),
    ActionSpec(
        "count_materials",
        QT_TRANSLATE_NOOP("Actions", "Count &all materials…"),
        (),
        "count",
        QT_TRANSLATE_NOOP("Actions", "Key back the counts of the paper count sheet"),
    ),
    ActionSpec(
        "chart",
        QT_TRANSLATE_NOOP("Actions", "Use c&hart…"),
        ("Ctrl+Shift+G",),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Pairs issued a week, or tulle used a month, against the levels"
        ),
    ),
    ActionSpec("print_count_sheet", QT_TRANSLATE_NOOP("Actions", "&Count sheet of the materials…")),
    ActionSpec("print_place_labels", QT_TRANSLATE_NOOP("Actions", "Pl&ace labels…")),
    ActionSpec(
        "photos_in_list",
        QT_TRANSLATE_NOOP("Actions", "&Photos in the costume list"),
        (),
        "",
        QT_TRANSLATE_NOOP("Actions", "Each item's main photo, small, in a column of its own"),
        checkable=True,
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Wardrobe")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (QKeySequence.StandardKey.Quit,)),
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


def translated(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


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
