"""``QT_TRANSLATE_NOOP`` as it behaves: it returns the text it marks. PySide6's stubs type its
result as ``object``, which made every declared text an error to the type checker; the window
imports it from here, and lupdate still finds each marked text by its name."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's own name
        """Marks ``text`` for lupdate in ``context``; returns it untranslated."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
