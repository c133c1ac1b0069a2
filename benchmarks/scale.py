"""The inventory at company scale, each figure beside a floor measured in the same run.

    .venv/bin/python benchmarks/scale.py --db /tmp/scale230.db [--scale 230]

Builds the database with `demo --scale` if it is empty (230: about 100,000 costume items and
18,000 dancers). Prints a Markdown table: medians, the floor, the ratio, and the target
(every user action under 100 ms, start-up under 1 s, each within 3x of its floor).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting_sheets import floor as sheets_floor  # noqa: E402
from startup import APP, FLOOR, run  # noqa: E402

from wardrobe.database import open_database  # noqa: E402
from wardrobe.demo import fill_demo  # noqa: E402
from wardrobe.models import CostumeItem  # noqa: E402
from wardrobe.reports.data import fitting_sheets  # noqa: E402
from wardrobe.reports.fitting_sheet import render_fitting_sheets  # noqa: E402
from wardrobe.services import alerts, costumes, search  # noqa: E402
from wardrobe.transfer.importing import import_file  # noqa: E402


def median(fn, runs: int = 5) -> tuple[float, object]:  # noqa: ANN001
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


ALERTS_SQL = """
SELECT 'material', m.id FROM materials m WHERE m.on_hand < m.minimum
UNION ALL
SELECT 'pointe', p.id FROM pointe_specs p
JOIN dancers d ON d.id = p.dancer_id JOIN companies c ON c.id = d.company_id
WHERE p.active AND d.active AND (
  p.pairs_on_hand < p.pairs_per_week * (p.lead_time_weeks + c.safety_weeks)
  OR (p.minimum_pairs IS NOT NULL AND p.pairs_on_hand < p.minimum_pairs))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--scale", type=int, default=230)
    args = parser.parse_args()
    path = Path(args.db)
    db = open_database(path)
    with db.read() as session:
        empty = session.query(CostumeItem.id).first() is None
    if empty:
        started = time.perf_counter()
        summary = fill_demo(db, scale=args.scale)
        print(
            f"Built demo --scale {args.scale}: {summary.costumes:,} items, "
            f"{summary.dancers:,} dancers, {summary.pointe_specs:,} pointe specs in "
            f"{time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    raw = sqlite3.connect(path)
    items = raw.execute("SELECT count(*) FROM costume_items").fetchone()[0]
    dancers = raw.execute("SELECT count(*) FROM dancers").fetchone()[0]
    rows: list[tuple[str, float, float, str]] = []  # what, app (s), floor (s), target

    # Start-up, in fresh processes.
    floor_runs, app_runs = [], []
    settings = tempfile.mktemp(suffix=".ini")
    for _ in range(3):
        floor_runs.append(run(FLOOR)[0])
        app_runs.append(run(APP, str(path), settings))
    empty_window = statistics.median(floor_runs)
    alerts_up = statistics.median(r[0] for r in app_runs)
    lists_up = statistics.median(r[1] for r in app_runs)
    scan = statistics.median(r[2] for r in app_runs)
    peak = max(r[5] for r in app_runs)
    rows.append(("window with alerts, from launch", alerts_up, empty_window, "< 1 s"))
    rows.append(("lists filled, from launch", lists_up, empty_window, "< 1 s"))

    app_alerts, found = median(lambda: alerts.compute_alerts(db))
    floor_alerts, raw_found = median(lambda: raw.execute(ALERTS_SQL).fetchall())
    assert len(found) == len(raw_found), (len(found), len(raw_found))  # type: ignore[arg-type]
    rows.append((f"low-stock alerts ({len(found):,})", app_alerts, floor_alerts, "< 100 ms"))  # type: ignore[arg-type]

    query = "fee dragee tutu"
    app_find, _ = median(lambda: search.find(db, query))
    like = " AND ".join(["search_text LIKE ?"] * 3)
    floor_find, _ = median(
        lambda: raw.execute(
            f"SELECT id, tag, name FROM costume_items WHERE {like} ORDER BY tag LIMIT 50",
            ["%fee%", "%dragee%", "%tutu%"],
        ).fetchall()
    )
    rows.append(("search as you type (3 words)", app_find, floor_find, "< 100 ms"))

    tag = raw.execute("SELECT tag FROM costume_items ORDER BY id DESC LIMIT 1").fetchone()[0]
    app_open, _ = median(lambda: costumes.get_item(db, tag))
    floor_open, _ = median(
        lambda: raw.execute(
            "SELECT c.*, t.* FROM costume_items c LEFT JOIN tutus t ON t.costume_id = c.id "
            "WHERE c.tag = ?",
            (tag,),
        ).fetchall()
    )
    rows.append(("open an item by tag (service)", app_open, floor_open, "< 100 ms"))
    rows.append(("scanned tag to its dialog open", scan, floor_open, "< 100 ms"))

    scroll_app, scroll_floor = scroll_times(db)
    rows.append(("costume table scrolled top to bottom", scroll_app, scroll_floor, "3x floor"))

    ids = [
        row[0]
        for row in raw.execute(
            "SELECT id FROM dancers WHERE company_id = 1 AND active ORDER BY name LIMIT 500"
        )
    ]
    five_hundred = fitting_sheets(db, dancer_ids=ids)
    app_sheets, _ = median(
        lambda: render_fitting_sheets(fitting_sheets(db, dancer_ids=ids), io.BytesIO()), 1
    )
    floor_sheets, _ = median(lambda: sheets_floor(five_hundred), 1)
    rows.append(
        ("fitting sheets for 500 dancers (read and print)", app_sheets, floor_sheets, "3x floor")
    )

    app_import, floor_import = import_times(path)
    rows.append(("import of 10,000 costume rows", app_import, floor_import, "3x floor"))

    print(
        f"\n{items:,} costume items, {dancers:,} dancers; {os.cpu_count()} cores; "
        f"{time.strftime('%Y-%m-%d')}\n"
    )
    print("| action | app | floor | ratio | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    for what, app, floor, target in rows:
        print(f"| {what} | {fmt(app)} | {fmt(floor)} | {app / floor:.1f}x | {target} |")
    print(f"| app's peak memory (window on this inventory) | {peak:.0f} MB | | | |")


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


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


def import_times(path: Path) -> tuple[float, float]:
    """10,000 new costume rows into a copy of the inventory, beside sqlite3 inserting the
    same rows with executemany."""
    folder = Path(tempfile.mkdtemp())
    sheet = folder / "import.csv"
    with sheet.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["tag", "name", "kind", "production", "role", "colour", "location"])
        for n in range(10_000):
            writer.writerow(
                [
                    f"BN-7{n:05d}",
                    f"Couronne de réserve {n}",
                    "headpiece",
                    "Casse-Noisette",
                    "Flocon de neige",
                    "blanc",
                    f"Réserve / Bac {n % 40}",
                ]
            )
    copy = folder / "copy.db"
    source = sqlite3.connect(path)
    target = sqlite3.connect(copy)
    source.backup(target)
    target.close()
    started = time.perf_counter()
    report = import_file(open_database(copy), "costumes", sheet)
    app_time = time.perf_counter() - started
    assert report.applied and len(report.created) == 10_000, report.problems[:3]
    floor_copy = folder / "floor.db"
    target = sqlite3.connect(floor_copy)
    source.backup(target)
    started = time.perf_counter()
    with target:
        target.executemany(
            "INSERT INTO costume_items (company_id, tag, name, piece_type, colour, size, "
            "condition, status, notes, search_text, created_at, updated_at, version) "
            "VALUES (1, ?, ?, 'headpiece', 'blanc', '', 'good', 'in_store', '', ?, "
            "datetime('now'), datetime('now'), 1)",
            [(f"BN-6{n:05d}", f"Couronne {n}", f"bn-6{n:05d} couronne {n}") for n in range(10_000)],
        )
    floor_time = time.perf_counter() - started
    return app_time, floor_time


if __name__ == "__main__":
    main()
