"""The window in French, looked at whole: every section, every menu, the usual dialogs. A text
shown the same in the English and the French window, with English words in it, was never
translated (names and data aside); a text equal to an English source of either catalogue
is a translation that did not apply."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
)

from ui.runtime.i18n import install_translation
from wardrobe.services import companies, costumes, dancers, stock

from .conftest import open_window, wait_idle

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = re.compile(r"\b(the|of|and|to|is|are|not|with|from|this|your|new|an?)\b", re.I)


def _english_sources() -> set[str]:
    """The English texts the window's catalogue translates to something else."""
    tree = ET.parse(ROOT / "resources/translations/wardrobe_fr.ts")
    sources = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        french = "".join(translation.itertext()) if translation is not None else ""
        if source and french and french != source and len(source) > 3:
            sources.add(source.replace("&", ""))
    return sources


def _texts(widget) -> list[str]:
    """What a person sees in a widget and its children: labels, buttons, tabs, menus,
    placeholders, list headers."""
    found = []
    for child in [widget, *widget.findChildren(object)]:
        if isinstance(child, QLabel | QAbstractButton) and child.isVisible():
            found.append(child.text())
        if isinstance(child, QLineEdit) and child.isVisible():
            found.append(child.placeholderText())
        if isinstance(child, QTabBar):
            found += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QComboBox) and child.isVisible():
            found += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QMenu):
            found += [a.text() for a in child.actions() if a.text()]
            found += [a.toolTip() for a in child.actions() if a.toolTip()]
        if isinstance(child, QAbstractItemView) and child.isVisible() and child.model():
            model = child.model()
            found += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
    return [t.replace("&", "").strip() for t in found if t and t.strip()]


def _look(qtbot, window) -> list[str]:
    seen = []
    for section in ("costumes", "dancers", "pointe", "materials", "alerts"):
        window.show_section(section)
        wait_idle(qtbot, window)
        seen += _texts(window)
    for opener in (
        lambda: window.costume_actions.new_item(),
        lambda: window.dancer_actions.new_dancer(),
        lambda: window.stock_actions.new_material(),
        lambda: window.stock_actions.new_spec(),
        lambda: window.costume_actions.move(costumes.get_item(window.db, "BN-000002")),
        lambda: window.file_actions.import_sheet(),
        lambda: window.file_actions.new_company(),
    ):
        opener()
        wait_idle(qtbot, window)
        dialog = window.last_dialog
        assert isinstance(dialog, QDialog)
        qtbot.waitExposed(dialog)
        seen += [dialog.windowTitle(), *_texts(dialog)]
        dialog.reject()
    return seen


def _data(db) -> list[str]:
    names = [m.name for m in stock.list_materials(db)] + stock.list_suppliers(db)
    names += [c.name for c in companies.list_companies(db)]
    names += [d.name for d in dancers.list_dancers(db)]
    return sorted(names, key=len, reverse=True)


def test_the_french_window_shows_no_english(qtbot, demo_db, settings, no_modal_boxes):
    shown = {}
    for language in ("en", "fr"):
        install_translation(language)
        try:
            window = open_window(qtbot, demo_db, settings)
            shown[language] = _look(qtbot, window)
            window.ctx.wait()
            window.close()
        finally:
            install_translation("en")
    french = set(shown["fr"])
    assert "Costumes" in french and any("Danseurs" in t for t in french)
    left_english = sorted(french & _english_sources())
    assert left_english == [], left_english
    data = _data(demo_db)

    def without_data(text: str) -> str:
        for name in data:
            text = text.replace(name, "")
        return text

    same = french & set(shown["en"])
    untranslated = sorted(t for t in same if ENGLISH.search(without_data(t)))
    assert untranslated == [], untranslated
