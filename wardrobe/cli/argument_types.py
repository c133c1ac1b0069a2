"""What an option of the command line accepts, checked as argparse reads it."""

from __future__ import annotations

import argparse

MAX_WHOLE = 1_000_000  # a count, a seed, a line or a pair number: more is a slip of the keys


def whole_number(text: str) -> int:
    """A whole number from 0 to ``MAX_WHOLE`` (``--limit 10^23`` overflowed the database's
    integers); anything else is argparse's usage error, exit 1."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”: a whole number is needed") from None
    if not 0 <= value <= MAX_WHOLE:
        raise argparse.ArgumentTypeError(f"“{text}”: give a whole number from 0 to {MAX_WHOLE:,}")
    return value
