"""The columns each kind of import understands: case, spaces and accents ignored, English or
French, and for a measure an ending that says its unit: ``waist_cm``, ``waist_in``,
``weight_kg``, ``weight_lb``; a dancer's every measure has its column."""

from __future__ import annotations

from ..domain.measures import BY_KEY
from ..language.folding import fold

KINDS = ("dancers", "costumes", "materials", "pointe")

# canonical name -> other names people write (folded: lower case, no accents, "_" for spaces)
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "dancers": {
        "name": ("nom", "dancer", "danseur", "danseuse"),
        "company": ("compagnie",),
        "rank": ("grade", "rang"),
        "double_of": ("double_de", "double"),
        "height": ("stature",),
        "weight": ("poids",),
        "head": ("tete", "tour_de_tete"),
        "neck": ("cou", "tour_de_cou"),
        "shoulders_front": ("across_shoulders_front", "carrure_devant"),
        "shoulders_back": ("across_shoulders_back", "carrure_dos"),
        "bust": ("chest", "chest_bust", "poitrine", "tour_de_poitrine"),
        "underbust": ("sous_poitrine", "tour_sous_poitrine"),
        "waist": ("taille_tour", "tour_de_taille"),
        "high_hip": ("petites_hanches", "haut_des_hanches"),
        "hips": ("hanches", "tour_de_hanches", "bassin"),
        "girth": ("tour_de_corps",),
        "nape_to_waist": ("nuque_taille", "longueur_dos"),
        "nape_to_floor": ("nuque_sol",),
        "sleeve": ("manche", "longueur_de_manche"),
        "upper_arm": ("tour_de_bras", "biceps"),
        "wrist": ("poignet", "tour_de_poignet"),
        "inseam": ("entrejambe",),
        "outside_leg": ("exterieur_jambe", "cote_exterieur"),
        "measured_on": ("mesure_le", "date_des_mesures", "date"),
    },
    "costumes": {
        "tag": ("etiquette", "code"),
        "name": ("nom", "piece_name"),
        "kind": ("piece_type", "type", "piece"),
        "production": ("ballet",),
        "role": ("rôle",),
        "dancer": ("danseur", "danseuse", "built_for", "fait_pour"),
        "colour": ("color", "couleur"),
        "location": ("emplacement", "lieu"),
        "condition": ("etat",),
        "status": ("statut",),
        "out_to": ("sorti_pour", "chez", "out_to_dancer"),
        "value": ("replacement_value", "valeur", "valeur_de_remplacement"),
        "tutu_style": ("style_tutu", "style_du_tutu"),
        "net_layers": ("layers", "couches", "couches_de_tulle"),
        "notes": ("remarques",),
        "company": ("compagnie",),
    },
    "materials": {
        "name": ("nom",),
        "kind": ("type", "genre"),
        "colour": ("color", "couleur"),
        "width": ("largeur",),
        "unit": ("unite",),
        "quantity": ("quantite", "stock", "en_stock"),
        "minimum": ("seuil", "seuil_minimum"),
        "target": ("cible",),
        "supplier": ("fournisseur",),
        "unit_cost": ("cout_unitaire", "prix_unitaire", "cost"),
        "company": ("compagnie",),
    },
    "pointe": {
        "dancer": ("danseur", "danseuse", "name", "nom"),
        "maker": ("fabricant", "marque"),
        "model": ("modele",),
        "size": ("pointure",),
        "width": ("largeur",),
        "shank": ("cambrion",),
        "vamp": ("empeigne",),
        "maker_mark": ("marque_de_l_artisan", "mark", "poincon"),
        "pairs_on_hand": ("paires_en_stock", "pairs"),
        "pairs_per_week": ("paires_par_semaine",),
        "lead_time_weeks": ("delai_semaines", "delai", "lead_time"),
        "company": ("compagnie",),
    },
}
# measures.py key of each dancers' measure column (the chest is "bust" on a sheet)
MEASURE_KEYS = {("bust" if key == "chest" else key): key for key in BY_KEY}
# the units a column may name in its header (``waist_cm``, ``weight_lb``); the other columns
# name none
UNIT_SUFFIXES = {
    "dancers": {
        column: (("kg", "lb") if BY_KEY[key].is_weight else ("cm", "in"))
        for column, key in MEASURE_KEYS.items()
    },
    "materials": {"width": ("cm", "in")},
}
REQUIRED = {
    "dancers": ("name",),
    "costumes": ("tag", "name"),
    "materials": ("name", "unit"),
    "pointe": ("dancer", "maker", "size"),
}
# columns an .xlsx export writes as numbers (the rest as text, whatever they look like)
NUMBERS = {
    "dancers": frozenset(MEASURE_KEYS),
    "costumes": frozenset({"value", "net_layers"}),
    "materials": frozenset({"width", "quantity", "minimum", "target", "unit_cost"}),
    "pointe": frozenset({"pairs_on_hand", "pairs_per_week", "lead_time_weeks"}),
}
MONEY = frozenset({"value", "unit_cost"})
METRIC_UNITS = frozenset({"cm", "kg"})


def header_key(header: str) -> str:
    return "_".join(fold(header).replace("-", " ").replace("'", " ").replace("’", " ").split())


def resolve(kind: str, header: str) -> tuple[str, str | None] | None:
    """(canonical column, unit such as "cm" or None) for a header, or None if not understood."""
    key = header_key(header)
    for canonical, others in ALIASES[kind].items():
        names = {canonical, *(header_key(o) for o in others)}
        if key in names:
            return canonical, None
        for unit in UNIT_SUFFIXES.get(kind, {}).get(canonical, ()):
            if key.endswith(f"_{unit}") and key[: -len(unit) - 1] in names:
                return canonical, unit
    return None
