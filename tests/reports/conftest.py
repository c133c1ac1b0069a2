"""Reading back what was printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def flat(text: str) -> str:
    """The page's words with single spaces: table cells wrap lines anywhere."""
    return " ".join(text.split())


def page_size(path: Path, index: int = 0) -> tuple[int, int]:
    box = PdfReader(str(path)).pages[index].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.fixture
def pdf(tmp_path):
    return tmp_path / "out.pdf"
