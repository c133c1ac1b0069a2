"""The words of the wardrobe: the codes the inventory stores (conditions, statuses, tutu styles,
piece types, ranks, ledger movements, material kinds, shank, vamp and box settings) and how
each is said in the reader's language; a pointe-shoe specification read as one line. Proper
names (makers, their models and marks) stay as written."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ..domain.units import base_to_stock
from .folding import fold
from .i18n import LANGUAGES, N_, Text, translate

CONDITIONS = ("new", "good", "needs_repair", "retired")
# "missing": not found where it was recorded at a stocktake, until it is found again.
STATUSES = ("in_store", "out", "at_cleaning", "in_alteration", "missing")
TUTU_STYLES = ("classical", "platter", "bell", "romantic", "powder_puff")
PIECE_TYPES = (
    "bodice",
    "tutu",
    "tunic",
    "skirt",
    "headpiece",
    "leotard",
    "tights",
    "dress",
    "jacket",
    "trousers",
    "cape",
    "accessory",
)
ALTERATION_KINDS = ("alteration", "repair")
# Each company's ranks, stored as written here and shown in the reader's language (the Paris
# titles are said as they are in English too, as English writers keep them). A rank typed that
# is not here is kept as typed.
RANKS = {
    "fr": ("étoile", "premier danseur", "première danseuse", "sujet", "coryphée", "quadrille"),
    "en": (
        "principal",
        "first soloist",
        "soloist",
        "corps de ballet",
        "apprentice",
        "character artist",
        "guest artist",
    ),
}
# What a tutu's skirt is built of: the tulle-use form offers these, and nothing else.
NET_KINDS = ("tulle", "net", "bobbinet", "stiff net")
MATERIAL_KINDS = (
    "tulle",
    "net",
    "bobbinet",
    "stiff net",
    "elastic",
    "ribbon",
    "hooks and bars",
    "thread",
    "dye",
    "fabric",
)
# What a date of a production's schedule is.
EVENT_KINDS = ("performance", "dress_rehearsal", "rehearsal", "fitting", "shooting_day")
# How long each lasts, in hours, when its end is not given.
EVENT_HOURS = {
    "performance": 3,
    "dress_rehearsal": 3,
    "rehearsal": 3,
    "fitting": 1,
    "shooting_day": 10,
}
# Where a quick change happens, in the wings or in a booth.
CHANGE_PLACES = ("stage_left", "stage_right", "booth")
SHOE_WIDTHS = ("N", "M", "W", "X", "XX", "XXX", "XXXX", "XXXXX")
MAX_NET_LAYERS = 24


WORDS = {
    "in_store": N_("in store"),
    "out": N_("out"),
    "at_cleaning": N_("at cleaning"),
    "in_alteration": N_("in alteration"),
    "missing": N_("missing"),
    "new": N_("new"),
    "good": N_("good"),
    "needs_repair": N_("needs repair"),
    "retired": N_("retired"),
    "classical": N_("classical"),
    "platter": N_("platter"),
    "bell": N_("bell"),
    "romantic": N_("Romantic"),
    "powder_puff": N_("powder puff"),
    "bodice": N_("bodice"),
    "tutu": N_("tutu"),
    "tunic": N_("tunic"),
    "skirt": N_("skirt"),
    "headpiece": N_("headpiece"),
    "leotard": N_("leotard"),
    "tights": N_("tights"),
    "dress": N_("dress"),
    "jacket": N_("jacket"),
    "trousers": N_("trousers"),
    "cape": N_("cape"),
    "accessory": N_("accessory"),
    "alteration": N_("alteration"),
    "repair": N_("repair"),
    "received": N_("received"),
    "issued": N_("issued"),
    "used": N_("used"),
    "adjusted": N_("adjusted"),
    "principal": N_("principal"),
    "first soloist": N_("first soloist"),
    "soloist": N_("soloist"),
    "corps de ballet": N_("corps de ballet"),
    "apprentice": N_("apprentice"),
    "character artist": N_("character artist"),
    "guest artist": N_("guest artist"),
    "tulle": N_("tulle"),
    "net": N_("net"),
    "bobbinet": N_("bobbinet"),
    "stiff net": N_("stiff net"),
    "elastic": N_("elastic"),
    "ribbon": N_("ribbon"),
    "hooks and bars": N_("hooks and bars"),
    "thread": N_("thread"),
    "dye": N_("dye"),
    "fabric": N_("fabric"),
    "soft": N_("soft"),
    "medium": N_("medium"),
    "hard": N_("hard"),
    "extra hard": N_("extra hard"),
    "low": N_("low"),
    "standard": N_("standard"),
    "high": N_("high"),
    "performance": N_("performance"),
    "dress_rehearsal": N_("dress rehearsal"),
    "rehearsal": N_("rehearsal"),
    "fitting": N_("fitting"),
    "shooting_day": N_("shooting day"),
    "stage_left": N_("stage left"),
    "stage_right": N_("stage right"),
    "booth": N_("quick-change booth"),
}


# Stock units as a reader sees them; the symbols (m, yd, cm, g) are the same in both.
UNIT_WORDS = {
    "pcs": N_("pcs"),
    "pairs": N_("pairs"),
    "spools": N_("spools"),
    "cards": N_("cards"),
    "packs": N_("packs"),
}


# One of a stock unit, after a price: "€91.00 / pair", "2,00 € / carte".
ONE_UNIT_WORDS = {
    "pcs": N_("piece"),
    "pairs": N_("pair"),
    "spools": N_("spool"),
    "cards": N_("card"),
    "packs": N_("pack"),
}


def one_unit_word(unit: str, language: str) -> str:
    """A stock unit as ``language`` writes it after a price per unit: "paire", "m"."""
    source = ONE_UNIT_WORDS.get(unit)
    return translate(source, language) if source else unit


def unit_word(unit: str, language: str) -> str:
    """A stock unit as ``language`` writes it after a number: "cartes", "m"."""
    source = UNIT_WORDS.get(unit)
    return translate(source, language) if source else unit


def unit_text(unit: str) -> Any:
    """A stock unit as a value to say: "cards" becomes "cartes" in French, "m" stays."""
    return Text(UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit


def stock_amount(base: int, unit: str) -> Text:
    """A quantity on hand in its stock unit, said the reader's way: "32,5 m", "21 cartes"."""
    value = base_to_stock(base, unit)
    value = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return Text("{amount} {unit}", amount=value, unit=unit_text(unit))


