"""Imports measured for benchmarks/scale.py: new costume rows beside executemany, an export
read back beside creating it, dancers at growing sizes, and a big file's peak memory.

    .venv/bin/python benchmarks/imports.py --db /tmp/scale230.db

(alone: prints the same figures as JSON)."""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from wardrobe.store.database import open_database
from wardrobe.transfer.exporting import export
from wardrobe.transfer.importing import import_file


def _copy(source: Path, folder: Path, name: str) -> Path:
    target = folder / name
    into = sqlite3.connect(target)
    with sqlite3.connect(source) as original:
        original.backup(into)
    into.close()
    return target


def costume_sheet(path: Path, rows: int, first: int = 0) -> Path:
    """New items as a company's spreadsheet lists them: a third tutus, forty bins."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            [
                "tag",
                "name",
                "kind",
                "production",
                "role",
                "colour",
                "location",
                "tutu_style",
                "net_layers",
            ]
        )
        for n in range(first, first + rows):
            tutu = n % 3 == 0
            writer.writerow(
                [
                    f"BN-7{n:05d}",
                    f"Couronne de réserve {n}",
                    "tutu" if tutu else "headpiece",
                    "Casse-Noisette",
                    "Flocon de neige",
                    "blanc",
                    f"Réserve / Bac {n % 40}",
                    "classical" if tutu else "",
                    "12" if tutu else "",
                ]
            )
    return path


def new_costume_rows(inventory: Path, rows: int = 10_000) -> tuple[float, float]:
    """``rows`` new items into a copy of the inventory, beside sqlite3 inserting as many rows
    with executemany (nothing checked, no audit trail) into another copy."""
    folder = Path(tempfile.mkdtemp())
    sheet = costume_sheet(folder / "new.csv", rows)
    copy = _copy(inventory, folder, "copy.db")
    started = time.perf_counter()
    report = import_file(open_database(copy), "costumes", sheet)
    app = time.perf_counter() - started
    assert report.applied and len(report.created) == rows, report.problems[:3]
    target = sqlite3.connect(_copy(inventory, folder, "floor.db"))
    started = time.perf_counter()
    with target:
        target.executemany(
            "INSERT INTO costume_items (company_id, tag, name, piece_type, colour, size, "
            "condition, status, notes, search_text, created_at, updated_at, version) "
            "VALUES (1, ?, ?, 'headpiece', 'blanc', '', 'good', 'in_store', '', ?, "
            "datetime('now'), datetime('now'), 1)",
            [(f"BN-6{n:05d}", f"Couronne {n}", f"bn-6{n:05d} couronne {n}") for n in range(rows)],
        )
    return app, time.perf_counter() - started


def export_read_back(rows: int = 10_000) -> tuple[float, float, int]:
    """The demo with ``rows`` new items (the time to create them by import), its export of
    every item read back unchanged (the time): (create, read back, rows read back)."""
    from wardrobe.demo import fill_demo

    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "demo.db")
    fill_demo(db)
    started = time.perf_counter()
    assert import_file(db, "costumes", costume_sheet(folder / "new.csv", rows)).applied
    create = time.perf_counter() - started
    exported = folder / "export.csv"
    count = export(db, "costumes", exported)
    started = time.perf_counter()
    report = import_file(db, "costumes", exported)
    again = time.perf_counter() - started
    assert report.applied and len(report.unchanged) == count, report.problems[:3]
    return create, again, count


def new_dancers(inventory: Path, rows: int) -> float:
    """``rows`` new dancers, each with three measures and the day they were taken."""
    folder = Path(tempfile.mkdtemp())
    sheet = folder / "dancers.csv"
    with sheet.open("w", encoding="utf-8") as out:
        out.write("name,company,rank,height_cm,waist_cm,bust_cm,measured_on\n")
        for n in range(rows):
            out.write(
                f"Recrue {n:06d},BN,quadrille,{160 + n % 20},{60 + n % 9},{80 + n % 11},"
                "2026-10-01\n"
            )
    db = open_database(_copy(inventory, folder, "copy.db"))
    started = time.perf_counter()
    report = import_file(db, "dancers", sheet)
    took = time.perf_counter() - started
    assert report.applied and len(report.created) == rows, report.problems[:3]
    return took


_BIG = r"""
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from imports import costume_sheet
from wardrobe.store.database import open_database
from wardrobe.demo import fill_demo
from wardrobe.transfer.importing import import_file
folder = Path(sys.argv[1]); rows = int(sys.argv[2])
db = open_database(folder / "big.db"); fill_demo(db)
sheet = costume_sheet(folder / "big.csv", rows)
started = time.perf_counter()
report = import_file(db, "costumes", sheet)
took = time.perf_counter() - started
assert report.applied and len(report.created) == rows
status = Path("/proc/self/status").read_text()
peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) // 1024
print(took, peak)
"""


def big_file(rows: int = 60_000) -> tuple[float, int]:
    """A file of ``rows`` new items imported in a process of its own: (seconds, peak MB)."""
    folder = tempfile.mkdtemp()
    here = str(Path(__file__).resolve().parent)
    out = subprocess.run(
        [sys.executable, "-c", _BIG, folder, str(rows), here],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    inventory = Path(args.db)
    app, floor = new_costume_rows(inventory)
    create, again, count = export_read_back()
    dancers = {n: round(new_dancers(inventory, n), 2) for n in (500, 1000, 2000, 20_000)}
    seconds, peak = big_file()
    print(
        json.dumps(
            {
                "new_costume_rows_s": round(app, 2),
                "executemany_s": round(floor, 3),
                "export_rows": count,
                "create_s": round(create, 2),
                "read_back_s": round(again, 2),
                "dancers_s": dancers,
                "big_file_s": round(seconds, 1),
                "big_file_peak_mb": peak,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
