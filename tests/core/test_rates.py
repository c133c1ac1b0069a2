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


def test_tulle_and_net_carry_their_use_a_month_learned_from_the_ledger(demo_db):
    from wardrobe.cli import describe_alert
    from wardrobe.services import stock, stock_movements

    materials = stock.list_materials(demo_db, "BN")
    learned = [m for m in materials if m.used_per_month]
    assert learned, "the demo's workroom use teaches a monthly use"
    tulle = next(m for m in learned if m.kind in ("tulle", "stiff net") and m.is_low)
    assert tulle.used_per_month % 1000 == 0  # whole metres
    alert = next(a for a in alerts.compute_alerts(demo_db, "BN") if a.item_id == tulle.id)
    assert alert.rate_source == "learned" and alert.learned_per_week
    assert f"about {tulle.used_per_month // 1000} m used a month lately" in describe_alert(
        alert, "en"
    )
    stock_movements.adjust_material(demo_db, tulle.id, "500", reason="a delivery miscounted")
    used = 200 + 4 * (tulle.used_per_month // 1000)  # a new production's tutus: far above
    stock_movements.use_for_tutu(demo_db, _a_tutu(demo_db), tulle.id, str(used / 12))
    after = stock.get_material(demo_db, tulle.id)
    assert after.use_jumped and after.used_per_month > tulle.used_per_month


def _a_tutu(db) -> str:
    from wardrobe.services import costumes

    return next(i.tag for i in costumes.list_items(db, "BN") if i.tutu is not None)


def test_the_charts_numbers_add_up_to_the_ledger(demo_db):
    """What the use charts draw: each week's pairs issued and each month's metres used, and
    the stock at each period's end, ending at what is on hand now."""
    from wardrobe.services import stock, usage_charts

    spec = max(pointe.list_specs(demo_db, "BN"), key=lambda s: s.pairs_on_hand)
    before = usage_charts.pointe_use(demo_db, spec.id)
    pointe.issue_pairs(demo_db, spec.id, 3)
    after = usage_charts.pointe_use(demo_db, spec.id)
    assert after.issued[-1] == before.issued[-1] + 3  # this week's bar
    assert after.on_hand[-1] == spec.pairs_on_hand - 3
    assert after.weeks_left[-1] == round(after.on_hand[-1] / after.per_week, 1)
    assert len(after.weeks) == len(after.issued) <= 16
    material = next(m for m in stock.list_materials(demo_db, "BN") if m.used_per_month)
    use = usage_charts.material_use(demo_db, material.id)
    assert use.on_hand[-1] == material.on_hand and use.minimum == material.minimum
    assert all(b >= 0 for b in use.used) and sum(use.used) > 0


def test_the_pointe_list_counts_weeks_left_at_the_rate_the_alerts_use(demo_db):
    """The same dancer, the same weeks: the Pointe shoes list, its pages and the fitting sheet
    count at the learned rate where the alerts do (9.0 against 12.0 weeks before)."""
    from wardrobe.reports.data import fitting_sheets
    from wardrobe.services import dancer_pages

    found = [a for a in alerts.compute_alerts(demo_db) if a.kind == "pointe"]
    alert = next(
        a for a in found if a.rate_source == "learned" and a.learned_per_week != a.entered_per_week
    )
    [listed] = [s for s in pointe.list_specs(demo_db) if s.id == alert.item_id]
    [paged] = dancer_pages.pointe_by_ids(demo_db, [alert.item_id])
    sheet = fitting_sheets(demo_db, dancer=listed.dancer_id).sheets[0]
    for spec in (listed, paged, sheet.pointe):
        assert spec.rate_used == alert.pairs_per_week != spec.pairs_per_week
        assert spec.weeks_left == alert.weeks_left
