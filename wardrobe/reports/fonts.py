"""Embedded fonts (DejaVu Sans: Latin, Greek, Cyrillic) and the check that every character
of a text has a glyph, so a name is never silently drawn as boxes."""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from resources import font_path

REGULAR = "WardrobeSans"
BOLD = "WardrobeSans-Bold"


@cache
def register() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path("DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path("DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


def canvas(target: Any, **options: Any) -> Canvas:
    """A canvas whose first font is ours: reportlab's default, Helvetica, would be named in
    every PDF without being embedded (a viewer then substitutes what it has)."""
    register()
    return Canvas(target, initialFontName=REGULAR, **options)


@cache
def _covered() -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` the printout cannot show as typed: those the embedded font
    lacks, and right-to-left letters (Hebrew, Arabic), which reportlab would draw reversed
    and unjoined."""
    if text.isascii():  # the font has every printable ASCII character
        return set()
    covered = _covered()
    return {
        ch
        for ch in text
        if ord(ch) >= 32
        and (ord(ch) not in covered or unicodedata.bidirectional(ch) in ("R", "AL"))
    }
