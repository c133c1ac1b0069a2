"""The core's sentences in French: the gettext catalogue holds every sentence the code makes,
each translated (a new English sentence without its French fails here), with the same values;
errors, import problems and the command line say them in the reader's language."""

import contextlib
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from wardrobe.cli import main
from wardrobe.errors import OutOfRange, WardrobeError, WrongState
from wardrobe.language.i18n import Text, language_from
from wardrobe.services import circulation, costumes

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "resources/locale/fr/LC_MESSAGES/wardrobe.po"
ENGLISH = re.compile(r"\b(the|of|and|to|is|are|was|not|with|from|this|nothing|written)\b")
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}|(%\(\w+\)\w|%s)")


def _catalogue():
    with PO.open("rb") as source:
        return {m.id: m for m in read_po(source) if m.id}


def _in_the_code() -> set[str]:
    """Every sentence the core marks, read from the code as the update script reads it."""
    found = extract_from_dir(
        str(ROOT / "wardrobe"), keywords={"Text": (1,), "N_": None}, comment_tags=()
    )
    return {message for _file, _line, message, _comments, _context in found if message}


def test_every_sentence_of_the_code_is_in_the_catalogue_and_translated():
    catalogue = _catalogue()
    marked = _in_the_code()
    assert len(marked) > 200
    missing = sorted(marked - set(catalogue))
    assert missing == [], "run scripts/update-catalogue.sh and translate: " + repr(missing[:5])
    untranslated = sorted(m for m in marked if not catalogue[m].string or catalogue[m].fuzzy)
    assert untranslated == [], untranslated[:5]


def test_each_translation_keeps_the_values_of_its_sentence():
    for message_id, message in _catalogue().items():
        assert set(PLACEHOLDER.findall(message.string)) == set(PLACEHOLDER.findall(message_id)), (
            message_id
        )


