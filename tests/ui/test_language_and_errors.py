"""Two languages, keyboard shortcuts, and errors that never take the app down."""

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from ui.dialogs.crash_dialog import CrashDialog
from ui.shell.application import WindowHost

from .conftest import on_top, show_section, shown, wait_idle


def test_switching_to_french_rebuilds_the_window_in_french(
    qtbot, demo_db, settings, english, no_modal_boxes
):
    host = WindowHost(demo_db, settings)  # the host deletes each window it replaces
    host.window.show()
    host.window.start()
    wait_idle(qtbot, host.window)
    assert host.window.sections.tabs.tabText(0) == "&Costumes"
    host.window.language_chosen.emit("fr")
    french = host.window
    wait_idle(qtbot, french)
    assert settings.value("ui/language") == "fr"
    assert [french.sections.tabs.tabText(i) for i in (1, 2, 3)] == [
        "&Danseurs",
        "&Pointes",
        "&Tulle et fournitures",
    ]
    assert french.scan.placeholderText() == "Scannez ou tapez une étiquette, puis Entrée"
    assert "articles à commander" in french.sections.alerts.banner.text.text()
    assert french.sections.costumes.model.headerData(0, Qt.Orientation.Horizontal) == "Étiquette"
    assert QLocale().decimalPoint() == ","
    # The core's stored words are said in French too: a pointe specification, the dancer view.
    specs = [
        shown(qtbot, french.sections.pointe.model, r)
        for r in range(french.sections.pointe.model.rowCount())
    ]
    row = next(r for r, spec in enumerate(specs) if spec.shank and spec.vamp)
    text = french.sections.pointe.model.index(row, 1).data()
    assert "cambrion" in text and "empeigne" in text and "shank" not in text
    show_section(qtbot, french, "dancers")
    french.sections.dancers.page.select_key(specs[row].dancer_id)
    wait_idle(qtbot, french)
    summary = french.sections.dancers.view.summary.toPlainText()
    assert "Pointes" in summary and "cambrion" in summary and "Pointe shoes" not in summary
    french.language_chosen.emit("en")
    qtbot.addWidget(host.window)
    wait_idle(qtbot, host.window)
    assert host.window.sections.tabs.tabText(1) == "&Dancers"


def test_keyboard_shortcuts_reach_the_scan_field_and_the_filter(window, qtbot):
    window.sections.costumes.page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.scan
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.sections.costumes.page.filter
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.sections.tabs.currentIndex() == 1
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def test_controls_have_accessible_names(window):
    assert window.scan.accessibleName() == "Tag"
    assert window.sections.costumes.page.filter.accessibleName()
    assert window.sections.alerts.page.accessibleName()


def test_a_bug_in_background_work_opens_the_crash_dialog_and_the_app_goes_on(window, qtbot):
    def broken():
        raise ZeroDivisionError("tulle divided by nothing")

    window.runner.run(broken)
    qtbot.waitUntil(lambda: isinstance(on_top(window), CrashDialog))
    details = on_top(window).details.toPlainText()
    assert "ZeroDivisionError: tulle divided by nothing" in details
    assert "Traceback" in details
    on_top(window).reject()
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.refresh()  # still working


def test_a_refused_action_is_a_plain_sentence(window, qtbot, no_modal_boxes):
    from wardrobe.errors import UnknownTag

    window.runner.run(lambda: (_ for _ in ()).throw(UnknownTag(tag="BN-1")))
    qtbot.waitUntil(lambda: bool(no_modal_boxes))
    assert no_modal_boxes[-1] == (
        "warning",
        "No item has the tag “BN-1”. Check the label, or log it as a new item.",
    )


def test_qts_own_file_dialog_reads_french_where_its_catalogue_stops(qtbot, english):
    """qtbase_fr leaves "Look in" and "Files of type" in English; ours fills the gap."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from ui.runtime.i18n import install_translation

    install_translation("fr")
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Exporter")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) if w.text()]
        texts += [w.text() or w.toolTip() for w in dialog.findChildren(QAbstractButton)]
        english_words = {"Look in", "Files of", "File name", "Cancel", "Open", "Save", "Back"}
        assert texts and not [t for t in texts if any(w in t for w in english_words)], texts
        assert "&Regarder dans\u00a0:" in texts


def test_in_the_french_window_the_cores_refusals_are_french(
    window, qtbot, no_modal_boxes, english, demo_db
):
    """The core says its own sentence (field, detail and all) in the window's language."""
    from ui.runtime.i18n import install_translation
    from wardrobe.language.vocabulary import MAX_NET_LAYERS
    from wardrobe.services import circulation, costumes, item_fields

    install_translation("fr")
    item = next(i for i in costumes.list_items(demo_db) if i.status == "in_store")
    window.runner.run(lambda: circulation.check_in(window.db, item.tag))
    qtbot.waitUntil(lambda: bool(no_modal_boxes))
    kind, text = no_modal_boxes[-1]
    assert kind == "warning" and text == f"{item.tag} ({item.name}) est déjà en réserve."
    window.runner.run(lambda: item_fields.net_layers("40"))
    qtbot.waitUntil(lambda: len(no_modal_boxes) == 2)
    assert no_modal_boxes[-1][1] == (
        f"Couches de tulle : 40 n’est pas entre 1 et {MAX_NET_LAYERS} ; "
        "sans doute une faute de frappe."
    )
