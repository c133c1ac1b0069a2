"""Alphabetical order as a reader expects it: accented letters with their letter, case aside
(Élastique before Tulle, Émilie among the E), in the lists, the exports and the PDFs; the
same on SQLite and PostgreSQL."""

import csv

from wardrobe.services import costume_pages, costumes, dancer_pages, dancers, stock
from wardrobe.transfer.exporting import export

from ..conftest import two_companies

NAMES = ["Tulle", "élastique", "Zèbre", "Emilie", "Élise", "abeille", "Éva"]
READING = ["abeille", "élastique", "Élise", "Emilie", "Éva", "Tulle", "Zèbre"]


def test_materials_suppliers_and_exports_read_in_alphabetical_order(db, tmp_path):
    two_companies(db)
    for name in NAMES:
        stock.create_material(db, company="BN", name=name, kind="fabric", unit="m", minimum=1)
        stock.create_supplier(db, name=f"{name} SA")
    assert [m.name for m in stock.list_materials(db)] == READING
    assert stock.list_suppliers(db) == [f"{n} SA" for n in READING]
    path = tmp_path / "m.csv"
    export(db, "materials", path)
    assert [r["name"] for r in csv.DictReader(path.open(encoding="utf-8-sig"))] == READING


def test_the_costume_list_sorts_names_and_colours_with_their_letter(db):
    two_companies(db)
    for number, name in enumerate(NAMES):
        costumes.log_item(
            db, company="BN", tag=f"BN-00{number}", name=name, piece_type="cape", colour=name
        )
    for order in ("name", "colour"):
        ids = costume_pages.ordered_ids(db, order=order)
        names = [r.name for r in costume_pages.records_by_ids(db, ids)]
        assert names == READING, order
        back = costume_pages.ordered_ids(db, order=order, descending=True)
        assert back == ids[::-1]


def test_dancers_by_rank_and_company_read_in_order(db):
    two_companies(db)
    for number, rank in enumerate(NAMES):
        dancers.create_dancer(db, company="BN", name=f"Danseuse {number}", rank=rank)
    ids = dancer_pages.dancer_ids(db, order="rank")
    ranks = {d.id: d.rank for d in dancers.list_dancers(db)}
    assert [ranks[i] for i in ids] == READING


def test_the_windows_in_memory_sort_reads_in_order():
    from wardrobe.store.sorting import key

    assert sorted(NAMES, key=key) == READING
    assert sorted(["Émilie", "Emma", "Eliott", "Zoé"], key=key) == [
        "Eliott",
        "Émilie",
        "Emma",
        "Zoé",
    ]
