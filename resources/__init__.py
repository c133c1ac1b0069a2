"""Where the non-Python assets live, in a checkout and in an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def icon_path(name: str) -> Path:
    return HERE / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    return HERE / "translations"


def font_path(name: str) -> Path:
    return HERE / "fonts" / name


def locale_dir() -> Path:
    """The core's gettext catalogues: ``<language>/LC_MESSAGES/wardrobe.mo``."""
    return HERE / "locale"
