"""The main window: a shell that places the sections, the scan field and the alerts banner,
gives each declared action its handler, and loads everything off the GUI thread."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ..operations import dancers, files, item_window, orders, stock
from ..runtime.context import AppContext
from ..text.icons import icon
from ..text.language import filled
from .action_table import build_actions
from .dialog_host import DialogHost
from .item_states import ItemStates
from .loading import Loader
from .menus import build_menus
from .scan_flow import ScanField, ScanFlow
from .section_commands import SectionCommands
from .sections import Sections
from .selection import ShellSelection
from .status_bar import StatusBar
from .undo_menu import wire_undo
from .window_size import fit_to_screen

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


class MainWindow(QMainWindow):
    """``loaded``: the lists are filled; ``alerts_ready(alerts)``; ``checked(problems)``: the
    start-up check is done (empty: all well)."""

    loaded = Signal()
    alerts_ready = Signal(list)
    checked = Signal(list)
    language_chosen = Signal(str)
    theme_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.db = ctx.db
        self.runner = ctx.runner
        self.undo_stack = ctx.undo_stack
        self.setWindowTitle(filled(self.tr("Wardrobe — %1"), ctx.db.display_name))
        self.setWindowIcon(icon("app"))

        self.sections = sections = Sections(ctx, self)
        ctx.selection = ShellSelection(sections)
        self.scan = ScanField(self)
        self.scan_flow = ScanFlow(ctx, self.scan, self._owns, self)
        self.scanner = self.scan_flow.scanner
        self.dialogs = DialogHost(ctx, self, self.scan, lambda: self.scan_flow.scanning)
        self.by_section = SectionCommands(ctx, sections, self.scan_flow, self)
        self.commands = build_actions(self, ctx, self._handlers())
        self.item_states = ItemStates(ctx, sections.costumes, self.commands)
        build_menus(self)
        self._build_central()
        self.status = StatusBar(ctx, self)
        self.setStatusBar(self.status)
        self.status.follow_counts(sections.counts)
        self.loader = Loader(ctx, self.sections, self.status, self.problems, self)
        self._connect()
        self._restore_state()
        self.scanner.install()

    # -- construction -----------------------------------------------------------------------
    def _handlers(self) -> dict[str, Any]:
        """The window's own operations; the others run as ``ui/operations`` declares them."""
        return {
            "scan": self.focus_scan,
            "new": self.by_section.new_in_section,
            "open": self.by_section.open_selected,
            "find": self.focus_filter,
            "refresh": self.refresh,
            "undo": self.ctx.undo.undo,
            "redo": self.ctx.undo.redo,
            "photos_in_list": lambda: self.sections.costumes.show_photos(
                self.commands["photos_in_list"].isChecked()
            ),
            "quit": self.close,
        }

    def _build_central(self) -> None:
        self.problems = QLabel(self)
        self.problems.setObjectName("problemsBanner")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(
            "#problemsBanner { border: 2px solid #c0392b; padding: 6px; font-weight: bold; }"
        )
        self.problems.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.problems)
        layout.addWidget(self.sections.alerts.banner)
        layout.addWidget(self.sections.tabs)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        sections, ctx = self.sections, self.ctx
        for section, opens in (
            (sections.costumes, item_window.open_item),
            (sections.dancers, dancers.edit_dancer),
            (sections.pointe, stock.edit_spec),
            (sections.materials, stock.edit_material),
            (sections.orders, orders.open_order),
        ):
            section.open_requested.connect(partial(opens, ctx))
        sections.alerts.open_requested.connect(self.by_section.open_alert)
        sections.alerts.banner.show_requested.connect(lambda: sections.show("alerts"))
        for drafts in (sections.orders.draft_requested, sections.alerts.draft_requested):
            drafts.connect(partial(orders.draft, ctx))
        self.loader.loaded.connect(self.loaded)
        self.loader.alerts_ready.connect(self.alerts_ready)
        self.loader.checked.connect(self.checked)
        self.loader.empty.connect(partial(files.first_run, ctx))
        for section in sections.lists:
            section.count_changed.connect(self.status.update_counts)
        ctx.undo_stack.indexChanged.connect(self._undo_moved)
        wire_undo(ctx.undo_stack, self.commands["undo"], self.commands["redo"])

    def _owns(self, widget: QWidget) -> bool:
        """Whether a widget is this window's or one of its dialogs' (the scanner watches)."""
        top: QWidget | None = widget.window()
        while top is not None and top is not self:
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
        return top is self

    # -- state ------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value(GEOMETRY_KEY)
        fit_to_screen(self, first=geometry is None or not self.restoreGeometry(geometry))
        state = settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        self.sections.restore_state()
        self.commands["photos_in_list"].setChecked(self.sections.costumes.photos_shown)

    def save_state(self) -> None:
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.ctx.settings.setValue(STATE_KEY, self.saveState())
        self.sections.save_state()
        self.ctx.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.scanner.remove()
        self.ctx.wait()
        super().closeEvent(event)

    # -- loading ----------------------------------------------------------------------------
    def start(self, backup: bool = True) -> None:
        self.focus_scan()
        self.scan_flow.learn_tags()
        self.loader.start(backup)

    def refresh(self) -> None:
        self.loader.refresh()

    # -- focus, opening -------------------------------------------------------------------------
    def _undo_moved(self, _index: int) -> None:
        self.focus_scan()

    def focus_scan(self) -> None:
        self.dialogs.focus_scan()

    def focus_filter(self) -> None:
        section = self.sections.current_name()
        if section != "alerts":
            getattr(self.sections, section).page.focus_filter()
