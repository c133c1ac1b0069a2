from datetime import date

import pytest

from tests.core.conftest import shop  # noqa: F401 - the small inventory of both companies
from wardrobe.reports.data import fitting_sheets
from wardrobe.reports.fitting_sheet import render_fitting_sheets
from wardrobe.services import alterations, costumes, dancers, item_fields

from .conftest import flat, page_size, pdf_pages

A4 = (595, 842)
LETTER = (612, 792)


def test_a_paris_sheet_is_french_on_a4_with_measurements_in_cm(shop, pdf):  # noqa: F811
    dancers.record_measurements(
        shop, "Héloïse Laâge", {"waist": "62,5", "girth": "151"}, measured_on=date(2026, 3, 12)
    )
    dancers.cast(shop, "Héloïse Laâge", "La Belle au bois dormant", "Aurore")
    costumes.edit_item(
        shop,
        "BN-000100",
        expected_version=1,
        name="Tutu — Aurore",
        piece_type="tutu",
        production="La Belle au bois dormant",
        role="Aurore",
        colour="rose",
        built_for="Héloïse Laâge",
        tutu=item_fields.TutuSpec("classical", 13, 7),
    )
    batch = fitting_sheets(shop, dancer="heloise laage", fitting_date=date(2026, 11, 20))
    result = render_fitting_sheets(batch, pdf)
    [text] = map(flat, pdf_pages(pdf))
    assert result.pages == 1 and page_size(pdf) == A4 and result.warnings == ()
    assert "Fiche d’essayage — Le Ballet National" in text
    assert "Héloïse Laâge · étoile" in text and "Date d’essayage" in text and "20/11/2026" in text
    assert "prises le 12/03/2026" in text
    assert "62,5 cm" in text and "151,0 cm" in text
    assert "BN-000100" in text and "classique, 13 couches, cerceau sur la couche 7" in text
    assert "Freed of London Classic, pointure 4, largeur XX, cambrion dur" in text
    assert "90 paires en stock" in text
    for line in ("Danseur", "Coupeur", "Chef d’habillement"):
        assert line in text


def test_a_new_york_sheet_is_english_on_letter_in_inches(shop, pdf):  # noqa: F811
    dancers.record_measurements(shop, "Sofía Núñez", {"waist": "24 1/2", "hips": "35"})
    render_fitting_sheets(fitting_sheets(shop, dancer="Sofía Núñez"), pdf)
    [text] = map(flat, pdf_pages(pdf))
    assert page_size(pdf) == LETTER
    assert "Fitting sheet — Metropolitan Ballet Theater" in text
    assert "24½ in" in text and "35 in" in text and "Sofía Núñez" in text


@pytest.mark.parametrize(
    "name",
    [
        "Tom <b> Smith",
        "Ann<Bob>",
        "R&D <3",
        "<img src='/etc/passwd'/>",
        "Łukasz Dvořák",
        "Ελένη Παπαδοπούλου",
        "Анна Павлова",
        'O\'Brien & "Bird"',
    ],
)
def test_names_print_exactly_as_typed(shop, pdf, name):  # noqa: F811
    dancers.create_dancer(shop, company="BN", name=name, notes="<script>alert(1)</script>")
    result = render_fitting_sheets(fitting_sheets(shop, dancer=name), pdf)
    text = pdf_pages(pdf)[0]
    assert name in text
    assert result.warnings == ()


def test_a_glyph_no_font_has_is_reported_not_drawn_as_a_box(shop, pdf):  # noqa: F811
    dancers.create_dancer(shop, company="MBT", name="Mai 舞 Tanaka")
    result = render_fitting_sheets(fitting_sheets(shop, dancer="Mai 舞 Tanaka"), pdf)
    assert len(result.warnings) == 1 and "舞 (U+821E)" in result.warnings[0]


