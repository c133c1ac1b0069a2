"""The window on a small screen and in the dark palette: the item window of a tutu with open
alterations fits the screen with its buttons in sight, the main window's first size shows its
status bar, and the alerts banner's text follows a palette chosen while the window is open."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QScrollArea

from ui.dialogs.on_screen import FRAME
from wardrobe.services import alterations, costumes

from .test_alterations_and_history import open_item_dialog


def test_a_tall_item_window_scrolls_and_keeps_its_buttons_on_the_screen(window, qtbot, demo_db):
    tutu = next(i for i in costumes.list_items(demo_db, "BN") if i.tutu is not None)
    for text in ("Reprendre la couture du corsage, côté gauche", "Ourlet du plateau, 1 cm"):
        alterations.record_alteration(demo_db, tutu.tag, kind="repair", description=text)
    dialog = open_item_dialog(qtbot, window, tutu.tag)
    area = dialog.screen().availableGeometry()  # 800 px tall here: the window needs more
    qtbot.waitUntil(lambda: dialog.findChild(QScrollArea, "fitScroll") is not None)
    qtbot.waitUntil(lambda: dialog.height() <= area.height() - FRAME)
    assert dialog.geometry().top() >= area.top() and dialog.geometry().bottom() <= area.bottom()
    save = dialog.save_button
    assert save.isVisible()
    corner = save.mapTo(dialog, save.rect().bottomRight())
    assert dialog.rect().contains(corner)  # the Save button is inside the window, not cut off


def test_the_main_window_first_opens_within_the_screen(window):
    area = window.screen().availableGeometry()
    assert window.height() <= area.height() and window.width() <= area.width()
    assert window.statusBar().isVisible()


def test_the_alerts_banner_text_follows_a_dark_palette_chosen_at_once(window, qtbot):
    from ui.shell.application import apply_theme

    app = QApplication.instance()
    banner = window.sections.alerts.banner
    try:
        apply_theme(app, "dark")
        text = banner.text.palette().color(QPalette.ColorRole.WindowText)
        ground = banner.palette().color(QPalette.ColorRole.Window)
        assert text.lightness() - ground.lightness() > 100  # light on dark, readable
    finally:
        apply_theme(app, "light")


def test_the_status_bar_counts_say_one_dancer_not_one_dancers(window):
    window.status.follow_counts(lambda: (1, 1, 2, 0))
    assert window.status.count_label.text() == "1 item · 1 dancer · 2 pointe specs · 0 materials"


def test_column_widths_saved_in_english_fit_the_french_headers(window, qtbot, demo_db, settings):
    from ui.runtime.i18n import install_translation

    from .conftest import open_window

    header = window.sections.pointe.page.table.horizontalHeader()
    header.resizeSection(3, header.sectionSizeHint(3))  # "On order", just wide enough
    window.close()
    install_translation("fr")
    try:
        french = open_window(qtbot, demo_db, settings)
        header = french.sections.pointe.page.table.horizontalHeader()
        assert header.model().headerData(3, header.orientation()) == "En commande"
        assert header.sectionSize(3) >= header.sectionSizeHint(3)  # not "n command"
        french.ctx.wait()
    finally:
        install_translation("en")
