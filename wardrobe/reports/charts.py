"""Charts in the PDFs, drawn with reportlab's own charts: what a tulle or a net had on hand at
each month's end, with its minimum (the reorder point) as a dashed red line, so a supervisor
sees at a glance how fast it ran down."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from ..domain.units import base_to_stock
from ..language.vocabulary import unit_word
from ..services.usage_charts import MaterialUse
from . import fonts

BAR = colors.HexColor("#4a78a8")
LEVEL = colors.HexColor("#c0392b")
MONTHS = {
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def on_hand_chart(
    use: MaterialUse, language: str, title: str, minimum_label: str, width: float, height: float
) -> Drawing:
    """Bars of what was on hand at each month's end, the minimum across them."""
    fonts.register()
    # Our font from the start: the renderer would otherwise name Helvetica, never embedded.
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR, initialFontSize=7)
    held = [float(base_to_stock(v, use.unit)) for v in use.on_hand]
    minimum = float(base_to_stock(use.minimum, use.unit))
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 22
    chart.width, chart.height = width - 44, height - 44
    chart.data = [held or [0.0]]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = fonts.REGULAR
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(held + [minimum, 1.0]) * 1.15
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = colors.grey
    chart.categoryAxis.categoryNames = [
        MONTHS.get(language, MONTHS["en"])[month.month - 1] for month in use.months
    ] or [""]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.strokeColor = colors.grey
    drawing.add(chart)
    # Placed and scaled as the chart will draw it, so that the minimum lands where it belongs.
    chart.valueAxis.setPosition(chart.x, chart.y, chart.height)
    chart.valueAxis.configure(chart.data)
    level = chart.valueAxis.scale(minimum)
    drawing.add(
        Line(
            chart.x,
            level,
            chart.x + chart.width,
            level,
            strokeColor=LEVEL,
            strokeWidth=1.2,
            strokeDashArray=[4, 2],
        )
    )
    drawing.add(
        String(
            chart.x + chart.width,
            level + 2,
            f"{minimum_label} {minimum:g} {unit_word(use.unit, language)}",
            fontName=fonts.REGULAR,
            fontSize=6.5,
            fillColor=LEVEL,
            textAnchor="end",
        )
    )
    drawing.add(String(chart.x, height - 12, title, fontName=fonts.BOLD, fontSize=8))
    return drawing
