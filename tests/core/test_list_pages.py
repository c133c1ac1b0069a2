"""The long lists read from the database: every column sorts there, every word filters there,
accents optional, and the same answer on SQLite and PostgreSQL."""

import pytest

from wardrobe.language.folding import fold
from wardrobe.services import costume_pages, dancer_pages, dancers, pointe


def test_dancers_filter_by_name_accents_optional_and_by_company(demo_db):
    ids = dancer_pages.dancer_ids(demo_db, "laage")
    found = dancer_pages.dancers_by_ids(demo_db, ids)
    assert found and all("Laâge" in d.name for d in found)
    paris = dancer_pages.dancers_by_ids(demo_db, dancer_pages.dancer_ids(demo_db, "national"))
    everyone = dancers.list_dancers(demo_db)
    assert {d.id for d in paris} == {d.id for d in everyone if d.company == "Le Ballet National"}
    both = dancer_pages.dancer_ids(demo_db, "laage national")
    assert set(both) == {d.id for d in found if d.company == "Le Ballet National"}


def test_every_dancer_column_sorts_in_both_directions(demo_db):
    everyone = dancer_pages.dancer_ids(demo_db)
    for order in dancer_pages.DANCER_ORDERS:
        up = dancer_pages.dancer_ids(demo_db, "", order, False)
        down = dancer_pages.dancer_ids(demo_db, "", order, True)
        assert sorted(up) == sorted(everyone) and down == up[::-1], order
    by_name = dancer_pages.dancers_by_ids(demo_db, everyone)
    folded = [fold(d.name) for d in by_name]
    assert folded == sorted(folded)


def test_pointe_specs_sort_by_weeks_left_with_no_rate_last(demo_db):
    ids = dancer_pages.pointe_ids(demo_db, "", "weeks_left")
    specs = dancer_pages.pointe_by_ids(demo_db, ids)
    weeks = [s.weeks_left if s.weeks_left is not None else float("inf") for s in specs]
    assert weeks == sorted(weeks)
    assert len(specs) == len(pointe.list_specs(demo_db))  # active ones, as the list shows


@pytest.mark.parametrize("order", dancer_pages.POINTE_ORDERS)
def test_every_pointe_column_sorts(demo_db, order):
    up = dancer_pages.pointe_ids(demo_db, "", order, False)
    down = dancer_pages.pointe_ids(demo_db, "", order, True)
    assert up and down == up[::-1]


def test_pointe_specs_filter_by_dancer_maker_size_and_supplier(demo_db):
    spec = pointe.list_specs(demo_db)[0]
    words = f"{spec.dancer.split()[0]} {spec.maker.split()[0]} {spec.size}"
    found = dancer_pages.pointe_by_ids(demo_db, dancer_pages.pointe_ids(demo_db, words.upper()))
    assert spec.id in {s.id for s in found}
    assert all(s.maker == spec.maker and spec.size in s.description for s in found)
    supplier = spec.supplier.split()[0]
    by_supplier = dancer_pages.pointe_by_ids(demo_db, dancer_pages.pointe_ids(demo_db, supplier))
    assert by_supplier and all(supplier in s.supplier or supplier in s.dancer for s in by_supplier)


def test_words_that_look_like_sql_are_only_words(demo_db):
    for text in ("%", "_", "' or 1=1 --", "\\"):
        assert dancer_pages.dancer_ids(demo_db, text) == []
        assert dancer_pages.pointe_ids(demo_db, text) == []
        assert costume_pages.ordered_ids(demo_db, text) == []


def test_a_name_comes_before_the_longer_names_it_starts(demo_db):
    for name in ("Anna Laâge Dupont", "Anna Laâge", "Anna Laage-Bézier", "Anna Laâgé Zola"):
        dancers.create_dancer(demo_db, company="BN", name=name, rank="sujet")
    wanted = ["Anna Laâge", "Anna Laâge Dupont", "Anna Laâgé Zola", "Anna Laage-Bézier"]
    roster = [d.name for d in dancers.list_dancers(demo_db) if d.name.startswith("Anna La")]
    assert roster == wanted
    listed = dancer_pages.dancers_by_ids(demo_db, dancer_pages.dancer_ids(demo_db, "anna laage"))
    assert [d.name for d in listed] == wanted
