"""Long lists in the printouts (a pull list of 3,000 pieces): cells drawn as plain text broken
into lines beforehand, in ruled tables of a page or so each; far cheaper to lay out than one
table of Paragraphs."""

from __future__ import annotations

from typing import Any

from .layout import grid_table


def wrapped(text: str, width: float, font: str, size: float, glyphs: Any = None) -> str:
    """Plain text broken into lines that fit ``width`` points: a cell of a long list drawn as
    text, much cheaper than a Paragraph for thousands of cells."""
    from reportlab.lib.utils import simpleSplit

    if glyphs is not None:
        glyphs.check(text)
    return "\n".join(
        line for part in text.split("\n") for line in simpleSplit(part, font, size, width) or [""]
    )


def grid_tables(
    head: list[Any],
    rows: list[list[Any]],
    width: float,
    percents: list[float],
    per: int = 30,
    *,
    fonts_by_column: tuple[tuple[str, float], ...] = (),
) -> list[Any]:
    """A long list as ruled tables of ``per`` rows, each with the heading: one table of
    thousands of rows is split page by page by measuring all its remaining rows again (a pull
    list of 3,000 pieces took seconds); tables of a page or so are laid out once. Cells may be
    plain text (see ``wrapped``), in ``fonts_by_column``: each column's font and size."""
    from reportlab.platypus import TableStyle

    tables = []
    for start in range(0, max(len(rows), 1), per):
        table = grid_table([head, *rows[start : start + per]], width, percents)
        style = [
            ("FONT", (column, 1), (column, -1), font, size, size + 2)
            for column, (font, size) in enumerate(fonts_by_column)
        ]
        if style:
            table.setStyle(TableStyle(style))
        tables.append(table)
    return tables
