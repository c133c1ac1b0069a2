"""The columns each kind of import understands: case, spaces and accents ignored, English or
French, and for lengths a ``_cm`` or ``_in`` ending that says the unit."""

from __future__ import annotations

from ..text import fold

KINDS = ("dancers", "costumes", "materials", "pointe")

# canonical name -> other names people write (folded: lower case, no accents, "_" for spaces)
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "dancers": {
        "name": ("nom", "dancer", "danseur", "danseuse"),
        "company": ("compagnie",),
        "rank": ("grade", "rang"),
        "double_of": ("double_de", "double"),
        "height": ("stature",),
        "bust": ("chest", "poitrine", "tour_de_poitrine"),
        "waist": ("taille_tour", "tour_de_taille"),
        "hips": ("hanches", "tour_de_hanches"),
        "girth": ("tour_de_corps",),
        "inseam": ("entrejambe",),
        "head": ("tete", "tour_de_tete"),
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
LENGTHS = {
    "dancers": {"height", "bust", "waist", "hips", "girth", "inseam", "head"},
    "materials": {"width"},
}
REQUIRED = {
    "dancers": ("name",),
    "costumes": ("tag", "name"),
    "materials": ("name", "unit"),
    "pointe": ("dancer", "maker", "size"),
}
# measures.py keys for the dancers' length columns
MEASURE_KEYS = {
    "height": "height",
    "bust": "chest",
    "waist": "waist",
    "hips": "hips",
    "girth": "girth",
    "inseam": "inseam",
    "head": "head",
}


def header_key(header: str) -> str:
    return "_".join(fold(header).replace("-", " ").replace("'", " ").replace("’", " ").split())


def resolve(kind: str, header: str) -> tuple[str, str | None] | None:
    """(canonical column, unit "cm"/"in"/None) for a header, or None if not understood."""
    key = header_key(header)
    unit = None
    for suffix in ("_cm", "_in"):
        if key.endswith(suffix):
            key, unit = key[: -len(suffix)], suffix[1:]
    for canonical, others in ALIASES[kind].items():
        if key == canonical or key in {fold(o).replace(" ", "_") for o in others}:
            if unit is not None and canonical not in LENGTHS.get(kind, set()):
                return None
            return canonical, unit
    return None
