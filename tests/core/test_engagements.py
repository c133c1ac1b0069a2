"""Guest engagements and costume loans, as the two wardrobes live them: the Paris étoile dances
in New York for a season with her shoes and a costume, and comes back; items lent to a school;
every refusal a sentence that changes nothing."""

from datetime import date, timedelta

import pytest

from wardrobe.errors import InvalidInput, WardrobeError, WrongCompany, WrongState
from wardrobe.services import (
    circulation,
    costumes,
    dancers,
    engagements,
    loans,
    pointe,
    stock_movements,
)

TODAY = date.today()


def _etoile(db):
    """A Paris dancer with a pointe-shoe specification and pairs on hand."""
    spec = next(s for s in pointe.list_specs(db, "BN") if s.pairs_on_hand >= 6)
    return dancers.dancer_detail(db, spec.dancer_id).dancer, spec


def _ledger_adds_up(db):
    assert stock_movements.check_ledger(db) == []


@pytest.mark.usefixtures("unscheduled")
def test_an_engagement_moves_her_and_her_shoes_to_the_host_and_back(demo_db):
    etoile, home_spec = _etoile(demo_db)
    new_york_cost = max(  # the price New York paid last for this maker's shoes
        (s for s in pointe.list_specs(demo_db, "MBT") if s.maker == home_spec.maker),
        key=lambda s: s.id,
    )
    engagement = engagements.send(
        demo_db, etoile.id, "MBT", TODAY, TODAY + timedelta(days=120), pairs=6
    )
    assert (engagement.home, engagement.host, engagement.pairs_taken) == (
        "Le Ballet National",
        "Metropolitan Ballet Theater",
        6,
    )
    # She shows among New York's dancers as a guest, in inches; still Paris's dancer.
    in_new_york = {d.id: d for d in dancers.list_dancers(demo_db, "MBT")}
    guest = in_new_york[etoile.id]
    assert (guest.company, guest.engaged_at, guest.units) == (
        "Le Ballet National",
        "Metropolitan Ballet Theater",
        "imperial",
    )
    assert dancers.list_dancers(demo_db, "BN")[0].company == "Le Ballet National"
    assert etoile.id in {d.id for d in dancers.list_dancers(demo_db, "BN")}  # marked away
    # Her specification is New York's now: its supplier terms and currency; the pairs moved.
    there = next(s for s in pointe.list_specs(demo_db, "MBT") if s.dancer_id == etoile.id)
    assert (there.company, there.currency, there.pairs_on_hand) == (
        "Metropolitan Ballet Theater",
        "USD",
        6,
    )
    assert (there.maker, there.size, there.width) == (
        home_spec.maker,
        home_spec.size,
        home_spec.width,
    )
    assert there.unit_cost == new_york_cost.unit_cost  # New York's price, no exchange rate
    assert etoile.id not in {s.dancer_id for s in pointe.list_specs(demo_db, "BN")}
    _ledger_adds_up(demo_db)
    # New York hands her shoes out from its own stock.
    pointe.issue_pairs(demo_db, there.id, 2)
    back = engagements.finish(demo_db, etoile.id)
    assert back.ended_on == TODAY
    home = next(s for s in pointe.list_specs(demo_db, "BN") if s.dancer_id == etoile.id)
    assert home.id == home_spec.id and home.pairs_on_hand == home_spec.pairs_on_hand - 2
    assert etoile.id not in {d.id for d in dancers.list_dancers(demo_db, "MBT")}
    _ledger_adds_up(demo_db)


@pytest.mark.usefixtures("unscheduled")
def test_a_guest_can_be_given_the_hosts_costumes_and_a_lent_one(demo_db):
    etoile, _spec = _etoile(demo_db)
    ny_item = next(i for i in costumes.list_items(demo_db, "MBT") if i.status == "in_store")
    paris_item = next(
        i
        for i in costumes.list_items(demo_db, "BN")
        if i.status == "in_store" and i.condition != "retired"
    )
    with pytest.raises(WrongCompany):  # not before she is engaged there
        circulation.check_out(demo_db, ny_item.tag, etoile.id)
    engagements.send(demo_db, etoile.id, "MBT", TODAY)
    circulation.check_out(demo_db, ny_item.tag, etoile.id)
    circulation.check_in(demo_db, ny_item.tag)
    lent = loans.lend(demo_db, [paris_item.tag], "MBT", due_on=None, with_dancer=etoile.id)
    assert lent[0].borrower == "Metropolitan Ballet Theater" and lent[0].dancer == etoile.name
    paris_dancer = next(d for d in dancers.list_dancers(demo_db, "BN") if not d.engaged_at)
    with pytest.raises(WrongCompany):  # in New York now: Paris cannot hand it out
        circulation.check_out(demo_db, paris_item.tag, paris_dancer.id)
    circulation.check_out(demo_db, paris_item.tag, etoile.id)
    with pytest.raises(WrongState, match="check it back in first"):
        loans.give_back(demo_db, [paris_item.tag])
    circulation.check_in(demo_db, paris_item.tag)
    returned = loans.give_back(demo_db, [paris_item.tag], condition="needs_repair")
    assert (returned[0].returned_on, returned[0].condition_back) == (TODAY, "needs_repair")
    assert costumes.get_item(demo_db, paris_item.tag).condition == "needs_repair"
    assert loans.list_loans(demo_db) == []
    history = loans.list_loans(demo_db, include_returned=True, tag=paris_item.tag)
    assert [(h.borrower, h.condition_out) for h in history] == [
        ("Metropolitan Ballet Theater", paris_item.condition)
    ]


