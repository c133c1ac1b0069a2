"""User text made safe for reportlab: escaped (markup is printed as typed, never run) and
checked for glyphs the font lacks, which are collected as warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from .fonts import missing_glyphs


@dataclass
class GlyphReport:
    """Texts that hold characters no embedded font can draw: reported, not drawn as boxes."""

    problems: dict[str, set[str]] = field(default_factory=dict)

    def check(self, text: str) -> str:
        missing = missing_glyphs(text)
        if missing:
            self.problems.setdefault(text, set()).update(missing)
        return text

    def warnings(self) -> list[str]:
        return [
            f"“{text}” has characters the printout cannot show as typed: "
            + " ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(chars))
            for text, chars in sorted(self.problems.items())
        ]


def markup(text: str, glyphs: GlyphReport | None = None) -> str:
    """``text`` for a Paragraph: escaped, line breaks kept, long words breakable."""
    if glyphs is not None:
        glyphs.check(text)
    return escape(text).replace("\n", "<br/>")
