"""Days as people type them: ISO (2026-11-28) anywhere, or the reader's own form (28/11/2026
in French, 11/28/2026 in English)."""

from __future__ import annotations

import re
from datetime import date

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
