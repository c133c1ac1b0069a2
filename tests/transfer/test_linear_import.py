"""An import grows with its rows: the statements it issues and the records it loads, counted
for a file of N dancers and one of 4N, grow no faster than the rows (a scan of every dancer
for each row made 2,000 rows take over a minute)."""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from wardrobe.transfer.importing import import_file


def _cost(db, path, kind: str = "dancers") -> tuple[int, int]:
    statements, loaded = [0], [0]

    def counted(*_args) -> None:
        statements[0] += 1

    def one_loaded(*_args) -> None:
        loaded[0] += 1

    event.listen(db.engine, "before_cursor_execute", counted)
    event.listen(Session, "loaded_as_persistent", one_loaded)
    try:
        report = import_file(db, kind, path)
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


def _costume_sheet(tmp_path, name: str, rows: int, start: int):
    path = tmp_path / f"{name}.csv"
    lines = ["tag,name,kind,production,location,tutu_style,net_layers"]
    for n in range(start, start + rows):
        tutu = ",classical,12" if n % 3 == 0 else ",,"
        kind = "tutu" if n % 3 == 0 else "bodice"
        lines.append(f"BN-8{n:05d},Pièce {n},{kind},Giselle,Réserve / Bac {n % 7}{tutu}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_new_items_and_an_export_read_back_cost_no_more_per_row_as_files_grow(demo_db, tmp_path):
    small = _cost(demo_db, _costume_sheet(tmp_path, "small", 25, 0), "costumes")
    large = _cost(demo_db, _costume_sheet(tmp_path, "large", 100, 1000), "costumes")
    assert large[0] / small[0] <= 4.6 and large[1] / small[1] <= 4.6, (small, large)
    # Read back, unchanged: the larger file costs no more statements a row than the smaller.
    again_small = _cost(demo_db, tmp_path / "small.csv", "costumes")
    again_large = _cost(demo_db, tmp_path / "large.csv", "costumes")
    assert again_large[0] / again_small[0] <= 4.6, (again_small, again_large)
