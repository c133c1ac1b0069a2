"""Printing from the window: off the GUI thread, with progress, opened or saved."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.operations import printing
from wardrobe.services import dancers

from .conftest import active_dialog, show_section, shown, wait_idle


@pytest.fixture
def opened(monkeypatch):
    """PDFs the app asked the system viewer to open."""
    urls: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(Path(url.toLocalFile())) or True
    )
    return urls


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_ctrl_p_in_dancers_prints_that_dancers_sheet_and_opens_it(window, qtbot, opened):
    show_section(qtbot, window, "dancers")
    record = shown(qtbot, window.sections.dancers.model, 0)
    window.sections.dancers.page.select_key(record.id)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = active_dialog(qtbot, window)
    assert dialog.objectName() == "printDialog"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    [pdf] = opened
    assert record.name in text_of(pdf)
    assert "page(s) written to" in window.statusBar().currentMessage()
    # Measurements are personal: the PDF to view is the user's alone.
    assert pdf.stat().st_mode & 0o777 == 0o600
    assert pdf.parent.stat().st_mode & 0o777 == 0o700


def test_with_no_pdf_viewer_the_user_is_told_and_can_save_it(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Save,
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "sheet.pdf"), "")
    )
    show_section(qtbot, window, "dancers")
    record = shown(qtbot, window.sections.dancers.model, 0)
    window.sections.dancers.page.select_key(record.id)
    printing.dancer_sheet(window.ctx)
    dialog = active_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    assert asked and "No program on this computer opens PDF files" in asked[0]
    assert record.name in text_of(tmp_path / "sheet.pdf")


def test_a_production_batch_reports_progress_and_saves_where_chosen(
    window, qtbot, opened, monkeypatch, tmp_path
):
    target = tmp_path / "casse-noisette"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    printing.production_sheets(window.ctx)
    wait_idle(qtbot, window)  # the productions are read on the worker first
    dialog = active_dialog(qtbot, window)
    dialog.pick.setCurrentIndex(dialog.pick.findText("Casse-Noisette — Le Ballet National"))
    dialog.save_as.setChecked(True)
    steps = []
    dialog.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        dialog.submit()
    sheets = saved.args[0].result.sheets
    assert steps[-1] == (sheets, sheets) and len(steps) == sheets > 5
    assert opened == [] and (tmp_path / "casse-noisette.pdf").exists()
    assert "Fiche d’essayage" in text_of(tmp_path / "casse-noisette.pdf")


def test_cancelling_the_save_dialog_prints_nothing(window, qtbot, monkeypatch, opened):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    printing.reorder_list(window.ctx)
    dialog = active_dialog(qtbot, window)
    dialog.save_as.setChecked(True)
    dialog.submit()
    assert dialog.isVisible() and "Choose where to save" in dialog.message.text()
    assert opened == []


def test_labels_for_the_selected_items_on_the_chosen_sheet(window, qtbot, opened):
    page = window.sections.costumes.page
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.proxy.index(2, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    tags = sorted(r.tag for r in page.selected_records())
    printing.labels(window.ctx)
    dialog = active_dialog(qtbot, window)
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("5163"))
    assert dialog.start.maximum() == 10
    dialog.start.setValue(3)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    text = text_of(opened[0])
    assert all(tag in text for tag in tags) and len(tags) == 2


def test_a_name_the_font_cannot_show_is_reported_after_printing(
    window, qtbot, opened, no_modal_boxes, demo_db
):
    record = dancers.create_dancer(demo_db, company="MBT", name="Mai 舞 Tanaka")
    window.refresh()
    qtbot.waitUntil(lambda: window.sections.dancers.model.row_of(record.id) >= 0, timeout=10_000)
    show_section(qtbot, window, "dancers")
    window.sections.dancers.page.select_key(record.id)
    printing.dancer_sheet(window.ctx)
    dialog = active_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    assert any("U+821E" in text for kind, text in no_modal_boxes if kind == "warning")
