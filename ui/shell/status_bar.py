"""The status bar: which inventory, how many rows each list shows, the alerts, and whether
the worker is busy. The counts follow the lists as they change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from ..runtime.context import AppContext
from ..text.language import filled


class StatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_label = QLabel(filled(self.tr("Inventory: %1"), ctx.db.display_name), self)
        # A long path is cut, never widening the window; the whole of it is in the tooltip.
        self.db_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.db_label.setToolTip(ctx.db.display_name)
        self.count_label = QLabel("", self)
        self.alert_label = QLabel("", self)
        self.busy_label = QLabel(self.tr("Working…"), self)
        self.busy_label.hide()
        self.addWidget(self.db_label, 1)
        self.addPermanentWidget(self.busy_label)
        self.addPermanentWidget(self.count_label)
        self.addPermanentWidget(self.alert_label)
        ctx.runner.busy_changed.connect(self.busy_label.setVisible)
        ctx.bus.message.connect(self.showMessage)
        self._counts: Callable[[], tuple[int, int, int, int]] | None = None

    def follow_counts(self, counts: Callable[[], tuple[int, int, int, int]]) -> None:
        self._counts = counts
        self.update_counts()

    def update_counts(self) -> None:
        if self._counts is None:
            return
        items, dancers, specs, materials = self._counts()
        self.count_label.setText(
            " · ".join(
                (
                    self.tr("%n item(s)", "", items),
                    self.tr("%n dancer(s)", "", dancers),
                    self.tr("%n pointe spec(s)", "", specs),
                    self.tr("%n material(s)", "", materials),
                )
            )
        )

    def set_alert_count(self, count: int) -> None:
        self.alert_label.setText(self.tr("%n low-stock alert(s)", "", count))

    def mark_read_only(self) -> None:
        self.db_label.setText(self.db_label.text() + " · " + self.tr("read-only"))
