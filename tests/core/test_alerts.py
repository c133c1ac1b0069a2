import pytest

from wardrobe.cli import describe_alert
from wardrobe.domain.rules import PointeLevel, pointe_low_reason, pointe_order_pairs, pointe_target
from wardrobe.services import alerts, pointe, stock_movements

TULLE = "Tulle raide blanc, 300 cm"


def level(on_hand, per_week=3.0, lead=20, on_order=0, minimum=None, target=None):
    return PointeLevel(on_hand, on_order, per_week, lead, 4, minimum, target)


def test_pointe_shoes_are_low_when_they_will_not_last_the_lead_time_and_margin():
    assert pointe_low_reason(level(71)) == "wont_last_lead_time"  # 3 a week x 24 weeks = 72
    assert pointe_low_reason(level(72)) is None
    assert pointe_low_reason(level(5, per_week=0)) is None  # a dancer on leave uses none
    assert pointe_low_reason(level(5, per_week=0, minimum=6)) == "below_minimum_pairs"


def test_the_order_reaches_the_target_counting_what_is_already_on_order():
    assert pointe_target(level(0)) == 108  # 3 a week x (20 + 4 + 12 weeks of cover)
    assert pointe_order_pairs(level(40)) == 68
    assert pointe_order_pairs(level(40, on_order=50)) == 18
    assert pointe_order_pairs(level(40, on_order=80)) == 0
    assert pointe_order_pairs(level(40, target=60)) == 20


def test_nothing_is_low_in_a_well_stocked_wardrobe(shop):
    assert alerts.compute_alerts(shop) == []


def test_low_tulle_and_low_pointe_shoes_say_what_for_whom_why_and_how_much(shop):
    stock_movements.use_for_tutu(shop, "BN-000100", TULLE, "4")  # 100 m - 52 m = 48 m, minimum 60 m
    pointe.issue_pairs(shop, "Héloïse Laâge", 30)  # 60 pairs last 20 weeks < 24 weeks
    found = {a.kind: a for a in alerts.compute_alerts(shop)}
    tulle, shoes = found["material"], found["pointe"]
    assert (tulle.what, tulle.to_order, tulle.unit, tulle.order_cost) == (TULLE, 152, "m", 98800)
    assert describe_alert(tulle) == (
        "48 m on hand, below the minimum of 60 m. Order 152 m (€988.00) to reach 200 m."
    )
    assert (shoes.for_whom, shoes.supplier, shoes.to_order) == (
        "Héloïse Laâge",
        "Freed of London",
        48,
    )
    assert describe_alert(shoes).startswith(
        "60 pairs last 20.0 weeks at 3 a week; Freed of London takes 20 weeks"
    )


def test_alerts_group_by_supplier_with_order_totals(shop):
    stock_movements.use_for_tutu(shop, "BN-000100", TULLE, "4")
    pointe.issue_pairs(shop, "Héloïse Laâge", 30)
    groups = alerts.by_supplier(alerts.compute_alerts(shop))
    assert [g.supplier for g in groups] == ["Freed of London", "Tissus du Marais"]
    assert groups[0].totals == {"EUR": 48 * 9500}


def test_an_order_placed_stops_the_alert_asking_for_more(shop):
    pointe.issue_pairs(shop, "Héloïse Laâge", 30)
    [alert] = alerts.compute_alerts(shop)
    pointe.order_pairs(shop, "Héloïse Laâge", alert.to_order)
    [alert] = alerts.compute_alerts(shop)
    assert alert.covered_by_orders
    assert describe_alert(alert).endswith("Nothing more to order.")


@pytest.mark.parametrize("company", ["Paris", "BN", "le ballet national"])
def test_alerts_can_be_limited_to_one_company(shop, company):
    stock_movements.use_for_tutu(shop, "BN-000100", TULLE, "4")
    assert {a.company for a in alerts.compute_alerts(shop, company)} == {"Le Ballet National"}
    assert alerts.compute_alerts(shop, "New York") == []
