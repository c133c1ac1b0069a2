"""Spreadsheets that claim or hold too much are refused in a sentence, in bounded time and
memory, and nothing is written."""

import subprocess
import sys

import pytest

from tests.conftest import snapshot
from wardrobe.transfer import reading
from wardrobe.transfer.importing import import_file


def test_a_tiny_xlsx_claiming_a_million_rows_is_read_as_what_it_holds(demo_db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["name", "company"])
    sheet.append(["Zoé Nouvelle", "BN"])
    sheet["XFD1048576"] = "far away"
    path = tmp_path / "bomb.xlsx"
    book.save(path)
    assert path.stat().st_size < 10_000
    before = snapshot(demo_db)
    with pytest.raises(Exception, match="past column 100|rows, empty ones included") as refused:
        import_file(demo_db, "dancers", path)
    assert type(refused.value).__name__ == "InvalidInput"
    assert snapshot(demo_db) == before


def test_reading_the_bomb_stays_small_in_memory(tmp_path):
    """In a process of its own, so that the figure is this reading's alone: its own peak
    (VmHWM), not getrusage's, which keeps the peak of the forked test process across exec."""
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "name"
    book.active["XFD1048576"] = "x"
    path = tmp_path / "bomb.xlsx"
    book.save(path)
    code = "\n".join(
        [
            "import resource, sys",
            "from wardrobe.transfer.reading import read_sheet",
            "try:",
            "    read_sheet(sys.argv[1])",
            "except Exception as error:",
            "    print(type(error).__name__)",
            "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]",
            "print(int(peak[0].split()[1]) // 1024 if peak else"
            " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)",
        ]
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60
    ).stdout.split()
    assert out[0] == "InvalidInput" and int(out[1]) < 300  # MB


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"name,notes\nZo\xc3\xa9," + b"x" * 200_000 + b"\n", "longer than 10,000"),
        (b"\xff\xfen\x00a\x00m\x00e\x00\n\x00Z\x00Q", "is not UTF-16"),  # an odd last byte
        (b"\xef\xbb\xbfname\nZo\xe9\n", "is not UTF-8"),
        (b"name\n" + b"a\n" * (reading.MAX_ROWS + 2), "more than 100,000 rows"),
        (b"name," + b",".join(b"c%d" % n for n in range(150)) + b"\nx\n", "past column 100"),
    ],
)
def test_hostile_csv_files_are_refused_in_a_sentence(demo_db, tmp_path, content, said):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = snapshot(demo_db)
    with pytest.raises(Exception, match=said) as refused:
        import_file(demo_db, "dancers", path)
    assert type(refused.value).__name__ == "InvalidInput"
    assert snapshot(demo_db) == before


def _peak_reading(path) -> tuple[str, int, float]:
    """(what reading ``path`` raised, its peak memory in MB, seconds), in a process of its own."""
    code = "\n".join(
        [
            "import sys, time",
            "from wardrobe.transfer.reading import read_sheet",
            "start = time.monotonic()",
            "try:",
            "    read_sheet(sys.argv[1])",
            "    said = 'accepted'",
            "except Exception as error:",
            "    said = type(error).__name__",
            "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]",
            "print(said, int(peak[0].split()[1]) // 1024, time.monotonic() - start)",
        ]
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120
    )
    said, peak, seconds = done.stdout.split()
    return said, int(peak), float(seconds)


def test_a_95_mb_line_of_empty_cells_is_refused_small(tmp_path):
    """95 MB of commas on one line took 2 GB, then was accepted (issue 26)."""
    path = tmp_path / "commas.csv"
    with path.open("w") as out:
        out.write("name,company\nZoé,BN\n")
        for _ in range(95):
            out.write("," * (1024 * 1024))
    said, peak, _seconds = _peak_reading(path)
    assert said == "InvalidInput" and peak < 500, (said, peak)


def test_a_million_empty_rows_count_against_the_row_limit(tmp_path):
    """Empty rows never counted: 20 million of them took 1.8 GB and minutes."""
    path = tmp_path / "empty-rows.csv"
    with path.open("w") as out:
        out.write("name,company\n")
        out.write(",\n" * 1_000_000)
        out.write("Zoé,BN\n")
    said, peak, seconds = _peak_reading(path)
    assert said == "InvalidInput" and peak < 300, (said, peak)
    with pytest.raises(Exception, match="empty ones included"):
        reading.read_sheet(path)


