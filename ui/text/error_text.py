"""A WardrobeError as a sentence in the window's language: the core says its own sentences
(its gettext catalogue holds them, wardrobe/language/i18n.py), in the language the window speaks."""

from __future__ import annotations

from wardrobe.errors import WardrobeError

from .language import current_language


def error_text(error: WardrobeError) -> str:
    return error.say(current_language())
