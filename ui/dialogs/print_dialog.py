"""Printing from the window: choose what and where, then the PDF is made off the GUI thread
with progress, and opened in the system viewer or saved where the user chose."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QLabel,
    QProgressBar,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wardrobe.files.output_file import written_whole

from ..runtime.tasks import TaskRunner
from .forms import FormDialog, Invalid, choice

if TYPE_CHECKING:  # reportlab is imported when something is printed, not at start-up
    from wardrobe.reports.fitting_sheet import PrintResult


def _layouts() -> dict:
    from wardrobe.reports.tag_labels import LAYOUTS

    return LAYOUTS


@dataclass(frozen=True)
class Printed:
    result: PrintResult
    path: Path
    open_after: bool


_private: list[Path] = []


def private_folder() -> Path:
    """This session's own folder for PDFs to view, readable by this user alone (0700): a
    fitting sheet holds a dancer's measurements, and the system's temp folder is shared."""
    if not _private or not _private[0].is_dir():
        _private[:] = [Path(tempfile.mkdtemp(prefix="wardrobe-"))]
    return _private[0]


def temporary_pdf(stem: str) -> Path:
    stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmmss")
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem)[:60]
    return private_folder() / f"{safe}-{stamp}.pdf"


class PrintDialog(FormDialog):
    """``render(path, progress)`` makes the PDF; ``choices`` (label, value) add a pick-list
    (a production, say); ``labels`` adds the label sheet and start position."""

    progressed = Signal(int, int)

    def __init__(
        self,
        title: str,
        heading: str,
        runner: TaskRunner,
        render: Callable[[Path, Callable[[int, int], None], dict], PrintResult],
        stem: str,
        *,
        choices: list[tuple[str, Any]] | None = None,
        choice_label: str = "",
        labels_paper: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, runner, parent)
        self.setObjectName("printDialog")
        self.make_pdf, self.stem = render, stem
        self.save_button.setText(self.tr("Print"))
        intro = QLabel(heading, self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.pick = None
        if choices is not None:
            self.pick = choice(self, choice_label, choices)
            self.form.addRow(choice_label, self.pick)
        self.layout_box = None
        self.start = None
        if labels_paper is not None:
            default = "L7160" if labels_paper == "A4" else "5160"
            self.layout_box = choice(
                self,
                self.tr("Label sheet"),
                [
                    (
                        f"{name} ({'A4' if layout.page[0] < 600 else 'Letter'}, "
                        f"{layout.columns} × {layout.rows})",
                        name,
                    )
                    for name, layout in _layouts().items()
                ],
                default,
            )
            self.start = QSpinBox(self)
            self.start.setAccessibleName(self.tr("First free label"))
            self.start.setRange(1, _layouts()[default].per_sheet)
            self.layout_box.currentIndexChanged.connect(self._layout_changed)
            self.form.addRow(self.tr("Label &sheet"), self.layout_box)
            self.form.addRow(self.tr("&First free label"), self.start)
        self.open_after = QRadioButton(self.tr("&Open in the PDF viewer"), self)
        self.save_as = QRadioButton(self.tr("Save &as…"), self)
        self.open_after.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.open_after)
        group.addButton(self.save_as)
        where = QWidget(self)
        column = QVBoxLayout(where)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.open_after)
        column.addWidget(self.save_as)
        self.form.addRow(self.tr("Then"), where)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.layout_.insertWidget(1, self.progress)
        self.progressed.connect(self._progressed)
        self.save_button.setFocus()

    def _layout_changed(self) -> None:
        assert self.layout_box is not None and self.start is not None
        self.start.setRange(1, _layouts()[self.layout_box.currentData()].per_sheet)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def collect(self) -> dict[str, Any]:
        options: dict[str, Any] = {}
        if self.pick is not None:
            if self.pick.currentData() is None:
                raise Invalid(self.tr("There is nothing to choose from."), self.pick)
            options["choice"] = self.pick.currentData()
        if self.layout_box is not None and self.start is not None:
            options["layout"] = self.layout_box.currentData()
            options["start"] = self.start.value()
        if self.save_as.isChecked():
            default = str(Path.home() / f"{self.stem}.pdf")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the PDF"), default, self.tr("PDF files (*.pdf)")
            )
            if not path:
                raise Invalid(
                    self.tr("Choose where to save the PDF, or open it instead."), self.save_as
                )
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            options["path"] = Path(path)
        else:
            options["path"] = temporary_pdf(self.stem)
        return options

    def work(self, options: dict[str, Any]) -> Callable[[], Printed]:
        target: Path = options["path"]
        open_after = not self.save_as.isChecked()

        def run() -> Printed:
            with written_whole(target) as partial:  # measurements: this user's alone
                result = self.make_pdf(partial, self.progressed.emit, options)
            return Printed(result, target, open_after)

        return run
