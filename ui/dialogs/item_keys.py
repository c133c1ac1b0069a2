"""The keys of what is done to an item: the window's menu and the item's own window share them
(inside the item's window they act on its item)."""

ITEM_SHORTCUTS = {
    "check_out": "Ctrl+Shift+O",
    "check_in": "Ctrl+Shift+I",
    "move": "Ctrl+Shift+M",
    "alteration": "Ctrl+Shift+A",
    "use_tulle": "Ctrl+Shift+T",
    "to_cleaning": "Ctrl+Shift+L",
    "history": "Ctrl+H",
}
