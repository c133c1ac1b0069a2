"""A WardrobeError as a sentence in the user's language, from its code and values."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wardrobe.errors import WardrobeError

_TEMPLATES = {
    "unknown_tag": QT_TRANSLATE_NOOP(
        "Errors", "No item has the tag “{tag}”. Check the label, or log it as a new item."
    ),
    "duplicate_tag": QT_TRANSLATE_NOOP(
        "Errors",
        "The tag “{tag}” is already on another item ({name}). Every item needs its own tag.",
    ),
    "not_found": QT_TRANSLATE_NOOP("Errors", "No {what} matches “{key}”."),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "There is already a {what} called “{key}”."),
    "out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "{field} of {value} is outside {low} to {high}: probably a typing mistake."
    ),
    "not_enough_stock": QT_TRANSLATE_NOOP(
        "Errors", "Only {on_hand} of {what} in stock; {wanted} were asked for."
    ),
    "wrong_company": QT_TRANSLATE_NOOP(
        "Errors", "{dancer} dances for {dancer_company}, but {what} belongs to {item_company}."
    ),
    "stale_edit": QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed {what} while you were editing it. "
        "Your change was not saved; here is the current version.",
    ),
    "database": QT_TRANSLATE_NOOP("Errors", "The inventory at {where} cannot be used: {detail}"),
    "changed_since": QT_TRANSLATE_NOOP(
        "Errors",
        "{what} has been changed since, here or at another desk. Nothing was undone or "
        "redone, so that change is kept.",
    ),
    "created_elsewhere": QT_TRANSLATE_NOOP(
        "Errors",
        "Another desk has just created the same {what}; nothing was written. Do it again: "
        "the {what} will be found this time.",
    ),
}
_NOUNS = {
    "company": QT_TRANSLATE_NOOP("Errors", "company"),
    "dancer": QT_TRANSLATE_NOOP("Errors", "dancer"),
    "production": QT_TRANSLATE_NOOP("Errors", "production"),
    "role": QT_TRANSLATE_NOOP("Errors", "role"),
    "location": QT_TRANSLATE_NOOP("Errors", "location"),
    "supplier": QT_TRANSLATE_NOOP("Errors", "supplier"),
    "material": QT_TRANSLATE_NOOP("Errors", "material"),
    "alteration": QT_TRANSLATE_NOOP("Errors", "alteration"),
    "pointe-shoe specification": QT_TRANSLATE_NOOP("Errors", "pointe-shoe specification"),
    "place": QT_TRANSLATE_NOOP("Errors", "place"),
    "item tag": QT_TRANSLATE_NOOP("Errors", "item tag"),
    "record": QT_TRANSLATE_NOOP("Errors", "record"),
}


def error_text(error: WardrobeError) -> str:
    """Translated where a template exists; field details stay as the core wrote them."""
    template = _TEMPLATES.get(error.code)
    if template is None:
        return str(error)
    params = dict(error.params)
    if "what" in params and params["what"] in _NOUNS:
        params["what"] = QCoreApplication.translate("Errors", _NOUNS[params["what"]])
    try:
        return QCoreApplication.translate("Errors", template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(error)
