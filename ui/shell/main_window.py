"""The main window: a shell that places the sections, the scan field and the alerts banner,
gives each declared action its handler, and loads everything off the GUI thread."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from wardrobe.errors import WardrobeError

from ..actions.chart_actions import ChartActions
from ..actions.costume_actions import CostumeActions
from ..actions.count_actions import CountActions
from ..actions.dancer_actions import DancerActions
from ..actions.engagement_actions import EngagementActions
from ..actions.file_actions import FileActions
from ..actions.order_actions import OrderActions
from ..actions.print_actions import PrintActions
from ..actions.stock_actions import StockActions
from ..dialogs.crash_dialog import CrashDialog, describe
from ..operations.items import ITEM_OPERATIONS
from ..runtime.context import AppContext
from ..text.error_text import error_text
from ..text.icons import icon
from ..text.language import filled
from .action_table import build_actions
from .item_states import ItemStates
from .loading import Loader
from .menus import build_menus
from .scan_flow import ScanField, ScanFlow, open_for_scan
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
        ctx.host = self
        ctx.open_dialog = self.open_dialog
        ctx.show_failure = self.show_failure
        ctx.runner.default_failure = self.show_failure
        ctx.reader.default_failure = self.show_failure

        self.sections = sections = Sections(ctx, self)
        ctx.selection = ShellSelection(sections)
        self.costume_actions = CostumeActions(ctx, self)
        self.stock_actions = StockActions(ctx, self)
        self.dancer_actions = DancerActions(ctx, self)
        self.print_actions = PrintActions(ctx, self)
        self.file_actions = FileActions(ctx, self)
        self.engagement_actions = EngagementActions(ctx, self)
        self.engagement_actions.printed = self.print_actions.announce
        self.costume_actions.return_loan = self.engagement_actions.return_loan
        self.order_actions = OrderActions(ctx, self)
        self.order_actions.lead_time_of = sections.orders.lead_time_of
        self.count_actions = CountActions(ctx, self)
        self.chart_actions = ChartActions(ctx, self)
        self.scan = ScanField(self)
        self.scan_flow = ScanFlow(ctx, self.scan, self._owns, self)
        self.scanner = self.scan_flow.scanner
        self.by_section = SectionCommands(
            ctx,
            sections,
            self.scan_flow,
            self.costume_actions,
            self.stock_actions,
            self.dancer_actions,
            self,
        )
        self.by_section.chart_actions = self.chart_actions
        self.commands = build_actions(self, self._handlers())
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
        s, p, f = self.stock_actions, self.print_actions, self.file_actions
        return {
            "scan": self.focus_scan,
            "new": self.by_section.new_in_section,
            "open": self.by_section.open_selected,
            "find": self.focus_filter,
            "refresh": self.refresh,
            "undo": self.ctx.undo.undo,
            "redo": self.ctx.undo.redo,
            **{op.key: partial(op.run, self.ctx, None) for op in ITEM_OPERATIONS if op.run},
            "history": self.by_section.show_history,
            "issue": s.issue_pairs,
            "receive": s.receive,
            "adjust": s.adjust,
            "measure": self.by_section.new_measurements,
            "print": p.print_current,
            "print_sheet": p.dancer_sheet,
            "print_production": p.production_sheets,
            "print_both": p.dancer_and_double,
            "print_doubles": p.doubles_report,
            "print_costume_book": p.costume_book,
            "print_reorder": p.reorder_list,
            "print_labels": p.labels,
            "import": f.import_sheet,
            "company": f.new_company,
            "backup": f.back_up_now,
            "restore": f.restore_backup,
            "user": f.set_user_name,
            "about": f.about,
            "erase_dancer": lambda: self.dancer_actions.erase(self.sections.dancers.current()),
            "engage": self.engagement_actions.send_guest,
            "end_engagement": self.engagement_actions.end_engagement,
            "lend": self.engagement_actions.lend,
            "return_loan": self.engagement_actions.return_loan,
            "pack": self.engagement_actions.pack,
            "swap": self.engagement_actions.swap,
            "travel": self.engagement_actions.travel,
            "draft_orders": self.order_actions.draft,
            "stocktake": lambda: self.count_actions.stocktake(),
            "count_materials": self.count_actions.count_materials,
            "chart": self.by_section.chart,
            "print_count_sheet": self.count_actions.count_sheet,
            "print_place_labels": self.count_actions.place_labels,
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
        sections.costumes.open_requested.connect(self.costume_actions.open_item)
        sections.dancers.open_requested.connect(self.dancer_actions.edit_dancer)
        sections.pointe.open_requested.connect(self.stock_actions.edit_spec)
        sections.materials.open_requested.connect(self.stock_actions.edit_material)
        sections.alerts.open_requested.connect(self.by_section.open_alert)
        sections.alerts.banner.show_requested.connect(lambda: sections.show("alerts"))
        self.loader.loaded.connect(self.loaded)
        self.loader.alerts_ready.connect(self.alerts_ready)
        self.loader.checked.connect(self.checked)
        self.loader.empty.connect(self.file_actions.first_run)
        view = sections.dancers.view
        view.edit_requested.connect(lambda: self.dancer_actions.edit_dancer(None))
        view.measure_requested.connect(self.by_section.new_measurements)
        view.history_requested.connect(lambda: self.dancer_actions.history(view.detail))
        view.issue_requested.connect(self.by_section.issue_for_shown_dancer)
        for section in sections.lists:
            section.count_changed.connect(self.status.update_counts)
        self.scan_flow.found.connect(self.by_section.open_scanned)
        self.scan_flow.unknown.connect(self.costume_actions.new_item)
        self.file_actions.reload_requested.connect(self.refresh)
        self.dancer_actions.erased.connect(self.refresh)
        self.engagement_actions.changed.connect(self.refresh)
        sections.orders.open_requested.connect(self.order_actions.open_order)
        sections.orders.draft_requested.connect(self.order_actions.draft)
        sections.alerts.draft_requested.connect(self.order_actions.draft)
        self.scan_flow.order_scanned.connect(self.order_actions.open_order)
        self.order_actions.drafted.connect(self.by_section.orders_drafted)
        self.order_actions.stock_moved.connect(self.by_section.stock_moved)
        self.order_actions.printed.connect(self.print_actions.announce)
        self.count_actions.moved.connect(self.by_section.stock_moved)
        self.count_actions.printed.connect(self.print_actions.announce)
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
        if any(d.isVisible() for d in self.findChildren(QDialog)):
            return  # the window open over this one keeps the keyboard (one a scan opened too)
        # Asked even when Qt still counts this window active: a dialog just closed may take
        # the activation with it a moment later (seen with message boxes).
        self.activateWindow()
        self.scan.setFocus()
        self.scan.selectAll()

    def focus_filter(self) -> None:
        section = self.sections.current_name()
        if section != "alerts":
            getattr(self.sections, section).page.focus_filter()

    # -- dialogs and errors ---------------------------------------------------------------------
    def open_dialog(self, dialog: Any) -> None:
        """Opens a dialog window-modally; when it closes, the scan field has the focus back."""
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        if self.scan_flow.scanning:
            open_for_scan(dialog, self.scan_flow.scanning)
        else:
            dialog.open()
        dialog.activateWindow()  # the keyboard goes to the dialog, even with no window manager

    def _dialog_closed(self, dialog: Any) -> None:
        dialog.deleteLater()
        QTimer.singleShot(0, self.focus_scan)  # after Qt has given the window its focus back

    def show_failure(self, error: BaseException) -> None:
        """A refused action in a sentence; a bug in the crash dialog. The app goes on."""
        if isinstance(error, WardrobeError):
            QMessageBox.warning(self, self.tr("Not done"), error_text(error))
        else:
            self.open_dialog(CrashDialog(describe(error), self))
        QTimer.singleShot(0, self.focus_scan)
