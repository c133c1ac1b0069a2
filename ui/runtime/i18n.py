"""Loading the app's translation: the language follows the setting, else the system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from resources import translations_dir

from ..text.language import set_current_language

LANGUAGES = {"en": "English", "fr": "Français"}
LANGUAGE_KEY = "ui/language"


def chosen_language(settings: QSettings) -> str:
    """The language set in the app, else the system's if the app speaks it, else English."""
    value = settings.value(LANGUAGE_KEY, "")
    if isinstance(value, str) and value in LANGUAGES:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


_installed: list[QTranslator] = []


def install_translation(language: str) -> bool:
    """Installs the app's and Qt's own translations; returns False if the .qm is missing.

    English has a catalogue too: it holds the plural forms ("1 pair", "3 pairs")."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(language)
    QLocale.setDefault(locale)
    set_current_language(language)
    ours = QTranslator(app)
    found = ours.load(str(translations_dir() / f"wardrobe_{language}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
