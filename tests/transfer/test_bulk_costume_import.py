"""New items written in bulk, a chunk at a time, are the items the desk would have logged:
the same first history line, tutu and all; a bad row after several chunks writes nothing;
an export read back is said unchanged without a single write."""

from __future__ import annotations

from sqlalchemy import event

from wardrobe.services import audit_trail, costumes, item_fields
from wardrobe.transfer import new_costumes
from wardrobe.transfer.exporting import export
from wardrobe.transfer.importing import import_file

from ..conftest import snapshot


def test_an_imported_item_reads_in_its_history_as_one_logged_at_the_desk(demo_db, tmp_path):
    dancer = costumes.get_item(demo_db, "BN-000001").built_for or ""
    path = tmp_path / "one.csv"
    path.write_text(
        "tag,name,kind,production,role,dancer,colour,location,value,notes,tutu_style,net_layers\n"
        f"BN-980001,Tutu de la Fée,tutu,Giselle,Willis,{dancer},ivoire,Réserve / Bac 9,"
        "1250.50,Basque brodée,romantic,9\n",
        encoding="utf-8",
    )
    assert import_file(demo_db, "costumes", path).applied
    costumes.log_item(
        demo_db,
        company="BN",
        tag="BN-980002",
        name="Tutu de la Fée",
        piece_type="tutu",
        production="Giselle",
        role="Willis",
        built_for=dancer or None,
        colour="ivoire",
        location="Réserve / Bac 9",
        replacement_value="1250.50",
        notes="Basque brodée",
        tutu=item_fields.TutuSpec("romantic", "9"),
    )

    def lines(tag: str) -> list[tuple[str, dict]]:
        said = [(line.action, line.changes) for line in audit_trail.item_history(demo_db, tag)]
        return sorted(said, key=lambda pair: sorted(pair[1]))

    imported, logged = lines("BN-980001"), lines("BN-980002")
    assert len(imported) == 2  # the item, its tutu
    for (action, changes), (desk_action, desk_changes) in zip(imported, logged, strict=True):
        assert action == desk_action == "created"
        assert changes.pop("tag", None) != desk_changes.pop("tag", None) or "tutu.style" in changes
        assert changes == desk_changes
    one, two = costumes.get_item(demo_db, "BN-980001"), costumes.get_item(demo_db, "BN-980002")
    assert (one.location, one.built_for, one.tutu) == (two.location, two.built_for, two.tutu)
    assert one.replacement_value == 125050 and one.version == two.version == 1


def test_a_bad_row_after_several_chunks_writes_nothing(demo_db, tmp_path, monkeypatch):
    monkeypatch.setattr(new_costumes, "CHUNK", 7)  # forty rows: five chunks before the bad one
    lines = ["tag,name,kind,location"]
    lines += [f"BN-97{n:04d},Jupon {n},skirt,Réserve / Bac neuf" for n in range(40)]
    lines.append("BN-979999,Jupon de trop,tutu,")  # a tutu with no layers
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = snapshot(demo_db)
    report = import_file(demo_db, "costumes", path)
    assert not report.applied and [p.row for p in report.problems] == [42]
    assert snapshot(demo_db) == before
    good = tmp_path / "good.csv"
    good.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    report = import_file(demo_db, "costumes", good)
    assert report.applied and len(report.created) == 40
    assert costumes.get_item(demo_db, "BN-970039").location == "Réserve / Bac neuf"


def test_an_export_read_back_writes_nothing(demo_db, tmp_path):
    path = tmp_path / "all.csv"
    rows = export(demo_db, "costumes", path)
    writes = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        if not statement.lstrip().upper().startswith(("SELECT", "SAVEPOINT", "RELEASE", "BEGIN")):
            writes.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", seen)
    try:
        report = import_file(demo_db, "costumes", path)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", seen)
    assert report.applied and len(report.unchanged) == rows > 400
    assert writes == []
