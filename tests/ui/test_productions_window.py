"""The Productions section as a costume supervisor uses it: the demo's plot read at a glance
(a change of look marked), a cell's look chosen by keyboard and taken off, each undone; a part
and a look added from their buttons and undone; a problem the check finds opens its item."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from wardrobe.services import casting, circulation, costume_plot, looks, running_order

from .conftest import dialog_named, show_section, undo, wait_idle


def _open(qtbot, window, production="Casse-Noisette"):
    show_section(qtbot, window, "productions")
    section = window.sections.productions
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=10_000)
    index = section.chooser.findText(production, Qt.MatchFlag.MatchStartsWith)
    if index != section.chooser.currentIndex():
        section.chooser.setCurrentIndex(index)
        section.chooser.activated.emit(index)
        qtbot.waitUntil(lambda: section.current_production().title == production)
        wait_idle(qtbot, window)
    return section


def _press(section, name):
    """A click on the section's button for that operation."""
    action = next(a for a in section.bar.actions() if a.objectName() == name)
    section.bar.widgetForAction(action).click()


def _cell(section, role, label):
    model = section.model
    row = next(r for r, (_id, said) in enumerate(model.rows) if said == role)
    column = next(c for c, part in enumerate(model.plot.parts) if part.label == label)
    return model.index(row, column)


def _look(db, production, role, label):
    plot = costume_plot.plot(db, production.id)
    role_id = next(r for r, name in plot.roles if name == role)
    part = next(p for p in plot.parts if p.label == label)
    found = plot.cells.get((role_id, part.id))
    return found[0] if found else None


