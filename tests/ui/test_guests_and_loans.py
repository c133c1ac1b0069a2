"""Guests and loans at the desk: a Paris dancer sent to New York shows as a guest there, in
inches; items lent to a school show "on loan to … until …"; they come back with their
condition; the engagement ends and what went with her is listed."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from shiboken6 import isValid

from ui.operations import item_window
from ui.operations import loans as loan_ops
from wardrobe.services import costumes, dancers, loans

from .conftest import dialog_named, show_section, wait_idle
from .test_dancers import select_dancer
from .test_desk import burst, opened


def _closed(dialog) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def _column(model, title: str) -> int:
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def test_a_dancer_sent_as_a_guest_is_marked_and_measured_in_the_hosts_units(
    window, qtbot, demo_db, monkeypatch
):
    record = select_dancer(window, qtbot, "Le Ballet")
    window.commands["engage"].trigger()
    dialog = dialog_named(qtbot, window, "engageDialog")
    assert dialog.host.currentText() == "Metropolitan Ballet Theater"  # the other company
    dialog.pairs.setValue(2)
    qtbot.keyClick(dialog.host, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _closed(dialog))
    wait_idle(qtbot, window)
    guest = next(d for d in dancers.list_dancers(demo_db, "MBT") if d.id == record.id)
    assert guest.engaged_at == "Metropolitan Ballet Theater"
    show_section(qtbot, window, "dancers")
    window.sections.dancers.page.select_key(record.id)
    view = window.sections.dancers.view
    qtbot.waitUntil(lambda: "guest at Metropolitan Ballet Theater until" in view.title.text())
    wait_idle(qtbot, window)
    assert view.measurements.item(0, 0).text().endswith(" in")  # the host's units
    model = window.sections.dancers.page.table.model()
    column = _column(model, "Company")
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert any(s.startswith("Le Ballet National · guest at Metropolitan") for s in shown if s)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.commands["end_engagement"].trigger()
    wait_idle(qtbot, window)
    assert not next(d for d in dancers.list_dancers(demo_db) if d.id == record.id).engaged_at


@pytest.mark.usefixtures("unscheduled")
def test_items_lent_to_a_school_show_where_they_are_and_come_back_with_their_condition(
    window, qtbot, demo_db
):
    show_section(qtbot, window, "costumes")
    page = window.sections.costumes.page
    item = next(
        i
        for i in costumes.list_items(demo_db, "BN")
        if i.status == "in_store" and i.condition == "good"
    )
    wait_idle(qtbot, window)
    page.select_key(item.id)
    qtbot.waitUntil(lambda: [i.tag for i in window.ctx.selection.costumes()] == [item.tag])
    window.commands["lend"].trigger()
    dialog = dialog_named(qtbot, window, "lendDialog")
    dialog.borrower.setEditText("École de danse de Nanterre")
    dialog.due.field.setDate(QDate(2031, 6, 30))
    qtbot.keyClick(dialog.borrower, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _closed(dialog))
    wait_idle(qtbot, window)
    lent = loans.list_loans(demo_db)
    assert [(x.tag, x.borrower, x.due_on) for x in lent] == [
        (item.tag, "École de danse de Nanterre", date(2031, 6, 30))
    ]
    model = page.table.model()
    status = _column(model, "Status")
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == item.tag)
    assert model.index(row, status).data().startswith("on loan to École de danse de Nanterre until")

    # The loan agreement is offered to print; then the item comes back: scanned whatever
    # has the focus, its dialog says where it is, one button.
    agreement = dialog_named(qtbot, window, "printDialog")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    burst(qtbot, item.tag)
    assert _closed(agreement)
    item_dialog = opened(qtbot, window, item.tag)
    status_line = item_dialog.findChild(QLabel, "itemStatus").text()
    assert "on loan to École de danse de Nanterre until" in status_line
    item_dialog.findChild(QPushButton, "action_return_loan").click()
    dialog = dialog_named(qtbot, window, "returnLoanDialog")
    dialog.condition.setCurrentIndex(dialog.condition.findData("needs_repair"))
    qtbot.keyClick(dialog.condition, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _closed(dialog))
    wait_idle(qtbot, window)
    assert loans.list_loans(demo_db) == []
    after = costumes.get_item(demo_db, item.tag)
    assert (after.condition, after.lent_to) == ("needs_repair", "")
    assert model.index(row, status).data() == "in store"


@pytest.mark.usefixtures("unscheduled")
def test_a_guest_is_packed_scanned_leaving_and_arriving_and_the_unscanned_is_missing(
    window, qtbot, demo_db
):
    from wardrobe.services import engagements

    made_for = {}
    for item in costumes.list_items(demo_db, "BN"):
        if item.built_for and item.status == "in_store" and item.condition != "retired":
            made_for.setdefault(item.built_for, []).append(item.tag)
    name, tags = max(made_for.items(), key=lambda kv: len(kv[1]))
    assert len(tags) >= 2
    dancer = next(d for d in dancers.list_dancers(demo_db, "BN") if d.name == name)
    engagements.send(demo_db, dancer.id, "MBT", date.today())
    window.refresh()
    wait_idle(qtbot, window)
    show_section(qtbot, window, "dancers")
    window.sections.dancers.page.select_key(dancer.id)
    qtbot.waitUntil(lambda: window.ctx.selection.dancer() is not None)
    qtbot.waitUntil(lambda: window.ctx.selection.dancer().id == dancer.id)

    window.commands["pack"].trigger()
    packing = dialog_named(qtbot, window, "packDialog")
    assert packing.items.count() == len(tags)  # every costume made for her, ticked
    qtbot.keyClick(packing.items, Qt.Key.Key_Return)
    printing = dialog_named(qtbot, window, "printDialog")
    printing.reject()
    assert sorted(x.tag for x in loans.list_loans(demo_db)) == sorted(tags)

    window.commands["travel"].trigger()
    travel = dialog_named(qtbot, window, "travelScanDialog")
    assert travel.leaving.isChecked()
    for tag in tags:  # a scanner's burst, with the focus in the dialog's tag field
        qtbot.keyClicks(travel.field, tag)
        qtbot.keyClick(travel.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda tag=tag: travel.state[tag].left_at is not None)
    wait_idle(qtbot, window)
    assert all(costumes.get_item(demo_db, t).in_transit for t in tags), (
        travel.message.text(),
        travel.isVisible(),
        [(x.tag, x.left_at) for x in loans.list_loans(demo_db)],
    )
    travel.arriving.setChecked(True)
    qtbot.keyClicks(travel.field, tags[0])
    qtbot.keyClick(travel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: travel.state[tags[0]].arrived_at is not None)
    travel.finish()
    assert travel.isVisible() and tags[1] in travel.message.text()  # missing, said
    assert sorted(m.tag for m in travel.missing()) == sorted(tags[1:])
    travel.finish()
    qtbot.waitUntil(lambda: _closed(travel))


def test_an_overdue_loan_is_in_the_start_up_banner(qtbot, demo_db, settings, english):
    from datetime import timedelta

    from .conftest import open_window

    item = next(i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store")
    today = date.today()
    loans.lend(
        demo_db,
        [item.tag],
        "École de danse de Nanterre",
        due_on=today - timedelta(days=2),
        on=today - timedelta(days=20),
    )
    window = open_window(qtbot, demo_db, settings)
    banner = window.sections.alerts.banner.text.text()
    assert "1 loan overdue" in banner and f"{item.tag} at École de danse de Nanterre" in banner
    window.ctx.wait()
    window.close()


def test_a_piece_logged_for_a_principal_offers_its_twin_for_her_double(
    window, qtbot, demo_db, monkeypatch
):
    double = next(d for d in dancers.list_dancers(demo_db, "BN") if d.doubles)
    asked = []

    def yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    item_window.new_item(window.ctx)
    dialog = dialog_named(qtbot, window, "itemDialog")
    dialog.name.setText("Cape de bal")
    dialog.piece.setCurrentIndex(dialog.piece.findData("cape"))
    dialog.production.setEditText("Casse-Noisette")
    dialog.role.setEditText("Fée Dragée")
    dialog.colour.setText("or")
    dialog.built_for.setCurrentIndex(dialog.built_for.findText(double.doubles))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(
            i.name == "Cape de bal" and i.built_for == double.name
            for i in costumes.list_items(demo_db, "BN")
        ),
        timeout=10_000,
    )
    assert asked and double.name in asked[0]
    wait_idle(qtbot, window)


def test_a_swap_exchanges_the_chosen_pair_in_one_action(window, qtbot, demo_db):
    from wardrobe.services import engagements

    window.commands["swap"].trigger()
    dialog = dialog_named(qtbot, window, "swapDialog")
    first, second = dialog.pairs[0]
    first.setCurrentIndex(1)
    second.setCurrentIndex(1)
    paris, new_york = first.currentText(), second.currentText()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(engagements.list_engagements(demo_db)) == 2, timeout=10_000)
    done = {(e.dancer, e.host) for e in engagements.list_engagements(demo_db)}
    assert done == {
        (paris, "Metropolitan Ballet Theater"),
        (new_york, "Le Ballet National"),
    }
    wait_idle(qtbot, window)


@pytest.mark.usefixtures("unscheduled")
def test_a_loan_is_undone_and_redone_from_the_desk(window, qtbot, demo_db):
    from .conftest import redo, undo

    item = next(
        i
        for i in costumes.list_items(demo_db, "BN")
        if i.status == "in_store" and i.condition == "good"
    )
    loan_ops.lend(window.ctx, [item])
    dialog = dialog_named(qtbot, window, "lendDialog")
    dialog.borrower.setEditText("Opéra de Lyon")
    qtbot.keyClick(dialog.borrower, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(loans.list_loans(demo_db)), timeout=10_000)
    agreement = dialog_named(qtbot, window, "printDialog")
    agreement.reject()
    undo(qtbot, window)
    assert loans.list_loans(demo_db) == []  # back, and the loan stays in its history
    assert len(loans.list_loans(demo_db, include_returned=True, tag=item.tag)) == 1
    redo(qtbot, window)
    assert [x.borrower for x in loans.list_loans(demo_db)] == ["Opéra de Lyon"]
