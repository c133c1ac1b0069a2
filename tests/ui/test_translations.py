"""The French catalogue is complete, keeps every placeholder, and matches the code."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from resources import translations_dir

PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]+\}")


def messages(path: Path):
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        yield message.find("source").text, translation.get("type"), forms


def test_every_french_message_is_translated_and_keeps_its_placeholders():
    problems = []
    for source, kind, forms in messages(translations_dir() / "wardrobe_fr.ts"):
        if kind in ("unfinished", "obsolete", "vanished") or not all(forms):
            problems.append(f"untranslated: {source}")
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form))):
                problems.append(f"placeholders differ: {source} -> {form}")
    assert problems == []


def test_the_catalogues_hold_every_string_of_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    ui = Path(__file__).resolve().parents[2] / "ui"
    copy = tmp_path / "wardrobe_fr.ts"
    shutil.copy(translations_dir() / "wardrobe_fr.ts", copy)
    result = subprocess.run(
        [str(lupdate), *sorted(str(p) for p in ui.rglob("*.py")), "-no-obsolete", "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, result.stdout


def test_the_built_catalogues_are_there():
    for language in ("fr", "en"):
        qm = translations_dir() / f"wardrobe_{language}.qm"
        assert qm.exists(), "the set-up (scripts/setup.sh) builds the .qm files"
