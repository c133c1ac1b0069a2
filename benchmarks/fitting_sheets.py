"""Fitting sheets for a whole company, beside bare reportlab drawing the same text.

    .venv/bin/python benchmarks/fitting_sheets.py --db /tmp/scale50.db [--company Paris]

The floor draws every string the sheets draw (caught as they are printed), on as many pages of
the same sizes, in the same embedded font, with no layout: what reportlab itself costs for that
much text. Medians of 3 runs.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from wardrobe.reports import fonts
from wardrobe.reports.data import FittingBatch, fitting_sheets
from wardrobe.reports.fitting_sheet import render_fitting_sheets
from wardrobe.store.database import open_database


def drawn_strings(batch: FittingBatch) -> list[tuple[tuple[float, float], list[str]]]:
    """Every string the sheets draw, page by page, with each page's size."""
    return drawn_by(lambda out: render_fitting_sheets(batch, out))


def drawn_by(render: Callable[[io.BytesIO], object]) -> list[tuple[tuple[float, float], list[str]]]:
    """Every string ``render`` draws, page by page, with each page's size: caught as the app
    prints them (everything reportlab draws as text passes through one method)."""
    pages: list[tuple[tuple[float, float], list[str]]] = []
    original_format, original_show = PDFTextObject._formatText, Canvas.showPage

    def caught(self, text):  # noqa: ANN001, ANN202
        if not pages or pages[-1][0] is None:
            pages.append((self._canvas._pagesize, []))  # noqa: SLF001
        pages[-1][1].append(text)
        return original_format(self, text)

    def page_done(self):  # noqa: ANN001, ANN202
        if pages:
            pages.append((None, []))  # type: ignore[arg-type]
        return original_show(self)

    PDFTextObject._formatText = caught  # type: ignore[method-assign]
    Canvas.showPage = page_done  # type: ignore[method-assign]
    try:
        render(io.BytesIO())
    finally:
        PDFTextObject._formatText = original_format  # type: ignore[method-assign]
        Canvas.showPage = original_show  # type: ignore[method-assign]
    return [(size, texts) for size, texts in pages if size is not None and texts]


def floor(pages: list[tuple[tuple[float, float], list[str]]]) -> int:
    """Bare reportlab: the same strings on the same pages in the same embedded font, each a
    line down the page, no layout at all."""
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    for size, texts in pages:
        canvas.setPageSize(size)
        y = 800
        for text in texts:
            canvas.setFont(fonts.REGULAR, 9)
            canvas.drawString(40, y, text)
            y = 800 if y < 60 else y - 12
        canvas.showPage()
    canvas.save()
    return len(pages)


def timed(fn, runs: int = 3):  # noqa: ANN001, ANN201
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--company", default="Paris")
    args = parser.parse_args()
    fonts.register()
    db = open_database(args.db)
    data_s, batch = timed(lambda: fitting_sheets(db, company=args.company))
    render_s, result = timed(lambda: render_fitting_sheets(batch, io.BytesIO()))
    drawn = drawn_strings(batch)
    floor_s, floor_pages = timed(lambda: floor(drawn))
    print(
        json.dumps(
            {
                "company": args.company,
                "sheets": result.sheets,
                "pages": result.pages,
                "read_data_s": round(data_s, 2),
                "render_s": round(render_s, 2),
                "total_s": round(data_s + render_s, 2),
                "pages_per_s": round(result.pages / render_s, 1),
                "bare_reportlab_s": round(floor_s, 2),
                "bare_reportlab_pages": floor_pages,
                "render_ratio_to_bare": round(render_s / floor_s, 2),
                "total_ratio_to_bare": round((data_s + render_s) / floor_s, 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
