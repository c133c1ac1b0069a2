"""Text fitted into a printout's cells: a line shrunk or cut to its room, a table drawn plain
or split over pages, the measurements' grid."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Table,
    TableStyle,
)

from . import fonts
from .layout import (
    GRID,
    SHADE,
    PlainGrid,
)

CELL_PADDING = 6  # a table cell's left and right padding


def fit_lines(
    text: str, font: str, size: float, width: float, *, smallest: float, most: int
) -> tuple[float, list[str]]:
    """The largest size (from ``size`` down to ``smallest``) at which ``text`` fits ``width``
    on at most ``most`` lines, and those lines; a word longer than a line is cut to fit."""
    current = size
    while True:
        lines = _wrap(text, font, current, width)
        if len(lines) <= most or current <= smallest:
            break
        current = max(smallest, current - 0.5)
    if len(lines) > most:  # even at the smallest size: the last line ends in an ellipsis
        lines = lines[: most - 1] + [_cut(" ".join(lines[most - 1 :]), font, current, width)]
    return current, [_cut(line, font, current, width) for line in lines]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and stringWidth(candidate, font, size) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines or [""]


def _cut(line: str, font: str, size: float, width: float) -> str:
    if stringWidth(line, font, size) <= width:
        return line
    while line and stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line + "…"


PLAIN_ROWS = 30  # a pieces table this long fits a page drawn straight; longer, it splits


def cell_table(rows: list[list[Flowable]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitByRow=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR),  # an empty cell too: embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def measurement_grid(rows: list[list[str]], width: float) -> PlainGrid:
    """Two label-value pairs a row. A value column is as wide as its widest value ("165,0 cm
    (07/12/2026)"), the label beside it has the rest: nothing printed across a rule."""
    pad = 2 * PlainGrid.PADDING + 2
    widest = max(stringWidth(row[c], fonts.REGULAR, 8.5) for row in rows for c in (1, 3)) + pad
    value_width = min(max(width / 4 * 0.7, widest), width / 4 * 1.2)
    label_width = width / 2 - value_width
    return PlainGrid(
        rows,
        [label_width, value_width, label_width, value_width],
        font=fonts.REGULAR,
        size=8.5,
        right=frozenset({1, 3}),
        colour=GRID,
    )
