"""Rates of use learned from the ledger: the alert uses what a dancer really wears out, says
which rate it used, and points out a dancer whose use has jumped."""

from wardrobe.services import alerts, pointe, rates


def test_the_alerts_use_the_learned_rate_and_say_so(demo_db):
    found = [a for a in alerts.compute_alerts(demo_db) if a.kind == "pointe"]
    learned = [a for a in found if a.rate_source == "learned"]
    assert learned, "the demo's twelve weeks of issues teach a rate"
    assert any(a.learned_per_week != a.entered_per_week for a in learned)
    for alert in learned:
        assert alert.pairs_per_week == alert.learned_per_week
        assert alert.weeks_left == alert.on_hand / alert.learned_per_week


def test_a_new_specification_uses_the_rate_entered(demo_db):
    spec = pointe.list_specs(demo_db, "BN")[0]
    fresh = pointe.create_spec(
        demo_db, spec.dancer_id, maker="Bloch", size="5", pairs_per_week="9", pairs_on_hand=3
    )
    pointe.issue_pairs(demo_db, fresh.id, 1)
    with demo_db.read() as session:
        assert fresh.id not in rates.pointe_rates(session)  # a day of history is not enough
    alert = next(a for a in alerts.compute_alerts(demo_db) if a.item_id == fresh.id)
    assert (alert.rate_source, alert.pairs_per_week) == ("entered", 9.0)


def test_a_dancer_whose_use_jumped_is_pointed_out(demo_db):
    spec = max(pointe.list_specs(demo_db, "BN"), key=lambda s: s.pairs_on_hand)
    with demo_db.read() as session:
        before = rates.pointe_rates(session)[spec.id]
    assert not before.jumped
    pointe.issue_pairs(demo_db, spec.id, 25)  # a premiere: far more than her weekly pairs
    with demo_db.read() as session:
        after = rates.pointe_rates(session)[spec.id]
    assert after.jumped and after.recent_per_week > before.recent_per_week
    assert after.per_week > before.per_week


def test_tulle_use_is_learned_per_month(demo_db):
    from wardrobe.services import stock

    with demo_db.read() as session:
        used = rates.material_rates(session)
    tulle = [m for m in stock.list_materials(demo_db) if m.id in used and m.kind == "tulle"]
    assert tulle and all(used[m.id].per_week > 0 for m in tulle)
