"""Charts, where staff would rather look than read: a dancer's pairs issued each week over the
weeks her pairs on hand would last against the maker's lead time; a material's use each month
over what was on hand against its minimum, the reorder point.

Drawn with pyqtgraph, imported when the first chart opens and never at start-up: it is pure
Python over Qt (about 10 MB with numpy's 70), where Qt Charts would add PySide6's 175 MB
add-ons wheel and matplotlib another 40 MB and half a second more to import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from wardrobe.domain.units import base_to_stock

from ..text import formatting
from ..text.labels import unit
from ..text.language import filled

if TYPE_CHECKING:
    from wardrobe.services.usage_charts import MaterialUse, PointeUse


BAR = "#4a78a8"
LINE = "#2e7d32"
LEVEL = "#c0392b"
MARGIN = "#e67e22"


def _plot(pg: Any, parent: QWidget, title: str, ticks: list[tuple[int, str]]) -> Any:
    plot = pg.PlotWidget(parent=parent, background="w")
    plot.setTitle(title, color="#222", size="10pt")
    plot.showGrid(x=False, y=True, alpha=0.25)
    plot.getAxis("bottom").setTicks([ticks])
    for side in ("bottom", "left"):
        plot.getAxis(side).setTextPen("#333")
        plot.getAxis(side).setPen("#999")
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMinimumHeight(200)
    return plot


def _every(labels: list[str], step: int) -> list[tuple[int, str]]:
    return [(n, text) for n, text in enumerate(labels) if n % step == 0 or n == len(labels) - 1]


class ChartDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("chartSummary")
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.plots: list[Any] = []
        self.resize(820, 620)

    def _close_button(self) -> None:
        close = QPushButton(self.tr("C&lose"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        self.layout_.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    def show_pointe(self, use: PointeUse) -> None:
        import pyqtgraph as pg

        labels = [QLocale().toString(QDate(w.year, w.month, w.day), "d MMM") for w in use.weeks]
        ticks = _every(labels, 2)
        issued = _plot(pg, self, self.tr("Pairs issued each week"), ticks)
        issued.addItem(
            pg.BarGraphItem(
                x=list(range(len(use.issued))), height=list(use.issued), width=0.7, brush=BAR
            )
        )
        issued.setLabel("left", self.tr("pairs"))
        weeks = _plot(pg, self, self.tr("Weeks her pairs on hand last, at the week's end"), ticks)
        points = [(n, w) for n, w in enumerate(use.weeks_left) if w is not None]
        if points:
            weeks.plot(
                [x for x, _y in points],
                [y for _x, y in points],
                pen=pg.mkPen(LINE, width=2),
                symbol="o",
                symbolSize=5,
                symbolBrush=LINE,
            )
        lead = use.lead_time_weeks
        weeks.addItem(
            pg.InfiniteLine(
                pos=lead,
                angle=0,
                pen=pg.mkPen(LEVEL, width=2, style=Qt.PenStyle.DashLine),
                label=filled(self.tr("lead time %1 weeks"), str(lead)),
                labelOpts={"position": 0.15, "color": LEVEL, "anchors": [(0, 1), (0, 1)]},
            )
        )
        margin = lead + use.safety_weeks
        weeks.addItem(
            pg.InfiniteLine(
                pos=margin,
                angle=0,
                pen=pg.mkPen(MARGIN, width=1, style=Qt.PenStyle.DotLine),
                label=filled(self.tr("with the margin, %1 weeks"), str(margin)),
                labelOpts={"position": 0.6, "color": MARGIN, "anchors": [(0, 1), (0, 1)]},
            )
        )
        weeks.setLabel("left", self.tr("weeks"))
        highest = max([y for _x, y in points] + [margin])
        weeks.setYRange(0, highest * 1.1)
        rate = formatting.trimmed(use.per_week, 1)
        source = (
            self.tr("learned from the last 12 weeks")
            if use.rate_source == "learned"
            else self.tr("as entered")
        )
        self.summary.setText(
            filled(
                self.tr(
                    "%1: weeks left counted at %2 pairs a week (%3); below the red line, "
                    "a new order would come too late."
                ),
                use.dancer,
                rate,
                source,
            )
        )
        for plot in (issued, weeks):
            self.layout_.addWidget(plot, 1)
            self.plots.append(plot)
        self._close_button()

    def show_material(self, use: MaterialUse) -> None:
        import pyqtgraph as pg

        labels = [QLocale().toString(QDate(m.year, m.month, 1), "MMM yy") for m in use.months]
        ticks = _every(labels, 1 if len(labels) <= 12 else 2)
        in_units = [float(base_to_stock(v, use.unit)) for v in use.used]
        held = [float(base_to_stock(v, use.unit)) for v in use.on_hand]
        word = unit(use.unit)
        used = _plot(pg, self, filled(self.tr("Used each month (%1)"), word), ticks)
        used.addItem(
            pg.BarGraphItem(x=list(range(len(in_units))), height=in_units, width=0.7, brush=BAR)
        )
        level = _plot(pg, self, filled(self.tr("On hand at each month's end (%1)"), word), ticks)
        level.plot(
            list(range(len(held))),
            held,
            pen=pg.mkPen(LINE, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=LINE,
        )
        minimum = float(base_to_stock(use.minimum, use.unit))
        level.setYRange(0, max(held + [minimum]) * 1.1 or 1)
        level.addItem(
            pg.InfiniteLine(
                pos=minimum,
                angle=0,
                pen=pg.mkPen(LEVEL, width=2, style=Qt.PenStyle.DashLine),
                label=filled(self.tr("reorder point %1"), f"{formatting.trimmed(minimum)} {word}"),
                labelOpts={"position": 0.15, "color": LEVEL, "anchors": [(0, 1), (0, 1)]},
            )
        )
        self.summary.setText(
            filled(
                self.tr("%1: below the red line, the alerts ask for an order."),
                use.name,
            )
        )
        for plot in (used, level):
            self.layout_.addWidget(plot, 1)
            self.plots.append(plot)
        self._close_button()
