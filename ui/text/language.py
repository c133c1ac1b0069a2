"""The language the window speaks now: set when a translation is installed, read wherever a
sentence is made (the core says its own sentences in it too)."""

from __future__ import annotations

_current = ["en"]


def current_language() -> str:
    return _current[0]


def set_current_language(language: str) -> None:
    _current[0] = language
