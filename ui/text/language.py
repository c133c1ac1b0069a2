"""The language the window speaks now: set when a translation is installed, read wherever a
sentence is made (the core says its own sentences in it too)."""

from __future__ import annotations

from wardrobe.language.i18n import elided

_current = ["en"]


def current_language() -> str:
    return _current[0]


def set_current_language(language: str) -> None:
    _current[0] = language


def filled(template: str, *values: str) -> str:
    """A translated sentence with its %1, %2… filled by names, joined the language's way
    ("Historique d’Agathe", "pointes du Ballet National")."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", value)
    return elided(template, current_language())