def test_a_long_note_wraps_and_the_sheet_runs_on_with_its_header(shop, pdf):  # noqa: F811
    costumes.edit_item(
        shop,
        "BN-000101",
        expected_version=1,
        name="Diadème — Aurore",
        piece_type="headpiece",
        production="La Belle au bois dormant",
        role="Aurore",
        built_for="Héloïse Laâge",
    )
    note = ("Reprendre la couture du bandeau, vérifier chaque strass. " * 120).strip()
    alterations.record_alteration(shop, "BN-000101", kind="repair", description=note)
    result = render_fitting_sheets(fitting_sheets(shop, dancer="Héloïse Laâge"), pdf)
    pages = pdf_pages(pdf)
    assert result.pages == len(pages) >= 2
    assert all("Héloïse Laâge · étoile" in page for page in pages)
    assert "(suite)" in pages[1] and "(suite)" not in pages[0]


def test_a_production_batch_has_one_sheet_per_dancer(demo_db, pdf):
    batch = fitting_sheets(demo_db, production="The Nutcracker")
    result = render_fitting_sheets(batch, pdf)
    pages = pdf_pages(pdf)
    assert result.sheets == len(batch.sheets) > 10
    first_lines = [page.splitlines() for page in pages]
    named = {s.dancer.name for s in batch.sheets}
    on_pages = {
        n for lines in first_lines for n in named if any(line.startswith(n) for line in lines)
    }
    assert on_pages == named
    assert all(page_size(pdf, i) == LETTER for i in range(len(pages)))


def test_an_empty_production_prints_a_clear_empty_sheet(shop, pdf):  # noqa: F811
    costumes.log_item(
        shop, company="BN", name="Giselle — robe", piece_type="dress", production="Giselle"
    )
    batch = fitting_sheets(shop, production="giselle")
    result = render_fitting_sheets(batch, pdf)
    [text] = pdf_pages(pdf)
    assert result.sheets == 0 and result.pages == 1
    assert "Aucun danseur n’est encore distribué dans Giselle" in text


def test_a_long_piece_name_wraps_inside_its_column_and_a_short_one_stays_on_a_line(shop, pdf):  # noqa: F811
    long_name = "Tutu de la Fée des Lilas, version de la reprise avec corsage brodé main"
    for tag, name in (("BN-000100", long_name), ("BN-000101", "Diadème court")):
        costumes.edit_item(
            shop, tag, expected_version=1, name=name, piece_type="dress", built_for="Héloïse Laâge"
        )
    render_fitting_sheets(fitting_sheets(shop, dancer="Héloïse Laâge"), pdf)
    [page] = pdf_pages(pdf)
    lines = page.splitlines()
    # The long name is cut into lines within its column, not drawn over the next columns.
    assert long_name not in lines and long_name in flat(page)
    assert not any(long_name[:40] in line and "robe" in line for line in lines)
    assert any("Diadème court" in line for line in lines)


def test_a_partial_re_measure_keeps_the_older_values_with_their_day(shop, pdf):  # noqa: F811
    dancers.record_measurements(
        shop,
        "Héloïse Laâge",
        {"waist": "62,5", "hips": "88", "girth": "151", "inseam": "78"},
        measured_on=date(2026, 3, 12),
    )
    dancers.record_measurements(
        shop, "Héloïse Laâge", {"waist": "61", "hips": "87"}, measured_on=date(2026, 11, 2)
    )
    batch = fitting_sheets(shop, dancer="heloise laage", fitting_date=date(2026, 11, 20))
    render_fitting_sheets(batch, pdf)
    [text] = map(flat, pdf_pages(pdf))
    assert "prises le 02/11/2026" in text
    assert "61,0 cm" in text and "87,0 cm" in text  # the new waist and hips
    assert "151,0 cm (12/03/2026)" in text and "78,0 cm (12/03/2026)" in text  # kept, dated
    assert "62,5 cm" not in text


@pytest.mark.parametrize("length", [61, 120, 160])
def test_a_long_name_fits_the_heading_whole_beside_the_fitting_date(shop, pdf, length):  # noqa: F811
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from wardrobe.reports import fonts
    from wardrobe.reports.cells import fit_lines

    name = ("Marie-Clémentine Anastasia Laâge-Du Pontavice de Saint-Exupéry " * 3)[:length]
    name = name.strip()
    room = 300.0
    size, lines = fit_lines(name, fonts.BOLD, 16, room, smallest=10, most=1)
    if lines[0] != name:
        size, lines = fit_lines(name, fonts.BOLD, 10, room, smallest=6, most=2)
        assert size <= 10 and len(lines) == 2
    assert " ".join(lines) == name  # every word printed, none cut
    assert all(stringWidth(line, fonts.BOLD, size) <= room for line in lines)
    made = dancers.create_dancer(shop, company="BN", name=name, rank="sujet")
    result = render_fitting_sheets(fitting_sheets(shop, dancer=made.id), pdf)
    [text] = map(flat, pdf_pages(pdf))
    assert result.pages == 1
    assert all(word in text for word in name.split())


