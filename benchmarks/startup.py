"""Time from process start to a usable window with alerts, beside an empty PySide6 window,
and from a scanned tag (its Enter) to its item's dialog being open (median of 7 scans).

    .venv/bin/python benchmarks/startup.py --db /tmp/scale50.db [--runs 5]

Each run is a fresh process (imports included), offscreen. Prints medians and the ratio to
the floor measured in the same run. Not a test: the figures are for reading, not asserting.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

FLOOR = r"""
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([]); w = QMainWindow(); w.resize(1280, 800); w.show()
def done():
    print(time.perf_counter() - t0); app.quit()
QTimer.singleShot(0, done); app.exec()
"""

APP = r"""
import time; t0 = time.perf_counter()
import sys
from PySide6.QtCore import QSettings, QTimer
from ui.shell.application import make_application
from ui.runtime.i18n import install_translation
from wardrobe.store.database import open_database
app = make_application(); install_translation("en")
from ui.shell.main_window import MainWindow
db = open_database(sys.argv[1])
from ui.runtime.context import AppContext
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
w = MainWindow(AppContext(db, settings)); w.show(); w.start()
marks = {}
QTimer.singleShot(0, lambda: mark("shown"))  # the window's first turn of the event loop
scans = []
TAGS = []


def spread_tags():
    # Seven tags spread over the inventory, read apart from the window (the list holds only
    # the pages on screen), once the window is up.
    import sqlite3
    raw = sqlite3.connect(sys.argv[1])
    count = raw.execute("SELECT count(*) FROM costume_items").fetchone()[0]
    for n in range(7):
        query = "SELECT tag FROM costume_items ORDER BY id LIMIT 1 OFFSET ?"
        TAGS.append(raw.execute(query, (n * count // 7,)).fetchone()[0])
    raw.close()
opened_dialogs, waiting = [], []
open_dialog = w.ctx.open_dialog
def timed_open(dialog):
    # Every dialog opens through the context; an item's window ends the scan's time.
    open_dialog(dialog)
    if waiting and dialog.objectName() == "itemDialog":
        scans.append(time.perf_counter() - waiting.pop())
        opened_dialogs.append(dialog)
        QTimer.singleShot(0, scan_next)
w.ctx.open_dialog = timed_open
def scan_next():
    # A scanner types the tag and Enter; time until its item dialog is open.
    if len(scans) == 7:
        w.runner.wait()
        scans.sort()
        import resource
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        costumes = w.sections.costumes.model
        print(marks["alerts"], marks["lists"], scans[3], len(w.sections.alerts.alerts),
              costumes.rowCount(), peak_mb, marks["shown"])
        app.quit()
        return
    if opened_dialogs:
        opened_dialogs.pop().reject()
    if not TAGS:
        spread_tags()
    tag = TAGS[len(scans)]
    w.scan.setText(tag)
    waiting[:] = [time.perf_counter()]
    w.scan.returnPressed.emit()
def mark(name):
    marks[name] = time.perf_counter() - t0
    if len(marks) == 3:
        scan_next()
w.alerts_ready.connect(lambda _a: mark("alerts"))
w.loaded.connect(lambda: mark("lists"))
app.exec()
"""


def run(code: str, *args: str) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    return [float(x) for x in out]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    settings = "/tmp/wardrobe-bench-settings.ini"
    floor, alerts, lists, scans, shown = [], [], [], [], []
    extra: list[float] = []
    for _ in range(args.runs):
        floor.append(run(FLOOR)[0])
        a, li, sc, *extra = run(APP, args.db, settings)
        shown.append(extra[3])
        alerts.append(a)
        lists.append(li)
        scans.append(sc)
    f, a, li, sc = (statistics.median(x) for x in (floor, alerts, lists, scans))
    print(
        json.dumps(
            {
                "runs": args.runs,
                "empty_window_s": round(f, 3),
                "window_shown_s": round(statistics.median(shown), 3),
                "window_with_alerts_s": round(a, 3),
                "lists_loaded_s": round(li, 3),
                "alerts_ratio_to_floor": round(a / f, 2),
                "lists_ratio_to_floor": round(li / f, 2),
                "scan_to_item_open_ms": round(sc * 1000, 1),
                "alerts": int(extra[0]),
                "costume_rows": int(extra[1]),
                "peak_rss_mb": round(extra[2]),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
