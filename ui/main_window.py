"""The main window: a scan field, the alerts banner, and the sections a costume desk works in."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wardrobe.database import Database
from wardrobe.errors import UnknownTag, WardrobeError
from wardrobe.records import Alert, CostumeRecord, DancerRecord, MaterialRecord, PointeSpecRecord
from wardrobe.services import costumes, dancers
from wardrobe.services.lookup import normalise_tag

from . import columns, paged_model
from .alerts_view import AlertsBanner, AlertsPage
from .crash_dialog import CrashDialog, describe
from .dancer_dialogs import DancerDialog, MeasurementDialog
from .dancer_view import DancerView
from .error_text import error_text
from .i18n import LANGUAGE_KEY, LANGUAGES
from .icons import icon
from .item_actions import ItemActions
from .item_dialog import ItemDialog
from .list_page import ListPage
from .paged_model import PagedTableModel
from .print_actions import PrintActions
from .snapshot import LoadedAlerts, Snapshot, load_alerts, load_snapshot, start_checks
from .stock_dialogs import MaterialDialog, PointeSpecDialog
from .table_model import RecordTableModel
from .tasks import TaskRunner
from .transfer_dialogs import ImportDialog, export_to_file, kinds

GEOMETRY_KEY = "window/geometry"
USER_KEY = "user/name"
STATE_KEY = "window/state"
SECTIONS = ("costumes", "dancers", "pointe", "materials", "alerts")


class MainWindow(QMainWindow):
    """``loaded`` fires when the lists are filled, ``alerts_ready`` when the alerts are in."""

    loaded = Signal()
    alerts_ready = Signal(list)
    item_opened = Signal(object)
    language_chosen = Signal(str)
    theme_chosen = Signal(str)
    checked = Signal(list)  # the integrity problems found at start (empty: all well)
    restore_requested = Signal(str)

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.db = db
        self.settings = settings
        self.runner = TaskRunner(self)
        self.runner.default_failure = self.show_failure
        self.undo_stack = QUndoStack(self)
        self.snapshot: Snapshot | None = None
        self.roster: list[DancerRecord] | None = None
        # The item dialog's productions and places per company, until something changes them.
        self.pick_lists: dict[int, tuple[dict[str, list[str]], list[str]]] = {}
        self.alerts: list[Alert] = []
        self.started_at = time.perf_counter()
        self.ready_after: float | None = None
        self.setWindowTitle(self.tr("Wardrobe — %1").replace("%1", db.display_name))
        name = settings.value(USER_KEY, "")
        if isinstance(name, str) and name.strip():
            db.user = name.strip()[:80]
        self.setWindowIcon(icon("app"))

        self._build_pages()
        self.actions_ = ItemActions(self)
        self.printing = PrintActions(self)
        self._build_actions()
        self._build_central()
        self._build_status()
        self.restore_state()
        self.runner.busy_changed.connect(self._busy)
        self.undo_stack.indexChanged.connect(lambda _index: self.scan.setFocus())

    # -- construction -----------------------------------------------------------------------
    def _build_pages(self) -> None:
        s = self.settings
        self.costume_model = PagedTableModel(
            self.db,
            paged_model.COSTUMES,
            columns.COSTUMES,
            warning=columns.costume_needs_attention,
            parent=self,
        )
        self.dancer_model = PagedTableModel(
            self.db, paged_model.DANCERS, columns.DANCERS, parent=self
        )
        self.pointe_model = PagedTableModel(
            self.db, paged_model.POINTE, columns.POINTE, warning=columns.pointe_is_low, parent=self
        )
        self.material_model = RecordTableModel(
            columns.MATERIALS, warning=columns.material_is_low, parent=self
        )
        for model in (self.costume_model, self.pointe_model, self.material_model):
            model.set_warning_icon(icon("alert"))
        hint = self.tr("Filter: type any part of a tag, name, production, role or colour")
        self.costume_page = ListPage("costumes", self.costume_model, s, hint, self)
        self.dancer_page = ListPage(
            "dancers", self.dancer_model, s, self.tr("Filter: name, rank or company"), self
        )
        self.pointe_page = ListPage(
            "pointe", self.pointe_model, s, self.tr("Filter: dancer, maker, size or supplier"), self
        )
        self.material_page = ListPage(
            "materials",
            self.material_model,
            s,
            self.tr("Filter: name, kind, colour or supplier"),
            self,
        )
        self.alerts_page = AlertsPage(self)
        self.dancer_view = DancerView(self)
        self.costume_page.activated.connect(self.open_item)
        self.dancer_page.current_changed.connect(self._show_dancer)
        self.dancer_page.activated.connect(lambda r: self.edit_dancer(r))
        self.pointe_page.activated.connect(self.edit_spec)
        self.material_page.activated.connect(self.edit_material)
        self.alerts_page.open_alert.connect(self.open_alert)
        self.dancer_view.edit_requested.connect(lambda: self.edit_dancer(None))
        self.dancer_view.measure_requested.connect(self.new_measurements)
        self.dancer_view.issue_requested.connect(self._issue_for_shown_dancer)

    def _action(
        self, text: str, slot: Any, shortcut: Any = None, icon_name: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon("none"), text, self)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(
                f"{text.replace('&', '')} ({action.shortcut().toString()})"
                if shortcut is not None
                else text.replace("&", "")
            )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self.actions_
        self.scan_action = self._action(
            self.tr("&Scan or type a tag"),
            self.focus_scan,
            ["Ctrl+L", "F6"],
            "scan",
            self.tr("Put the cursor in the tag field"),
        )
        self.new_action = self._action(
            self.tr("&New…"),
            self.new_in_section,
            QKeySequence.StandardKey.New,
            "new",
            self.tr("New item, dancer, specification or material"),
        )
        self.open_action = self._action(
            self.tr("&Open selected"),
            self.open_selected,
            "Ctrl+E",
            "edit",
            self.tr("Open the selected row"),
        )
        self.find_action = self._action(
            self.tr("&Find"),
            self.focus_filter,
            QKeySequence.StandardKey.Find,
            "find",
            self.tr("Filter the current list"),
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            self.refresh,
            QKeySequence.StandardKey.Refresh,
            "refresh",
            self.tr("Read everything again from the inventory"),
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        self.check_out_action = self._action(
            self.tr("Check &out…"),
            a.check_out,
            "Ctrl+Shift+O",
            "check-out",
            self.tr("Hand the item to a dancer"),
        )
        self.check_in_action = self._action(
            self.tr("Check &in"),
            a.check_in,
            "Ctrl+Shift+I",
            "check-in",
            self.tr("Take the item back into store"),
        )
        self.move_action = self._action(
            self.tr("&Move…"),
            a.move,
            "Ctrl+Shift+M",
            "move",
            self.tr("Put the item somewhere else"),
        )
        self.alteration_action = self._action(
            self.tr("Record &alteration…"),
            a.alteration,
            "Ctrl+Shift+A",
            "alteration",
            self.tr("Record an alteration or repair"),
        )
        self.tulle_action = self._action(
            self.tr("Use &tulle for this tutu…"),
            a.use_tulle,
            "Ctrl+Shift+T",
            "scissors",
            self.tr("Take a tutu build's net off the stock"),
        )
        self.issue_action = self._action(
            self.tr("Issue &pointe shoes…"),
            a.issue_pairs,
            "Ctrl+Shift+P",
            "issue",
            self.tr("Give a dancer pairs from her stock"),
        )
        self.receive_action = self._action(
            self.tr("&Receive delivery…"),
            a.receive,
            "Ctrl+Shift+R",
            "receive",
            self.tr("Add a delivery to the stock"),
        )
        self.adjust_action = self._action(
            self.tr("Adjust &count…"),
            a.adjust,
            "Ctrl+Shift+C",
            "count",
            self.tr("Set the stock to what was counted"),
        )
        self.measure_action = self._action(
            self.tr("New &measurements…"),
            self.new_measurements,
            "Ctrl+Shift+E",
            "measure",
            self.tr("Record the dancer's measurements"),
        )
        p = self.printing
        self.print_action = self._action(
            self.tr("&Print…"),
            p.print_current,
            QKeySequence.StandardKey.Print,
            "print",
            self.tr(
                "Labels in Costumes, the dancer's fitting sheet in Dancers, else the reorder list"
            ),
        )
        self.print_sheet_action = self._action(
            self.tr("Fitting sheet for this &dancer…"), p.dancer_sheet
        )
        self.print_production_action = self._action(
            self.tr("Fitting sheets for a &production…"), p.production_sheets
        )
        self.print_reorder_action = self._action(self.tr("&Reorder list…"), p.reorder_list)
        self.print_labels_action = self._action(
            self.tr("&Labels for the selected items…"), p.labels
        )
        self.import_action = self._action(self.tr("&Import a spreadsheet…"), self.import_sheet)
        self.company_action = self._action(self.tr("New &company…"), self.new_company)
        self.backup_action = self._action(self.tr("&Back up now…"), self.back_up_now)
        self.restore_action = self._action(self.tr("Re&store from a backup…"), self.restore_backup)
        self.user_action = self._action(self.tr("Your &name…"), self.set_user_name)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        language = file_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.value(LANGUAGE_KEY, "")
        for code, name in LANGUAGES.items():
            choice = language.addAction(name)
            choice.setCheckable(True)
            choice.setChecked(code == current)
            choice.setData(code)
            group.addAction(choice)
            choice.triggered.connect(lambda _=False, c=code: self.language_chosen.emit(c))
        theme = file_menu.addMenu(self.tr("&Appearance"))
        for key, label in (
            ("system", self.tr("As the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            theme.addAction(label).triggered.connect(
                lambda _=False, k=key: self.theme_chosen.emit(k)
            )
        file_menu.addSeparator()
        print_menu = file_menu.addMenu(icon("print"), self.tr("P&rint"))
        fill_menu(
            print_menu,
            (
                self.print_action,
                None,
                self.print_sheet_action,
                self.print_production_action,
                self.print_reorder_action,
                self.print_labels_action,
            ),
        )
        file_menu.addSeparator()
        file_menu.addAction(self.company_action)
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu(self.tr("E&xport"))
        for label, kind in kinds(self):
            export_menu.addAction(label).triggered.connect(
                lambda _=False, k=kind: self.export_kind(k)
            )
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.user_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        fill_menu(
            edit_menu,
            (
                self.undo_action,
                self.redo_action,
                None,
                self.find_action,
                self.scan_action,
            ),
        )
        item_menu = menus.addMenu(self.tr("&Item"))
        fill_menu(
            item_menu,
            (
                self.new_action,
                self.open_action,
                None,
                self.check_out_action,
                self.check_in_action,
                self.move_action,
                self.alteration_action,
                self.tulle_action,
            ),
        )
        stock_menu = menus.addMenu(self.tr("&Stock"))
        fill_menu(
            stock_menu,
            (
                self.issue_action,
                self.receive_action,
                self.adjust_action,
                None,
                self.measure_action,
            ),
        )
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Wardrobe"), self.about)

        bar = self.addToolBar(self.tr("Desk"))
        bar.setObjectName("deskToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(self.tr("Scan or type a tag, then Enter"))
        self.scan.setAccessibleName(self.tr("Tag"))
        self.scan.setClearButtonEnabled(True)
        self.scan.setMinimumWidth(260)
        self.scan.addAction(icon("scan"), QLineEdit.ActionPosition.LeadingPosition)
        self.scan.returnPressed.connect(self._scanned)
        bar.addWidget(self.scan)
        bar.addSeparator()
        for action in (
            self.new_action,
            self.check_out_action,
            self.check_in_action,
            self.move_action,
            self.issue_action,
            self.receive_action,
        ):
            bar.addAction(action)
        bar.addSeparator()
        for action in (self.undo_action, self.redo_action, self.refresh_action):
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):  # icon only: the French labels are long
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _build_central(self) -> None:
        self.problems = QLabel(self)
        self.problems.setObjectName("problemsBanner")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(
            "#problemsBanner { border: 2px solid #c0392b; padding: 6px; font-weight: bold; }"
        )
        self.problems.hide()
        self.banner = AlertsBanner(self)
        self.banner.show_requested.connect(lambda: self.show_section("alerts"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sections")
        self.tabs.setDocumentMode(True)
        dancers_split = QSplitter(self)
        dancers_split.addWidget(self.dancer_page)
        dancers_split.addWidget(self.dancer_view)
        dancers_split.setSizes([520, 640])
        self.tabs.addTab(self.costume_page, icon("costume"), self.tr("&Costumes"))
        self.tabs.addTab(dancers_split, icon("dancer"), self.tr("&Dancers"))
        self.tabs.addTab(self.pointe_page, icon("pointe"), self.tr("&Pointe shoes"))
        self.tabs.addTab(self.material_page, icon("material"), self.tr("&Tulle and materials"))
        self.tabs.addTab(self.alerts_page, icon("alert"), self.tr("&Alerts"))
        for index in range(self.tabs.count()):
            self._action(
                "", lambda _=False, i=index: self.tabs.setCurrentIndex(i), f"Alt+{index + 1}"
            )
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.problems)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self.tr("Inventory: %1").replace("%1", self.db.display_name))
        self.count_label = QLabel("")
        self.alert_label = QLabel("")
        self.busy_label = QLabel(self.tr("Working…"))
        self.busy_label.hide()
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.alert_label)

    # -- state ------------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        self.costume_page.restore_columns({0: 125, 1: 250, 2: 80, 3: 55, 4: 170, 5: 140})
        self.dancer_page.restore_columns({0: 200, 1: 130, 2: 190, 3: 55})
        self.pointe_page.restore_columns({0: 170, 1: 330, 2: 95, 3: 70, 4: 85, 5: 80, 6: 110})
        self.material_page.restore_columns({0: 260, 1: 100, 2: 80, 3: 70, 4: 90, 5: 90, 6: 90})

    def save_state(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        for page in (self.costume_page, self.dancer_page, self.pointe_page, self.material_page):
            page.save_columns()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.runner.wait()
        super().closeEvent(event)

    # -- loading ----------------------------------------------------------------------------
    def start(self, backup: bool = True) -> None:
        """Alerts first (they are what staff look for on opening), then the lists, then a
        backup and the integrity check, all off the GUI thread."""
        self.focus_scan()
        self.refresh()
        self.runner.run(lambda: start_checks(self.db, backup), self._checked, self._check_failed)

    def _checked(self, problems: list) -> None:
        if problems:
            self.db.read_only = problems[0].message
            lines = [
                self.tr(
                    "This inventory has a problem; it is open read-only so that nothing gets worse."
                )
            ]
            lines += [f"• {p.message} {p.fix}" for p in problems[:5]]
            self.problems.setText("\n".join(lines))
            self.problems.show()
            self.db_label.setText(self.db_label.text() + " · " + self.tr("read-only"))
        self.checked.emit(problems)

    def _check_failed(self, error: BaseException) -> None:
        # A backup that cannot be written is said, but does not stop the work.
        message = error_text(error) if isinstance(error, WardrobeError) else str(error)
        self.statusBar().showMessage(
            self.tr("Start-up backup or check failed: %1").replace("%1", message), 15_000
        )
        self.checked.emit([])

    def refresh(self) -> None:
        self.pick_lists.clear()
        self.banner.set_checking()
        self.runner.run(lambda: load_alerts(self.db), self._alerts_loaded, self._alerts_failed)
        # The long lists are read from the database as they are shown; their ids come first.
        for model in (self.costume_model, self.dancer_model, self.pointe_model):
            self.runner.run(model.ids_query(), model.apply_ids)
        self.runner.run(lambda: load_snapshot(self.db), self._snapshot_loaded)
        # Every dancer, for the dialogs' choices: after the lists, which are what one sees.
        self.runner.run(lambda: dancers.list_dancers(self.db), self._roster_loaded)

    def refresh_alerts(self) -> None:
        self.runner.run(lambda: load_alerts(self.db), self._alerts_loaded, self._alerts_failed)

    def _alerts_loaded(self, loaded: LoadedAlerts) -> None:
        alerts = self.alerts = loaded.alerts
        self.banner.set_alerts(alerts)
        self.alerts_page.set_alerts(alerts, loaded.tree)
        self.alert_label.setText(self.tr("%n low-stock alert(s)", "", len(alerts)))
        if self.ready_after is None:
            self.ready_after = time.perf_counter() - self.started_at
        self.alerts_ready.emit(alerts)

    def _alerts_failed(self, error: BaseException) -> None:
        message = error_text(error) if isinstance(error, WardrobeError) else str(error)
        self.banner.set_failed(message)
        if not isinstance(error, WardrobeError):
            self.show_failure(error)

    def _snapshot_loaded(self, snapshot: Snapshot) -> None:
        first_load = self.snapshot is None
        self.snapshot = snapshot
        self.material_page.set_records(snapshot.materials, snapshot.folded["materials"])
        self._update_counts()
        self.loaded.emit()
        if first_load and not snapshot.companies and self.db.read_only is None:
            QTimer.singleShot(0, self.first_run)

    def first_run(self) -> None:
        """An empty inventory: set up a company, or try the app on the demo."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("An empty inventory"),
            self.tr(
                "This inventory holds no company yet. Set up yours, or fill "
                "it with the demo of two companies to try the app?"
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        setup = box.addButton(self.tr("Set up my company…"), QMessageBox.ButtonRole.AcceptRole)
        demo = box.addButton(self.tr("Fill with the demo"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(setup)
        box.setObjectName("firstRun")
        setup.setObjectName("setUpCompany")
        demo.setObjectName("fillDemo")

        def chosen(button: Any) -> None:
            if button is setup:
                self.new_company()
            elif button is demo:
                from wardrobe.demo import fill_demo

                self.runner.run(lambda: fill_demo(self.db), lambda _summary: self.refresh())

        box.buttonClicked.connect(chosen)
        self.open_dialog(box)

    def new_company(self) -> None:
        from .company_dialog import CompanyDialog

        dialog = CompanyDialog(self.db, self.runner, self)
        dialog.saved.connect(lambda _c: self.refresh())
        self.open_dialog(dialog)

    def _needs_company(self) -> bool:
        if self._companies():
            return False
        self.statusBar().showMessage(self.tr("Set up a company first (File › New company)."), 8000)
        return True

    def _update_counts(self) -> None:
        if self.snapshot is None:
            return
        self.count_label.setText(
            self.tr("%1 items · %2 dancers · %3 pointe specs · %4 materials")
            .replace("%1", str(self.costume_model.rowCount()))
            .replace("%2", str(self.dancer_model.rowCount()))
            .replace("%3", str(self.pointe_model.rowCount()))
            .replace("%4", str(self.material_model.rowCount()))
        )

    def _busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    # -- records changed by an action ---------------------------------------------------------
    def record_changed(self, record: Any) -> None:
        """One record changed: its row is updated in place, and alerts re-checked if stock."""
        if isinstance(record, CostumeRecord):
            self.pick_lists.clear()  # a save may have added a production, role or place
            if not self.costume_model.update_record(record):
                self.costume_model.reload()  # a new item: where it sorts, read again
                self._update_counts()
            self.costume_page.select_key(record.tag)
        elif isinstance(record, PointeSpecRecord):
            if not self.pointe_model.update_record(record):
                self.pointe_model.reload()  # a new specification: where it sorts, read again
                self._update_counts()
            self.pointe_page.select_key(record.id)
            self.refresh_alerts()
        elif isinstance(record, MaterialRecord):
            if not self.material_model.update_record(record):
                self.material_page.set_records(self.material_model.records() + [record])
                self._update_counts()
            self.refresh_alerts()
        elif isinstance(record, DancerRecord):
            if not self.dancer_model.update_record(record):
                self.dancer_model.reload()  # a new dancer: where it sorts, read again
                self._update_counts()
            if self.roster is not None:
                self.roster = [d for d in self.roster if d.id != record.id] + [record]
            current = self.dancer_page.current_record()
            already_shown = current is not None and current.id == record.id
            if already_shown or not self.dancer_page.select_key(record.id):
                self._show_dancer(record)  # (selecting a row shows its dancer by itself)

    # -- scanning -----------------------------------------------------------------------------
    def focus_scan(self) -> None:
        if not self.isActiveWindow() and QApplication.activeModalWidget() is None:
            self.activateWindow()
        self.scan.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scan.selectAll()

    def _scanned(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        try:
            tag = normalise_tag(text)
        except WardrobeError as error:
            self.statusBar().showMessage(error_text(error), 8000)
            self.scan.selectAll()
            return
        self.scan.clear()
        # One read by the tag's index (a millisecond or two): done here, not queued behind
        # whatever the worker is doing (the start-up backup of a big inventory takes a second).
        try:
            record = costumes.get_item(self.db, tag)
        except Exception as error:  # noqa: BLE001 - shown as the worker's failures are
            self._scan_failed(tag, error)
            return
        self.open_item(record)

    def _scan_failed(self, tag: str, error: BaseException) -> None:
        if not isinstance(error, UnknownTag):
            self.show_failure(error)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unknown tag"),
            self.tr("No item has the tag %1 yet. Log a new item with this tag?").replace("%1", tag),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.new_item(tag)
        else:
            self.focus_scan()

    # -- opening things -----------------------------------------------------------------------
    def show_section(self, name: str) -> None:
        self.tabs.setCurrentIndex(SECTIONS.index(name))

    def _dialog_done(self, dialog: Any) -> None:
        dialog.saved.connect(self.record_changed)
        self.open_dialog(dialog)

    def open_dialog(self, dialog: Any) -> None:
        """Opens a dialog window-modally; when it closes, the scan field gets the focus back."""
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        dialog.open()
        dialog.activateWindow()  # the keyboard goes to the dialog, even with no window manager
        self.last_dialog = dialog

    def _dialog_closed(self, dialog: Any) -> None:
        dialog.deleteLater()
        # After Qt has given the focus back to the window, not before.
        QTimer.singleShot(0, self.focus_scan)

    def open_item(self, record: CostumeRecord) -> None:
        self.show_section("costumes")
        self.costume_page.select_key(record.tag)
        dialog = self._item_dialog(record=record)
        dialog.action_requested.connect(lambda name, item: getattr(self.actions_, name)(item))
        self._dialog_done(dialog)
        self.item_opened.emit(record)

    def _item_dialog(self, **which: Any) -> ItemDialog:
        return ItemDialog(
            self.db,
            self.runner,
            self._companies(),
            self._dancers(),
            pick_lists=self.pick_lists,
            parent=self,
            **which,
        )

    def new_item(self, tag: str = "") -> None:
        if self._needs_company():
            return
        dialog = self._item_dialog(tag=tag)
        self._dialog_done(dialog)

    def new_in_section(self) -> None:
        if self._needs_company():
            return
        section = SECTIONS[self.tabs.currentIndex()]
        if section == "dancers":
            self._dialog_done(
                DancerDialog(self.db, self.runner, self._companies(), self._dancers(), parent=self)
            )
        elif section == "pointe":
            current = self.dancer_page.current_record()
            self._dialog_done(
                PointeSpecDialog(
                    self.db,
                    self.runner,
                    self._dancers(),
                    self._suppliers(),
                    dancer_id=current.id if current else None,
                    parent=self,
                )
            )
        elif section == "materials":
            self._dialog_done(
                MaterialDialog(
                    self.db, self.runner, self._companies(), self._suppliers(), parent=self
                )
            )
        else:
            self.new_item()

    def current_page(self) -> ListPage | None:
        """The list of the section shown (None for the alerts)."""
        return {
            "costumes": self.costume_page,
            "dancers": self.dancer_page,
            "pointe": self.pointe_page,
            "materials": self.material_page,
        }.get(SECTIONS[self.tabs.currentIndex()])

    def open_selected(self) -> None:
        page = self.current_page()
        if page is not None and page.current_record() is not None:
            page.activated.emit(page.current_record())

    def open_alert(self, alert: Alert) -> None:
        """Shows the alert's item in its list and opens it."""
        page = self.pointe_page if alert.kind == "pointe" else self.material_page
        self.show_section("pointe" if alert.kind == "pointe" else "materials")
        if page.select_key(alert.item_id):
            page.table.setFocus()
            page.activated.emit(page.current_record())

    def edit_spec(self, spec: PointeSpecRecord) -> None:
        self._dialog_done(
            PointeSpecDialog(
                self.db, self.runner, self._dancers(), self._suppliers(), record=spec, parent=self
            )
        )

    def edit_material(self, material: MaterialRecord) -> None:
        self._dialog_done(
            MaterialDialog(
                self.db,
                self.runner,
                self._companies(),
                self._suppliers(),
                record=material,
                parent=self,
            )
        )

    def focus_filter(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_filter()

    # -- dancers --------------------------------------------------------------------------------
    def _show_dancer(self, record: DancerRecord | None) -> None:
        if record is None:
            self.dancer_view.show_detail(None)
            return
        dancer_id = record.id
        self.runner.run(lambda: dancers.dancer_detail(self.db, dancer_id), self._dancer_loaded)

    def _dancer_loaded(self, detail: Any) -> None:
        current = self.dancer_page.current_record()
        if current is None or current.id == detail.dancer.id:
            self.dancer_view.show_detail(detail)

    def edit_dancer(self, record: DancerRecord | None) -> None:
        record = record or self.dancer_page.current_record()
        if record is None:
            return
        self._dialog_done(
            DancerDialog(
                self.db, self.runner, self._companies(), self._dancers(), record=record, parent=self
            )
        )

    def new_measurements(self) -> None:
        self.show_section("dancers")
        detail = self.dancer_view.detail
        if detail is None:
            self.statusBar().showMessage(self.tr("Choose a dancer first."), 5000)
            return
        dialog = MeasurementDialog(self.db, self.runner, detail.dancer, detail.latest, self)
        dialog.saved.connect(lambda _m: self._show_dancer(detail.dancer))
        self.open_dialog(dialog)

    def _issue_for_shown_dancer(self) -> None:
        detail = self.dancer_view.detail
        if detail is not None:
            spec = next((s for s in detail.pointe if s.active), None)
            if spec is not None:
                self.actions_.issue_pairs(spec)

    # -- lists for dialogs -------------------------------------------------------------------
    def _companies(self) -> list:
        return self.snapshot.companies if self.snapshot else []

    def _dancers(self) -> list[DancerRecord]:
        """Every dancer, for the dialogs' choices (read after the lists at start; a dialog
        opened before that reads it here)."""
        if self.roster is None:
            self.roster = dancers.list_dancers(self.db)
        return self.roster

    def _roster_loaded(self, roster: list[DancerRecord]) -> None:
        self.roster = roster

    def _suppliers(self) -> list[str]:
        return self.snapshot.suppliers if self.snapshot else []

    # -- errors ----------------------------------------------------------------------------------
    def show_failure(self, error: BaseException) -> None:
        """A refused action in a sentence; a bug in the crash dialog. The app goes on."""
        if isinstance(error, WardrobeError):
            QMessageBox.warning(self, self.tr("Not done"), error_text(error))
        else:
            self.open_dialog(CrashDialog(describe(error), self))
        QTimer.singleShot(0, self.focus_scan)

    def import_sheet(self) -> None:
        dialog = ImportDialog(self.db, self.runner, self)
        dialog.saved.connect(self._imported)
        self.open_dialog(dialog)

    def _imported(self, report: Any) -> None:
        self.statusBar().showMessage(
            self.tr("Imported: %1 created, %2 updated.")
            .replace("%1", str(len(report.created)))
            .replace("%2", str(len(report.updated))),
            10_000,
        )
        self.refresh()

    def export_kind(self, kind: str) -> None:
        export_to_file(
            self,
            self.db,
            self.runner,
            kind,
            lambda result: self.statusBar().showMessage(
                self.tr("%1 rows written to %2")
                .replace("%1", str(result[0]))
                .replace("%2", str(result[1])),
                10_000,
            ),
        )

    def back_up_now(self) -> None:
        from wardrobe.services import backup

        try:
            folder = backup.default_backup_folder(self.db)
        except WardrobeError as error:
            self.show_failure(error)
            return
        stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmmss")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the inventory"),
            str(folder / f"wardrobe-{stamp}.db"),
            self.tr("Wardrobe inventories (*.db)"),
        )
        if not path:
            return
        target = Path(path)
        self.runner.run(
            lambda: backup.backup_to(self.db, target),
            lambda made: self.statusBar().showMessage(
                self.tr("Backup written to %1").replace("%1", str(made)), 10_000
            ),
        )

    def restore_backup(self) -> None:
        from wardrobe.services import backup

        try:
            folder = backup.default_backup_folder(self.db)
        except WardrobeError as error:
            self.show_failure(error)
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(folder),
            self.tr("Wardrobe inventories (*.db)"),
        )
        if not path:
            return
        try:
            backup.check_backup_file(Path(path))
        except WardrobeError as error:
            self.show_failure(error)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the whole inventory by the backup %1? The present inventory is "
                "kept aside, not deleted."
            ).replace("%1", path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)

    def set_user_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Your name"),
            self.tr("The name the history and the stock ledger give your changes:"),
            text=self.db.user,
        )
        if ok and name.strip():
            self.db.user = name.strip()[:80]
            self.settings.setValue(USER_KEY, self.db.user)

    def about(self) -> None:
        from wardrobe import __version__

        QMessageBox.about(
            self,
            self.tr("About Wardrobe"),
            self.tr(
                "<b>Wardrobe %1</b><br>Costume and wardrobe inventory for ballet companies: "
                "costumes, tutus, pointe shoes and tulle."
            ).replace("%1", __version__),
        )


def fill_menu(menu: Any, actions: tuple[QAction | None, ...]) -> None:
    """Adds the actions in order; None stands for a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
