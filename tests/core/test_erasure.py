"""A dancer's personal data erased on request: measurements gone, her name nowhere, the
costumes and the stock as they were; asked twice, a backup first."""

import pytest
from sqlalchemy import func, select

from wardrobe.cli import main
from wardrobe.models import AuditEntry, MeasurementSet, StockEntry
from wardrobe.services import (
    alterations,
    circulation,
    costumes,
    dancers,
    erasure,
    pointe,
    stock_movements,
)


def name_written_anywhere(db, name: str) -> int:
    with db.read() as session:
        return sum(
            session.scalar(select(func.count()).select_from(model).where(where))
            for model, where in (
                (AuditEntry, AuditEntry.label.contains(name)),
                (AuditEntry, AuditEntry.changes.contains(name)),
                (StockEntry, StockEntry.reason.contains(name)),
            )
        )


def test_erasing_a_dancer_leaves_no_trace_of_her_and_keeps_the_rest(demo_db):
    spec = next(s for s in pointe.list_specs(demo_db) if s.pairs_on_hand > 2)
    who = spec.dancer
    dancers.record_measurements(demo_db, spec.dancer_id, {"waist": "61", "hips": "88"})
    pointe.issue_pairs(demo_db, spec.id, 2)  # the ledger says "issued to <her name>"
    item = next(
        r
        for r in costumes.list_items(demo_db)
        if r.status == "in_store" and r.company == spec.company and r.condition != "retired"
    )
    circulation.check_out(demo_db, item.tag, spec.dancer_id)  # the history names her
    items_before = len(costumes.list_items(demo_db))
    assert name_written_anywhere(demo_db, who) > 0
    done = erasure.erase_dancer(demo_db, spec.dancer_id)
    assert done.measurement_sets >= 1 and done.history_lines >= 2 and done.ledger_lines >= 1
    assert name_written_anywhere(demo_db, who) == 0
    with demo_db.read() as session:
        left = session.scalar(
            select(func.count())
            .select_from(MeasurementSet)
            .where(MeasurementSet.dancer_id == spec.dancer_id)
        )
    assert left == 0
    record = next(d for d in dancers.list_dancers(demo_db) if d.id == spec.dancer_id)
    assert record.name == f"Erased dancer #{spec.dancer_id}" and not record.active
    assert costumes.get_item(demo_db, item.tag).out_to == record.name  # kept, renamed
    assert len(costumes.list_items(demo_db)) == items_before
    assert stock_movements.check_ledger(demo_db) == []


@pytest.mark.sqlite_only
def test_the_command_asks_twice_and_backs_up_first(demo_db, capsys, monkeypatch):
    who = dancers.list_dancers(demo_db)[3]
    path = demo_db.engine.url.database
    demo_db.close()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", path, "erase-dancer", who.name, "--yes"]) == 1  # asked only once
    assert "give --yes --yes" in capsys.readouterr().err
    assert main(["--db", path, "erase-dancer", who.name, "--yes", "--yes"]) == 0
    said = capsys.readouterr().out
    assert "Backup written to" in said and "Erased:" in said


def test_after_erasure_she_is_not_found_by_her_name_nor_folded_anywhere(demo_db):
    """Her costumes were found by her name (their search words) and the history kept her folded
    name: neither stays (issue 26)."""
    from wardrobe.language.folding import fold
    from wardrobe.services import search

    made_for = next(r for r in costumes.list_items(demo_db) if r.built_for)
    who = made_for.built_for
    [dancer] = [d for d in dancers.list_dancers(demo_db) if d.name == who][:1]
    assert made_for.tag in {h.key for h in search.find(demo_db, fold(who))}
    erasure.erase_dancer(demo_db, dancer.id)
    assert not [h for h in search.find(demo_db, fold(who)) if h.kind == "costume"]
    assert name_written_anywhere(demo_db, fold(who)) == 0
    assert name_written_anywhere(demo_db, who) == 0


@pytest.mark.sqlite_only
def test_after_erasure_her_name_is_in_no_page_of_the_file(demo_db):
    """Replaced and deleted text stays in SQLite's free pages and journal until rewritten: the
    file and its journal hold her name in no form afterwards."""
    from pathlib import Path

    from wardrobe.language.folding import fold

    spec = next(s for s in pointe.list_specs(demo_db) if s.pairs_on_hand > 2)
    who = spec.dancer
    dancers.record_measurements(demo_db, spec.dancer_id, {"waist": "61"})
    pointe.issue_pairs(demo_db, spec.id, 1)
    path = Path(demo_db.engine.url.database)
    erasure.erase_dancer(demo_db, spec.dancer_id)
    demo_db.engine.dispose()
    held = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for form in {who, fold(who)}:
        assert form.encode() not in held, form


def test_free_text_that_still_names_her_is_offered_for_review(demo_db):
    """Item names, notes, alterations and photo captions are not rewritten blindly ("Tutu de
    Solène" may be how a piece is known): they are listed for a person to review."""
    spec = pointe.list_specs(demo_db)[0]
    who = spec.dancer
    item = next(
        r for r in costumes.list_items(demo_db) if r.company == spec.company and r.tutu is None
    )
    costumes.edit_item(
        demo_db,
        item.tag,
        expected_version=item.version,
        name=item.name,
        piece_type=item.piece_type,
        production=item.production or None,
        role=item.role or None,
        notes=f"Retouché pour {who.upper()} en mars",  # capitals, accents: still her
    )
    alterations.record_alteration(
        demo_db, item.tag, kind="repair", description=f"Bretelle de {who}, côté gauche"
    )
    done = erasure.erase_dancer(demo_db, spec.dancer_id)
    assert f"{item.tag}: notes" in done.to_review
    assert any(p.startswith(f"{item.tag}: alteration") for p in done.to_review)
