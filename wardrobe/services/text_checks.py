"""Text as the desk types it, checked where names and notes are made: no control characters,
no direction-changing or hidden characters, within its length; a name of invisible
characters alone is empty."""

from __future__ import annotations

import re
import unicodedata

from ..errors import InvalidInput
from ..language.folding import normalise_name
from ..language.i18n import Text

# Unicode's control characters (category Cc: C0, DEL, C1), but tab (and line breaks in notes).
_CONTROLS = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")


_CONTROLS_BUT_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# Characters that change how the text around them reads (a right-to-left override shows
# "gpj.exe" as "exe.jpg") or carry hidden text (tag characters): refused where text is made.
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f]")


# Invisible, meaningless in a name: dropped (a name made of them alone is empty).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


# Joiners mean something between letters of some scripts, nothing alone.
_JOINERS = "\u200c\u200d"


def _refuse_controls(value: str, field: str, *, lines: bool = False) -> None:
    """Text is text: a control character (ESC, BEL, NUL...) is refused, not stored, so that
    nothing shown or printed later can carry one. Tab is space; a note may hold line breaks."""
    found = (_CONTROLS_BUT_LINES if lines else _CONTROLS).search(value)
    if found is not None:
        raise InvalidInput(
            field=field,
            detail=Text(
                "holds a control character (U+{ch:04X}) that cannot be stored; type the text again",
                ch=ord(found.group()),
            ),
        )
    hidden = _DIRECTION.search(value)
    if hidden is not None:
        raise InvalidInput(
            field=field,
            detail=Text(
                "holds an invisible character (U+{ch:04X}) that changes how the text reads; "
                "type the text again",
                ch=ord(hidden.group()),
            ),
        )


def _visible_name(value: str) -> str:
    """A name without invisible characters; one made of nothing else is empty."""
    text = normalise_name(_INVISIBLE.sub("", value))
    return "" if not text.strip(_JOINERS).strip() else text


def required_text(value: str | None, field: str, limit: int) -> str:
    _refuse_controls(value or "", field)
    text = _visible_name(value or "")
    if not text:
        raise InvalidInput(field=field, detail=Text("this cannot be left empty"))
    if len(text) > limit:
        raise InvalidInput(field=field, detail=Text("at most {limit} characters", limit=limit))
    return text


def optional_text(value: str | None, field: str, limit: int) -> str:
    _refuse_controls(value or "", field)
    text = _visible_name(value or "")
    if len(text) > limit:
        raise InvalidInput(field=field, detail=Text("at most {limit} characters", limit=limit))
    return text


def long_text(value: str | None, field: str, limit: int = 100_000, *, required: bool) -> str:
    """A note or description: line breaks kept, surrounding space trimmed."""
    text = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").replace("\r", "\n")
    _refuse_controls(text, field, lines=True)
    text = text.strip()
    if required and not text:
        raise InvalidInput(field=field, detail=Text("this cannot be left empty"))
    if len(text) > limit:
        raise InvalidInput(field=field, detail=Text("at most {limit:,} characters", limit=limit))
    return text
