"""Photos in the printouts: a stored JPEG as a reportlab image of a given width (its height
as the photo's proportions make it, at most ``tallest``), made smaller first when the page
does not need every pixel (a 1600 px photo printed 4 cm wide)."""

from __future__ import annotations

import io

from reportlab.platypus import Image

POINTS_PER_INCH = 72
PRINT_DPI = 200  # what a photo needs on paper at arm's length


def photo(data: bytes, width: float, tallest: float) -> Image:
    """``width`` and ``tallest`` in points."""
    from PIL import Image as Pillow

    picture = Pillow.open(io.BytesIO(data))
    ratio = picture.height / picture.width if picture.width else 1.0
    shown_w, shown_h = width, width * ratio
    if shown_h > tallest:
        shown_w, shown_h = tallest / ratio, tallest
    needed = int(max(shown_w, shown_h) / POINTS_PER_INCH * PRINT_DPI)
    if max(picture.size) > needed * 1.2:
        picture.thumbnail((needed, needed))
        out = io.BytesIO()
        picture.convert("RGB").save(out, "JPEG", quality=85)
        data = out.getvalue()
    return Image(io.BytesIO(data), width=shown_w, height=shown_h)
