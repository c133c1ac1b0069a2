"""The costume list kept in the database: filter and sort in SQL, a bounded page cache."""

from PySide6.QtCore import Qt

from ui.models import paged_model
from ui.models.table_model import RECORD_ROLE
from wardrobe.demo import fill_demo

from .conftest import shown, wait_idle


def test_typing_filters_in_the_database_once_typing_pauses(window, qtbot):
    page = window.sections.costumes.page
    total = page.proxy.rowCount()
    page.filter.setText("fee dragee diademe")
    assert page.proxy.rowCount() == total  # not on every key
    qtbot.waitUntil(lambda: page.proxy.rowCount() < total, timeout=3000)
    records = [page.proxy.index(r, 0).data(RECORD_ROLE) for r in range(page.proxy.rowCount())]
    assert records and all(r.name == "Diadème — Fée Dragée" for r in records)


def test_sorting_is_done_by_the_database(window, qtbot):
    page = window.sections.costumes.page
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # net layers
    wait_idle(qtbot, window)
    layers = [page.proxy.index(r, 0).data(RECORD_ROLE).tutu for r in range(5)]
    assert [t.net_layers for t in layers] == [13] * 5
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, window)
    model = window.sections.costumes.model
    tags = [shown(qtbot, model, r).tag for r in range(model.rowCount())]
    assert tags == sorted(tags)


def test_memory_stays_bounded_however_far_one_scrolls(
    db, qtbot, settings, english, no_modal_boxes, monkeypatch
):
    from .conftest import open_window, shown

    monkeypatch.setattr(paged_model, "PAGE", 10)
    monkeypatch.setattr(paged_model, "PAGES_KEPT", 3)
    fill_demo(db, scale=2)
    window = open_window(qtbot, db, settings)
    model = window.sections.costumes.model
    for row in range(0, model.rowCount(), 7):
        shown(qtbot, model, row)
    assert model.rowCount() > 800 and len(model._pages) <= 3
    window.ctx.wait()


def test_a_filter_of_too_many_words_is_said_under_it_and_the_list_stays(window, qtbot):
    """1,500 words pasted into a list's filter made SQLite's "Expression tree is too large"
    (the crash dialog); 20,000 characters "LIKE pattern too complex" (issue 26)."""
    from wardrobe.language.folding import MAX_QUERY

    for section in window.sections.lists:
        page = section.page
        wait_idle(qtbot, window)
        total = page.proxy.rowCount()
        page.filter.setText(" ".join(f"w{n}" for n in range(1500)))
        page.apply_filter_now()
        wait_idle(qtbot, window)
        assert not page.problem.isHidden()  # (the lists behind are not on screen)
        assert "at most 20 words" in page.problem.text()
        assert page.proxy.rowCount() == total  # the list as it was
        page.filter.setText("x" * (2 * MAX_QUERY))
        assert len(page.filter.text()) == MAX_QUERY  # a paste gone wrong is cut
        page.filter.setText("")
        page.apply_filter_now()
        wait_idle(qtbot, window)
        assert page.problem.isHidden() and page.proxy.rowCount() == total
