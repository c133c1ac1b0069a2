"""Qt's own texts that its French catalogue (qtbase_fr, as shipped with PySide6) leaves in
English. Listed here so that lupdate puts them in our catalogue, in Qt's own context: Qt asks
every installed translator, and ours answers where Qt's has nothing."""

from __future__ import annotations

from .noop import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
