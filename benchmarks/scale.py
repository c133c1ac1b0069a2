"""The inventory at company scale, each figure beside a floor measured in the same run.

    .venv/bin/python benchmarks/scale.py --db /tmp/scale230.db [--scale 230]

Builds the database with `demo --scale` if it is empty (230: about 100,000 costume items and
18,000 dancers). Prints one Markdown table: medians, the floor measured in the same run (an
empty PySide6 window; the same answer from hand-written SQL through sqlite3, floors.py; bare
reportlab drawing the same strings; executemany), the ratio, and the target. Imports run on
copies (imports.py); the 60,000-row file in a process of its own, for its peak memory. About
seven minutes here, a third of it scrolling the costume table (last: the window it builds
would slow what came after it). Run it offscreen: QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fitting_sheets as sheets  # noqa: E402
import floors  # noqa: E402
import imports  # noqa: E402
from startup import APP, FLOOR, run  # noqa: E402

from wardrobe.demo import fill_demo  # noqa: E402
from wardrobe.models import CostumeItem  # noqa: E402
from wardrobe.reports.data import fitting_sheets  # noqa: E402
from wardrobe.reports.fitting_sheet import render_fitting_sheets  # noqa: E402
from wardrobe.services import alerts, costumes, search  # noqa: E402
from wardrobe.store.database import Database, open_database  # noqa: E402


def paired(app, floor, runs: int = 5) -> tuple[float, float, object, object]:  # noqa: ANN001
    """The app's and the floor's medians, run in turns (a shared machine drifts: in turns, both
    see the same drift)."""
    app_times, floor_times, found, floor_found = [], [], None, None
    for _ in range(runs):
        started = time.perf_counter()
        found = app()
        app_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        floor_found = floor()
        floor_times.append(time.perf_counter() - started)
    return statistics.median(app_times), statistics.median(floor_times), found, floor_found


def print_medians(rows: list[tuple[str, float, float, str]]) -> None:
    """A Markdown table of (what, app median, floor median, target), seconds in, ms out."""
    print("| what | app (median) | floor (median) | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    for what, app, floor, target in rows:
        shown = f"{app * 1000:.0f} ms | {floor * 1000:.1f} ms | {app / floor:.1f}x"
        print(f"| {what} | {shown} | {target} |")


def scaled_demo(path: Path, scale: int) -> Database:
    """The inventory at ``path``, filled with ``demo --scale`` the first time (minutes at
    230): the benchmarks reuse it."""
    db = open_database(path)
    with db.read() as session:
        empty = session.query(CostumeItem.id).first() is None
    if empty:
        started = time.perf_counter()
        summary = fill_demo(db, scale=scale)
        print(
            f"Built demo --scale {scale}: {summary.costumes:,} items, "
            f"{summary.dancers:,} dancers, {summary.pointe_specs:,} pointe specs in "
            f"{time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--scale", type=int, default=230)
    args = parser.parse_args()
    path = Path(args.db)
    db = scaled_demo(path, args.scale)
    raw = sqlite3.connect(path)
    items = raw.execute("SELECT count(*) FROM costume_items").fetchone()[0]
    dancers = raw.execute("SELECT count(*) FROM dancers").fetchone()[0]
    rows: list[tuple[str, str, str, str, str]] = []  # what, app, floor, ratio, target

    def timed(what: str, app: float, floor: float | None, target: str) -> None:
        ratio = f"{app / floor:.1f}x" if floor else ""
        rows.append((what, fmt(app), fmt(floor) if floor else "", ratio, target))

    # Start-up, in fresh processes.
    floor_runs, app_runs = [], []
    settings = tempfile.mktemp(suffix=".ini")
    for _ in range(5):
        floor_runs.append(run(FLOOR)[0])
        app_runs.append(run(APP, str(path), settings))
    empty_window = statistics.median(floor_runs)
    shown = statistics.median(r[6] for r in app_runs)
    alerts_up = statistics.median(r[0] for r in app_runs)
    lists_up = statistics.median(r[1] for r in app_runs)
    scan = statistics.median(r[2] for r in app_runs)
    peak = max(r[5] for r in app_runs)
    timed("window shown, from launch", shown, empty_window, "")
    timed("window with alerts, from launch", alerts_up, empty_window, "3x floor")
    timed("lists filled, from launch", lists_up, empty_window, "< 1 s")

    app_alerts, floor_alerts, found, raw_found = paired(
        lambda: alerts.compute_alerts(db), lambda: floors.alerts(raw), 7
    )
    assert len(found) == len(raw_found), (len(found), len(raw_found))  # type: ignore[arg-type]
    timed(f"low-stock alerts ({len(found):,})", app_alerts, floor_alerts, "3x floor")  # type: ignore[arg-type]

    query = "fee dragee tutu"
    app_find, floor_find, hits, raw_hits = paired(
        lambda: search.find(db, query), lambda: floors.search(raw, query), 21
    )
    assert len(hits) == len(raw_hits), (len(hits), len(raw_hits))  # type: ignore[arg-type]
    timed("search as you type (3 words)", app_find, floor_find, "3x floor")

    tag = raw.execute(
        "SELECT tag FROM costume_items WHERE location_id IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    app_open, floor_open, _, _ = paired(
        lambda: costumes.get_item(db, tag), lambda: floors.open_item(raw, tag), 201
    )
    timed("open an item by tag (service)", app_open, floor_open, "10x floor")
    timed("scanned tag to its dialog open", scan, None, "< 100 ms")

    ids = [
        row[0]
        for row in raw.execute(
            "SELECT id FROM dancers WHERE company_id = 1 AND active ORDER BY name LIMIT 500"
        )
    ]
    drawn = sheets.drawn_strings(fitting_sheets(db, dancer_ids=ids))
    app_sheets, floor_sheets, _, _ = paired(
        lambda: render_fitting_sheets(fitting_sheets(db, dancer_ids=ids), io.BytesIO()),
        lambda: sheets.floor(drawn),
        5,
    )
    timed("fitting sheets for 500 dancers (read and print)", app_sheets, floor_sheets, "3x floor")

    imported = [imports.new_costume_rows(path) for _ in range(3)]  # each into a fresh copy
    app_import = statistics.median(app for app, _floor in imported)
    floor_import = statistics.median(floor for _app, floor in imported)
    timed("import of 10,000 new costume rows", app_import, floor_import, "8x floor")
    create, again, count = imports.export_read_back()
    rows.append(
        (
            f"an export of {count:,} items read back, unchanged",
            fmt(again),
            f"{fmt(create)} (creating them)",
            f"{again / create:.1f}x",
            "2x creating",
        )
    )
    first = None
    for size in (500, 1_000, 2_000, 20_000):
        took = imports.new_dancers(path, size)
        first = first or took / size
        target = {2_000: "< 2 s", 20_000: "< 20 s"}.get(size, "")
        growth = f"{took / size / first:.1f}x a row"
        rows.append((f"import of {size:,} new dancers", fmt(took), "", growth, target))
    seconds, big_peak = imports.big_file()
    rows.append(
        (
            "import of 60,000 new costume rows (peak memory)",
            f"{big_peak} MB",
            fmt(seconds),
            "",
            "< 300 MB",
        )
    )
    # Last: the window it builds stays in this process and would slow what came after it.
    scroll_app, scroll_floor = scroll_times(db)
    timed("costume table scrolled top to bottom", scroll_app, scroll_floor, "3x floor")
    rows.append(
        ("app's peak memory (window on this inventory)", f"{peak:.0f} MB", "", "", "< 250 MB")
    )

    print(
        f"\n{items:,} costume items, {dancers:,} dancers; {os.cpu_count()} cores; "
        f"{time.strftime('%Y-%m-%d')}\n"
    )
    print("| action | app | floor | ratio | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


def fmt(seconds: float) -> str:
    ms = seconds * 1000
    if ms < 1:
        return f"{ms:.3f} ms"
    if ms < 10:
        return f"{ms:.2f} ms"
    return f"{ms:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def scroll_times(db) -> tuple[float, float]:  # noqa: ANN001
    """Scroll the costume table page by page to the bottom, each page painted; the floor is
    the same table over a model that only numbers its cells."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from ui.shell.main_window import MainWindow
    from ui.shell.startup import load_snapshot

    app = QApplication.instance() or QApplication([])
    from ui.runtime.context import AppContext

    window = MainWindow(
        AppContext(db, QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat))
    )
    window.resize(1280, 800)
    window.show()
    window.loader._snapshot_loaded(load_snapshot(db))
    costume_model = window.sections.costumes.model
    # Read here, at once (no worker): the scroll timed includes reading every page.
    costume_model.runner = costume_model.reader = None
    costume_model.reload()  # the costume list is read from the database as shown
    app.processEvents()

    def scroll(view: QTableView) -> float:
        bar = view.verticalScrollBar()
        started = time.perf_counter()
        value = 0
        while value < bar.maximum():
            value = min(bar.maximum(), value + bar.pageStep())
            bar.setValue(value)
            view.viewport().repaint()
        return time.perf_counter() - started

    app_time = scroll(window.sections.costumes.page.table)
    rows = window.sections.costumes.model.rowCount()
    assert rows > 1000, "the costume table was empty"
    columns = window.sections.costumes.model.columnCount()

    class Numbers(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: ANN001, ANN201, B008, N802
            return 0 if parent.isValid() else rows

        def columnCount(self, parent=QModelIndex()):  # noqa: ANN001, ANN201, B008, N802
            return 0 if parent.isValid() else columns

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
            return (
                f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None
            )

    view = QTableView()
    view.setModel(Numbers())
    view.resize(1280, 700)
    view.show()
    app.processEvents()
    floor_time = scroll(view)
    window.close()
    return app_time, floor_time


if __name__ == "__main__":
    main()
