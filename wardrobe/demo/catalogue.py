"""What the demo is made of: the two companies, names, productions, roles, makers, materials."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CompanyPlan:
    name: str
    code: str
    city: str
    address: str  # printed on its purchase orders
    language: str
    units: str
    currency: str
    paper: str
    dancers: int  # per unit of --scale
    ranks_female: tuple[tuple[str, int], ...]  # rank, how many per unit (the rest: last rank)
    ranks_male: tuple[tuple[str, int], ...]
    productions: tuple[str, str]  # The Nutcracker, Sleeping Beauty in the company's language
    rooms: tuple[str, str, str]  # costume store, hoist room, bins
    rack: str
    hoist: str
    bin: str
    tulle_width_cm: float
    stock_length_unit: str
    shoe_sizes_f: tuple[str, ...]
    shoe_sizes_m: tuple[str, ...]
    pair_cost: tuple[int, int]  # minor units
    actors: tuple[str, ...]
    time_zone: str  # its wall clock: the schedule's times
    venue: str  # where it performs


PARIS = CompanyPlan(
    name="Le Ballet National",
    code="BN",
    city="Paris",
    address="Service des costumes\n8, rue Scribe\n75009 Paris\nFrance",
    language="fr",
    units="metric",
    currency="EUR",
    paper="A4",
    time_zone="Europe/Paris",
    venue="Palais Garnier",
    dancers=44,
    ranks_female=(
        ("étoile", 2),
        ("première danseuse", 2),
        ("sujet", 5),
        ("coryphée", 6),
        ("quadrille", 0),
    ),
    ranks_male=(
        ("étoile", 1),
        ("premier danseur", 2),
        ("sujet", 3),
        ("coryphée", 4),
        ("quadrille", 0),
    ),
    productions=("Casse-Noisette", "La Belle au bois dormant"),
    rooms=("Atelier costumes", "Salle des palans", "Réserve"),
    rack="Portant",
    hoist="Palan",
    bin="Bac",
    tulle_width_cm=300,
    stock_length_unit="m",
    shoe_sizes_f=("36", "36.5", "37", "37.5", "38", "38.5", "39", "40"),
    shoe_sizes_m=("41", "42", "42.5", "43", "44", "45"),
    pair_cost=(7800, 10500),
    actors=("Jean-Loup Marchetti (comédien)", "Séverine Aubrac (comédienne)"),
)

NEW_YORK = CompanyPlan(
    name="Metropolitan Ballet Theater",
    code="MBT",
    city="New York",
    address="Costume Department\n30 Lincoln Center Plaza\nNew York, NY 10023\nUSA",
    language="en",
    units="imperial",
    currency="USD",
    paper="Letter",
    time_zone="America/New_York",
    venue="David H. Koch Theater",
    dancers=36,
    ranks_female=(("principal", 3), ("soloist", 4), ("apprentice", 2), ("corps de ballet", 0)),
    ranks_male=(("principal", 2), ("soloist", 3), ("apprentice", 1), ("corps de ballet", 0)),
    productions=("The Nutcracker", "Sleeping Beauty"),
    rooms=("Costume Shop", "Tutu Room", "Storage"),
    rack="Rack",
    hoist="Hoist",
    bin="Bin",
    tulle_width_cm=274.32,  # 108 in
    stock_length_unit="yd",
    shoe_sizes_f=("6", "6.5", "7", "7.5", "8", "8.5", "9", "10"),
    shoe_sizes_m=("8", "9", "9.5", "10", "11", "12"),
    pair_cost=(9000, 12500),
    actors=("Marcus Delgado-Whitfield (actor)", "Renée Okonkwo (actress)"),
)


@dataclass(frozen=True)
class MakerPlan:
    maker: str
    models: tuple[str, ...]
    lead_weeks: int
    sizes: tuple[str, ...]
    marks: tuple[str, ...] = ()


MAKERS = (
    MakerPlan(
        "Freed of London",
        ("Classic", "Classic Pro", "Studios"),
        20,
        ("3", "3.5", "4", "4.5", "5", "5.5", "6"),
        ("crown", "bell", "L", "Maltese cross", "key", "bow", "X", "H", "star"),
    ),
    MakerPlan(
        "Gaynor Minden", ("Classic", "Sleek", "Pointe"), 8, ("7", "7.5", "8", "8.5", "9", "9.5")
    ),
    MakerPlan(
        "Bloch", ("Serenade", "European Balance", "Heritage"), 10, ("3.5", "4", "4.5", "5", "5.5")
    ),
    MakerPlan(
        "Grishko", ("2007", "Maya I", "Nova", "Ulanova"), 16, ("4", "4.5", "5", "5.5", "6", "6.5")
    ),
    MakerPlan("Capezio", ("Airess", "Tiffany", "Développé"), 8, ("6", "6.5", "7", "7.5", "8")),
)
MAKER_WEIGHTS = (5, 2, 2, 3, 1)
WIDTHS = ("X", "XX", "XXX", "XXXX", "XXXXX")
SHANKS = ("soft", "medium", "medium", "hard", "extra hard")
VAMPS = ("standard", "standard", "low", "high")

FABRIC_SUPPLIERS = {
    "BN": (
        ("Tissus du Marais", "commandes@tissus-du-marais.example", 3),
        ("Mercerie Lemoine", "atelier@mercerie-lemoine.example", 2),
    ),
    "MBT": (
        ("Garment District Textile Co.", "orders@gdtextile.example", 2),
        ("Broadway Notions Supply", "sales@broadwaynotions.example", 1),
    ),
}


@dataclass(frozen=True)
class MaterialPlan:
    name_en: str
    name_fr: str
    kind: str
    colour: str
    unit: str  # "length" means the company's unit (m or yd)
    width_cm: float | None
    minimum: int
    target: int
    cost: int  # minor units per unit
    supplier: int  # index into FABRIC_SUPPLIERS
    low: bool  # made low in the demo


MATERIALS = (
    MaterialPlan(
        "Stiff tulle, white",
        "Tulle raide blanc",
        "tulle",
        "white",
        "length",
        None,
        60,
        200,
        650,
        0,
        True,
    ),
    MaterialPlan(
        "Stiff tulle, pink",
        "Tulle raide rose",
        "tulle",
        "pink",
        "length",
        None,
        40,
        150,
        690,
        0,
        False,
    ),
    MaterialPlan(
        "Soft tulle, ivory",
        "Tulle souple ivoire",
        "tulle",
        "ivory",
        "length",
        None,
        80,
        250,
        480,
        0,
        True,
    ),
    MaterialPlan(
        "Stiff net, black",
        "Filet raide noir",
        "stiff net",
        "black",
        "length",
        None,
        30,
        100,
        720,
        0,
        False,
    ),
    MaterialPlan(
        "Bobbinet, white",
        "Tulle bobbinet blanc",
        "bobbinet",
        "white",
        "length",
        None,
        20,
        60,
        1850,
        0,
        False,
    ),
    MaterialPlan(
        "Soft tulle, lilac",
        "Tulle souple lilas",
        "tulle",
        "lilac",
        "length",
        None,
        25,
        80,
        520,
        0,
        False,
    ),
    MaterialPlan(
        "Elastic, 2 cm, white",
        "Élastique 2 cm blanc",
        "elastic",
        "white",
        "length",
        2,
        50,
        150,
        95,
        1,
        False,
    ),
    MaterialPlan(
        "Pointe ribbon, satin pink",
        "Ruban de pointes satin rose",
        "ribbon",
        "pink",
        "length",
        2.2,
        120,
        400,
        110,
        1,
        True,
    ),
    MaterialPlan(
        "Pointe elastic, pink",
        "Élastique de pointes rose",
        "elastic",
        "pink",
        "length",
        1.5,
        60,
        200,
        85,
        1,
        False,
    ),
    MaterialPlan(
        "Hooks and bars, size 2",
        "Agrafes et portes, taille 2",
        "hooks and bars",
        "black",
        "cards",
        None,
        40,
        120,
        240,
        1,
        True,
    ),
    MaterialPlan(
        "Thread, white polyester",
        "Fil polyester blanc",
        "thread",
        "white",
        "spools",
        None,
        30,
        80,
        350,
        1,
        False,
    ),
    MaterialPlan(
        "Fabric dye, ballet pink",
        "Teinture rose ballet",
        "dye",
        "pink",
        "g",
        None,
        500,
        2000,
        4,
        1,
        False,
    ),
)
