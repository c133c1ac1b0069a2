"""Errors a user can cause or fix, each with a plain sentence and the values behind it.

Each says itself in any language the app speaks: ``error.say("fr")`` takes its template and
its values from the core's catalogue (wardrobe/language/i18n.py); ``str(error)`` is the English.
Anything that is not a WardrobeError is a bug.
"""

from __future__ import annotations

from typing import Any, ClassVar

from .language.i18n import N_, Text, elided, said, translate

# The values that name a field or a kind of record are words of the program, said in the
# reader's language; the others (a tag, a name, a number) are shown as they are.
_WORDS = ("field", "what")


class WardrobeError(Exception):
    """Base of every expected error: bad input, stale edit, missing record, unusable database."""

    code: ClassVar[str] = "error"
    template: ClassVar[str] = N_("{detail}")

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.template.format(**params))

    @property
    def message(self) -> str:
        return str(self)

    def say(self, language: str) -> str:
        """The sentence in ``language``, every word of the program translated."""
        values = {
            key: translate(value, language)
            if key in _WORDS and isinstance(value, str)
            else said(value, language)
            for key, value in self.params.items()
        }
        try:
            return elided(translate(self.template, language).format(**values), language)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return self.template.format(**values)


class InvalidInput(WardrobeError):
    """A field holds a value the app cannot accept; ``field`` names it."""

    code = "invalid"
    template = N_("{field}: {detail}")


class NotFound(WardrobeError):
    code = "not_found"
    template = N_("No {what} matches “{key}”.")


class UnknownTag(NotFound):
    code = "unknown_tag"
    template = N_("No item has the tag “{tag}”. Check the label, or log it as a new item.")


class DuplicateTag(WardrobeError):
    code = "duplicate_tag"
    template = N_(
        "The tag “{tag}” is already on another item ({name}). Every item needs its own tag."
    )


class Duplicate(WardrobeError):
    code = "duplicate"
    template = N_("There is already a {what} called “{key}”.")


class OutOfRange(WardrobeError):
    code = "out_of_range"
    template = N_("{field} of {value} is outside {low} to {high}: probably a typing mistake.")


class BadQuantity(WardrobeError):
    code = "bad_quantity"
    template = N_("{field}: {detail}")


class NotEnoughStock(WardrobeError):
    code = "not_enough_stock"
    template = N_("Only {on_hand} of {what} in stock; {wanted} were asked for.")


class MoreThanOrdered(WardrobeError):
    """A delivery larger than what an order line still awaits: the window asks before taking
    it; the command line refuses."""

    code = "more_than_ordered"
    template = N_(
        "Line {line} of order {number} awaits {outstanding}; {wanted} is more than was ordered."
    )


class WrongCompany(WardrobeError):
    code = "wrong_company"
    template = N_("{dancer} dances for {dancer_company}, but {what} belongs to {item_company}.")


class WrongState(WardrobeError):
    code = "wrong_state"
    template = N_("{what} {detail}")


class StaleEdit(WardrobeError):
    code = "stale_edit"
    template = N_(
        "Someone else changed {what} while you were editing it. "
        "Your change was not saved; here is the current version."
    )


class ChangedSince(WardrobeError):
    """An undo or redo found the record changed after the action (here or at another desk)."""

    code = "changed_since"
    template = N_(
        "Someone has changed {what} since, here or at another desk. Nothing was undone or "
        "redone, so that change is kept."
    )


class CreatedElsewhere(WardrobeError):
    """Another desk created the same record (a unique name) in the same moment."""

    code = "created_elsewhere"
    template = N_(
        "Another desk has just created the same {what}; nothing was written. Do it again: "
        "the {what} will be found this time."
    )


class CrossedWrites(WardrobeError):
    """Two desks each waited for the other (PostgreSQL rolled one back whole)."""

    code = "crossed_writes"
    template = N_(
        "Another desk was changing the same records at the same moment; nothing was written. "
        "Do it again."
    )


class DatabaseProblem(WardrobeError):
    code = "database"
    template = N_("The inventory at {where} cannot be used: {detail}")


class CannotWrite(WardrobeError):
    """The disk refused a write: a read-only file or folder, or no space left. ``reason`` is
    one of ``read_only``, ``full``, ``cannot_open``, ``io``."""

    code = "cannot_write"
    template = N_("{where}: {why} Nothing was written{kept}.")


_REASONS = {
    "read_only": N_(
        "it cannot be written, it or its folder is read-only for you (its permissions): make "
        "it writable, or work on a copy in a folder of yours."
    ),
    "full": N_(
        "the disk is full (or the file has grown past what the system allows): free some "
        "space and try again."
    ),
    "cannot_open": N_(
        "it cannot be opened for writing: its folder is missing or read-only for you (SQLite "
        "keeps a journal beside the file)."
    ),
    "io": N_(
        "the disk could not be written (full, removed or failing): free some space or check "
        "the disk, then try again."
    ),
}


def cannot_write(where: object, reason: str, *, kept: bool = True) -> CannotWrite:
    return CannotWrite(
        where=str(where),
        reason=reason,
        why=Text(_REASONS[reason]),
        kept=Text(N_("; what was there is as it was")) if kept else "",
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
        ("disk is full", "full"),  # SQLite's "database or disk is full" too
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
