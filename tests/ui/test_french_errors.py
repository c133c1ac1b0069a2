"""Every error code the core can raise, caused as a desk would cause it and shown by the French
window: each sentence reads French whole (template, field, detail, the words naming a record).
A new error code without a way to cause it here, or an English word left in one, fails."""

import re
import resource

import pytest

from ui.runtime.i18n import install_translation
from wardrobe.errors import WardrobeError
from wardrobe.models import Company
from wardrobe.services import (
    alterations,
    backup,
    circulation,
    companies,
    costumes,
    dancers,
    item_fields,
    order_drafts,
    orders,
    pointe,
    stock,
    stock_movements,
)

pytestmark = pytest.mark.sqlite_only  # the backup's refusals are about SQLite files

ENGLISH = re.compile(
    r"\b(the|of|and|to|is|are|was|not|with|from|this|nothing|written|already|"
    r"someone|changed|store|only|outside|there|called|another|desk|cannot|disk)\b",
    re.I,
)


def _codes(cls=WardrobeError) -> set[str]:
    found = set()
    for sub in cls.__subclasses__():
        found |= {sub.code} | _codes(sub)
    return found


def _causes(db, tmp_path) -> dict[str, object]:
    """For each code, what a desk does that the core refuses with it."""
    items = costumes.list_items(db, "BN")
    in_store = next(i for i in items if i.status == "in_store" and i.piece_type == "tutu")
    out = next(i for i in items if i.status == "out")
    material = stock.list_materials(db, "BN")[0]
    spec = pointe.list_specs(db, "BN")[0]
    new_york = dancers.list_dancers(db, "MBT")[0]
    altering = next(i for i in items if i.status == "in_alteration")
    alteration = next(a for a in alterations.alterations_for(db, altering.tag) if a.is_open)

    def created_at_the_same_moment():
        # What a desk that lost the race meets: the name is there when its insert lands.
        with db.write() as session:
            session.add(
                Company(
                    name="Le Ballet National",
                    code="BX",
                    city="Lyon",
                    language="fr",
                    units="metric",
                    currency="EUR",
                    paper="A4",
                )
            )

    def crossed_with_another_desk():
        # What PostgreSQL says to the desk it rolls back when two wait for each other.
        from sqlalchemy.exc import OperationalError

        class Deadlock(Exception):
            sqlstate = "40P01"

        with db.write():
            raise OperationalError("UPDATE dancers …", {}, Deadlock("deadlock detected"))

    def too_full_a_disk():
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
        try:
            backup.backup_to(db, tmp_path / "copies" / "wardrobe.db")
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))

    def undo_after_another_desk():
        done = alterations.complete_alteration(db, alteration.id, note="")
        alterations.reopen_alteration(db, done.id)
        alterations.reopen_alteration(db, done.id)  # the undo of a change already undone

    def more_than_ordered():
        order = order_drafts.draft_from_alerts(db, "BN").orders[0]
        orders.send(db, order.number)
        line = order.lines[0]
        orders.receive(db, order.number, {line.line_no: line.quantity_units + 1})

    return {
        "more_than_ordered": more_than_ordered,
        "invalid": lambda: dancers.create_dancer(db, company="BN", name="Anna\x07"),
        "not_found": lambda: dancers.dancer_detail(db, "Personne Inconnue"),
        "unknown_tag": lambda: costumes.get_item(db, "BN-999999"),
        "duplicate_tag": lambda: costumes.log_item(
            db, company="BN", name="Tutu", piece_type="tutu", tag=in_store.tag
        ),
        "duplicate": lambda: stock.create_material(
            db, company="BN", name=material.name, kind="tulle", unit="m"
        ),
        "out_of_range": lambda: item_fields.net_layers("40"),
        "bad_quantity": lambda: pointe.issue_pairs(db, spec.id, "0"),
        "not_enough_stock": lambda: pointe.issue_pairs(db, spec.id, spec.pairs_on_hand + 1),
        "wrong_company": lambda: circulation.check_out(db, in_store.tag, new_york.id),
        "wrong_state": lambda: circulation.check_out(db, out.tag, out.out_to_id),
        "stale_edit": lambda: pointe.edit_spec(
            db, spec.id, expected_version=spec.version - 1, maker=spec.maker
        ),
        "changed_since": lambda: stock_movements.correct(
            db, "pointe", spec.id, 1, reason="undo", expected_version=spec.version + 7
        ),
        "created_elsewhere": created_at_the_same_moment,
        "crossed_writes": crossed_with_another_desk,
        "database": lambda: backup.check_backup_file(tmp_path / "missing.db"),
        "cannot_write": too_full_a_disk,
        "_alteration": undo_after_another_desk,
    }


def test_every_error_code_reads_french_in_the_window(
    window, qtbot, no_modal_boxes, english, demo_db, tmp_path
):
    install_translation("fr")
    names = [d.name for d in dancers.list_dancers(demo_db)]
    names += [i.name for i in costumes.list_items(demo_db)] + [
        c.name for c in companies.list_companies(demo_db)
    ]
    names += [m.name for m in stock.list_materials(demo_db)]
    names = sorted(set(names), key=len, reverse=True)
    raised: dict[str, WardrobeError] = {}

    def caught(name, cause):
        def work():
            try:
                cause()
            except WardrobeError as error:
                raised[name] = error
                raise
            raise AssertionError(f"{name}: nothing was refused")

        return work

    for name, cause in _causes(demo_db, tmp_path).items():
        before = len(no_modal_boxes)
        window.runner.run(caught(name, cause))
        qtbot.waitUntil(lambda before=before: len(no_modal_boxes) > before, timeout=10_000)
        kind, text = no_modal_boxes[-1]
        assert kind == "warning", (name, text)
        error = raised[name]
        assert text == error.say("fr") != error.say("en"), (name, text)
        bare = text
        for data in names:
            bare = bare.replace(data, "")
        bare = re.sub(r"«[^»]*»|“[^”]*”|\S+/\S+", "", bare)  # quoted values, paths
        assert not ENGLISH.search(bare), (name, error.code, text)
    codes = {error.code for error in raised.values()}
    assert codes == _codes(), _codes() - codes
    assert raised["_alteration"].code == "changed_since"  # an undo's own record, named in French
    assert raised["_alteration"].say("fr").startswith("Quelqu’un a modifié la retouche «")
