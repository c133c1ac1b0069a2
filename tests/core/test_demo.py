import pytest
from sqlalchemy import func, select

from wardrobe.demo import fill_demo
from wardrobe.errors import InvalidInput, WrongState
from wardrobe.models import Company, CostumeItem, Dancer, Tutu
from wardrobe.services import alerts, search, stock_movements


def test_the_demo_holds_two_companies_with_their_own_language_and_units(demo_db):
    with demo_db.read() as session:
        companies = {c.city: c for c in session.scalars(select(Company))}
        assert (companies["Paris"].units, companies["Paris"].language) == ("metric", "fr")
        assert (companies["New York"].units, companies["New York"].paper) == ("imperial", "Letter")
        names = list(session.scalars(select(Dancer.name)))
        assert any(ch in "".join(names) for ch in "âéèëï")
        assert session.scalar(select(func.count()).where(Dancer.doubles_dancer_id.is_not(None)))
        assert session.scalar(select(func.count()).where(Dancer.doubles_actor.is_not(None)))
        layers = set(session.scalars(select(Tutu.net_layers)))
        assert 13 in layers and len(layers) > 3
        assert session.scalar(select(func.count()).select_from(CostumeItem)) > 400


def test_the_demo_ledger_adds_up_and_some_items_are_genuinely_low(demo_db):
    assert stock_movements.check_ledger(demo_db) == []
    found = alerts.compute_alerts(demo_db)
    kinds = {(a.kind, a.company) for a in found}
    assert ("pointe", "Le Ballet National") in kinds
    assert ("material", "Metropolitan Ballet Theater") in kinds
    assert any(a.to_order > 0 for a in found) and any(a.covered_by_orders for a in found)


def test_the_demo_is_searchable_and_the_same_for_the_same_seed(tmp_path, demo_db):
    assert search.find(demo_db, "nutcracker sugar plum tutu")
    from wardrobe.store.database import open_database

    other = open_database(tmp_path / "again.db")
    fill_demo(other, seed=7)
    with demo_db.read() as a, other.read() as b:
        ordered = select(CostumeItem.search_text).order_by(CostumeItem.tag)
        assert list(a.scalars(ordered)) == list(b.scalars(ordered))


def test_scale_multiplies_the_inventory(db):
    summary = fill_demo(db, scale=3)
    assert summary.dancers == 3 * 80 and summary.costumes > 3 * 400


def test_the_demo_never_fills_an_inventory_that_holds_data(demo_db):
    with pytest.raises(WrongState, match="already holds data"):
        fill_demo(demo_db)


def test_a_silly_scale_is_refused(db):
    with pytest.raises(InvalidInput):
        fill_demo(db, scale=0)
