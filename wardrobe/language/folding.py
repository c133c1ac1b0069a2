"""Text folding for search: case and accents optional (``laage`` finds Laâge)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# Latin letters with accents, folded once: most names need nothing more (ten times faster).
_LATIN = {code: _slow_fold(chr(code)) for code in range(0xC0, 0x250)}
_LATIN.update(_PLAIN)


def fold(text: str) -> str:
    """Lower case, accents removed, runs of white space made one space."""
    quick = text.translate(_LATIN).casefold()
    if not quick.isascii() and (
        not unicodedata.is_normalized("NFKD", quick)
        or any(unicodedata.combining(ch) for ch in quick)
    ):
        quick = _slow_fold(quick)
    return " ".join(quick.split())


@lru_cache(maxsize=100_000)
def fold_cached(text: str) -> str:
    """``fold`` for values that repeat (productions, roles, colours, statuses)."""
    return fold(text)


_WRAPPERS = "\"'()[]{}<>,;"


MAX_QUERY = 10_000  # characters: longer is a paste gone wrong (SQLite's LIKE stops at 50,000)
MAX_WORDS = 20  # each word is a condition: SQLite refuses a query a thousand deep


def search_tokens(query: str) -> list[str]:
    """The folded words of a query, without the quotes or brackets around them.

    Any text a person can type is a valid query; what is left is matched literally. One
    longer than ``MAX_QUERY`` or of more than ``MAX_WORDS`` words is refused in a sentence
    (50 KB made "LIKE pattern too complex", with the whole SQL statement in the message; 1,500
    words in a list's filter "Expression tree is too large")."""
    from ..errors import InvalidInput
    from .i18n import N_, Text

    if len(query) > MAX_QUERY:
        raise InvalidInput(
            field=N_("search"),
            detail=Text(
                "a search takes at most {max_query:,} characters; use a few words",
                max_query=MAX_QUERY,
            ),
        )
    tokens = [word for word in (t.strip(_WRAPPERS) for t in fold(query).split(" ")) if word]
    if len(tokens) > MAX_WORDS:
        raise InvalidInput(
            field=N_("search"),
            detail=Text("a search takes at most {max_words} words; use fewer", max_words=MAX_WORDS),
        )
    return tokens


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


_PUNCTUATION = str.maketrans({ch: " " for ch in "-'’‘.,;:!?\"«»()[]/&"})


def fold_loose(text: str) -> str:
    """``fold`` that also ignores punctuation: “casse noisette” is “Casse-Noisette”."""
    return " ".join(fold(text).translate(_PUNCTUATION).split())


_CONTROLS = {
    n: "\ufffd"
    for n in (
        *range(0x00, 0x20),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),  # direction embeddings and overrides
        *range(0x2066, 0x206A),  # direction isolates
        *range(0xE0000, 0xE0080),  # tag characters
    )
    if chr(n) not in "\t\n"
}


def printable(text: str) -> str:
    """Text safe to send to a terminal: every control character but tab and newline shown as
    U+FFFD, so that no stored text can move the cursor, ring or recolour anything."""
    return text.translate(_CONTROLS)
