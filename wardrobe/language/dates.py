"""Days as people type them: ISO (2026-11-28) anywhere, or the reader's own form (28/11/2026
in French, 11/28/2026 in English)."""

from __future__ import annotations

import re
from datetime import date, datetime

from ..errors import InvalidInput
from .i18n import Text

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def parse_day(text: str, language: str, field: str) -> date:
    """``text`` as a day; a sentence naming ``field`` when it is not one."""
    written = (text or "").strip()
    parts: tuple[int, int, int] | None = None
    if match := _ISO.match(written):
        year, month, day = map(int, match.groups())
        parts = (year, month, day)
    elif match := _SLASHED.match(written):
        first, second, year = map(int, match.groups())
        parts = (year, first, second) if language == "en" else (year, second, first)
    if parts is not None:
        try:
            return date(*parts)
        except ValueError:
            pass
    example = "28/11/2026" if language == "fr" else "11/28/2026"
    raise InvalidInput(
        field=field,
        detail=Text(
            "“{text}” is not a date (write it 2026-11-28 or {example})",
            text=written,
            example=example,
        ),
    )


_TIME = re.compile(r"^(\d{1,2})(?:[:hH.](\d{2}))?\s*([aApP][mM])?$")


def parse_moment(text: str, language: str, field: str) -> datetime:
    """A day and a time on the wall clock: "2026-12-20 19:30", "20/12/2026 19h30" in French,
    "12/20/2026 7:30 pm" in English; a sentence naming ``field`` when it is not one."""
    written = " ".join((text or "").replace("T", " ").split())
    day_text, _space, time_text = written.partition(" ")
    day = parse_day(day_text, language, field)
    match = _TIME.match(time_text.replace(" ", ""))
    if match is not None:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        noon = (match.group(3) or "").lower()
        if noon and 1 <= hour <= 12:
            hour = hour % 12 + (12 if noon == "pm" else 0)
        if hour < 24 and minute < 60:
            return datetime(day.year, day.month, day.day, hour, minute)
    example = "20/12/2026 19h30" if language == "fr" else "12/20/2026 7:30 pm"
    raise InvalidInput(
        field=field,
        detail=Text(
            "“{text}” is not a day and a time (write it 2026-12-20 19:30 or {example})",
            text=written,
            example=example,
        ),
    )
