"""One dancer at a glance: latest measurements with their date and history, roles, costumes
assigned and out, pointe shoes with pairs on hand and weeks left, open alterations."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wardrobe.domain.measures import MEASURES
from wardrobe.domain.units import Units
from wardrobe.records import DancerDetail

from ..text import formatting
from ..text.icons import icon
from ..text.labels import measure, pointe_description, word
from ..text.language import filled
from ..text.marks import dancer_company
from ..text.marks import status as item_status


class DancerView(QWidget):
    """A dancer shown whole: her measurements, roles, costumes and pointe shoes, and a row of
    buttons for what can be done to her (``set_buttons``, from the operations declared for her
    view). ``action_requested(key)``: one was clicked."""

    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dancerView")
        self.detail: DancerDetail | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self.button_row = buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.measurements = QTableWidget(self)
        self.measurements.setObjectName("measurementTable")
        self.measurements.setAccessibleName(self.tr("Measurements, latest first"))
        self.measurements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measurements.setAlternatingRowColors(True)
        self.measurements.verticalHeader().setDefaultSectionSize(22)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("dancerSummary")
        self.summary.setAccessibleName(self.tr("Roles, costumes and pointe shoes"))
        self.summary.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(self.measurements, 3)
        layout.addWidget(self.summary, 2)
        self.show_detail(None)

    def set_buttons(self, rows: list[tuple[str, str, str, bool, str]]) -> None:
        """(key, text, icon, enabled, shortcut) of each button, in order; made the first time,
        then enabled or greyed for the dancer shown."""
        for key, text, icon_name, enabled, _keys in rows:
            button = self.buttons.get(key)
            if button is None:
                button = QPushButton(icon(icon_name or "none"), text, self)
                button.setObjectName(f"action_{key}")
                button.clicked.connect(lambda _=False, k=key: self.action_requested.emit(k))
                self.button_row.insertWidget(len(self.buttons), button)
                self.buttons[key] = button
            button.setEnabled(enabled)

    def show_detail(self, detail: DancerDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.title.setText(self.tr("<i>Choose a dancer in the list.</i>"))
            self.measurements.clear()
            self.measurements.setRowCount(0)
            self.measurements.setColumnCount(0)
            self.summary.clear()
            return
        dancer = detail.dancer
        line = " · ".join(escape(p) for p in (word(dancer.rank), dancer_company(dancer)) if p)
        if dancer.doubles:
            line += " · " + escape(filled(self.tr("double of %1"), dancer.doubles))
        if detail.doubled_by:
            line += " · " + escape(filled(self.tr("doubled by %1"), ", ".join(detail.doubled_by)))
        if not dancer.active:
            line += " · " + escape(self.tr("no longer dancing"))
        self.title.setText(
            f"<span style='font-size:15pt; font-weight:600'>{escape(dancer.name)}</span><br>{line}"
        )
        self._fill_measurements(detail)
        self.summary.setHtml(self._summary_html(detail))

    def _fill_measurements(self, detail: DancerDetail) -> None:
        """First column: the latest value of every measure (an older one with its day); then
        the dated sets, newest first."""
        units = Units(detail.dancer.units)
        history = list(detail.history[:6])
        current = detail.latest
        columns = ([current] if current is not None else []) + history
        table = self.measurements
        table.clear()
        table.setRowCount(len(MEASURES) + 1)
        table.setColumnCount(len(columns))
        headers = [self.tr("Now")] if current is not None else []
        headers += [formatting.day(m.measured_on) for m in history]
        table.setHorizontalHeaderLabels(headers)
        table.setVerticalHeaderLabels([measure(m.key) for m in MEASURES] + [self.tr("Shoe size")])
        for column, sheet in enumerate(columns):
            dated = column == 0 and current is not None
            for row, item in enumerate(MEASURES):
                text = self._value(sheet.values.get(item.key), item.is_weight, units)
                older = sheet.taken_on.get(item.key) if dated else None
                if text and older is not None:
                    text += f" ({formatting.day(older)})"
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
            table.setItem(len(MEASURES), column, QTableWidgetItem(sheet.shoe_size))
        table.resizeColumnsToContents()
        if not columns:
            table.setColumnCount(1)
            table.setHorizontalHeaderLabels([self.tr("No measurements yet")])

    @staticmethod
    def _value(value: int | None, is_weight: bool, units: Units) -> str:
        if not is_weight:
            return formatting.body_length(value, units)
        if value is None:
            return ""
        if units is Units.METRIC:
            return f"{formatting.trimmed(value / 1000, 1)} kg"
        return f"{formatting.trimmed(value / 453.59237, 1)} lb"

    def _summary_html(self, detail: DancerDetail) -> str:
        def heading(title: str) -> str:
            return f"<b>{escape(title)}</b><br>"

        parts = []
        if detail.roles:
            cast = (filled(self.tr("%1: %2"), p, r) for p, r in detail.roles)  # "%1 : %2" in French
            parts.append(heading(self.tr("Roles")) + "<br>".join(escape(c) for c in cast))
        learned = {
            spec_id: (week, recent, jumped)
            for spec_id, week, recent, jumped in detail.learned_rates
        }
        for spec in detail.pointe:
            if not spec.active:
                continue
            rate = learned[spec.id][0] if spec.id in learned else spec.pairs_per_week
            weeks = spec.pairs_on_hand / rate if rate > 0 else None
            facts = filled(self.tr("%1 pairs on hand"), str(spec.pairs_on_hand))
            if weeks is not None:
                facts += " · " + filled(
                    self.tr("%1 weeks left at %2 a week"),
                    formatting.number(weeks, 1),
                    formatting.trimmed(rate, 1),
                )
            if spec.id in learned:
                facts += " " + filled(
                    self.tr("(learned from the last 12 weeks; %1 entered)"),
                    formatting.trimmed(spec.pairs_per_week, 1),
                )
                if learned[spec.id][2]:
                    facts += " · " + filled(
                        self.tr("use has jumped: %1 a week lately"),
                        formatting.trimmed(learned[spec.id][1], 1),
                    )
            if spec.pairs_on_order:
                facts += " · " + filled(self.tr("%1 on order"), str(spec.pairs_on_order))
            facts += " · " + filled(self.tr("lead time %1 weeks"), str(spec.lead_time_weeks))
            parts.append(
                heading(self.tr("Pointe shoes"))
                + f"{escape(pointe_description(spec))}<br>{escape(facts)}"
            )
        if detail.costumes:
            rows = []
            for item in detail.costumes:
                state = item_status(item)  # on loan, in transit, or its status
                if item.status == "out" and item.out_to and item.out_to != detail.dancer.name:
                    state += f" ({item.out_to})"
                rows.append(f"{escape(item.tag)} — {escape(item.name)} · {escape(state)}")
            parts.append(heading(self.tr("Costumes")) + "<br>".join(rows))
        if detail.open_alterations:
            rows = [
                f"{escape(a.costume_tag)}: {escape(a.description)}" for a in detail.open_alterations
            ]
            parts.append(heading(self.tr("Open alterations")) + "<br>".join(rows))
        if detail.dancer.notes:
            parts.append(heading(self.tr("Fitting notes")) + escape(detail.dancer.notes))
        return "<br><br>".join(parts) or escape(self.tr("No roles, costumes or pointe shoes yet."))
