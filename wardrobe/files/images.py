"""Photos made sensible on the way in, with Pillow: turned upright as the camera's EXIF says,
every piece of metadata left behind (the GPS position a phone writes above all), colours in
RGB (a CMYK print scan, a 16-bit PNG), resized to at most 1600 px on the long side, saved as
JPEG, with a small thumbnail. The original file is never needed again.

What cannot be a photo of a costume is refused in a sentence before anything is stored, and
the memory a file can make Pillow use is bounded: the file's size is checked before it is
read, the pixel count before it is decoded (a tiny PNG can claim 50,000 x 50,000 pixels), and
a JPEG is decoded straight at a reduced scale."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvalidInput
from ..language.i18n import N_, Text

LONG_SIDE = 1600  # pixels: enough to see a seam at full size on a screen and on A4
THUMB_SIDE = 160
QUALITY = 85
MAX_FILE_BYTES = 40 * 1024 * 1024  # a camera's JPEG is a few MB; a 200 MB file is not a photo
# Pixels decoded at most: a JPEG is decoded at 1/2, 1/4 or 1/8 scale when that is enough (so a
# 48-megapixel phone photo costs a fraction of it); other formats whole, 4 bytes a pixel and a
# copy or two on the way: 24 megapixels (a 6000 x 4000 PNG) keep a process under 300 MB, where
# a 7000 x 7000 RGBA PNG of 206 KB took 857 MB and a 69-byte one claiming 1 x 50,000,000, 1.45 GB.
MAX_PIXELS = 24_000_000
MAX_JPEG_PIXELS = 200_000_000
READABLE = ("JPEG", "PNG", "WEBP", "GIF", "TIFF", "BMP", "MPO")


@dataclass(frozen=True)
class PreparedPhoto:
    data: bytes  # JPEG, at most LONG_SIDE on its long side
    thumb: bytes  # JPEG, at most THUMB_SIDE
    width: int
    height: int
    note: str = ""  # something said about the way in: "first frame of an animation"


def _refuse(detail: Text) -> InvalidInput:
    return InvalidInput(field=N_("photo"), detail=detail)


def read_source(source: bytes | str | Path) -> bytes:
    """A file's bytes, refusing a file too large to be a photo before reading it."""
    if isinstance(source, bytes):
        if len(source) > MAX_FILE_BYTES:
            raise _too_large(len(source))
        return source
    path = Path(source)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise _refuse(Text("{path}: {reason}", path=str(path), reason=error.strerror)) from None
    if not path.is_file():
        raise _refuse(Text("{path} is not a file", path=str(path)))
    if size > MAX_FILE_BYTES:
        raise _too_large(size)
    return path.read_bytes()


def _too_large(size: int) -> InvalidInput:
    return _refuse(
        Text(
            "the file is {size} MB; a photo is at most {limit} MB (save it smaller first)",
            size=round(size / 1024 / 1024),
            limit=MAX_FILE_BYTES // 1024 // 1024,
        )
    )


def prepare(source: bytes | str | Path) -> PreparedPhoto:
    """The photo as it is stored: upright, stripped, RGB, resized, with its thumbnail."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    # Pillow's own guard, at the highest count any format is let through (a JPEG's): the
    # tighter count for other formats is checked below, from the header, before decoding.
    Image.MAX_IMAGE_PIXELS = MAX_JPEG_PIXELS
    raw = read_source(source)
    if not raw:
        raise _refuse(Text("the file is empty"))
    note = ""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(raw))
            kind = image.format or ""
            if kind == "HEIF" or raw[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
                raise _heic()
            if kind not in READABLE:
                raise _refuse(
                    Text(
                        "{kind} pictures cannot be read here; save it as JPEG or PNG",
                        kind=kind or "?",
                    )
                )
            width, height = image.size
            limit = MAX_JPEG_PIXELS if kind in ("JPEG", "MPO") else MAX_PIXELS
            if width * height > limit or width <= 0 or height <= 0:
                raise _bomb(width, height)
            if getattr(image, "is_animated", False):
                note = "first_frame"
                image.seek(0)
            if kind in ("JPEG", "MPO"):
                # Decoded at 1/2, 1/4 or 1/8 scale, as long as the long side keeps 1600 px.
                shrink = LONG_SIDE / max(width, height)
                image.draft("RGB", (int(width * shrink), int(height * shrink)))
            image.load()
            upright = ImageOps.exif_transpose(image)
            picture = _rgb(upright)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(
            Text("the picture claims far more pixels than any photo (a decompression bomb)")
        ) from None
    except UnidentifiedImageError:
        if raw[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
            raise _heic() from None
        raise _refuse(
            Text("the file is not a picture this app can read (JPEG, PNG, WebP, GIF)")
        ) from None
    except OSError as error:  # truncated, corrupt
        raise _refuse(
            Text("the picture is damaged or cut short ({reason})", reason=str(error))
        ) from None
    except (ValueError, SyntaxError) as error:
        raise _refuse(Text("the picture cannot be read ({reason})", reason=str(error))) from None
    picture.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS, reducing_gap=3.0)
    data = _jpeg(picture, QUALITY)
    small = picture.copy()
    small.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    thumb = _jpeg(small, 80)
    return PreparedPhoto(data, thumb, picture.width, picture.height, note)


def _heic() -> InvalidInput:
    return _refuse(
        Text("HEIC photos (an iPhone's) cannot be read here; export it as JPEG from the phone")
    )


def _bomb(width: int, height: int) -> InvalidInput:
    return _refuse(
        Text(
            "the picture claims {width} x {height} pixels, far more than any photo: refused",
            width=width,
            height=height,
        )
    )


def _rgb(image):  # noqa: ANN001, ANN202 - a PIL image in, an RGB one out
    """Colours as a screen shows them: CMYK, 16-bit grey, palette and transparency (on white)
    become 8-bit RGB."""
    from PIL import Image

    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda value: value / 256).convert("L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        white = Image.new("RGB", image.size, (255, 255, 255))
        white.paste(image, mask=image.getchannel("A"))
        return white
    return image.convert("RGB") if image.mode != "RGB" else image


def _jpeg(image, quality: int) -> bytes:  # noqa: ANN001
    """JPEG bytes with nothing but the pixels: no EXIF, no GPS, no comment. Pillow writes
    what the picture read carries in ``info`` (a JPEG's or a GIF's comment: "GPS 48.8582N…
    Jane Doe"): it is emptied first."""
    image.info = {}
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()
