"""Photos on paper and from the command line: the fitting sheet shows each piece's main photo
beside it, the costume book each role's pieces with theirs; `photo add/list/save/remove` and
`costume-book` work as a script would use them."""

from __future__ import annotations

import io
import json

import pypdfium2 as pdfium
from PIL import Image, ImageChops

from tests.core.test_photos import jpeg, rotated_with_gps
from wardrobe.cli import main
from wardrobe.reports.costume_book import costume_book, render_costume_book
from wardrobe.reports.data import fitting_sheets
from wardrobe.reports.fitting_sheet import render_fitting_sheets
from wardrobe.services import costumes, photos

from .conftest import flat, pdf_pages

BRIGHT = (255, 0, 200)  # a colour no printed text or rule has


def _bright_pixels(pdf, page: int = 0) -> int:
    image = pdfium.PdfDocument(str(pdf))[page].render(scale=1).to_pil().convert("RGB")
    red, green, blue = image.split()
    wanted = ImageChops.multiply(
        ImageChops.multiply(
            red.point(lambda v: 255 if v > 220 else 0), green.point(lambda v: 255 if v < 60 else 0)
        ),
        blue.point(lambda v: 255 if v > 160 else 0),
    )
    return wanted.histogram()[255]


def test_the_fitting_sheet_shows_each_pieces_photo_beside_it(demo_db, pdf):
    piece = next(i for i in costumes.list_items(demo_db, "BN") if i.built_for)
    render_fitting_sheets(fitting_sheets(demo_db, dancer=piece.built_for), pdf)
    assert _bright_pixels(pdf) == 0
    photos.add_photo(demo_db, piece.tag, jpeg((600, 800), colour=BRIGHT))
    render_fitting_sheets(fitting_sheets(demo_db, dancer=piece.built_for), pdf)
    assert _bright_pixels(pdf) > 500  # the photo, printed
    assert "Photo" in flat(pdf_pages(pdf)[0])


def test_the_costume_book_carries_each_roles_pieces_and_their_photos(demo_db, pdf):
    items = [
        i
        for i in costumes.list_items(demo_db, "BN")
        if i.production == "Casse-Noisette" and i.condition != "retired"  # retired: not shown
    ]
    photographed = items[:3]
    for item in photographed:
        photos.add_photo(demo_db, item.tag, jpeg((900, 1200), colour=BRIGHT))
    book = costume_book(demo_db, "casse noisette")  # accents and case optional
    assert book.pieces == len(items) and book.photographed == 3
    result = render_costume_book(book, pdf)
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Livre des costumes — Casse-Noisette" in text
    for item in items:
        assert item.tag in text
    assert items[0].role in text and "Faite pour" in text
    assert sum(_bright_pixels(pdf, n) for n in range(result.pages)) > 3 * 2000


def test_photos_from_the_command_line(demo_db, tmp_path, capsys):
    db = ["--db", demo_db.url, "--lang", "en"]
    source = tmp_path / "phone.jpg"
    source.write_bytes(rotated_with_gps())
    tag = costumes.list_items(demo_db, "MBT")[0].tag
    assert main([*db, "photo", "add", tag, str(source)]) == 0
    assert main([*db, "photo", "add", tag, str(source), "--main"]) == 0
    out = capsys.readouterr().out
    assert f"Photo 2 of {tag} added (1067 x 1600 px), the main one." in out
    assert main([*db, "photo", "list", tag, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["number"], p["main"]) for p in listed] == [(1, False), (2, True)]
    folder = tmp_path / "out"
    folder.mkdir()
    assert main([*db, "photo", "save", tag, str(folder)]) == 0
    saved = sorted(folder.iterdir())
    assert [p.name for p in saved] == [f"{tag}-1.jpg", f"{tag}-2.jpg"]
    assert Image.open(io.BytesIO(saved[0].read_bytes())).size == (1067, 1600)
    assert main([*db, "photo", "remove", tag, "1"]) == 0
    assert main([*db, "photo", "remove", tag, "5"]) == 1
    assert "No photo matches" in capsys.readouterr().err
    bad = tmp_path / "notes.txt"
    bad.write_text("not a picture")
    assert main([*db, "photo", "add", tag, str(bad)]) == 1
    assert "not a picture this app can read" in capsys.readouterr().err
    assert len(photos.list_photos(demo_db, tag)) == 1
    book = tmp_path / "book.pdf"
    assert main([*db, "costume-book", "--production", "The Nutcracker", "-o", str(book)]) == 0
    assert "1 with a photo" in capsys.readouterr().out
