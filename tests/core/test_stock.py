import pytest
from sqlalchemy import select, update

from tests.conftest import snapshot
from wardrobe.errors import BadQuantity, InvalidInput, NotEnoughStock, WrongState
from wardrobe.models import Material, StockEntry
from wardrobe.services import pointe, stock, stock_movements

TULLE = "Tulle raide blanc, 300 cm"


def test_a_tutu_build_takes_layers_times_length_off_the_tulle(shop):
    after = stock_movements.use_for_tutu(shop, "BN-000100", TULLE, "1.1")
    assert after.on_hand == 100_000 - 13 * 1100
    entry = stock_movements.material_ledger(shop, TULLE)[0]
    assert (entry.kind, entry.quantity) == ("used", -14_300)
    assert "13 layers" in entry.reason


def test_a_build_measured_in_yards_comes_off_metre_stock(shop):
    after = stock_movements.use_for_tutu(shop, "BN-000100", TULLE, "1", unit="yd", layers=10)
    assert after.on_hand == 100_000 - 9144


def test_a_build_bigger_than_the_stock_is_refused_and_nothing_changes(shop):
    before = snapshot(shop)
    with pytest.raises(NotEnoughStock, match="Only 100 m .* 182 m were asked for"):
        stock_movements.use_for_tutu(shop, "BN-000100", TULLE, "14")
    with pytest.raises(WrongState, match="not a tutu"):
        stock_movements.use_for_tutu(shop, "BN-000101", TULLE, "1")
    assert snapshot(shop) == before


def test_receiving_adds_stock_and_takes_it_off_what_is_on_order(shop):
    stock_movements.record_order(shop, TULLE, "150")
    after = stock_movements.receive_material(shop, TULLE, "100", unit_cost="6.80")
    assert (after.on_hand, after.on_order, after.unit_cost) == (200_000, 50_000, 680)


@pytest.mark.parametrize("quantity", ["0", "-3", "abc", "", "1e9", "20000"])
def test_absurd_quantities_are_refused(shop, quantity):
    before = snapshot(shop)
    with pytest.raises((BadQuantity, InvalidInput)):
        stock_movements.receive_material(shop, TULLE, quantity)
    assert snapshot(shop) == before


def test_a_count_adjusts_stock_with_its_reason(shop):
    after = stock_movements.adjust_material(shop, TULLE, "97.5", reason="stock count")
    assert after.on_hand == 97_500
    assert stock_movements.material_ledger(shop, TULLE)[0].reason == "stock count"
    with pytest.raises(InvalidInput):
        stock_movements.adjust_material(shop, TULLE, "90", reason="  ")


def test_issuing_pointe_shoes_comes_off_the_dancers_own_stock(shop):
    after = pointe.issue_pairs(shop, "Héloïse Laâge", 3)
    assert after.pairs_on_hand == 87
    with pytest.raises(NotEnoughStock):
        pointe.issue_pairs(shop, after.id, 88)
    with pytest.raises(BadQuantity, match="whole pairs"):
        pointe.issue_pairs(shop, after.id, "1.5")
    assert pointe.list_specs(shop)[0].pairs_on_hand == 87


def test_every_quantity_on_hand_equals_its_ledger(shop):
    stock_movements.use_for_tutu(shop, "BN-000100", TULLE, "1.1")
    stock_movements.receive_material(shop, TULLE, "40")
    pointe.issue_pairs(shop, "Héloïse Laâge", 2)
    pointe.receive_pairs(shop, "Héloïse Laâge", 24)
    assert stock_movements.check_ledger(shop) == []
    with shop.write() as session:  # someone edits the stock behind the ledger's back
        session.execute(update(Material).values(on_hand=Material.on_hand + 1))
    [problem] = stock_movements.check_ledger(shop)
    assert (problem.item, problem.on_hand - problem.ledger_sum) == (TULLE, 1)


def test_the_ledger_is_append_only(shop):
    with pytest.raises(RuntimeError, match="append-only"), shop.write() as session:
        entry = session.scalars(select(StockEntry)).first()
        entry.quantity = 5
    with pytest.raises(RuntimeError, match="append-only"), shop.write() as session:
        session.delete(session.scalars(select(StockEntry)).first())


def test_editing_a_material_changes_its_levels_not_its_stock(shop):
    before = stock.get_material(shop, TULLE)
    after = stock.edit_material(
        shop,
        TULLE,
        expected_version=before.version,
        name="Tulle raide blanc, 300 cm",
        kind="tulle",
        unit="m",
        colour="blanc",
        width=300,
        minimum="120",
        target="300",
        supplier="Tissus du Marais",
        unit_cost="6,90",
    )
    assert (after.minimum, after.target, after.unit_cost) == (120_000, 300_000, 690)
    assert after.on_hand == before.on_hand and after.is_low


def test_a_stale_or_meaningless_material_edit_is_refused(shop):
    from wardrobe.errors import StaleEdit

    record = stock.get_material(shop, TULLE)
    fields = dict(name=record.name, kind="tulle", unit="m", minimum="60", target="200")
    with pytest.raises(InvalidInput, match="length"):
        stock.edit_material(
            shop, TULLE, expected_version=record.version, **{**fields, "unit": "pcs"}
        )
    stock.edit_material(shop, TULLE, expected_version=record.version, **fields)
    with pytest.raises(StaleEdit):
        stock.edit_material(shop, TULLE, expected_version=record.version, **fields)


def test_a_tutu_is_built_of_tulle_or_net_not_ribbon(shop):
    ribbon = stock.create_material(
        shop,
        company="BN",
        name="Ruban satin rose",
        kind="ribbon",
        unit="m",
        opening_quantity="50",
        minimum="10",
        target="60",
    )
    with pytest.raises(InvalidInput, match="tulle or net"):
        stock_movements.use_for_tutu(shop, "BN-000100", ribbon.id, "1")
    assert stock.get_material(shop, ribbon.id).on_hand == ribbon.on_hand
