"""One section of the window: a filter field over a sortable table that remembers its columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wardrobe.errors import InvalidInput
from wardrobe.language.folding import MAX_QUERY, search_tokens

from ..models.table_model import RECORD_ROLE, DatabaseListProxy, RecordFilterProxy, RecordTableModel
from ..text.error_text import error_text


class ListView(QTableView):
    """A list without type-ahead: letters typed on it go to its filter instead, so a typed
    or scanned tag never chooses (and Enter never opens) a row that merely starts alike."""

    typed = Signal(str)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802
        self.typed.emit(search)


class ListPage(QWidget):
    """``activated`` carries the record of a row opened with Enter or a double-click."""

    activated = Signal(object)
    current_changed = Signal(object)

    def __init__(
        self,
        name: str,
        model: RecordTableModel,
        settings: QSettings,
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.model = model
        self.settings = settings
        in_database = hasattr(model, "set_query")  # filters and sorts in SQL itself
        self.proxy = DatabaseListProxy(self) if in_database else RecordFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.filter.setMaxLength(MAX_QUERY)  # a paste gone wrong is cut, not refused
        # A filter the list cannot take (too many words) is said under it; the list stays.
        self.problem = QLabel(self)
        self.problem.setObjectName("filterProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        # A list kept in the database is asked once typing pauses; one in memory at once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150 if in_database else 0)
        self._debounce.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._text_changed)

        self.table = ListView(self)
        self.table.typed.connect(self._typed_on_list)
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(self.tr("List"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(120)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self._open(self.table.currentIndex()))
        # Down from the filter field goes into the list, as in a browser's address bar.
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.filter)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._into_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.problem)
        layout.addWidget(self.table)
        # A list read again (a refresh, a new filter or order) keeps the row one was on.
        self._kept: Any = None
        model.modelAboutToBeReset.connect(self._keep_current)
        model.modelReset.connect(self._back_to_kept)

    # -- state ---------------------------------------------------------------------------
    def restore_columns(self, default_widths: dict[int, int] | None = None) -> None:
        state = self.settings.value(f"columns/{self.name}")
        header = self.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            # Widths saved in English, read in French (longer words): each column as wide as
            # its header's words at least ("En commande", not "n command").
            for column in range(header.count()):
                if header.sectionSize(column) and not header.isSectionHidden(column):
                    fit = header.sectionSizeHint(column)
                    if header.sectionSize(column) < fit:
                        header.resizeSection(column, fit)
            return
        for column, width in (default_widths or {}).items():
            # Never narrower than the header's own words (French ones run longer).
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def save_columns(self) -> None:
        self.settings.setValue(f"columns/{self.name}", self.table.horizontalHeader().saveState())

    # -- records ---------------------------------------------------------------------------
    def set_records(self, records: list[Any], folded: list[str] | None = None) -> None:
        current = self.current_record()
        self.model.set_records(records, folded)
        if current is not None:
            self.select_key(self.model._key(current))

    def current_record(self) -> Any:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def selected_records(self) -> list[Any]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(RECORD_ROLE) for index in rows]

    def select_key(self, key: Any) -> bool:
        row = self.model.row_of(key)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _keep_current(self) -> None:
        current = self.current_record()
        self._kept = None if current is None else self.model._key(current)

    def _back_to_kept(self) -> None:
        kept, self._kept = self._kept, None
        row = -1 if kept is None else self.model.row_of(kept)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)

    def _text_changed(self, _text: str) -> None:
        if self._debounce.interval():
            self._debounce.start()
        else:
            self._apply_filter()

    def _apply_filter(self) -> None:
        self._debounce.stop()
        text = self.filter.text()
        try:
            search_tokens(text)
        except InvalidInput as problem:
            self.problem.setText(error_text(problem))
            self.problem.show()
            return
        self.problem.hide()
        self.proxy.set_query(text)

    def apply_filter_now(self) -> None:
        self._apply_filter()

    def _typed_on_list(self, text: str) -> None:
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
        self.filter.insert(text)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _into_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activated.emit(index.data(RECORD_ROLE))

    def _current(self, index: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(index.data(RECORD_ROLE) if index.isValid() else None)
