"""What the command line says, in the reader's language (see wardrobe/language/i18n.py)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..language.i18n import Text

EXIT_USER_ERROR = 1
EXIT_BUG = 70


def said(args: argparse.Namespace, message: str, /, **values: Any) -> str:
    """``message`` (an English sentence marked with N_) said in the command's language."""
    return Text(message, **values).say(args.language)


def tell(args: argparse.Namespace, message: str, /, **values: Any) -> None:
    print(said(args, message, **values))


def warn(args: argparse.Namespace, message: str, /, **values: Any) -> None:
    print(said(args, message, **values), file=sys.stderr)
