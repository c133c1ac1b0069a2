"""Alt and a letter reaches one thing in the main window, in English and in French: each menu
of the menu bar and each section's tab has a letter of its own (Alt+P opened the Pointe shoes
tab, never the Productions menu)."""

from __future__ import annotations

import re

import pytest

from ui.runtime.i18n import install_translation

from .conftest import open_window


def _letter(text: str) -> str:
    found = re.search(r"&(?!&)(.)", text)
    return found.group(1).casefold() if found else ""


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_menu_and_tab_has_a_letter_of_its_own(qtbot, demo_db, settings, language):
    install_translation(language)
    try:
        window = open_window(qtbot, demo_db, settings)
        menus = [a.text() for a in window.menuBar().actions() if a.text()]
        tabs = [window.sections.tabs.tabText(i) for i in range(window.sections.tabs.count())]
        letters = [(_letter(text), text) for text in menus + tabs]
        assert all(letter for letter, _text in letters), letters
        seen: dict[str, str] = {}
        clashes = []
        for letter, text in letters:
            if letter in seen:
                clashes.append((seen[letter], text))
            seen[letter] = text
        assert clashes == [], clashes
        window.ctx.wait()
        window.close()
    finally:
        install_translation("en")