def test_a_dated_measurement_stays_inside_its_column(shop):  # noqa: F811
    """ "165,0 cm (07/12/2026)" printed beside its label, never across the column's rule."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from wardrobe.reports import fonts
    from wardrobe.reports.cells import measurement_grid
    from wardrobe.reports.fitting_sheet import _frame_width

    rows = [
        ["Tour de petites hanches", "165,0 cm (07/12/2026)", "Hauteur taille–sol", "98,5 cm"],
        ["Stature", "158,9 cm", "Nuque–sol", "132,9 cm (21/07/2026)"],
    ]
    for paper in ("A4", "Letter"):
        grid = measurement_grid(rows, _frame_width(paper))
        assert sum(grid.widths) == pytest.approx(_frame_width(paper))
        for row in rows:
            for column, text in enumerate(row):
                room = grid.widths[column] - 2 * grid.PADDING
                assert stringWidth(text, fonts.REGULAR, grid.size) <= room, (paper, text)


def _photo(colour=(200, 100, 150)) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (600, 800), colour).save(out, "JPEG")
    return out.getvalue()


def test_notes_and_signatures_stay_on_the_page_of_a_full_sheet(demo_db, pdf):
    """Five pieces and a photo on A4, six pieces on Letter: one page each, the boxes to
    write in a little shorter rather than alone on a second page."""
    from collections import Counter

    from wardrobe.services import photos

    items = costumes.list_items(demo_db)
    for prefix, count, photographed in (("BN-", 5, True), ("MBT-", 6, False)):
        made_for = Counter(i.built_for for i in items if i.tag.startswith(prefix) and i.built_for)
        dancer = next(name for name, n in made_for.items() if n == count)
        [detail] = [d for d in dancers.list_dancers(demo_db, prefix[:-1]) if d.name == dancer]
        if photographed:
            piece = next(i for i in items if i.built_for == dancer)
            photos.add_photo(demo_db, piece.tag, _photo())
        result = render_fitting_sheets(fitting_sheets(demo_db, dancer=detail.id), pdf)
        assert result.pages == 1, (dancer, result.pages)
        [text] = map(flat, pdf_pages(pdf))
        assert ("Visas" if prefix == "BN-" else "Sign-off") in text


def test_a_long_production_title_stays_on_the_costume_book_page(demo_db, pdf):
    """A long production's title ran off the costume book's heading (and every report
    sharing it): smaller, then cut, never past the margin."""
    from wardrobe.reports.costume_book import costume_book, render_costume_book
    from wardrobe.services import costumes

    item = next(i for i in costumes.list_items(demo_db, "BN") if i.production and not i.tutu)
    title = "La Belle au bois dormant, version intégrale de 1890 restituée " * 2
    costumes.edit_item(
        demo_db,
        item.tag,
        expected_version=item.version,
        name=item.name,
        piece_type=item.piece_type,
        production=title.strip(),
        role=item.role or None,
    )
    render_costume_book(costume_book(demo_db, title.strip()), pdf)
    first = flat(pdf_pages(pdf)[0])
    assert "La Belle au bois dormant, version intégrale" in first and "…" in first

    from reportlab.pdfbase.pdfmetrics import stringWidth

    from wardrobe.reports import fonts
    from wardrobe.reports.layout import MARGIN, PAPERS, _fit_heading

    room = PAPERS["A4"][0] - 2 * MARGIN
    size, said = _fit_heading(f"Livre des costumes — {title}", fonts.BOLD, 16, 9, room)
    assert size == 9 and said.endswith("…") and stringWidth(said, fonts.BOLD, size) <= room
