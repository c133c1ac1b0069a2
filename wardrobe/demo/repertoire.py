"""The demo's productions: their roles with the pieces each wears, the tutus' styles, and the
rehearsal wear each company keeps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RolePlan:
    """A role's costume: its pieces, how many dancers dance it (copies), who is cast."""

    name_en: str
    name_fr: str
    cast: str  # "lead_f", "lead_m", "solo_f", "solo_m", "corps_f", "corps_m", "child"
    copies: int
    pieces: tuple[tuple[str, str, str], ...]  # (piece type, name suffix, colour)
    tutu: tuple[str, int] | None = None  # (style, layers), for the piece of type "tutu"


NUTCRACKER = (
    RolePlan(
        "Sugar Plum Fairy",
        "Fée Dragée",
        "lead_f",
        3,
        (("tutu", "tutu", "rose pink"), ("headpiece", "tiara", "silver")),
    ),
    RolePlan(
        "Cavalier",
        "Le Prince",
        "lead_m",
        3,
        (("tunic", "tunic", "ivory and gold"), ("tights", "tights", "white")),
    ),
    RolePlan("Clara", "Clara", "solo_f", 3, (("dress", "party dress", "pale blue"),)),
    RolePlan(
        "Dew Drop",
        "Goutte de rosée",
        "solo_f",
        2,
        (("tutu", "tutu", "pale green"), ("headpiece", "headpiece", "crystal")),
    ),
    RolePlan(
        "Snowflake",
        "Flocon de neige",
        "corps_f",
        16,
        (("tutu", "tutu", "white"), ("headpiece", "crown", "white")),
    ),
    RolePlan(
        "Flower",
        "Fleur",
        "corps_f",
        14,
        (("tutu", "tutu", "pink"), ("headpiece", "flower crown", "pink")),
    ),
    RolePlan(
        "Drosselmeyer",
        "Drosselmeyer",
        "solo_m",
        2,
        (
            ("jacket", "frock coat", "black"),
            ("cape", "cape", "black"),
            ("trousers", "breeches", "grey"),
        ),
    ),
    RolePlan(
        "Mouse King",
        "Roi des souris",
        "solo_m",
        2,
        (("headpiece", "mask", "grey"), ("tunic", "tunic", "grey")),
    ),
    RolePlan(
        "Snow King",
        "Roi des neiges",
        "corps_m",
        4,
        (("tunic", "tunic", "white"), ("tights", "tights", "white")),
    ),
)


SLEEPING_BEAUTY = (
    RolePlan(
        "Aurora",
        "Aurore",
        "lead_f",
        3,
        (
            ("tutu", "Act I tutu", "pink"),
            ("tutu", "Act III tutu", "white and gold"),
            ("headpiece", "tiara", "gold"),
        ),
    ),
    RolePlan(
        "Prince Désiré",
        "Prince Désiré",
        "lead_m",
        3,
        (
            ("tunic", "tunic", "blue"),
            ("tights", "tights", "white"),
            ("cape", "cape", "midnight blue"),
        ),
    ),
    RolePlan(
        "Lilac Fairy",
        "Fée des Lilas",
        "solo_f",
        2,
        (("tutu", "tutu", "lilac"), ("headpiece", "headpiece", "lilac")),
    ),
    RolePlan(
        "Princess Florine", "Princesse Florine", "solo_f", 2, (("tutu", "tutu", "turquoise"),)
    ),
    RolePlan(
        "Bluebird",
        "L'Oiseau bleu",
        "solo_m",
        2,
        (("tunic", "tunic", "blue"), ("headpiece", "feathered cap", "blue")),
    ),
    RolePlan(
        "Carabosse",
        "Carabosse",
        "solo_m",
        2,
        (("dress", "gown", "black"), ("headpiece", "wig", "grey")),
    ),
    RolePlan(
        "Garland Dancer",
        "Valse des guirlandes",
        "corps_f",
        12,
        (("tutu", "tutu", "peach"), ("headpiece", "garland", "peach")),
    ),
)


# Tutu style and net layers per role and company: Paris builds its classical tutus on 13 layers.
TUTUS = {
    ("Sugar Plum Fairy", "BN"): ("classical", 13),
    ("Sugar Plum Fairy", "MBT"): ("classical", 12),
    ("Dew Drop", "BN"): ("classical", 12),
    ("Dew Drop", "MBT"): ("classical", 11),
    ("Snowflake", "BN"): ("bell", 8),
    ("Snowflake", "MBT"): ("romantic", 5),
    ("Flower", "BN"): ("bell", 7),
    ("Flower", "MBT"): ("romantic", 4),
    ("Aurora", "BN"): ("classical", 13),
    ("Aurora", "MBT"): ("classical", 12),
    ("Lilac Fairy", "BN"): ("classical", 13),
    ("Lilac Fairy", "MBT"): ("classical", 11),
    ("Princess Florine", "BN"): ("classical", 12),
    ("Princess Florine", "MBT"): ("platter", 10),
    ("Garland Dancer", "BN"): ("bell", 9),
    ("Garland Dancer", "MBT"): ("bell", 8),
}


REHEARSAL = (  # per company and scale unit: (piece type, name, colour, count, tutu)
    ("tutu", "Practice tutu", "white", 12, ("platter", 6)),
    ("leotard", "Rehearsal leotard", "black", 24, None),
    ("skirt", "Rehearsal skirt", "navy", 12, None),
    ("tights", "Rehearsal tights", "pink", 14, None),
)
