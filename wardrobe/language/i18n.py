"""The core's words in the reader's language.

The core (errors, the command line, anything said without the window) keeps its sentences in
GNU gettext catalogues: ``resources/locale/<language>/LC_MESSAGES/wardrobe.po``, the Python
standard for a program without Qt, edited with any .po tool and compiled to ``.mo`` by the set-up
script (Babel). The window keeps its own words in Qt Linguist catalogues and asks the core to
say the core's sentences (an error) in the window's language: each sentence is written once.

A sentence is made in English with named values (``Text``) and said in a language when it is
shown: ``Text("{what} is already in store.", what=…)``. The English is the message id.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from resources import locale_dir

LANGUAGES = ("en", "fr")
DEFAULT = "en"


def N_(message: str) -> str:  # noqa: N802 - gettext's name for "mark only"
    """Marks an English sentence for the catalogue; it is translated where it is shown."""
    return message


def language_from(environment: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, as gettext reads it: ``LANGUAGE`` (a list),
    then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; English when none is one the app speaks."""
    env = os.environ if environment is None else environment
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for part in value.split(":"):
            code = part.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if code in ("c", "posix"):
                return DEFAULT
        if variable != "LANGUAGE":
            return DEFAULT  # the first variable that is set decides
    return DEFAULT


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    if language == DEFAULT or language not in LANGUAGES:
        return gettext.NullTranslations()
    return gettext.translation("wardrobe", str(locale_dir()), [language], fallback=True)


def translate(message: str, language: str) -> str:
    return catalogue(language).gettext(message) if message else message


_VOWEL = "AEIOUYÉÈÊËÀÂÎÏÔÛaeiouyéèêëàâîïôûù"
_ELISIONS = (
    (re.compile(r"\b([Dd])e (?=[" + _VOWEL + "])"), r"\1’"),  # de Agathe: d’Agathe
    (re.compile(r"\b([Dd])e Le (?=\w)"), r"\1u "),  # de Le Ballet National: du Ballet...
    (re.compile(r"\b([Dd])e Les (?=\w)"), r"\1es "),
    (re.compile(r"\b([Àà]) Le (?=\w)"), "au "),
    (re.compile(r"\b([Àà]) Les (?=\w)"), "aux "),
)


def elided(text: str, language: str) -> str:
    """French joins "de" and "à" to the name after them as it is written: d’Agathe, du Ballet
    National, au Ballet National (a name put in a sentence cannot be known in advance)."""
    if language != "fr":
        return text
    for pattern, joined in _ELISIONS:
        text = pattern.sub(joined, text)
    return text


class Text:
    """A sentence and its values, said in any language; ``str()`` says it in English."""

    __slots__ = ("message", "params")

    def __init__(self, message: str, /, **params: Any) -> None:
        self.message = message
        self.params = params

    def say(self, language: str) -> str:
        values = {k: said(v, language) for k, v in self.params.items()}
        try:
            return elided(translate(self.message, language).format(**values), language)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return self.message.format(**values)

    def __str__(self) -> str:
        return self.say(DEFAULT)

    def __repr__(self) -> str:
        return f"Text({self.message!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.message, self.params) == (
            other.message,
            other.params,
        )

    def __hash__(self) -> int:
        return hash(self.message)


class _Local:
    """A number or a date as ``language`` writes it: 37,5 and 1 000 and 28/11/2026 in
    French; 37.5 and 1,000 and 11/28/2026 in English. A format (``{weeks:.1f}``) still
    applies: the number is formatted, then written the reader's way."""

    __slots__ = ("language", "value")

    def __init__(self, value: Any, language: str) -> None:
        self.value, self.language = value, language

    def __format__(self, spec: str) -> str:
        if isinstance(self.value, date):
            pattern = spec or ("%d/%m/%Y" if self.language == "fr" else "%m/%d/%Y")
            return self.value.strftime(pattern)
        text = format(self.value, spec)
        if self.language == "fr" and not spec.endswith(("x", "X", "o", "b")):
            text = text.translate({ord(","): "\u202f", ord("."): ","})
        return text

    def __str__(self) -> str:
        return self.__format__("")


def said(value: Any, language: str) -> Any:
    """A value as said in ``language``: a Text translated, a number or a date written the
    reader's way, anything else as it is."""
    if isinstance(value, Text):
        return value.say(language)
    if isinstance(value, float | Decimal | date) or (
        isinstance(value, int) and not isinstance(value, bool)
    ):
        return _Local(value, language)
    return value
