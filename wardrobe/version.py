"""What this program is: its version (one place: ``wardrobe.__version__``, which the package
metadata reads too), the inventory schema it writes, and the Qt and Python it runs on. Read
without importing Qt (the core never does): Qt's version comes from the installed package's
metadata, or from the bundle's own record of it."""

from __future__ import annotations

import platform
from importlib import metadata

from . import __version__


def qt_version() -> str:
    for package in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return "?"


def schema() -> str:
    from db import HEAD

    return HEAD


def describe() -> str:
    """``wardrobe 0.1.0 · inventory schema 0008 · Qt 6.11.3 · Python 3.11.7``."""
    return (
        f"wardrobe {__version__} · inventory schema {schema()} · Qt {qt_version()} "
        f"· Python {platform.python_version()}"
    )
