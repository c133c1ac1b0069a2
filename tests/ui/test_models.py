"""Every item model the window shows passes Qt's model tester, and sorts by native values."""

from PySide6.QtCore import Qt

from ui.models.table_model import RECORD_ROLE

from .conftest import wait_idle


def test_every_table_model_is_a_correct_qt_model(window, qtmodeltester):
    for model in (
        window.sections.costumes.model,
        window.sections.dancers.model,
        window.sections.pointe.model,
        window.sections.materials.model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    for page in (window.sections.costumes.page, window.sections.dancers.page):
        qtmodeltester.check(page.proxy)
    qtmodeltester.check(window.sections.alerts.page.model())


def test_numbers_sort_as_numbers_not_as_text(window, qtbot):
    page = window.sections.pointe.page
    column = 2  # pairs on hand
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, window)
    values = [
        page.proxy.index(row, column).data(RECORD_ROLE).pairs_on_hand
        for row in range(page.proxy.rowCount())
    ]
    assert values == sorted(values)
    assert [str(v) for v in values] != sorted(str(v) for v in values)  # text order would differ


def test_typing_in_the_filter_narrows_the_list_accents_optional(window, qtbot):
    page = window.sections.dancers.page
    total = page.proxy.rowCount()
    page.filter.setText("laage")
    qtbot.waitUntil(lambda: page.proxy.rowCount() < total, timeout=3000)
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert names and all("Laâge" in n for n in names)
    page.filter.setText("")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == total, timeout=3000)


def test_the_pointe_list_filters_by_company_and_maker_in_the_database(window, qtbot):
    page = window.sections.pointe.page
    total = page.proxy.rowCount()
    page.filter.setText("metropolitan freed")
    qtbot.waitUntil(lambda: page.proxy.rowCount() < total, timeout=3000)
    records = [page.proxy.index(r, 0).data(RECORD_ROLE) for r in range(page.proxy.rowCount())]
    assert records and all(
        r.company.startswith("Metropolitan") and r.maker.startswith("Freed") for r in records
    )


def test_dancers_sort_by_name_with_accents_among_their_letters(window, qtbot):
    page = window.sections.dancers.page
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, window)
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    firsts = [n[0] for n in names]
    accented = [i for i, f in enumerate(firsts) if f == "É"]  # the demo has Élodie, Émilie...
    assert accented, "the demo should have names starting with É"
    # É sorts as an E (between C and G here), not after Z as byte order would put it.
    last_c = max(i for i, f in enumerate(firsts) if f == "C")
    first_g = firsts.index("G")
    assert all(last_c < i < first_g for i in accented)
