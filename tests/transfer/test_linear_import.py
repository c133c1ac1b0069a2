"""An import grows with its rows: the statements it issues and the records it loads, counted
for a file of N dancers and one of 4N, grow no faster than the rows (a scan of every dancer
for each row made 2,000 rows take over a minute)."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from wardrobe.transfer.importing import import_file


def _cost(db, path) -> tuple[int, int]:
    statements, loaded = [0], [0]

    def counted(*_args) -> None:
        statements[0] += 1

    def one_loaded(*_args) -> None:
        loaded[0] += 1

    event.listen(db.engine, "before_cursor_execute", counted)
    event.listen(Session, "loaded_as_persistent", one_loaded)
    try:
        report = import_file(db, "dancers", path)
    finally:
        event.remove(db.engine, "before_cursor_execute", counted)
        event.remove(Session, "loaded_as_persistent", one_loaded)
    assert report.applied and not report.problems
    return statements[0], loaded[0]


def _sheet(tmp_path, name: str, rows: int, start: int):
    path = tmp_path / f"{name}.csv"
    lines = ["name,company,rank,waist_cm,double_of"]
    for n in range(start, start + rows):
        double = f"Recrue {n - 1:05d}" if n % 5 == 0 and n > start else ""
        lines.append(f"Recrue {n:05d},BN,quadrille,{60 + n % 9},{double}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_of_four_times_the_rows_costs_about_four_times_as_much(demo_db, tmp_path):
    small = _cost(demo_db, _sheet(tmp_path, "small", 25, 0))
    large = _cost(demo_db, _sheet(tmp_path, "large", 100, 1000))
    statements, loaded = (large[0] / small[0], large[1] / small[1])
    assert statements <= 4.6, (small, large)
    assert loaded <= 4.6, (small, large)  # a scan of every dancer a row would be ~16x
