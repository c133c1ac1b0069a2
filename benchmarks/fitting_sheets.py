"""Fitting sheets for a whole company, beside bare reportlab drawing the same text.

    .venv/bin/python benchmarks/fitting_sheets.py --db /tmp/scale50.db [--company Paris]

The floor draws every string the sheets hold on a plain canvas, one page per sheet, with the
same embedded fonts: what reportlab itself costs for that much text. Medians of 3 runs.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas

from wardrobe.database import open_database
from wardrobe.reports import fonts
from wardrobe.reports.data import FittingBatch, fitting_sheets
from wardrobe.reports.fitting_sheet import render_fitting_sheets


def strings(batch: FittingBatch):  # noqa: ANN201
    for sheet in batch.sheets:
        texts = [sheet.company.name, sheet.dancer.name, sheet.dancer.rank, *sheet.roles]
        if sheet.latest is not None:
            texts += [f"{k}: {v}" for k, v in sheet.latest.values.items()]
        for piece in sheet.pieces:
            texts += [piece.tag, piece.name, piece.piece_type, piece.colour, piece.condition]
        if sheet.pointe is not None:
            texts.append(sheet.pointe.description)
        texts += [a.description for a in sheet.alterations]
        texts += ["Notes", "Photo", "Dancer", "Cutter", "Wardrobe supervisor"]
        yield sheet.company.paper, texts


def floor(batch: FittingBatch) -> int:
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    pages = 0
    for paper, texts in strings(batch):
        canvas.setPageSize(A4 if paper == "A4" else LETTER)
        y = 800
        for text in texts:
            canvas.setFont(fonts.REGULAR, 9)
            canvas.drawString(40, y, text[:120])
            y = 800 if y < 60 else y - 12
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


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
    floor_s, floor_pages = timed(lambda: floor(batch))
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
