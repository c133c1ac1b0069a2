"""The window in French, looked at whole: every section, every menu, the usual dialogs. A text
shown the same in the English and the French window, with English words in it, was never
translated (names and data aside); a text equal to an English source of either catalogue
is a translation that did not apply."""

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

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
    from ui.actions import alteration_actions

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
        window.costume_actions.new_item,
        lambda: window.costume_actions.open_item(in_store),
        lambda: do(window, "move", in_store),
        lambda: do(window, "check_out", in_store),
        lambda: do(window, "check_in", out),
        lambda: do(window, "alteration", in_store),
        lambda: do(window, "use_tulle", in_store),
        lambda: do(window, "history", in_store),
        lambda: alteration_actions.mark_done(window.ctx, alteration),
        window.dancer_actions.new_dancer,
        lambda: window.dancer_actions.edit_dancer(dancer),
        lambda: window.dancer_actions.new_measurements(detail),
        lambda: window.dancer_actions.history(detail),
        window.stock_actions.new_material,
        lambda: window.stock_actions.edit_material(material),
        lambda: window.stock_actions.receive(material),
        lambda: window.stock_actions.adjust(material),
        window.stock_actions.new_spec,
        lambda: window.stock_actions.edit_spec(spec),
        lambda: window.stock_actions.issue_pairs(spec),
        lambda: window.stock_actions.receive(spec),
        lambda: window.stock_actions.adjust(spec),
        lambda: _chosen(qtbot, window, "costumes") and window.print_actions.labels(),
        lambda: _chosen(qtbot, window, "dancers") and window.print_actions.dancer_sheet(),
        lambda: _chosen(qtbot, window, "dancers") and window.print_actions.dancer_and_double(),
        window.print_actions.doubles_report,
        window.print_actions.costume_book,
        window.print_actions.reorder_list,
        window.print_actions.production_sheets,
        window.file_actions.import_sheet,
        window.file_actions.new_company,
        lambda: window.engagement_actions.send_guest(dancer),
        lambda: window.engagement_actions.lend([in_store]),
        lambda: window.engagement_actions.return_loan([lent]),
        lambda: window.engagement_actions.pack(guest),
        window.engagement_actions.swap,
        lambda: window.engagement_actions.travel(guest),
        lambda: window.order_actions.open_order(order.number),
        lambda: window.order_actions.print_order(order),
        lambda: window.count_actions.stocktake(),
        window.count_actions.count_materials,
        window.count_actions.count_sheet,
        window.count_actions.place_labels,
        lambda: window.chart_actions.chart(spec),
        lambda: window.chart_actions.chart(material),
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
    window.dancer_actions.erase(dancer)
    window.file_actions.set_user_name()
    window.file_actions.about()
    window.file_actions.restore_backup()
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
