"""The window in French, looked at whole: every section, every menu, the usual dialogs. A text
shown the same in the English and the French window, with English words in it, was never
translated (names and data aside); a text equal to an English source of either catalogue
is a translation that did not apply."""

import re
import xml.etree.ElementTree as ET
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
)

from ui.operations import charts, guests, item_window, printing
from ui.operations import counts as count_ops
from ui.operations import dancers as dancer_ops
from ui.operations import files as file_ops
from ui.operations import loans as loan_ops
from ui.operations import orders as order_ops
from ui.operations import stock as stock_ops
from ui.runtime.i18n import install_translation
from wardrobe.services import (
    alterations,
    catalog,
    companies,
    costumes,
    dancers,
    engagements,
    loans,
    order_drafts,
    orders,
    pointe,
    stock,
)

from .conftest import do, on_top, open_window, show_section, wait_idle

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = re.compile(r"\b(the|of|and|to|is|are|not|with|from|this|your|new|an?)\b", re.I)


def _english_sources() -> set[str]:
    """The English texts the window's catalogue translates to something else."""
    tree = ET.parse(ROOT / "resources/translations/wardrobe_fr.ts")
    sources = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        french = "".join(translation.itertext()) if translation is not None else ""
        if source and french and french != source and len(source) > 3:
            sources.add(source.replace("&", ""))
    return sources


def _texts(widget) -> list[str]:
    """What a person sees in a widget and its children: labels, buttons, tabs, menus,
    placeholders, list headers."""
    found = []
    for child in [widget, *widget.findChildren(object)]:
        if isinstance(child, QLabel | QAbstractButton) and child.isVisible():
            found.append(child.text())
        if isinstance(child, QLineEdit) and child.isVisible():
            found.append(child.placeholderText())
        if isinstance(child, QTabBar):
            found += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QComboBox) and child.isVisible():
            found += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QMenu):
            found += [a.text() for a in child.actions() if a.text()]
            found += [a.toolTip() for a in child.actions() if a.toolTip()]
        if isinstance(child, QListWidget) and child.isVisible():
            found += [child.item(r).text() for r in range(min(child.count(), 40))]
        elif isinstance(child, QAbstractItemView) and child.isVisible() and child.model():
            model = child.model()
            columns = model.columnCount()
            found += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(columns)]
            found += [  # the first rows' cells: statuses, units, ranks as the list says them
                str(model.index(r, c).data() or "")
                for r in range(min(model.rowCount(), 40))
                for c in range(columns)
            ]
    return [t.replace("&", "").strip() for t in found if t and t.strip()]


def _openers(qtbot, window) -> list:
    """Every dialog of the window, opened as its menu or button opens it."""
    from ui.operations import alterations as alteration_ops

    db = window.db
    items = costumes.list_items(db, "BN")
    in_store = next(i for i in items if i.status == "in_store" and i.piece_type == "tutu")
    out = next(i for i in items if i.status == "out")
    altering = next(i for i in items if i.status == "in_alteration")
    alteration = next(a for a in alterations.alterations_for(db, altering.tag) if a.is_open)
    material = stock.list_materials(db, "BN")[0]
    spec = pointe.list_specs(db, "BN")[0]
    dancer = next(d for d in dancers.list_dancers(db, "BN") if d.rank)
    detail = dancers.dancer_detail(db, dancer.id)
    spare = next(i for i in items if i.status == "in_store" and i.tag != in_store.tag)
    if not loans.list_loans(db, tag=spare.tag):
        loans.lend(db, [spare.tag], "MBT", due_on=None)
    lent = costumes.get_item(db, spare.tag)
    guest = next(d for d in dancers.list_dancers(db, "BN") if d.active and d.id != dancer.id)
    if not guest.engaged_at:
        engagements.send(db, guest.id, "MBT", date.today())
    drafted = (
        orders.list_orders(db, "BN", "draft") or order_drafts.draft_from_alerts(db, "BN").orders
    )
    order = drafted[0]
    return [
        partial(item_window.new_item, window.ctx),
        lambda: item_window.open_item(window.ctx, in_store),
        lambda: do(window, "move", in_store),
        lambda: do(window, "check_out", in_store),
        lambda: do(window, "check_in", out),
        lambda: do(window, "alteration", in_store),
        lambda: do(window, "use_tulle", in_store),
        lambda: do(window, "history", in_store),
        lambda: alteration_ops.mark_done(window.ctx, alteration),
        partial(dancer_ops.new_dancer, window.ctx),
        lambda: dancer_ops.edit_dancer(window.ctx, dancer),
        lambda: dancer_ops.new_measurements(window.ctx, detail),
        lambda: dancer_ops.history(window.ctx, detail),
        partial(stock_ops.new_material, window.ctx),
        lambda: stock_ops.edit_material(window.ctx, material),
        lambda: stock_ops.receive(window.ctx, material),
        lambda: stock_ops.adjust(window.ctx, material),
        partial(stock_ops.new_spec, window.ctx),
        lambda: stock_ops.edit_spec(window.ctx, spec),
        lambda: stock_ops.issue_pairs(window.ctx, spec),
        lambda: stock_ops.receive(window.ctx, spec),
        lambda: stock_ops.adjust(window.ctx, spec),
        lambda: _chosen(qtbot, window, "costumes") and printing.labels(window.ctx),
        lambda: _chosen(qtbot, window, "dancers") and printing.dancer_sheet(window.ctx),
        lambda: _chosen(qtbot, window, "dancers") and printing.dancer_and_double(window.ctx),
        partial(printing.doubles_report, window.ctx),
        partial(printing.costume_book, window.ctx),
        partial(printing.reorder_list, window.ctx),
        partial(printing.production_sheets, window.ctx),
        partial(file_ops.import_sheet, window.ctx),
        partial(file_ops.new_company, window.ctx),
        lambda: guests.send_guest(window.ctx, dancer),
        lambda: loan_ops.lend(window.ctx, [in_store]),
        lambda: loan_ops.return_loan(window.ctx, [lent]),
        lambda: guests.pack(window.ctx, guest),
        partial(guests.swap, window.ctx),
        lambda: guests.travel(window.ctx, guest),
        lambda: order_ops.open_order(window.ctx, order.number),
        lambda: order_ops.print_order(window.ctx, order),
        lambda: count_ops.stocktake(window.ctx),
        partial(count_ops.count_materials, window.ctx),
        partial(count_ops.count_sheet, window.ctx),
        partial(count_ops.place_labels, window.ctx),
        lambda: charts.chart(window.ctx, spec),
        lambda: charts.chart(window.ctx, material),
        lambda: window.runner.run(lambda: 1 / 0),  # a bug: the crash dialog
    ]


