"""The words the wardrobe uses for conditions, statuses, tutu styles, piece types and ranks.

Stored as these keys; the GUI and the printouts show them in the company's language.
"""

from __future__ import annotations

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
SHOE_WIDTHS = ("N", "M", "W", "X", "XX", "XXX", "XXXX", "XXXXX")
MAX_NET_LAYERS = 24
