"""Every item model the window shows passes Qt's model tester, and sorts by native values."""

from PySide6.QtCore import Qt

from ui.table_model import RECORD_ROLE


def test_every_table_model_is_a_correct_qt_model(window, qtmodeltester):
    for model in (
        window.costume_model,
        window.dancer_model,
        window.pointe_model,
        window.material_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    for page in (window.costume_page, window.dancer_page):
        qtmodeltester.check(page.proxy)
    qtmodeltester.check(window.alerts_page.model())


def test_numbers_sort_as_numbers_not_as_text(window):
    page = window.pointe_page
    column = 2  # pairs on hand
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    values = [
        page.proxy.index(row, column).data(RECORD_ROLE).pairs_on_hand
        for row in range(page.proxy.rowCount())
    ]
    assert values == sorted(values)
    assert [str(v) for v in values] != sorted(str(v) for v in values)  # text order would differ


def test_typing_in_the_filter_narrows_the_list_accents_optional(window):
    page = window.dancer_page
    total = page.proxy.rowCount()
    page.filter.setText("laage")
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert 0 < len(names) < total and all("Laâge" in n for n in names)
    page.filter.setText("")
    assert page.proxy.rowCount() == total


def test_a_tutu_shows_its_layer_count_in_the_costume_list(window):
    model = window.costume_model
    row = next(r for r in range(model.rowCount()) if model.record(r).tutu is not None)
    assert model.index(row, 3).data() == str(model.record(row).tutu.net_layers)