def _chosen(qtbot, window, section: str) -> bool:
    """The first row of a section's list chosen, as a click would."""
    show_section(qtbot, window, section)
    page = getattr(window.sections, section).page
    page.table.selectRow(0)
    return True


def _static_boxes(monkeypatch) -> list[str]:
    """The questions the window asks with Qt's ready-made boxes (erase, your name, about,
    restore), recorded and answered "no"."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.extend([title, text])
        return QMessageBox.StandardButton.No

    def get_text(parent, title, label, *args, **kwargs):
        asked.extend([title, label])
        return "", False

    def about(parent, title, text):
        asked.extend([title, re.sub(r"<[^>]+>", " ", text)])

    def open_file(parent, caption="", folder="", filters="", *args, **kwargs):
        asked.extend([caption, *filters.split(";;")])
        return "", ""

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "about", about)
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    return asked


def _look(qtbot, window, asked: list[str]) -> list[str]:
    seen = []
    for section in ("costumes", "dancers", "pointe", "materials", "alerts"):
        show_section(qtbot, window, section)
        wait_idle(qtbot, window)
        seen += _texts(window)
    for number, opener in enumerate(_openers(qtbot, window)):
        opener()
        wait_idle(qtbot, window)
        assert isinstance(on_top(window), QDialog), f"opener {number} opened no dialog"
        dialog = on_top(window)
        qtbot.waitExposed(dialog)
        wait_idle(qtbot, window)
        seen += [dialog.windowTitle(), *_texts(dialog)]
        dialog.reject()
        wait_idle(qtbot, window)
    dancer = next(d for d in dancers.list_dancers(window.db, "BN") if d.rank)
    dancer_ops.erase(window.ctx, dancer)
    file_ops.set_user_name(window.ctx)
    file_ops.about(window.ctx)
    file_ops.restore_backup(window.ctx)
    assert len(asked) >= 6, asked  # restore asks for a file on SQLite only
    return seen + [t.replace("&", "").strip() for t in asked if t.strip()]


def _stored_words() -> tuple[set[str], list[str]]:
    """The core's stored words and units where French says them otherwise: their codes and
    English, and their French (longest first)."""
    from wardrobe.language.i18n import translate
    from wardrobe.language.vocabulary import UNIT_WORDS, WORDS

    english, french = set(), set()
    for code, source in [*WORDS.items(), *UNIT_WORDS.items()]:
        if translate(source, "fr") != source:
            english |= {code, source}
            french.add(translate(source, "fr"))
    return english, sorted(french, key=len, reverse=True)


def _data(db) -> list[str]:
    names = [m.name for m in stock.list_materials(db)] + stock.list_suppliers(db)
    names += [c.name for c in companies.list_companies(db)]
    for company in companies.list_companies(db):  # production titles and roles are data too
        for production, roles in catalog.productions_and_roles(db, company.id).items():
            names += [production, *roles]
    names += [d.name for d in dancers.list_dancers(db)]
    return sorted(names, key=len, reverse=True)


@pytest.mark.usefixtures("unscheduled")
def test_the_french_window_shows_no_english(qtbot, demo_db, settings, no_modal_boxes, monkeypatch):
    asked = _static_boxes(monkeypatch)
    shown = {}
    for language in ("en", "fr"):
        install_translation(language)
        try:
            window = open_window(qtbot, demo_db, settings)
            shown[language] = _look(qtbot, window, asked)
            asked.clear()
            window.ctx.wait()
            window.close()
        finally:
            install_translation("en")
    french = set(shown["fr"])
    assert "Costumes" in french and any("Danseurs" in t for t in french)
    left_english = sorted(french & _english_sources())
    assert left_english == [], left_english
    data = _data(demo_db)

    def without_data(text: str) -> str:
        for name in data:
            text = text.replace(name, "")
        return text

    same = french & set(shown["en"])
    untranslated = sorted(t for t in same if ENGLISH.search(without_data(t)))
    assert untranslated == [], untranslated
    # A stored word (a unit, a status, a rank...) shown as its code or its English.
    english_words, french_words = _stored_words()
    codes = re.compile(r"\b(" + "|".join(map(re.escape, english_words)) + r")\b")

    def without_french(text: str) -> str:
        for french_word in french_words:  # "principal(e)" holds "principal" and is French
            text = text.replace(french_word, "")
        return text

    as_codes = sorted(t for t in french if codes.search(without_french(without_data(t))))
    assert as_codes == [], as_codes
