"""Photos, measured: adding them (each beside Pillow's bare decode, resize and encode of the
same file), what each one adds to the inventory file, and the costume list scrolled with its
photo column beside without it.

    .venv/bin/wardrobe --db /tmp/photos.db demo --scale 50
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/photos.py --db /tmp/photos.db

The source is a 12-megapixel camera-like JPEG (4000 x 3000, texture and noise). Scrolling
moves the list a screen at a time over the photographed rows and paints it (the view's own
grab), with the column on, then off; medians of the screens. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import sqlite3
import statistics
import time
from pathlib import Path


def camera_jpeg(seed: int = 1) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    image = Image.new("RGB", (4000, 3000), (180, 150, 160))
    draw = ImageDraw.Draw(image)
    for _ in range(400):  # folds of tulle: shapes and colour
        x, y = rng.randrange(4000), rng.randrange(3000)
        colour = tuple(rng.randrange(90, 255) for _ in range(3))
        draw.ellipse((x, y, x + rng.randrange(50, 600), y + rng.randrange(50, 600)), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(3))
    noise = Image.effect_noise((4000, 3000), 18).convert("RGB")
    image = Image.blend(image, noise, 0.15)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def bare(raw: bytes) -> bytes:
    """The floor: what Pillow itself takes to decode, resize and encode the file."""
    from PIL import Image

    image = Image.open(io.BytesIO(raw))
    image.load()
    image.thumbnail((1600, 1600))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def add_photos(db, tags: list[str], raw: bytes) -> dict:  # noqa: ANN001
    from wardrobe.services import photos

    ours, floor = [], []
    for tag in tags:
        started = time.perf_counter()
        bare(raw)
        floor.append(time.perf_counter() - started)
        started = time.perf_counter()
        photos.add_photo(db, tag, raw)
        ours.append(time.perf_counter() - started)
    app, base = statistics.median(ours), statistics.median(floor)
    return {
        "add_ms": round(app * 1000, 1),
        "pillow_ms": round(base * 1000, 1),
        "add_ratio": round(app / base, 2),
    }


def scroll(db, photographed: int, screens: int) -> dict:  # noqa: ANN001
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.runtime.context import AppContext
    from ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path("/tmp") / "bench-photos.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, settings))
    window.resize(1300, 820)
    window.show()
    window.start(backup=False)
    deadline = time.monotonic() + 120
    while window.sections.costumes.model.rowCount() == 0 and time.monotonic() < deadline:
        app.processEvents()
    section = window.sections.costumes
    table = section.page.table
    bar = table.verticalScrollBar()

    def run(shown: bool) -> float:
        section.show_photos(shown)
        times = []
        step = max(
            1, table.viewport().height() // max(1, table.verticalHeader().defaultSectionSize())
        )
        for screen in range(screens):
            row = (screen * step) % max(1, photographed)
            started = time.perf_counter()
            bar.setValue(row)  # the list scrolls a row at a time: the value is the top row
            # Until the pages and pictures of this screen are in, then painted.
            settle = time.monotonic() + 5
            while not window.ctx.idle and time.monotonic() < settle:
                app.processEvents()
            app.processEvents()
            table.viewport().grab()
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    run(False)  # warm the pages
    without = run(False)
    with_photos = run(True)
    again = run(True)  # the pictures cached: scrolling back
    window.ctx.wait()
    window.close()
    return {
        "scroll_without_ms": round(without * 1000, 2),
        "scroll_with_photos_ms": round(with_photos * 1000, 2),
        "scroll_with_photos_cached_ms": round(again * 1000, 2),
        "scroll_ratio": round(with_photos / without, 2),
        "thumbnail_reads": section.thumbnails.queries,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--screens", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wardrobe.services import costume_pages
    from wardrobe.store.database import open_database

    db = open_database(args.db)
    tags = []
    with db.read() as session:
        from sqlalchemy import select

        from wardrobe.models import CostumeItem, Photo

        have = set(session.scalars(select(Photo.costume_id)))
        ids = costume_pages.ordered_ids(db)
        for costume_id in ids:
            if costume_id not in have:
                tags.append(session.get(CostumeItem, costume_id).tag)
            if len(tags) >= args.photos:
                break
    raw = camera_jpeg()
    db.close()
    with sqlite3.connect(args.db) as raw_connection:
        raw_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size_before = Path(args.db).stat().st_size
    db = open_database(args.db)
    result = {"items": len(ids), "photos": len(tags), "source_kb": len(raw) // 1024}
    if tags:  # --photos 0: only the scrolling, over the photos already there
        result.update(add_photos(db, tags, raw))
    db.close()  # every write in the file itself, none left in its journal
    with sqlite3.connect(args.db) as raw_connection:
        raw_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    grown = Path(args.db).stat().st_size - size_before
    db = open_database(args.db)
    if tags:
        result["db_growth_per_photo_kb"] = round(grown / len(tags) / 1024, 1)
    photographed = len(have) + len(tags)
    result.update(scroll(db, photographed, args.screens))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
