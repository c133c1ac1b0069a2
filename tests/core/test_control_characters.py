"""Text is text: control characters are refused at input in a sentence (tab and, in notes,
line breaks aside), on SQLite and PostgreSQL; nothing printed can carry an escape sequence."""

import pytest
from sqlalchemy import update

from tests.conftest import snapshot
from wardrobe.cli import main
from wardrobe.errors import InvalidInput
from wardrobe.models import Dancer
from wardrobe.services import costumes, dancers
from wardrobe.services.convert import dancer_search_words
from wardrobe.transfer.importing import import_file

HOSTILE = ["Anna \x1b[31mRed\x1b[0m", "Bell\x07", "Nul\x00l", "C1\x85x", "Del\x7f"]


@pytest.mark.parametrize("name", HOSTILE)
def test_a_control_character_in_a_name_is_refused_and_nothing_is_stored(demo_db, name):
    before = snapshot(demo_db)
    with pytest.raises(InvalidInput, match=r"control character \(U\+00"):
        dancers.create_dancer(demo_db, company="BN", name=name)
    with pytest.raises(InvalidInput, match="control character"):
        costumes.log_item(demo_db, company="BN", name=name, piece_type="cape")
    assert snapshot(demo_db) == before


def test_notes_keep_their_line_breaks_and_tabs(demo_db):
    made = dancers.create_dancer(
        demo_db, company="BN", name="Zoé\tLigne", notes="Essayage:\r\n- taille\tOK"
    )
    assert made.name == "Zoé Ligne" and made.notes == "Essayage:\n- taille\tOK"
    with pytest.raises(InvalidInput, match="control character"):
        dancers.create_dancer(demo_db, company="BN", name="Zoé Deux", notes="bip\x07")


def test_an_import_with_escape_sequences_lists_the_rows_and_writes_nothing(demo_db, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("name,company\nAnna \x1b[2JLaâge,BN\nBonne Ligne,BN\n", encoding="utf-8")
    before = snapshot(demo_db)
    report = import_file(demo_db, "dancers", path)
    assert not report.applied and report.problems[0].row == 2
    assert "control character (U+001B)" in str(report.problems[0])
    assert snapshot(demo_db) == before


@pytest.mark.sqlite_only
def test_text_stored_by_an_older_version_is_printed_without_its_escapes(demo_db, capsys):
    with demo_db.write() as session:  # as an older version let it in
        session.execute(
            update(Dancer)
            .where(Dancer.id == 1)
            .values(
                name="Evil \x1b]0;pwn\x07 Name",
                search_text=dancer_search_words("Evil Name", ""),
            )
        )
    path = demo_db.engine.url.database
    demo_db.close()
    assert main(["--db", path, "find", "evil"]) == 0
    out = capsys.readouterr().out
    assert "Evil" in out and "\x1b" not in out and "\x07" not in out


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Anna\u202eevil", "changes how the text reads"),  # right-to-left override
        ("Sofía\u2066x\u2069", "changes how the text reads"),  # an isolate
        ("Léa\U000e0041\U000e0042", "changes how the text reads"),  # hidden tag characters
        ("\u200b\u200b\u2060", "cannot be left empty"),  # nothing but zero-width spaces
        ("\u200d\ufeff", "cannot be left empty"),
    ],
)
def test_invisible_and_direction_changing_characters_make_no_name(demo_db, name, said):
    before = snapshot(demo_db)
    with pytest.raises(InvalidInput, match=said):
        dancers.create_dancer(demo_db, company="BN", name=name)
    with pytest.raises(InvalidInput, match=said):
        costumes.log_item(demo_db, company="BN", name=name, piece_type="cape")
    assert snapshot(demo_db) == before


def test_zero_width_spaces_are_dropped_from_a_name_and_joiners_kept(demo_db):
    made = dancers.create_dancer(demo_db, company="BN", name="Zoé\u200b Désiré")
    assert made.name == "Zoé Désiré"
    persian = dancers.create_dancer(demo_db, company="BN", name="می\u200cخواهم")
    assert "\u200c" in persian.name  # a joiner between letters means something there


def test_direction_characters_stored_before_are_never_printed_raw(demo_db, capsys):
    from wardrobe.language.folding import printable

    assert printable("exe.\u202egpj") == "exe.\ufffdgpj"
