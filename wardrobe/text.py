"""Text folding for search: case and accents optional (``laage`` finds Laâge)."""

from __future__ import annotations

import unicodedata

# Letters that carry no combining accent, so NFKD alone leaves them as they are.
_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
    }
)


def fold(text: str) -> str:
    """Lower case, accents removed, runs of white space made one space."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


_WRAPPERS = "\"'()[]{}<>,;"


def search_tokens(query: str) -> list[str]:
    """The folded words of a query, without the quotes or brackets around them.

    Any text a person can type is a valid query; what is left is matched literally.
    """
    tokens = (token.strip(_WRAPPERS) for token in fold(query).split(" "))
    return [token for token in tokens if token]


def like_pattern(token: str) -> str:
    r"""A LIKE pattern that matches ``token`` literally anywhere (escape character ``\``)."""
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def prefix_pattern(token: str) -> str:
    r"""A LIKE pattern that matches text starting with ``token`` (escape character ``\``)."""
    return like_pattern(token)[1:]


def normalise_name(name: str) -> str:
    """A person's or thing's name as stored: NFC, trimmed, inner white space single."""
    return " ".join(unicodedata.normalize("NFC", name).split())
