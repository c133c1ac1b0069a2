"""Errors a user can cause or fix, each with a plain sentence and the values behind it.

The GUI translates by ``code`` and ``params``; the command line prints ``str(error)``.
Anything that is not a WardrobeError is a bug.
"""

from __future__ import annotations

from typing import Any, ClassVar


class WardrobeError(Exception):
    """Base of every expected error: bad input, stale edit, missing record, unusable database."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = "{detail}"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class InvalidInput(WardrobeError):
    """A field holds a value the app cannot accept; ``field`` names it."""

    code = "invalid"
    template = "{field}: {detail}"


class NotFound(WardrobeError):
    code = "not_found"
    template = "No {what} matches “{key}”."


class UnknownTag(NotFound):
    code = "unknown_tag"
    template = "No item has the tag “{tag}”. Check the label, or log it as a new item."


class DuplicateTag(WardrobeError):
    code = "duplicate_tag"
    template = "The tag “{tag}” is already on another item ({name}). Every item needs its own tag."


class Duplicate(WardrobeError):
    code = "duplicate"
    template = "There is already a {what} called “{key}”."


class OutOfRange(WardrobeError):
    code = "out_of_range"
    template = "{field} of {value} is outside {low} to {high}: probably a typing mistake."


class BadQuantity(WardrobeError):
    code = "bad_quantity"
    template = "{field}: {detail}"


class NotEnoughStock(WardrobeError):
    code = "not_enough_stock"
    template = "Only {on_hand} of {what} in stock; {wanted} were asked for."


class WrongCompany(WardrobeError):
    code = "wrong_company"
    template = "{dancer} dances for {dancer_company}, but {what} belongs to {item_company}."


class WrongState(WardrobeError):
    code = "wrong_state"
    template = "{what} {detail}"


class StaleEdit(WardrobeError):
    code = "stale_edit"
    template = (
        "Someone else changed {what} while you were editing it. "
        "Your change was not saved; here is the current version."
    )


class ChangedSince(WardrobeError):
    """An undo or redo found the record changed after the action (here or at another desk)."""

    code = "changed_since"
    template = (
        "{what} has been changed since, here or at another desk. Nothing was undone or "
        "redone, so that change is kept."
    )


class CreatedElsewhere(WardrobeError):
    """Another desk created the same record (a unique name) in the same moment."""

    code = "created_elsewhere"
    template = (
        "Another desk has just created the same {what}; nothing was written. Do it again: "
        "the {what} will be found this time."
    )


class DatabaseProblem(WardrobeError):
    code = "database"
    template = "The inventory at {where} cannot be used: {detail}"
