"""What this inventory's tags look like, so that the desk can tell a scanned label from a
number or a date typed fast: each company's tags (``BN-000124``), the shape of every other
tag it holds (``TUTU-0042``: its digits folded), place labels (``LOC-BN-12``) and purchase
order numbers (``PO-BN-0017``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window uses the shapes from its first frame, before the ORM is loaded
    from ..store.database import Database

TAG_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9./-]{0,31}$")

# Past this many shapes the tags follow no pattern worth learning: any tag-like text that
# holds a letter and a digit reads as a tag (numbers and dates still never do).
SHAPE_LIMIT = 500
_DIGITS = re.compile(r"\d+")
_LABEL = re.compile(r"^(LOC|PO)-([A-Z0-9]{1,8})-\d{1,9}$")


def shape(tag: str) -> str:
    """``BN-000124`` and ``BN-12`` are both ``BN-9``; ``2026-12-07`` is ``9-9-9``."""
    return _DIGITS.sub("9", tag.strip().upper())


def _has_letter(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


@dataclass(frozen=True)
class TagShapes:
    """``codes``: the companies' tag prefixes; ``shapes``: every tag's shape, or None when
    there are too many to learn (or nothing was read yet)."""

    codes: frozenset[str] = frozenset()
    shapes: frozenset[str] | None = None
    extra: frozenset[str] = field(default=frozenset())

    def reads_as_tag(self, text: str) -> bool:
        tag = text.strip().upper()
        if not TAG_PATTERN.match(tag) or not any(ch.isdigit() for ch in tag):
            return False
        label = _LABEL.match(tag)
        if label is not None:
            return not self.codes or label.group(2) in self.codes
        prefix, _, number = tag.partition("-")
        if prefix in self.codes and number.isdigit():
            return True
        if self.shapes is None:
            return _has_letter(tag)
        return shape(tag) in self.shapes or shape(tag) in self.extra

    def with_tag(self, tag: str) -> TagShapes:
        """The same, knowing one more tag (an item just logged with a tag of its own)."""
        if self.shapes is None or shape(tag) in self.shapes:
            return self
        return replace(self, extra=self.extra | {shape(tag)})


def read(db: Database) -> TagShapes:
    from sqlalchemy import select

    from ..models import Company, CostumeItem

    with db.rows() as conn:
        codes = frozenset(code.upper() for code in conn.scalars(select(Company.code)))
        shapes: set[str] = set()
        prefixes = tuple(f"{code}-" for code in codes)
        for tag in conn.scalars(select(CostumeItem.tag)):
            if tag.startswith(prefixes) and tag.partition("-")[2].isdigit():
                continue  # a company's own tag: its code says it
            shapes.add(shape(tag))
            if len(shapes) > SHAPE_LIMIT:
                return TagShapes(codes, None)
    return TagShapes(codes, frozenset(shapes))
