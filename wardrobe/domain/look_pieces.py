"""A look's pieces as a department types them: "tutu: white plate; headpiece: feathers", one
a line or parted by semicolons, each a piece type (in English or French) and its description."""

from __future__ import annotations

import re

from ..errors import InvalidInput
from ..language.folding import fold
from ..language.i18n import N_, Text, translate
from ..language.vocabulary import PIECE_TYPES, WORDS


def _piece_types() -> dict[str, str]:
    known = {}
    for kind in PIECE_TYPES:
        known[fold(kind)] = kind
        if kind in WORDS:
            known[fold(translate(WORDS[kind], "fr"))] = kind
    return known


def parse_pieces(text: str) -> list[tuple[str, str]]:
    """ "tutu: plateau blanc; coiffe: plumes" as [(type, description)], a type in English or
    French; an unknown type is said with the types there are."""
    types = _piece_types()
    pieces = []
    for chunk in re.split(r"[;\n]", text):
        if not chunk.strip():
            continue
        kind, _, description = chunk.partition(":")
        found = types.get(fold(kind.strip()))
        if found is None:
            raise InvalidInput(
                field=N_("pieces"),
                detail=Text(
                    "“{kind}” is not a piece type ({types})",
                    kind=kind.strip(),
                    types=", ".join(PIECE_TYPES),
                ),
            )
        pieces.append((found, description.strip()))
    return pieces