SHARED_STRINGS_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
SHARED_STRINGS_LINK = (
    b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'sharedStrings" Target="sharedStrings.xml" Id="rId9"/></Relationships>'
)


def _padded(part: str, shape: str):
    """What ``part`` holds: a comment of many megabytes, or many small styles or strings."""

    def write(out) -> None:
        if shape == "padding":
            out.write(b'<?xml version="1.0"?><!--')
            for _ in range(20 if part.endswith("styles.xml") else 320):
                out.write(b" " * (1024 * 1024))
            out.write(b"-->")
        elif part.endswith("styles.xml"):  # 150,000 cell formats in 2.7 MB (Excel: 64,000)
            out.write(b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/')
            out.write(b'main"><cellXfs>' + b'<xf numFmtId="0"/>' * 150_000 + b"</cellXfs>")
            out.write(b"</styleSheet>")
        else:  # 1.1 million one-letter strings in 19 MB: 18 million took 1.6 GB and 140 s
            out.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for _ in range(110):
                out.write(b"<si><t>a</t></si>" * 10_000)
            out.write(b"</sst>")

    return write


@pytest.mark.parametrize("shape", ["padding", "many"])
@pytest.mark.parametrize("part", ["xl/styles.xml", "xl/sharedStrings.xml"])
def test_an_xlsx_whose_styles_or_text_unpack_huge_is_refused_small(tmp_path, part, shape):
    """220 KB of styles took 3.8 GB and 99 s, 827 KB of shared strings 1.9 GB: what the
    parts unpack to, and how many styles and strings they hold, is checked before any is
    parsed (issue 26)."""
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["name", "company"])
    book.active.append(["Zoé", "BN"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    huge = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(huge, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if part.endswith("sharedStrings.xml"):  # named where a reader looks for it
                data = data.replace(b"</Types>", SHARED_STRINGS_TYPE)
                if info.filename == "xl/_rels/workbook.xml.rels":
                    data = data.replace(b"</Relationships>", SHARED_STRINGS_LINK)
            if info.filename != part:
                out.writestr(info, data)
        with out.open(part, "w") as padded:
            _padded(part, shape)(padded)
    assert huge.stat().st_size < 2 * 1024 * 1024  # small on the disk
    said, peak, seconds = _peak_reading(huge)
    assert said == "InvalidInput" and peak < 200 and seconds < 10, (said, peak, seconds)


def test_an_xlsx_with_no_sheet_is_said_not_a_crash(demo_db, tmp_path):
    """ "No sheet" was one of the audit's malformed .xlsx files that exited 70."""
    import re
    import zipfile

    from openpyxl import Workbook

    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    sheetless = tmp_path / "sheetless.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(sheetless, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/workbook.xml":
                data = re.sub(rb"<sheet [^>]*/>", b"", data)
            out.writestr(info.filename, data)
    before = snapshot(demo_db)
    with pytest.raises(Exception) as refused:
        import_file(demo_db, "dancers", sheetless)
    assert type(refused.value).__name__ == "InvalidInput"
    assert snapshot(demo_db) == before


def test_a_list_of_photos_longer_than_allowed_is_refused_as_it_is_read(
    demo_db, tmp_path, monkeypatch
):
    """6 million manifest rows were all read (and each decoded a photo): counted as read."""
    import csv
    import io
    import zipfile

    from wardrobe.transfer import archive

    monkeypatch.setattr(archive, "MAX_MEMBERS", 100)
    listing = io.StringIO()
    writer = csv.writer(listing)
    writer.writerow(archive.MANIFEST_HEADERS)
    for n in range(500):
        writer.writerow([f"BN-{n:06d}", "photos/a.jpg", "no", "item", "", "", ""])
    target = tmp_path / "long.zip"
    with zipfile.ZipFile(target, "w") as out:
        out.writestr("costumes.csv", "tag,name\n")
        out.writestr("photos.csv", listing.getvalue())
    before = snapshot(demo_db)
    with pytest.raises(Exception, match="list of photos is too long"):
        archive.import_archive(demo_db, target)
    assert snapshot(demo_db) == before
