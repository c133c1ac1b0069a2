"""Creating and editing from the keyboard: invalid input says why and saves nothing."""

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ui.operations import item_window
from wardrobe.models import CostumeItem, Dancer
from wardrobe.services import costumes

from .conftest import do, on_top, show_section, wait_idle


def count(db, model):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_new_item_with_invalid_then_valid_input(window, qtbot, demo_db):
    before = count(demo_db, CostumeItem)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = on_top(window)
    assert dialog.objectName() == "itemDialog" and dialog.isVisible()
    qtbot.keyClick(dialog.tag, Qt.Key.Key_Return)  # nothing typed yet
    assert dialog.isVisible() and "name" in dialog.message.text()
    assert dialog.focusWidget() is dialog.name
    dialog.name.setText("Cygne noir — tutu")
    dialog.piece.setCurrentIndex(dialog.piece.findData("tutu"))
    dialog.layers.setValue(12)
    dialog.hoop.setValue(14)  # beyond the layers
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and "hoop" in dialog.message.text()
    dialog.hoop.setValue(6)
    dialog.value.setText("lots")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and "number" in dialog.message.text()
    assert count(demo_db, CostumeItem) == before  # nothing saved while invalid
    dialog.value.setText("8500")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    record = saved.args[0]
    assert record.tag.startswith("BN-") and record.tutu.hoop_layer == 6
    assert count(demo_db, CostumeItem) == before + 1
    wait_idle(qtbot, window)  # the list is read again, where the new item sorts
    assert window.sections.costumes.page.current_record().tag == record.tag


def test_a_refused_save_keeps_the_dialog_open_with_the_reason(window, qtbot, demo_db):
    item_window.new_item(window.ctx, "BN-000001")  # a tag already in use
    dialog = on_top(window)
    dialog.name.setText("Doublon")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert dialog.isVisible() and "already on another item" in dialog.message.text()


def test_escape_cancels_without_saving(window, qtbot, demo_db):
    before = count(demo_db, CostumeItem)
    item_window.new_item(window.ctx)
    dialog = on_top(window)
    dialog.name.setText("Never saved")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and count(demo_db, CostumeItem) == before


def test_another_desk_saved_first_so_this_save_is_refused_and_refreshed(window, qtbot, demo_db):
    item = costumes.get_item(demo_db, "BN-000002")
    item_window.open_item(window.ctx, item)
    dialog = on_top(window)
    fields = dict(
        name=item.name,
        piece_type=item.piece_type,
        production=item.production,
        role=item.role,
        colour="vermeil",
        location=item.location,
    )
    costumes.edit_item(demo_db, item.tag, expected_version=item.version, **fields)  # elsewhere
    dialog.colour.setText("argent massif")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert dialog.isVisible() and "Someone else changed" in dialog.message.text()
    assert dialog.colour.text() == "vermeil"  # the fresh copy is shown
    assert costumes.get_item(demo_db, item.tag).colour == "vermeil"
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.colour.setText("argent massif")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert costumes.get_item(demo_db, item.tag).colour == "argent massif"


def test_a_new_dancer_from_the_dancers_section(window, qtbot, demo_db):
    before = count(demo_db, Dancer)
    show_section(qtbot, window, "dancers")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = on_top(window)
    assert dialog.objectName() == "dancerDialog"
    dialog.name.setText("Zoé Laâge-Vinolo")  # accents through setText, never keyClicks
    dialog.rank.setEditText("sujet")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert count(demo_db, Dancer) == before + 1
    wait_idle(qtbot, window)
    new_id = dialog.result_value.id
    assert window.sections.dancers.page.model.row_of(new_id) >= 0
    assert (
        window.sections.dancers.page.current_record().id == new_id
    )  # the list shows where it went
    # And she can be chosen at once as the dancer a costume is made for.
    item_window.new_item(window.ctx)
    item_dialog = on_top(window)
    wait_idle(qtbot, window)
    company = item_dialog.company.findData(dialog.result_value.company_id)
    item_dialog.company.setCurrentIndex(company)
    made_for = [item_dialog.built_for.itemData(i) for i in range(item_dialog.built_for.count())]
    assert new_id in made_for
    item_dialog.reject()


