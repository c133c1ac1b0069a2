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


class CannotWrite(WardrobeError):
    """The disk refused a write: a read-only file or folder, or no space left. ``reason`` is
    one of ``read_only``, ``full``, ``cannot_open``, ``io``."""

    code = "cannot_write"
    template = "{where}: {why} Nothing was written{kept}."


_REASONS = {
    "read_only": "it cannot be written, it or its folder is read-only for you (its "
    "permissions): make it writable, or work on a copy in a folder of yours.",
    "full": "the disk is full (or the file has grown past what the system allows): free some "
    "space and try again.",
    "cannot_open": "it cannot be opened for writing: its folder is missing or read-only for you "
    "(SQLite keeps a journal beside the file).",
    "io": "the disk could not be written (full, removed or failing): free some space or check "
    "the disk, then try again.",
}


def cannot_write(where: object, reason: str, *, kept: bool = True) -> CannotWrite:
    return CannotWrite(
        where=str(where),
        reason=reason,
        why=_REASONS[reason],
        kept="; what was there is as it was" if kept else "",
    )


def disk_refusal(error: BaseException) -> str | None:
    """Why the disk refused, when it did: an OSError's errno, or SQLite's own words."""
    import errno

    if isinstance(error, OSError) and error.errno is not None:
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "read_only"
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return "full"
        if error.errno == errno.EIO:
            return "io"
        return None
    said = str(getattr(error, "orig", error)).lower()
    for words, reason in (
        ("readonly database", "read_only"),
        ("read-only", "read_only"),
        ("disk is full", "full"),
        ("database or disk is full", "full"),
        ("unable to open database file", "cannot_open"),
        ("disk i/o error", "io"),
    ):
        if words in said:
            return reason
    return None


def as_refusal(error: BaseException, where: object = None) -> BaseException:
    """A disk's refusal (read-only, full) as a sentence naming ``where`` (else the file the
    system named, else the inventory); any other error as it is."""
    if isinstance(error, WardrobeError):
        return error
    reason = disk_refusal(error)
    if reason is None:
        return error
    named = getattr(error, "filename", None) if isinstance(error, OSError) else None
    return cannot_write(where or named or "The inventory", reason)