def test_a_loan_to_a_school_needs_a_due_date_and_shows_overdue(demo_db):
    item = next(i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store")
    with pytest.raises(InvalidInput, match="until when"):
        loans.lend(demo_db, [item.tag], "École de danse de Nanterre", due_on=None)
    loans.lend(
        demo_db,
        [item.tag],
        "École de danse de Nanterre",
        due_on=TODAY - timedelta(days=3),
        on=TODAY - timedelta(days=30),
    )
    overdue = loans.list_loans(demo_db, overdue_on=TODAY)
    assert [(o.tag, o.borrower) for o in overdue] == [(item.tag, "École de danse de Nanterre")]
    dancer = next(d for d in dancers.list_dancers(demo_db, "BN") if d.active)
    with pytest.raises(WrongState, match="on loan to École"):
        circulation.check_out(demo_db, item.tag, dancer.id)


def _unchanged(db, act, error=WardrobeError, match=None):
    before = (
        loans.list_loans(db, include_returned=True),
        engagements.list_engagements(db, include_ended=True),
        pointe.list_specs(db, active_only=False),
    )
    with pytest.raises(error, match=match):
        act()
    after = (
        loans.list_loans(db, include_returned=True),
        engagements.list_engagements(db, include_ended=True),
        pointe.list_specs(db, active_only=False),
    )
    assert after == before


@pytest.mark.usefixtures("unscheduled")
def test_bad_engagements_and_loans_are_refused_in_a_sentence_and_change_nothing(demo_db):
    etoile, _spec = _etoile(demo_db)
    db = demo_db
    items = [i for i in costumes.list_items(db, "BN") if i.condition != "retired"]
    out = next(i for i in items if i.status == "out")
    in_store = [i for i in items if i.status == "in_store"]
    _unchanged(
        db,
        lambda: engagements.send(db, etoile.id, "BN", TODAY),
        InvalidInput,
        "already dances for Le Ballet National",
    )
    _unchanged(
        db,
        lambda: engagements.send(db, etoile.id, "MBT", TODAY, TODAY - timedelta(days=1)),
        InvalidInput,
        "comes before the start",
    )
    engagements.send(db, etoile.id, "MBT", TODAY + timedelta(days=10), TODAY + timedelta(days=40))
    _unchanged(
        db,
        lambda: engagements.send(db, etoile.id, "MBT", TODAY + timedelta(days=30)),
        WrongState,
        "already engaged",
    )
    _unchanged(db, lambda: loans.lend(db, [out.tag], "MBT", due_on=None), WrongState, "is out to")
    loans.lend(db, [in_store[0].tag], "MBT", due_on=None)
    _unchanged(
        db,
        lambda: loans.lend(db, [in_store[1].tag, in_store[0].tag], "MBT", due_on=None),
        WrongState,
        "already on loan",
    )
    _unchanged(db, lambda: loans.give_back(db, [in_store[1].tag]), WrongState, "not on loan")
    _unchanged(
        db,
        lambda: loans.lend(db, [in_store[1].tag], "Le Ballet National", due_on=None),
        InvalidInput,
        "belongs to Le Ballet National",
    )
    other = next(d for d in dancers.list_dancers(db, "BN") if d.id != etoile.id and d.active)
    _unchanged(db, lambda: engagements.finish(db, other.id), WrongState, "not on a guest")


def test_a_swap_exchanges_dancers_of_the_two_companies_all_or_nothing(demo_db):
    db = demo_db
    paris = [d for d in dancers.list_dancers(db, "BN") if d.active][:2]
    new_york = [d for d in dancers.list_dancers(db, "MBT") if d.active][:2]
    until = TODAY + timedelta(days=90)
    _unchanged(
        db,
        lambda: engagements.swap(db, [(paris[0].id, paris[1].id)], TODAY, until),
        InvalidInput,
        "both dance for",
    )
    done = engagements.swap(
        db, [(paris[0].id, new_york[0].id), (paris[1].id, new_york[1].id)], TODAY, until
    )
    assert {(e.dancer, e.host) for e in done} == {
        (paris[0].name, "Metropolitan Ballet Theater"),
        (new_york[0].name, "Le Ballet National"),
        (paris[1].name, "Metropolitan Ballet Theater"),
        (new_york[1].name, "Le Ballet National"),
    }
    assert len({e.swap_id for e in done}) == 1
    _ledger_adds_up(db)


@pytest.mark.usefixtures("unscheduled")
def test_the_command_line_engages_lends_and_brings_back(demo_db, capsys):
    """The thin commands over the same services, with dates as the reader writes them."""
    import json

    from wardrobe.cli import main

    etoile, spec = _etoile(demo_db)
    item = next(i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store")
    url = demo_db.url
    start, until = TODAY.strftime("%d/%m/%Y"), (TODAY + timedelta(days=90)).strftime("%d/%m/%Y")
    assert (
        main(
            [
                "--lang",
                "fr",
                "--db",
                url,
                "engage",
                etoile.name,
                "--to",
                "MBT",
                "--from",
                start,
                "--until",
                until,
                "--pairs",
                "4",
            ]
        )
        == 0
    )
    said = capsys.readouterr().out
    assert f"danse pour Metropolitan Ballet Theater à partir du {start}" in said
    assert "4 paires de pointes" in said
    assert main(["--db", url, "lend", item.tag, "--to", "MBT", "--with-dancer", etoile.name]) == 0
    assert main(["--db", url, "loans", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [(x["tag"], x["borrower"], x["dancer"]) for x in listed] == [
        (item.tag, "Metropolitan Ballet Theater", etoile.name)
    ]
    assert main(["--db", url, "engage", etoile.name, "--to", "MBT", "--from", "31/02/2027"]) == 1
    assert "is not a date" in capsys.readouterr().err
    assert main(["--lang", "fr", "--db", url, "end-engagement", etoile.name]) == 0
    said = capsys.readouterr().out
    assert "de retour au Ballet National" in said and item.tag in said  # still to come back
    assert main(["--db", url, "return-loan", item.tag, "--condition", "needs_repair"]) == 0
    assert "condition: needs repair" in capsys.readouterr().out
    assert main(["--db", url, "loans"]) == 0
    assert capsys.readouterr().out.strip() == "No loan is open."
    home = next(s for s in pointe.list_specs(demo_db, "BN") if s.dancer_id == etoile.id)
    assert home.pairs_on_hand == spec.pairs_on_hand
    _ledger_adds_up(demo_db)


@pytest.mark.usefixtures("unscheduled")
def test_a_packing_list_travels_and_what_was_not_scanned_at_arrival_is_missing(demo_db, tmp_path):
    from pypdf import PdfReader

    from wardrobe.reports.packing_list import render_packing_list

    etoile, spec = _etoile(demo_db)
    items = [
        i
        for i in costumes.list_items(demo_db, "BN")
        if i.status == "in_store" and i.condition != "retired"
    ][:3]
    engagements.send(demo_db, etoile.id, "MBT", TODAY, TODAY + timedelta(days=60), pairs=5)
    packing = loans.pack(demo_db, etoile.id, [i.tag for i in items])
    assert [x.tag for x in packing.items] == sorted(i.tag for i in items)
    assert all(x.due_on == TODAY + timedelta(days=60) for x in packing.items)
    assert packing.pointe is not None and packing.pointe.company == "Metropolitan Ballet Theater"
    for item in items:
        loans.travel_scan(demo_db, item.tag, arriving=False)
    assert all(costumes.get_item(demo_db, i.tag).in_transit for i in items)
    for item in items[:2]:
        loans.travel_scan(demo_db, item.tag, arriving=True)
    missing = loans.missing_on_arrival(demo_db, packing.engagement.id)
    assert [m.tag for m in missing] == [items[2].tag]
    assert not costumes.get_item(demo_db, items[0].tag).in_transit
    printed = tmp_path / "packing.pdf"
    render_packing_list(loans.packing_list(demo_db, etoile.id), printed)
    text = "\n".join(page.extract_text() for page in PdfReader(str(printed)).pages)
    assert "Liste de colisage" in text and "Du Ballet National" in text  # Paris packs
    assert all(i.tag in text for i in items) and "5 paires emportées" in text
    engagements.finish(demo_db, etoile.id)
    with pytest.raises(WrongState, match="that engagement has ended"):
        loans.packing_list(demo_db, etoile.id)
    loans.give_back(demo_db, [i.tag for i in items])
    assert loans.list_loans(demo_db) == []
    _ledger_adds_up(demo_db)
