"""Photos of costumes: made sensible on the way in (upright, no metadata, RGB, at most 1600 px,
a thumbnail), stored in the inventory, numbered per item, one main, removed and put back;
and every hostile file refused in a sentence, with nothing stored and memory bounded."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib

import pytest
from PIL import Image
from PIL.ExifTags import IFD

from wardrobe.errors import InvalidInput, NotFound
from wardrobe.files.images import LONG_SIDE, THUMB_SIDE
from wardrobe.services import history_events, photos

TAG = "BN-000010"


def jpeg(size=(3000, 2000), colour=(200, 40, 90), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", **save)
    return out.getvalue()


def rotated_with_gps() -> bytes:
    """A phone's photo: landscape pixels, EXIF saying "turn 90°", and where it was taken."""
    image = Image.new("RGB", (3000, 2000), (10, 120, 200))
    exif = image.getexif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[1], gps[2] = "N", (48.0, 52.0, 11.0)
    gps[3], gps[4] = "E", (2.0, 19.0, 57.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def bomb() -> bytes:
    """A PNG of a few hundred bytes whose header claims 50,000 x 50,000 pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 50_000, 50_000, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def test_a_phone_photo_is_stored_upright_without_its_location(demo_db):
    added = photos.add_photo(demo_db, TAG, rotated_with_gps())
    assert (added.number, added.is_main, added.kind) == (1, True, "item")
    stored = Image.open(io.BytesIO(photos.photo_bytes(demo_db, TAG, 1)))
    assert stored.format == "JPEG" and stored.size == (1067, 1600)  # upright, long side 1600
    assert not stored.getexif() and "exif" not in stored.info  # no orientation, GPS, maker
    assert b"PhoneMaker" not in photos.photo_bytes(demo_db, TAG, 1)
    thumb = Image.open(io.BytesIO(photos.photo_bytes(demo_db, TAG, 1, thumb=True)))
    assert max(thumb.size) == THUMB_SIDE
    assert added.byte_size < 400_000


def test_cmyk_16_bit_transparent_and_animated_pictures_come_in_as_rgb(demo_db, tmp_path):
    cmyk = io.BytesIO()
    Image.new("CMYK", (800, 600), (0, 255, 255, 0)).save(cmyk, "JPEG")
    sixteen = io.BytesIO()
    Image.new("I;16", (640, 480), 40_000).save(sixteen, "PNG")
    clear = io.BytesIO()
    Image.new("RGBA", (500, 500), (255, 0, 0, 0)).save(clear, "PNG")
    gif = io.BytesIO()
    frames = [Image.new("RGB", (300, 200), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    frames[0].save(gif, "GIF", save_all=True, append_images=frames[1:], duration=100)
    for raw in (cmyk, sixteen, clear):
        added = photos.add_photo(demo_db, TAG, raw.getvalue())
        stored = Image.open(io.BytesIO(photos.photo_bytes(demo_db, TAG, added.number)))
        assert stored.mode == "RGB"
    red = Image.open(io.BytesIO(photos.photo_bytes(demo_db, TAG, 1))).getpixel((10, 10))
    assert red[0] > 200 and red[1] < 60  # CMYK's magenta+yellow is red on screen
    grey = Image.open(io.BytesIO(photos.photo_bytes(demo_db, TAG, 2))).getpixel((10, 10))
    assert 150 < grey[0] < 160  # 40,000 of 65,535, as 8 bits
    white = Image.open(io.BytesIO(photos.photo_bytes(demo_db, TAG, 3))).getpixel((10, 10))
    assert min(white) > 245  # transparent on white
    animated = photos.add_photo(demo_db, TAG, gif.getvalue())
    assert animated.note == "first_frame"  # said, not refused
    path = tmp_path / "from-disk.jpg"
    path.write_bytes(jpeg((400, 300)))
    assert photos.add_photo(demo_db, TAG, path).width == 400  # never enlarged


def claimed_png(width: int, height: int, colour_type: int = 2, rows: bool = False) -> bytes:
    """A PNG whose header claims ``width`` x ``height``; with ``rows``, every row there (all
    zero, compressed as it is made: a few hundred KB for 7000 x 7000 RGBA)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    packer = zlib.compressobj(9)
    if rows:
        row = b"\x00" * (1 + width * (4 if colour_type == 6 else 3))
        body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    else:
        body = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


HOSTILE = {
    "thin_png": lambda tmp: claimed_png(1, 50_000_000),
    "rgba_7000": lambda tmp: claimed_png(7000, 7000, colour_type=6, rows=True),
    "not_an_image": lambda tmp: b"%PDF-1.7 this is a document, not a photo",
    "truncated_jpeg": lambda tmp: jpeg((2000, 1500), quality=95)[:20_000],
    "bomb": lambda tmp: bomb(),
    "heic": lambda tmp: b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 500,
    "empty": lambda tmp: b"",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_file_is_refused_in_a_sentence_and_nothing_is_stored(demo_db, tmp_path, case):
    with pytest.raises(InvalidInput) as refused:
        photos.add_photo(demo_db, TAG, HOSTILE[case](tmp_path))
    said = refused.value.say("en")
    assert said.startswith("photo: ") and "Traceback" not in said
    assert photos.list_photos(demo_db, TAG) == []
    french = refused.value.say("fr")
    assert french != said and french.startswith("photo : ")


def test_a_200_mb_file_is_refused_before_it_is_read(demo_db, tmp_path):
    huge = tmp_path / "scan.tif"
    with huge.open("wb") as out:
        out.truncate(200 * 1024 * 1024)  # sparse: nothing written to the disk
    with pytest.raises(InvalidInput, match="200 MB"):
        photos.add_photo(demo_db, TAG, huge)
    assert photos.list_photos(demo_db, TAG) == []


MEASURE = """
import io, struct, sys, zlib
from PIL import Image
sys.path.insert(0, ".")
from tests.core.test_photos import HOSTILE, jpeg
from wardrobe.files.images import prepare
case = sys.argv[1]
raw = jpeg((6000, 4000), quality=92) if case == "big_photo" else HOSTILE[case](None)
try:
    prepare(raw)
except Exception:
    pass
# The process's own high-water mark (VmHWM starts afresh at exec; ru_maxrss would carry the
# parent's, pytest's, over).
status = open("/proc/self/status").read()
print(int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1]) // 1024)
"""


@pytest.mark.parametrize(
    "case",
    ["big_photo", "bomb", "truncated_jpeg", "not_an_image", "heic", "thin_png", "rgba_7000"],
)
def test_memory_stays_under_300_mb_whatever_the_file(case):
    """Peak memory of a process that prepares the file (Python, Pillow and all), in MB."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, case], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    peak = int(done.stdout.split()[-1])
    assert peak < 300, (case, peak, done.stdout)


def test_photos_are_numbered_one_is_main_and_a_removal_is_undone(demo_db):
    first = photos.add_photo(demo_db, TAG, jpeg(colour=(1, 2, 3)))
    second = photos.add_photo(demo_db, TAG, jpeg(colour=(250, 250, 250)), main=True)
    listed = photos.list_photos(demo_db, TAG)
    assert [(p.number, p.is_main) for p in listed] == [(1, False), (2, True)]
    thumbs = photos.main_thumbnails(demo_db, [_item_id(demo_db)])
    assert Image.open(io.BytesIO(thumbs[_item_id(demo_db)])).getpixel((5, 5))[0] > 240
    photos.set_main(demo_db, TAG, 1)
    assert [p.is_main for p in photos.list_photos(demo_db, TAG)] == [True, False]
    removed = photos.remove_photo(demo_db, TAG, 1)
    assert [p.is_main for p in photos.list_photos(demo_db, TAG)] == [True]  # the next one
    photos.restore_photo(demo_db, removed)
    assert len(photos.list_photos(demo_db, TAG)) == 2
    assert [p.is_main for p in photos.list_photos(demo_db, TAG)] == [False, True]
    events = [e.kind for e in history_events.item_events(demo_db, TAG)[:3]]
    assert events == ["photo_added", "photo_removed", "photo_added"]
    with pytest.raises(NotFound):
        photos.remove_photo(demo_db, TAG, 9)
    assert first.number == 1 and second.number == 2


def _item_id(db) -> int:
    from wardrobe.services import costumes

    return costumes.get_item(db, TAG).id


def test_a_dated_fitting_photo_belongs_to_its_alteration_and_shows_in_the_history(demo_db):
    from datetime import date

    from wardrobe.services import alterations

    alteration = alterations.record_alteration(
        demo_db, TAG, kind="alteration", description="Taille reprise"
    )
    fitting = photos.add_photo(
        demo_db,
        TAG,
        jpeg((900, 1200)),
        kind="fitting",
        taken_on=date(2026, 11, 20),
        caption="Essayage avec Léa",
        alteration_id=alteration.id,
    )
    assert (fitting.kind, fitting.is_main, fitting.alteration_id) == (
        "fitting",
        False,
        alteration.id,
    )
    [event] = [e for e in history_events.item_events(demo_db, TAG) if e.kind == "photo_added"]
    assert event.values == {"kind": "fitting", "day": "2026-11-20", "caption": "Essayage avec Léa"}
    with pytest.raises(InvalidInput, match="main photo"):
        photos.set_main(demo_db, TAG, fitting.number)


def test_a_photo_is_never_larger_than_the_long_side(demo_db):
    added = photos.add_photo(demo_db, TAG, jpeg((5000, 800)))
    assert (added.width, added.height) == (LONG_SIDE, 256)


def test_a_photo_added_at_one_desk_is_seen_at_another(demo_db):
    from wardrobe.store.database import open_database

    other_desk = open_database(demo_db.url)
    try:
        assert photos.list_photos(other_desk, TAG) == []
        added = photos.add_photo(demo_db, TAG, jpeg((1000, 700)))
        [seen] = photos.list_photos(other_desk, TAG)
        assert (seen.id, seen.is_main, seen.width) == (added.id, True, 1000)
        assert photos.photo_bytes(other_desk, TAG, 1) == photos.photo_bytes(demo_db, TAG, 1)
        photos.remove_photo(other_desk, TAG, 1)
        assert photos.list_photos(demo_db, TAG) == []
    finally:
        other_desk.close()


@pytest.mark.sqlite_only
def test_a_backup_carries_the_photos_and_a_restore_brings_them_back(demo_db, tmp_path):
    from wardrobe.services import backup
    from wardrobe.store.database import open_database

    photos.add_photo(demo_db, TAG, jpeg((900, 600)))
    copy = tmp_path / "copies" / "wardrobe.db"
    copy.parent.mkdir()
    backup.backup_to(demo_db, copy)
    restored = open_database(copy)
    try:
        [photo] = photos.list_photos(restored, TAG)
        assert photos.photo_bytes(restored, TAG, 1) == photos.photo_bytes(demo_db, TAG, 1)
        assert photo.is_main
    finally:
        restored.close()


@pytest.mark.parametrize("kind", ["JPEG", "GIF"])
def test_a_pictures_comment_is_not_kept(kind):
    """JPEG and GIF comments ("GPS 48.8582N… Jane Doe") stayed in the stored photo and its
    thumbnail (issue 26)."""
    import io

    from PIL import Image

    from wardrobe.files.images import prepare

    secret = b"GPS 48.8582N 2.2945E Jane Doe"
    out = io.BytesIO()
    picture = Image.new("RGB" if kind == "JPEG" else "P", (320, 240), 120)
    picture.save(out, kind, comment=secret)
    assert secret in out.getvalue()
    prepared = prepare(out.getvalue())
    assert secret not in prepared.data and b"Jane Doe" not in prepared.thumb
