"""The menus and the desk toolbar, filled from the action table's lists of keys."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton

from ..dialogs.transfer_dialogs import kinds
from ..operations import every, files
from ..operations.operation import translated
from ..runtime.i18n import LANGUAGE_KEY, LANGUAGES
from ..text.icons import icon
from .action_table import MENUS, PRINT_MENU, TOOLBAR, TOOLBAR_ICONS_ONLY


class MenuHost(Protocol):
    """What the menus need of the window that holds them."""

    commands: dict[str, QAction]
    ctx: Any
    scan: Any
    sections: Any
    language_chosen: SignalInstance
    theme_chosen: SignalInstance

    def menuBar(self) -> QMenuBar: ...  # noqa: N802
    def addToolBar(self, title: str) -> QToolBar: ...  # noqa: N802
    def addAction(self, text: str) -> QAction: ...  # noqa: N802


def _fill(window: MenuHost, menu: QMenu, keys: tuple[str | None, ...]) -> None:
    for key in keys:
        if key is None:
            menu.addSeparator()
        elif key == every.ITEMS:
            _fill(window, menu, every.item_menu_keys())
        elif key.startswith("@"):
            _submenu(window, menu, key[1:])
        else:
            menu.addAction(window.commands[key])


def _submenu(window: MenuHost, menu: QMenu, name: str) -> None:
    if name == "language":
        language = menu.addMenu(QCoreApplication.translate("Menus", "&Language"))
        group = QActionGroup(language)
        current = window.ctx.settings.value(LANGUAGE_KEY, "")
        for code, label in LANGUAGES.items():
            choice = language.addAction(label)
            choice.setCheckable(True)
            choice.setChecked(code == current)
            group.addAction(choice)
            choice.triggered.connect(lambda _=False, c=code: window.language_chosen.emit(c))
    elif name == "appearance":
        theme = menu.addMenu(QCoreApplication.translate("Menus", "&Appearance"))
        for key, label in (
            ("system", QCoreApplication.translate("Menus", "As the system")),
            ("light", QCoreApplication.translate("Menus", "Light")),
            ("dark", QCoreApplication.translate("Menus", "Dark")),
        ):
            theme.addAction(label).triggered.connect(
                lambda _=False, k=key: window.theme_chosen.emit(k)
            )
    elif name == "print":
        _fill(
            window,
            menu.addMenu(icon("print"), QCoreApplication.translate("Menus", "P&rint")),
            PRINT_MENU,
        )
    elif name == "export":
        export = menu.addMenu(QCoreApplication.translate("Menus", "E&xport"))
        for label, kind in kinds():
            export.addAction(label).triggered.connect(
                lambda _=False, k=kind: files.export_kind(window.ctx, k)
            )


def build_menus(window: MenuHost) -> None:
    for title, keys in MENUS:
        _fill(window, window.menuBar().addMenu(translated(title)), keys)
    bar = window.addToolBar(QCoreApplication.translate("Menus", "Desk"))
    bar.setObjectName("deskToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.addWidget(window.scan)
    bar.addSeparator()
    for key in TOOLBAR:
        bar.addAction(window.commands[key])
    bar.addSeparator()
    for key in TOOLBAR_ICONS_ONLY:
        bar.addAction(window.commands[key])
        button = bar.widgetForAction(window.commands[key])
        if isinstance(button, QToolButton):  # icon only: the French labels are long
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    # Alt+1 … Alt+9: the sections.
    for index in range(window.sections.tabs.count()):
        action = window.addAction(f"section {index + 1}")
        action.setShortcut(f"Alt+{index + 1}")
        action.triggered.connect(lambda _=False, i=index: window.sections.tabs.setCurrentIndex(i))
