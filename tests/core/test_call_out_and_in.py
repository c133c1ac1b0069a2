"""A date's call out and back in: everything goes out to its dancers in one action, comes back
by scans in the condition it went out, a damaged piece opens its repair, tights go to the
laundry, each piece back once whichever desk scans it; the exception report names what did
not come back and who had it last, what is damaged, washed, or to mend before the next date."""

from datetime import datetime

import pytest

from tests.core.test_production_in_scenes import _dress, build_swan_lake
from wardrobe.services import (
    alterations,
    call_returns,
    circulation,
    costumes,
    looks,
    schedule,
)

EVENING = datetime(2026, 12, 20, 19, 30)


@pytest.fixture
def show(db):
    production, odette, cygnet = build_swan_lake(db)
    _parts, white, _swans = _dress(db, production, odette, cygnet)
    costumes.log_item(
        db,
        company="BN",
        tag="BN-000503",
        name="Collant — Odette",
        piece_type="tights",
        production="Le Lac des cygnes",
        role="Odette",
        built_for="Aurélie Dupont",
    )
    looks.save_look(
        db,
        odette,
        name=white.name,
        pieces=[("tutu", "tutu plateau blanc"), ("headpiece", "plumes"), ("tights", "collant")],
        look_id=white.id,
    )
    first = schedule.add_event(db, production.id, kind="performance", starts_at=EVENING)
    later = schedule.add_event(
        db, production.id, kind="performance", starts_at=datetime(2026, 12, 22, 19, 30)
    )
    return first, later


def test_a_call_goes_out_and_comes_back_with_its_exceptions(db, show):
    first, later = show
    circulation.send_away(db, "BN-000502H", "at_cleaning")  # the double's headpiece
    out = call_returns.call_out(db, first.id)
    assert {"BN-000501", "BN-000501H", "BN-000503", "BN-000502"} <= set(out.went)
    assert [tag for tag, _why in out.left] == ["BN-000502H"]
    assert costumes.get_item(db, "BN-000501").out_to == "Aurélie Dupont"

    back = call_returns.call_in(db, first.id, "bn-000501")
    assert back.kind == "back" and costumes.get_item(db, "BN-000501").status == "in_store"
    assert call_returns.call_in(db, first.id, "BN-000501").kind == "again"  # counted once
    tights = call_returns.call_in(db, first.id, "BN-000503")
    assert tights.washed and costumes.get_item(db, "BN-000503").status == "at_cleaning"
    torn = call_returns.call_in(db, first.id, "BN-000501H", damage="plumes arrachées")
    assert torn.damaged
    assert costumes.get_item(db, "BN-000501H").condition == "needs_repair"
    assert [a.description for a in alterations.alterations_for(db, "BN-000501H")] == [
        "plumes arrachées"
    ]
    assert call_returns.call_in(db, first.id, "BN-000601").kind == "not_on_call"

    report = call_returns.exception_report(db, first.id)
    assert [(m.tag, m.dancer) for m in report.missing] == [("BN-000502", "Léonore Baulac")]
    assert [d.tag for d in report.damaged] == ["BN-000501H"]
    assert [w.tag for w in report.laundry] == ["BN-000503"]
    assert [m.tag for m in report.to_mend] == ["BN-000501H"]  # the next date needs it
    assert "2026-12-22" in report.to_mend[0].said.say("en")


def test_one_dancer_s_pieces_go_out_alone(db, show):
    first, _later = show
    out = call_returns.call_out(db, first.id, dancer="Léonore Baulac")
    assert set(out.went) == {"BN-000502", "BN-000502H"}
    assert costumes.get_item(db, "BN-000501").status == "in_store"


def test_the_command_line_calls_out_in_and_says_what_is_missing(db, show, capsys):
    from wardrobe.cli import main

    first, _later = show
    url = str(db.url)
    assert main(["--db", url, "call-out", str(first.id)]) == 0
    assert main(["--db", url, "call-in", str(first.id), "BN-000501,BN-000501H"]) == 0
    capsys.readouterr()
    assert main(["--lang", "fr", "--db", url, "missing", str(first.id)]) == 1
    said = capsys.readouterr().out
    assert "BN-000502 n'est pas rentré ; Léonore Baulac l'avait en dernier." in said
