"""The production in scenes on paper: the costume plot (landscape, a change of look marked, a
long running order over several pages), the continuity book (part by part, a double after her
principal, a reference photo) and a dancer's own plot, in the company's language and paper."""

from __future__ import annotations

from tests.core.test_photos import jpeg
from wardrobe.cli import main
from wardrobe.reports.continuity_book import (
    continuity_book,
    dancer_plot_sheet,
    render_continuity_book,
    render_dancer_plot,
)
from wardrobe.reports.costume_plot import costume_plot_sheet, render_costume_plot
from wardrobe.services import casting, costume_plot, looks, photos, running_order

from .conftest import flat, page_size, pdf_pages
from .test_photos_printed import BRIGHT, _bright_pixels


def test_the_costume_plot_is_landscape_french_and_marks_a_change_of_look(demo_db, pdf):
    production = running_order.find_production(demo_db, "BN", "Casse-Noisette")
    render_costume_plot(costume_plot_sheet(demo_db, production.id), pdf)
    assert page_size(pdf) == (842, 595)  # A4 on its side
    text = flat(pdf_pages(pdf)[0])
    assert "Conduite costumes : Casse-Noisette" in text and "Le Ballet National" in text
    assert "I.1 La fête de Noël à 0 min" in text and "II.3 Grand pas de deux" in text
    assert "▸ Voyage" in text  # Clara's change at I.3
    assert "▸ un changement de tenue" in text


def test_one_cast_s_plot_names_its_dancers(demo_db, pdf):
    production = running_order.find_production(demo_db, "MBT", "The Nutcracker")
    second = [c for c in casting.casts(demo_db, production.id) if c.cast_number == 2]
    render_costume_plot(costume_plot_sheet(demo_db, production.id, cast=2), pdf)
    assert page_size(pdf) == (792, 612)  # Letter on its side
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Costume plot: The Nutcracker, cast 2" in text
    assert all(c.dancer in text for c in second)
    double = next(c for c in second if c.double_of)  # said whose double she is
    assert f"{double.dancer} · double of {double.double_of}" in text


def test_a_long_running_order_goes_on_over_pages_with_its_roles_on_each(demo_db, pdf):
    production = running_order.add_production(demo_db, "BN", "Giselle (intégrale)")
    parts = [
        running_order.add_part(demo_db, production.id, act=str(n // 10 + 1), scene=str(n % 10))
        for n in range(40)
    ]
    roles = [casting.add_role(demo_db, production.id, f"Wili {n}")[0] for n in range(12)]
    for n, role in enumerate(roles):
        look = looks.save_look(demo_db, role, name=f"Voile {n}", pieces=[("tutu", "voile")])
        looks.wear(demo_db, look.id, [p.id for p in parts[n::3]])
    result = render_costume_plot(costume_plot_sheet(demo_db, production.id), pdf)
    pages = [flat(page) for page in pdf_pages(pdf)]
    assert result.pages == len(pages) > 1
    assert all("Wili 0" in page and "Wili 11" in page for page in pages)  # the roles on each
    assert all(p.label in " ".join(pages) for p in parts)


def test_the_continuity_book_puts_a_double_after_her_principal_with_a_reference_photo(demo_db, pdf):
    production = running_order.find_production(demo_db, "BN", "Casse-Noisette")
    sugar_plum = [c for c in casting.casts(demo_db, production.id) if c.role == "Fée Dragée"]
    double = next(c for c in sugar_plum if c.double_of)
    hers = costume_plot.dancer_plot(demo_db, production.id, double.double_of_id)
    first_piece = next(d for d in hers if d.role == "Fée Dragée").pieces[0]
    photos.add_photo(demo_db, first_piece.tag, jpeg((600, 800), colour=BRIGHT), main=True)
    result = render_continuity_book(continuity_book(demo_db, production.id), pdf)
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Bible de continuité : Casse-Noisette" in text
    at = text.index("II.1 Le royaume des friandises")
    section = text[at:]
    principal, after = section.index(double.double_of), section.index(double.dancer)
    assert principal < after and f"doublure de {double.double_of}" in section
    assert first_piece.tag in section and "Comment elle se porte" in text
    assert sum(_bright_pixels(pdf, n) for n in range(result.pages)) > 500  # the photo


def test_a_dancer_s_own_plot_and_the_commands_that_print(demo_db, pdf, tmp_path, capsys):
    production = running_order.find_production(demo_db, "MBT", "Sleeping Beauty")
    aurora = next(c for c in casting.casts(demo_db, production.id) if c.role == "Aurora")
    render_dancer_plot(dancer_plot_sheet(demo_db, production.id, aurora.dancer_id), pdf)
    text = flat(pdf_pages(pdf)[0])
    assert f"{aurora.dancer} in Sleeping Beauty" in text
    assert "Birthday" in text and "Wedding" in text and "Act III tutu" in text
    db = ["--db", demo_db.url, "--lang", "fr"]
    plot = tmp_path / "plot.pdf"
    assert main([*db, "costume-plot", "--production", "Casse-Noisette", "-o", str(plot)]) == 0
    book = tmp_path / "book.pdf"
    assert main([*db, "continuity-book", "--production", "Casse-Noisette", "-o", str(book)]) == 0
    said = capsys.readouterr().out
    assert "Conduite costumes de Casse-Noisette" in said and plot.exists() and book.exists()