def test_an_item_of_a_piece_type_the_lists_do_not_know_keeps_it(window, qtbot, demo_db):
    record = costumes.log_item(demo_db, company="BN", name="Éventail", piece_type="fan")
    item_window.open_item(window.ctx, record)
    dialog = on_top(window)
    assert dialog.piece.currentData() == "fan" and dialog.piece.currentText() == "fan"
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert costumes.get_item(demo_db, record.tag).piece_type == "fan"


def test_the_pick_lists_arrive_after_the_dialog_opens(window, qtbot):
    item_window.new_item(window.ctx)
    dialog = on_top(window)
    wait_idle(qtbot, window)
    productions = [dialog.production.itemText(i) for i in range(dialog.production.count())]
    assert "Casse-Noisette" in productions
    dialog.production.setCurrentIndex(productions.index("Casse-Noisette"))
    roles = [dialog.role.itemText(i) for i in range(dialog.role.count())]
    assert "Fée Dragée" in roles and "Aurore" not in roles
    assert any(
        dialog.location.itemText(i).startswith("Réserve / Bac")
        for i in range(dialog.location.count())
    )


def test_a_place_made_by_one_item_is_offered_to_the_next(window, qtbot, demo_db):
    item_window.new_item(window.ctx)
    first = on_top(window)
    wait_idle(qtbot, window)
    places = [first.location.itemText(i) for i in range(first.location.count())]
    assert "Réserve / Bac tout neuf" not in places
    first.name.setText("Ceinture de réserve")
    first.piece.setCurrentIndex(first.piece.findData("accessory"))
    first.location.setEditText("Réserve / Bac tout neuf")
    with qtbot.waitSignal(first.saved, timeout=5000):
        qtbot.keyClick(first.name, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    item_window.new_item(window.ctx)  # the lists kept by the window were dropped with that save
    second = on_top(window)
    wait_idle(qtbot, window)
    places = [second.location.itemText(i) for i in range(second.location.count())]
    assert "Réserve / Bac tout neuf" in places
    second.reject()
    item_window.new_item(window.ctx)  # and read once more only when something changes
    third = on_top(window)
    assert window.runner.idle  # nothing to read: the lists were known
    assert third.location.count() == second.location.count()
    third.reject()


def _clipped(dialog) -> list[str]:
    """The visible labels of a dialog whose text does not fit the room it was given."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QLabel

    bad = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        where = QRect(label.mapTo(dialog, QPoint(0, 0)), label.size())
        inside = dialog.rect().contains(where)
        tall = label.height() >= label.heightForWidth(label.width()) if label.wordWrap() else True
        wide = label.wordWrap() or label.width() >= label.sizeHint().width()
        if not (tall and wide and inside):
            bad.append(label.text())
    return bad


def test_a_long_name_and_a_long_message_wrap_and_the_dialog_grows(window, qtbot, demo_db):
    from ui.runtime.i18n import install_translation

    long_name = "Tutu romantique de la Sylphide, acte II, ailes de soie peinte et couronne " * 2
    costumes.log_item(
        demo_db,
        company="BN",
        tag="BN-990001",
        name=long_name.strip()[:200],
        piece_type="cape",
        location="Réserve / Bac 19",
    )
    install_translation("fr")  # French runs longer
    try:
        do(window, "move", costumes.get_item(window.db, "BN-990001"))
        wait_idle(qtbot, window)
        dialog = on_top(window)
        qtbot.waitExposed(dialog)
        assert _clipped(dialog) == []
        before = dialog.height()
        dialog.submit()  # no place: a sentence of two lines
        qtbot.wait(50)
        assert dialog.message.isVisible() and _clipped(dialog) == []
        assert dialog.height() > before
        dialog.reject()
    finally:
        install_translation("en")
