"""Fills the empty entries of a .po from a JSON table {English: translation}; prints the ones
still empty. A translator's aid: `python scripts/fill-catalogue.py fr table.json`."""

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

language, table_path = sys.argv[1], sys.argv[2]
po = Path(__file__).resolve().parents[1] / f"resources/locale/{language}/LC_MESSAGES/wardrobe.po"
with po.open("rb") as source:
    catalogue = read_po(source)
table = json.loads(Path(table_path).read_text(encoding="utf-8"))
for message in catalogue:
    if message.id and not message.string and message.id in table:
        message.string = table[message.id]
with po.open("wb") as out:
    write_po(out, catalogue, width=0, omit_header=False)
for message in catalogue:
    if message.id and not message.string:
        print(f"untranslated: {message.id!r}")