def status_text(status: str) -> Any:
    """An item's status as a value to say: "at cleaning", "au nettoyage"."""
    return Text(WORDS[status]) if status in WORDS else status


def rank_code(rank: str) -> str:
    """A rank as stored: one of the companies' ranks, typed in either language ("soliste",
    "Soloist"), becomes its code; any other rank stays as typed."""
    wanted = fold(rank)
    for code in (code for ranks in RANKS.values() for code in ranks):
        if wanted in {fold(word(code, language)) for language in LANGUAGES}:
            return code
    return rank


def word(key: str, language: str) -> str:
    """A stored word in ``language``; one the app does not know, as it is."""
    source = WORDS.get(key)
    return translate(source, language) if source else key


def _setting(value: str) -> Any:
    return Text(WORDS[value]) if value in WORDS else value


def size_value(size: str) -> Any:
    """A shoe size as a value to say: a half size is a number (3,5 in French), a size such
    as 5½ or 4X stays as written."""
    return Decimal(size) if re.fullmatch(r"\d+\.\d+", size) else size


def describe_spec(
    maker: str,
    model: str,
    size: str,
    width: str,
    shank: str = "",
    vamp: str = "",
    box: str = "",
    maker_mark: str = "",
) -> Text:
    """ "Grishko 2007, 5.5, XXX, medium shank, maker star", said in any language."""
    parts: list[Any] = [p for p in (f"{maker} {model}".strip(), size_value(size), width) if p]
    if shank:
        parts.append(Text(N_("{setting} shank"), setting=_setting(shank)))
    if vamp:
        parts.append(Text(N_("{setting} vamp"), setting=_setting(vamp)))
    if box:
        parts.append(Text(N_("{setting} box"), setting=_setting(box)))
    if maker_mark:
        parts.append(Text(N_("maker {mark}"), mark=maker_mark))
    values = {"p" + str(index): part for index, part in enumerate(parts)}
    message = ", ".join("{" + name + "}" for name in values)
    return Text(message, **values)