def test_every_error_template_reads_french():
    catalogue = _catalogue()
    templates = {cls.template for cls in _subclasses(WardrobeError)}
    for template in templates:
        if not re.search(r"[A-Za-z]", PLACEHOLDER.sub("", template)):
            continue  # only values ("{what} {detail}"): said by what they hold
        french = catalogue[template].string
        assert french and french != template, template


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_an_error_is_said_whole_in_french_field_and_detail_included(demo_db):
    layers = OutOfRange(field="Net layers", value=40, low=1, high=30)
    assert (
        layers.say("fr")
        == "Couches de tulle : 40 n’est pas entre 1 et 30 ; sans doute une faute de frappe."
    )
    assert str(layers) == "Net layers of 40 is outside 1 to 30: probably a typing mistake."
    item = next(i for i in costumes.list_items(demo_db) if i.status == "in_store")
    with pytest.raises(WrongState) as raised:
        circulation.check_in(demo_db, item.tag)
    said = raised.value.say("fr")
    assert said.endswith("est déjà en réserve.") and "already" not in said
    quantity = Text("{value} {unit}: give a quantity above zero", value="-3", unit="m")
    assert quantity.say("fr") == "-3 m : donnez une quantité supérieure à zéro"


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANGUAGE": "fr:en", "LANG": "en_US.UTF-8"}, "fr"),
        ({"LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_follows_the_locale_as_gettext_reads_it(environment, language):
    assert language_from(environment) == language


def test_the_command_line_says_its_errors_in_french(tmp_path, capsys):
    missing = str(tmp_path / "nowhere" / "x.db")
    assert main(["--lang", "fr", "--db", missing, "alerts"]) == 1
    err = capsys.readouterr().err
    assert "il n’y a pas d’inventaire à cet endroit" in err and "there is no" not in err
    result = subprocess.run(
        [sys.executable, "-m", "wardrobe.cli", "--db", missing, "alerts"],
        capture_output=True,
        text=True,
        env={"LANG": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == 1 and "rien n’a été créé" in result.stderr


def test_an_import_lists_its_problems_in_french(demo_db, tmp_path, capsys):
    path = tmp_path / "c.csv"
    path.write_text(
        "tag,name,kind,value,net_layers,tutu_style\nBN-900001,Tutu neuf,tutu,-20,abc,classical\n",
        encoding="utf-8",
    )
    assert main(["--lang", "fr", "--db", demo_db.url, "import", "costumes", str(path)]) == 1
    problems = [line.strip() for line in capsys.readouterr().err.splitlines()[1:]]
    assert problems == [
        "ligne 2, colonne « value » (« -20 ») : Valeur de remplacement : -20 n’est pas entre 0 "
        "et 100000 ; sans doute une faute de frappe.",
        "ligne 2, colonne « net_layers » (« abc ») : couches de tulle : « abc » n’est pas un "
        "nombre entier",
    ]


def _english_fragments() -> dict[str, str]:
    """Each catalogue sentence's own words (between its values), where French differs."""
    fragments = {}
    for message_id, message in _catalogue().items():
        for part in PLACEHOLDER.split(message_id):
            if part and len(part.strip()) >= 14 and part.strip() not in message.string:
                fragments[part.strip()] = message_id
    return fragments


def test_the_french_command_line_says_nothing_in_english(demo_db, tmp_path, capsys):
    """Help, output and errors of a round of commands in French: no English sentence of the
    catalogue may show (an English string added without its French shows here)."""
    url = demo_db.url
    sheet = tmp_path / "c.csv"
    runs = [
        ["--help"],
        ["import", "--help"],
        ["--db", url, "alerts"],
        ["--db", url, "find", "fee dragee"],
        ["--db", url, "find", "zzzz"],
        ["--db", url, "check"],
        ["--db", url, "export", "costumes", str(sheet)],
        ["--db", url, "import", "costumes", str(sheet), "--dry-run"],
        ["--db", url, "labels", "--tags", "BN-000001", "-o", str(tmp_path / "l.pdf")],
        ["--db", url, "alerts", "--nope"],
        ["--db", str(tmp_path / "none.db"), "alerts"],
    ]
    said = {"fr": [], "en": []}
    for language in ("en", "fr"):
        for args in runs:
            with contextlib.suppress(SystemExit):  # --help, and argparse's refusals
                main(["--lang", language, *args])
            out = capsys.readouterr()
            said[language].append(out.out + out.err)
    # A line said the same in both languages, with English words in it, was never translated
    # (a sentence made outside the catalogue); data such as names and tags is the same in both.
    names = _names(demo_db)
    for english, french in zip(said["en"], said["fr"], strict=True):
        same = set(english.splitlines()) & set(french.splitlines())
        untranslated = [line for line in same if ENGLISH.search(_without(line, names))]
        assert untranslated == [], untranslated
    text = "\n".join(said["fr"])
    assert "utilisation" in text and "afficher cette aide" in text and "Rien ne correspond" in text
    english = {f: m for f, m in _english_fragments().items() if f in text}
    assert english == {}, english


def _names(db) -> list[str]:
    """What the inventory holds as written (names of materials, makers, dancers...)."""
    from wardrobe.services import companies, dancers, stock

    found = [m.name for m in stock.list_materials(db)] + stock.list_suppliers(db)
    found += [c.name for c in companies.list_companies(db)]
    found += [d.name for d in dancers.list_dancers(db)]
    return sorted(found, key=len, reverse=True)


def _without(line: str, names: list[str]) -> str:
    for name in names:
        line = line.replace(name, "")
    return line


def test_stock_units_read_french_on_the_command_line_and_in_the_window(demo_db, capsys, qapp):
    from ui.runtime.i18n import install_translation
    from ui.text import formatting

    assert main(["--lang", "fr", "--db", demo_db.url, "alerts"]) == 0
    out = capsys.readouterr().out
    assert "cartes en stock" in out and " cards" not in out
    install_translation("fr")
    try:
        assert formatting.stock(40, "cards") == "40 cartes"
        assert formatting.stock(2500, "m") == "2,5 m"
    finally:
        install_translation("en")
    assert formatting.stock(40, "cards") == "40 cards"


def test_numbers_money_and_sizes_are_written_the_readers_way(demo_db, capsys):
    assert main(["--lang", "fr", "--db", demo_db.url, "alerts", "--company", "Paris"]) == 0
    french = capsys.readouterr().out
    assert main(["--lang", "en", "--db", demo_db.url, "alerts", "--company", "Paris"]) == 0
    english = capsys.readouterr().out
    assert re.search(r"\d,\d semaines", french) and not re.search(r"\d\.\d semaines", french)
    assert re.search(r"\d\.\d weeks", english)
    assert re.search(r"\d+,\d\d €", french) and "EUR" not in french
    assert re.search(r"€\d[\d,]*\.\d\d", english)
    sizes = re.findall(r", (\d+[.,]\d), X", french)
    assert sizes and all("," in size for size in sizes)


@pytest.mark.usefixtures("unscheduled")
def test_paris_pdfs_say_nothing_in_english(demo_db, tmp_path):
    """Every PDF printed for the Paris company, read back: no sentence or word of the
    catalogue in English, and no line the New York sheet prints the same with English words
    in it (names and data aside)."""
    from pypdf import PdfReader

    from wardrobe.reports.data import fitting_sheets
    from wardrobe.reports.fitting_sheet import render_fitting_sheets
    from wardrobe.reports.packing_list import render_packing_list
    from wardrobe.reports.reorder_list import render_reorder_list
    from wardrobe.reports.tag_labels import layout_for, render_labels
    from wardrobe.services import dancers, engagements, loans

    def text_of(path):
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)

    printed = {}
    for company in ("Paris", "New York"):
        sheets = tmp_path / f"sheets-{company}.pdf"
        render_fitting_sheets(fitting_sheets(demo_db, company=company), sheets)
        reorder = tmp_path / f"reorder-{company}.pdf"
        render_reorder_list(demo_db, reorder, company=company)
        labels = tmp_path / f"labels-{company}.pdf"
        items = costumes.list_items(demo_db, company)[:20]
        render_labels(items, labels, layout=layout_for(None, "A4"))
        packing = tmp_path / f"packing-{company}.pdf"
        guest = next(
            d for d in dancers.list_dancers(demo_db, company) if d.active and not d.engaged_at
        )
        engagements.send(demo_db, guest.id, "MBT" if company == "Paris" else "BN", date.today())
        usable = [i.tag for i in items if i.status == "in_store" and i.condition != "retired"]
        render_packing_list(loans.pack(demo_db, guest.id, usable[:2]), packing)
        printed[company] = [text_of(sheets), text_of(reorder), text_of(labels), text_of(packing)]
    paris = "\n".join(printed["Paris"])
    assert "Fiche d’essayage" in paris and "Liste de réapprovisionnement" in paris
    assert "Liste de colisage" in paris
    english = {f: m for f, m in _english_fragments().items() if f in paris}
    assert english == {}, english
    names = _names(demo_db)
    for words in (
        "Fitting sheet",
        "Reorder list",
        "Measurements",
        "Shoe size",
        "On hand",
        "Packing",
    ):
        assert words not in paris
    new_york_lines = set("\n".join(printed["New York"]).splitlines())
    same = [line for line in paris.splitlines() if line in new_york_lines]
    assert [line for line in same if ENGLISH.search(_without(line, names))] == []


def test_the_reasons_the_app_writes_in_the_ledger_read_french(qapp):
    """A reason the app itself writes (an opening balance, an import) is said in the
    reader's language; a reason someone typed stays as typed."""
    from datetime import datetime

    from ui.runtime.i18n import install_translation
    from ui.text.history_text import HistoryText
    from wardrobe.services.history_events import HistoryEvent

    def event(reason):
        values = {"quantity": 90, "unit": "pairs", "reason": reason}
        return HistoryEvent(datetime(2026, 11, 2, 9, 0), "léa", "stock_adjusted_up", values)

    install_translation("fr")
    try:
        assert "stock d’ouverture" in HistoryText().sentence(event("opening balance"))
        assert "inventaire de décembre" in HistoryText().sentence(event("inventaire de décembre"))
    finally:
        install_translation("en")
    assert "opening balance" in HistoryText().sentence(event("opening balance"))


def test_the_french_help_names_the_values_to_type_in_french():
    """``--company COMPAGNIE``, ``-o FICHIER.pdf``: the names of the values in every command's
    help are French; only words the same in both languages (URL, PDF...) are shared."""
    import argparse

    from wardrobe.cli.parser import build

    def helps(language):
        parser = build(language)
        found = {"": parser.format_help()}

        def walk(prefix, command_parser):
            for action in command_parser._actions:
                if isinstance(action, argparse._SubParsersAction):
                    for name, sub in action.choices.items():
                        found[f"{prefix} {name}".strip()] = sub.format_help()
                        walk(f"{prefix} {name}", sub)

        walk("", parser)
        return found

    def names(text):
        return set(re.findall(r"\b[A-Z][A-Z_.]{2,}\b", text))

    same_in_both = {"URL", "CSV", "PDF", "POSITION", "DATE", "LANG", "LANGUAGE", "LC_ALL", "ACTION"}
    same_in_both |= {"JPEG", "PNG", "GIF"}  # picture formats, named alike everywhere
    english, french = helps("en"), helps("fr")
    assert "--company COMPAGNIE" in french["alerts"] and "FICHIER.pdf" in french["labels"]
    assert "EMPLACEMENT" in french["stocktake scan"] and "COMMANDE" in french["orders send"]
    left = {n: names(french[n]) & names(english[n]) - same_in_both for n in english}
    assert {n: s for n, s in left.items() if s} == {}
