"""What the desk's scanning dialogs share (pulling a call, taking it back in): the tag field
(a scan reaches ``take_scan`` whatever has the focus; a tag typed there, then Enter, does the
same) and the line saying what the last scan did: green when it went, amber when it was done
already (counted once), red with the system's sound, heard from across the racks, when not."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QWidget

DONE = "#1e7b34"
AGAIN = "#b9770e"
WRONG = "#c0392b"


class ScanDialog(QDialog):
    """``requested("scan", payload)``: the opener does the scan and says what it did."""

    requested = Signal(str, object)

    def __init__(self, prefix: str, first_line: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName(f"{prefix}Tag")
        self.field.setPlaceholderText(self.tr("Scan or type a tag, then Enter"))
        self.field.setAccessibleName(self.tr("Tag"))
        self.field.returnPressed.connect(self._typed)
        self.last = QLabel(first_line, self)
        self.last.setObjectName(f"{prefix}Last")
        self.last.setWordWrap(True)

    def _typed(self) -> None:
        text = self.field.text().strip()
        self.field.clear()
        if text:
            self.take_scan(text.upper())

    def take_scan(self, tag: str) -> None:
        raise NotImplementedError

    def say(self, sentence: str, colour: str) -> None:
        self.last.setText(sentence)
        self.last.setStyleSheet(
            f"#{self.last.objectName()} {{ color: {colour}; font-weight: bold; }}"
        )
        if colour == WRONG:
            QApplication.beep()
        self.field.setFocus()

    def show_refusal(self, sentence: str) -> None:
        """A scan refused (a tag no item has): said here in red, nothing changed."""
        self.say(sentence, WRONG)
