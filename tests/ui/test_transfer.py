"""Import with a preview, export, from the window."""

from PySide6.QtWidgets import QFileDialog

from ui.operations import files as file_ops
from wardrobe.services import costumes

from .conftest import active_dialog, wait_idle


def test_a_bad_file_shows_every_problem_and_cannot_be_imported(window, qtbot, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "tag,name,kind,net_layers,tutu_style\nBN-900001,,bodice,,\n"
        "BN-900002,Tutu,tutu,40,classical\n"
    )
    file_ops.import_sheet(window.ctx)
    dialog = active_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("costumes"))
    dialog.path.setText(str(path))
    dialog.submit()
    assert "Preview the file first" in dialog.message.text()
    dialog.preview()
    wait_idle(qtbot, window)
    table = dialog.problems
    assert table.isVisible() and table.rowCount() == 2
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(2)] == [
        ("2", "name"),
        ("3", "net_layers"),
    ]
    assert "2 problems" in dialog.summary.text() and not dialog.save_button.isEnabled()


def test_a_good_file_is_previewed_then_imported(window, qtbot, tmp_path, demo_db):
    path = tmp_path / "c.csv"
    path.write_text(
        "tag,name,kind,production\nBN-900001,Cape de Carabosse,cape,"
        "La Belle au bois dormant\nBN-000001,Tutu — Fée Dragée (1),tutu,"
        "Casse-Noisette\n",
        encoding="utf-8",
    )
    file_ops.import_sheet(window.ctx)
    dialog = active_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("costumes"))
    dialog.path.setText(str(path))
    dialog.preview()
    wait_idle(qtbot, window)
    assert "1 to create, 1 to update" in dialog.summary.text()
    rows = dialog.rows
    assert rows.isVisible() and rows.rowCount() == 2
    said = [[rows.item(r, c).text() for c in range(4)] for r in range(2)]
    assert said[0] == ["2", "BN-900001", "created", ""]
    assert said[1][:3] == ["3", "BN-000001", "changed"]
    assert "name: Tutu — Fée Dragée → Tutu — Fée Dragée (1)" in said[1][3]
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        dialog.submit()
    assert costumes.get_item(demo_db, "BN-900001").name == "Cape de Carabosse"
    assert window.sections.costumes.model.row_of(costumes.get_item(window.db, "BN-900001").id) >= 0


def test_export_writes_the_chosen_file(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "danseurs"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV, UTF-8 (*.csv)")
    )
    file_ops.export_kind(window.ctx, "dancers")
    wait_idle(qtbot, window)
    written = tmp_path / "danseurs.csv"
    lines = written.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("name,company,rank") and len(lines) == 1 + 80


def test_a_file_naming_no_company_is_imported_into_the_company_chosen(
    window, qtbot, tmp_path, demo_db
):
    path = tmp_path / "d.csv"
    path.write_text("name,rank,waist_cm\nNouvelle Recrue,quadrille,61\n", encoding="utf-8")
    file_ops.import_sheet(window.ctx)
    dialog = active_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("dancers"))
    dialog.path.setText(str(path))
    dialog.preview()
    wait_idle(qtbot, window)
    assert "say which company" in dialog.problems.item(0, 3).text()
    assert dialog.company.isVisible() and not dialog.save_button.isEnabled()
    dialog.company.setCurrentIndex(dialog.company.findData("Le Ballet National"))
    assert not dialog.save_button.isEnabled()  # a new choice: preview again
    dialog.preview()
    wait_idle(qtbot, window)
    assert dialog.rows.item(0, 2).text() == "created" and not dialog.problems.isVisible()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        dialog.submit()
    from wardrobe.services import dancers

    added = dancers.dancer_detail(demo_db, "Nouvelle Recrue")
    assert added.dancer.company == "Le Ballet National" and added.latest.values["waist"] == 610
