"""The core's stored words (statuses, conditions, styles...) as the user's language says them:
the core's catalogue holds them (wardrobe/language/vocabulary.py), said in the window's language."""

from __future__ import annotations

from wardrobe.domain.measures import BY_KEY
from wardrobe.language.i18n import translate
from wardrobe.language.vocabulary import unit_word
from wardrobe.language.vocabulary import word as core_word
from wardrobe.records import PointeSpecRecord

from .language import current_language


def word(key: str) -> str:
    """A stored word in the user's language; an unknown one as it is."""
    return core_word(key, current_language())


def unit(code: str) -> str:
    """A stock unit as the user's language writes it after a number: cartes, paires, m."""
    return unit_word(code, current_language())


def measure(key: str) -> str:
    return translate(BY_KEY[key].label, current_language())


def pointe_description(spec: PointeSpecRecord) -> str:
    """How a specification reads in the user's language: "Grishko 2007, 5.5, XXX, medium
    shank" (the words the core stores, translated; makers and marks as written)."""
    return spec.described.say(current_language())
