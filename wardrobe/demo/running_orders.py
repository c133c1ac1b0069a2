"""The demo productions' running orders and looks: each part (act, scene, English and French
titles, minutes from the curtain, running time) and, for each role, the looks it wears and in
which parts (by their index in the running order)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PartPlan:
    act: str
    scene: str
    title_en: str
    title_fr: str
    starts_min: int
    length_min: int


@dataclass(frozen=True)
class LookPlan:
    """A look: its name and how it is worn in both languages, the parts it is worn in, and
    which of the role's pieces it takes (their index in ``RolePlan.pieces``; all when empty)."""

    name_en: str
    name_fr: str
    parts: tuple[int, ...]
    notes_en: str = ""
    notes_fr: str = ""
    pieces: tuple[int, ...] = ()


NUTCRACKER_PARTS = (
    PartPlan("I", "1", "The Christmas party", "La fête de Noël", 0, 24),
    PartPlan("I", "2", "The battle", "La bataille", 24, 10),
    PartPlan("I", "3", "The Land of Snow", "Le royaume des neiges", 34, 12),
    PartPlan("II", "1", "The Kingdom of Sweets", "Le royaume des friandises", 66, 18),
    PartPlan("II", "2", "Waltz of the Flowers", "Valse des fleurs", 84, 7),
    PartPlan("II", "3", "Grand pas de deux", "Grand pas de deux", 91, 12),
)
NUTCRACKER_LOOKS = {
    "Sugar Plum Fairy": (LookPlan("Grand pas", "Grand pas", (3, 5)),),
    "Cavalier": (LookPlan("Grand pas", "Grand pas", (3, 5)),),
    "Clara": (
        LookPlan(
            "Party", "Fête", (0, 1), "apron on, ribbon in her hair", "tablier, ruban aux cheveux"
        ),
        LookPlan(
            "Journey",
            "Voyage",
            (2, 3),
            "apron off, hair down",
            "tablier retiré, cheveux détachés",
        ),
    ),
    "Dew Drop": (LookPlan("Waltz", "Valse", (4,)),),
    "Snowflake": (LookPlan("Snow", "Neige", (2,), "gloves off before the waltz", "gants retirés"),),
    "Flower": (LookPlan("Waltz", "Valse", (4,)),),
    "Drosselmeyer": (
        LookPlan("Party", "Fête", (0,)),
        LookPlan("Battle", "Bataille", (1,), "cape off", "sans cape", (0, 2)),
    ),
    "Mouse King": (LookPlan("Battle", "Bataille", (1,)),),
    "Snow King": (LookPlan("Snow", "Neige", (2,)),),
}
SLEEPING_BEAUTY_PARTS = (
    PartPlan("Prologue", "", "The christening", "Le baptême", 0, 30),
    PartPlan("I", "", "Aurora's birthday", "L’anniversaire d’Aurore", 35, 30),
    PartPlan("II", "", "The vision", "La vision", 75, 30),
    PartPlan("III", "", "The wedding", "Le mariage", 115, 40),
)
SLEEPING_BEAUTY_LOOKS = {
    "Aurora": (
        LookPlan("Birthday", "Anniversaire", (1, 2), pieces=(0, 2)),
        LookPlan("Wedding", "Mariage", (3,), pieces=(1, 2)),
    ),
    "Prince Désiré": (
        LookPlan("Hunt", "Chasse", (2,), "cape on", "avec la cape"),
        LookPlan("Wedding", "Mariage", (3,), pieces=(0, 1)),
    ),
    "Lilac Fairy": (LookPlan("Lilac", "Lilas", (0, 2, 3)),),
    "Princess Florine": (LookPlan("Bluebird pas de deux", "Pas de deux", (3,)),),
    "Bluebird": (LookPlan("Bluebird pas de deux", "Pas de deux", (3,)),),
    "Carabosse": (LookPlan("Curse", "Malédiction", (0, 1)),),
    "Garland Dancer": (LookPlan("Garland waltz", "Valse des guirlandes", (1,)),),
}