def test_the_plot_reads_at_a_glance_and_a_cell_is_chosen_and_emptied_by_keyboard(
    window, qtbot, demo_db, monkeypatch
):
    section = _open(qtbot, window)
    production = section.current_production()
    voyage = _cell(section, "Clara", "I.3")
    assert voyage.data() == "▸ Voyage" and voyage.data(Qt.ItemDataRole.FontRole).bold()
    assert _cell(section, "Le Prince", "I.1").data() == "—"

    asked = []
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        lambda _p, _t, label, names, current, _e: (asked.append((label, names)), "Grand pas", True)[
            1:
        ],
    )
    section.grid.setFocus()
    section.grid.setCurrentIndex(_cell(section, "Le Prince", "I.1"))
    qtbot.keyClick(section.grid, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert asked == [("Le Prince", ["Grand pas", "— not on stage —"])]
    assert _look(demo_db, production, "Le Prince", "I.1") == "Grand pas"
    qtbot.waitUntil(lambda: _cell(section, "Le Prince", "I.1").data() == "Grand pas")
    undo(qtbot, window)
    assert _look(demo_db, production, "Le Prince", "I.1") is None

    section.grid.setFocus()
    section.grid.setCurrentIndex(_cell(section, "Clara", "I.1"))
    qtbot.keyClick(section.grid, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert _look(demo_db, production, "Clara", "I.1") is None
    undo(qtbot, window)
    assert _look(demo_db, production, "Clara", "I.1") == "Fête"


def test_a_part_and_a_look_added_from_the_buttons_and_undone(window, qtbot, demo_db):
    section = _open(qtbot, window)
    production = section.current_production()
    section.grid.setCurrentIndex(_cell(section, "Clara", "I.2"))
    _press(section, "action_production_new_part")
    dialog = dialog_named(qtbot, window, "partDialog")
    dialog.act.setText("I")
    dialog.scene.setText("2b")
    dialog.title.setText("Entracte dansé")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    labels = [p.label for p in running_order.parts(demo_db, production.id)]
    assert labels[:4] == ["I.1", "I.2", "I.2b", "I.3"]  # after the part chosen
    qtbot.waitUntil(lambda: section.model.columnCount() == 7)

    section.grid.setCurrentIndex(_cell(section, "Clara", "I.2b"))
    _press(section, "action_production_new_look")
    look = dialog_named(qtbot, window, "lookDialog")
    assert look.role.currentText() == "Clara" and look.worn_here.isChecked()
    look.name.setText("Rêve")
    look.pieces.setPlainText("robe: chemise de nuit\ncoiffe: ruban")
    with qtbot.waitSignal(look.saved, timeout=5000):
        look.save_button.click()
    assert _look(demo_db, production, "Clara", "I.2b") == "Rêve"
    qtbot.waitUntil(lambda: _cell(section, "Clara", "I.2b").data() == "▸ Rêve")

    undo(qtbot, window)  # the look
    assert _look(demo_db, production, "Clara", "I.2b") is None
    undo(qtbot, window)  # the part
    assert "I.2b" not in [p.label for p in running_order.parts(demo_db, production.id)]


def test_what_the_check_finds_opens_its_item(window, qtbot, demo_db):
    section = _open(qtbot, window)
    production = section.current_production()
    double = next(c for c in casting.casts(demo_db, production.id) if c.double_of)
    twin = next(
        w.tag
        for d in costume_plot.dancer_plot(demo_db, production.id, double.dancer_id)
        for w in d.pieces
        if d.role == double.role and w.tag and w.status == "in_store"
    )
    window.ctx.saved(circulation.send_away(demo_db, twin, "at_cleaning"))  # as a desk would
    qtbot.waitUntil(lambda: any(twin in p.tags for p in section.problems), timeout=10_000)
    assert twin in window.statusBar().currentMessage()  # said as soon as it happens
    row = next(n for n, p in enumerate(section.problems) if twin in p.tags)
    section.list.setFocus()
    section.list.setCurrentRow(row)
    qtbot.keyClick(section.list, Qt.Key.Key_Return)
    item = dialog_named(qtbot, window, "itemDialog")
    assert item.record.tag in section.problems[row].tags


def test_a_copy_is_given_to_a_dancer_of_one_cast_and_taken_back_by_undo(window, qtbot, demo_db):
    from wardrobe.services import costumes

    section = _open(qtbot, window)
    production = section.current_production()
    costumes.log_item(
        demo_db,
        company="BN",
        tag="BN-009001",
        name="Robe de fête — Clara (copie)",
        piece_type="dress",
        production="Casse-Noisette",
        role="Clara",
    )
    section.cast.setCurrentIndex(section.cast.findData(1))
    section.cast.activated.emit(section.cast.currentIndex())
    qtbot.waitUntil(lambda: any(said.startswith("Clara — ") for _r, said in section.model.rows))
    clara = next(said for _r, said in section.model.rows if said.startswith("Clara — "))
    dancer = clara.split(" — ", 1)[1]
    section.grid.setCurrentIndex(_cell(section, clara, "I.1"))
    _press(section, "action_production_give_copy")
    dialog = dialog_named(qtbot, window, "giveCopyDialog")
    box = next(iter(dialog.boxes.values()))
    box.setCurrentIndex(box.findData("BN-009001"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    wait_idle(qtbot, window)
    hers = costume_plot.dancer_plot(demo_db, production.id, dancer)[0].pieces[0]
    assert (hers.how, hers.tag) == ("assigned", "BN-009001")
    undo(qtbot, window)
    assert costume_plot.dancer_plot(demo_db, production.id, dancer)[0].pieces[0].how == "made"


def test_a_look_s_pieces_and_a_part_s_title_edited_from_the_window_and_undone(
    window, qtbot, demo_db
):

    section = _open(qtbot, window)
    production = section.current_production()
    section.grid.setCurrentIndex(_cell(section, "Clara", "I.3"))
    _press(section, "action_production_edit_look")
    dialog = dialog_named(qtbot, window, "editLookDialog")
    assert dialog.name.text() == "Voyage" and "dress" in dialog.pieces.toPlainText()
    dialog.pieces.setPlainText("robe: robe de fête\ncoiffe: ruban")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save_button.click()
    voyage = next(lk for lk in looks.looks(demo_db, production.id) if lk.name == "Voyage")
    assert [p.piece_type for p in voyage.pieces][:1] == ["dress"] and len(voyage.pieces) == 2
    undo(qtbot, window)
    voyage = next(lk for lk in looks.looks(demo_db, production.id) if lk.name == "Voyage")
    assert len(voyage.pieces) == 1

    _press(section, "action_production_edit_part")
    part = dialog_named(qtbot, window, "editPartDialog")
    assert part.title.text() == "Le royaume des neiges"
    part.title.setText("Au royaume des neiges")
    with qtbot.waitSignal(part.saved, timeout=5000):
        part.save_button.click()
    titles = [p.title for p in running_order.parts(demo_db, production.id)]
    assert "Au royaume des neiges" in titles
    undo(qtbot, window)
    assert "Le royaume des neiges" in [p.title for p in running_order.parts(demo_db, production.id)]


def test_a_photo_of_the_look_from_the_window_and_undone(
    window, qtbot, demo_db, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from tests.core.test_photos import jpeg
    from wardrobe.services import look_photos

    picture = tmp_path / "voyage.jpg"
    picture.write_bytes(jpeg((400, 600)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(picture), ""))
    section = _open(qtbot, window)
    production = section.current_production()
    section.grid.setCurrentIndex(_cell(section, "Clara", "I.3"))
    _press(section, "action_production_look_photo")
    wait_idle(qtbot, window)
    voyage = next(lk for lk in looks.looks(demo_db, production.id) if lk.name == "Voyage")
    assert len(look_photos.look_photos(demo_db, [voyage.id]).get(voyage.id, [])) == 1
    undo(qtbot, window)
    assert look_photos.look_photos(demo_db, [voyage.id]).get(voyage.id, []) == []


def test_a_photo_asked_for_a_cell_with_no_look_is_said_and_no_file_is_asked(
    window, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or ("", ""))
    section = _open(qtbot, window)
    section.grid.setCurrentIndex(_cell(section, "Le Prince", "I.1"))  # not on stage there
    _press(section, "action_production_look_photo")
    wait_idle(qtbot, window)
    assert asked == [] and "no look in that part" in window.statusBar().currentMessage()
