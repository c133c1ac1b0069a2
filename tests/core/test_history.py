import pytest

from wardrobe.errors import WrongCompany
from wardrobe.services import (
    alterations,
    audit_trail,
    circulation,
    costumes,
    dancers,
    pointe,
    stock_movements,
)


def test_an_item_history_says_who_changed_what_from_what_to_what(shop):
    shop.user = "Mireille (cutter)"
    item = costumes.get_item(shop, "BN-000101")
    costumes.edit_item(
        shop,
        item.tag,
        expected_version=item.version,
        name=item.name,
        piece_type="headpiece",
        production=item.production,
        role=item.role,
        colour="argent",
    )
    circulation.check_out(shop, item.tag, "Héloïse Laâge")
    alterations.record_alteration(shop, item.tag, kind="repair", description="Strass recollés")
    entries = audit_trail.item_history(shop, item.tag)
    assert [e.action for e in entries[:3]] == ["created", "changed", "changed"]
    assert entries[0].changes["alteration.description"] == [None, "Strass recollés"]
    assert entries[1].changes["status"] == ["in_store", "out"]
    assert entries[1].changes["out_to"] == [None, "Héloïse Laâge"]
    assert entries[2].changes["colour"] == ["or", "argent"]
    assert entries[-1].action == "created" and entries[-1].changes["tag"] == [None, "BN-000101"]
    assert {e.actor for e in entries[:3]} == {"Mireille (cutter)"}


def test_stock_levels_and_dancers_have_a_history_too(shop):
    stock_movements.receive_material(shop, "Tulle raide blanc, 300 cm", "20")
    [change, created] = audit_trail.material_history(shop, "Tulle raide blanc, 300 cm")[:2]
    assert change.changes["on_hand"] == [100_000, 120_000]
    pointe.issue_pairs(shop, "Héloïse Laâge", 2)
    assert audit_trail.pointe_history(shop, "Héloïse Laâge")[0].changes["pairs_on_hand"] == [90, 88]
    dancers.record_measurements(shop, "Héloïse Laâge", {"waist": "62"})
    assert audit_trail.dancer_history(shop, "Héloïse Laâge")[0].changes["measurements.waist"] == [
        None,
        620,
    ]


def test_a_refused_change_leaves_no_trace(shop):
    before = len(audit_trail.item_history(shop, "BN-000100"))
    with pytest.raises(WrongCompany):
        circulation.check_out(shop, "BN-000100", "Sofía Núñez")
    assert len(audit_trail.item_history(shop, "BN-000100")) == before
