"""The words printed on sheets and lists, in the company's language (a Paris sheet is French)."""

from __future__ import annotations

import re

from ..records import PointeSpecRecord

EN: dict[str, str] = {
    "fitting_sheet": "Fitting sheet",
    "company": "Company",
    "production": "Production",
    "all_productions": "All productions",
    "dancer": "Dancer",
    "rank": "Rank",
    "roles": "Roles",
    "double_of": "Double of",
    "fitting_date": "Fitting date",
    "measurements": "Measurements",
    "taken_on": "taken on {date}",
    "no_measurements": "No measurements taken yet.",
    "pieces": "Costume pieces",
    "tag": "Tag",
    "piece": "Piece",
    "type": "Type",
    "colour": "Colour",
    "condition": "Condition",
    "tutu": "Tutu",
    "status": "Status",
    "tutu_detail": "{style}, {layers} layers",
    "hoop": "hoop on layer {layer}",
    "no_pieces": "No costume pieces for this dancer yet.",
    "pointe": "Pointe shoes",
    "pairs_on_hand": "{pairs} pairs on hand",
    "weeks_left": "{weeks} weeks left",
    "no_pointe": "No pointe-shoe specification.",
    "alterations": "Open alterations",
    "no_alterations": "None.",
    "notes": "Notes",
    "photo": "Photo",
    "sign_off": "Sign-off",
    "sign_dancer": "Dancer",
    "sign_cutter": "Cutter",
    "sign_supervisor": "Wardrobe supervisor",
    "signature_date": "Signature and date",
    "continued": "continued",
    "page": "Page {page}",
    "empty_production": "No dancer is cast in {production} yet: nothing to fit.",
    "reorder_list": "Reorder list",
    "supplier": "Supplier",
    "no_supplier": "No supplier set",
    "item": "Item",
    "for": "For",
    "on_hand": "On hand",
    "minimum": "Minimum",
    "target": "Target",
    "on_order": "On order",
    "to_order": "To order",
    "unit_cost": "Unit cost",
    "cost": "Cost",
    "total": "Total for {supplier}",
    "grand_total": "Total to order",
    "nothing_low": "Nothing is below its level: nothing to order.",
    "covered": "covered by orders",
    "date": "Date",
    "pairs": "pairs",
    "spec": "{maker} {model}, size {size}, width {width}",
    "shank": "{shank} shank",
    "vamp": "{vamp} vamp",
    "box": "{box} box",
    "maker_mark": "maker's mark: {mark}",
    "printed": "Printed {date}",
    "colon": ":",
}

FR: dict[str, str] = {
    "fitting_sheet": "Fiche d’essayage",
    "company": "Compagnie",
    "production": "Production",
    "all_productions": "Toutes les productions",
    "dancer": "Danseur",
    "rank": "Grade",
    "roles": "Rôles",
    "double_of": "Double de",
    "fitting_date": "Date d’essayage",
    "measurements": "Mesures",
    "taken_on": "prises le {date}",
    "no_measurements": "Pas encore de mesures.",
    "pieces": "Pièces de costume",
    "tag": "Étiquette",
    "piece": "Pièce",
    "type": "Type",
    "colour": "Couleur",
    "condition": "État",
    "tutu": "Tutu",
    "status": "Statut",
    "tutu_detail": "{style}, {layers} couches",
    "hoop": "cerceau sur la couche {layer}",
    "no_pieces": "Pas encore de pièce de costume pour ce danseur.",
    "pointe": "Pointes",
    "pairs_on_hand": "{pairs} paires en stock",
    "weeks_left": "encore {weeks} semaines",
    "no_pointe": "Pas de spécification de pointes.",
    "alterations": "Retouches en cours",
    "no_alterations": "Aucune.",
    "notes": "Notes",
    "photo": "Photo",
    "sign_off": "Visas",
    "sign_dancer": "Danseur",
    "sign_cutter": "Coupeur",
    "sign_supervisor": "Chef d’habillement",
    "signature_date": "Signature et date",
    "continued": "suite",
    "page": "Page {page}",
    "empty_production": "Aucun danseur n’est encore distribué dans {production} : rien à essayer.",
    "reorder_list": "Liste de réapprovisionnement",
    "supplier": "Fournisseur",
    "no_supplier": "Sans fournisseur",
    "item": "Article",
    "for": "Pour",
    "on_hand": "En stock",
    "minimum": "Minimum",
    "target": "Cible",
    "on_order": "En commande",
    "to_order": "À commander",
    "unit_cost": "Prix unitaire",
    "cost": "Coût",
    "total": "Total {supplier}",
    "grand_total": "Total à commander",
    "nothing_low": "Rien n’est sous son seuil : rien à commander.",
    "covered": "couvert par les commandes",
    "date": "Date",
    "pairs": "paires",
    "spec": "{maker} {model}, pointure {size}, largeur {width}",
    "shank": "cambrion {shank}",
    "vamp": "empeigne {vamp}",
    "box": "boîte {box}",
    "maker_mark": "marque de l’artisan : {mark}",
    "printed": "Imprimé le {date}",
    "colon": "\u202f:",
}

WORDS_FR = {
    "new": "neuf",
    "good": "bon",
    "needs_repair": "à réparer",
    "retired": "réformé",
    "in_store": "en réserve",
    "out": "sorti",
    "at_cleaning": "au nettoyage",
    "in_alteration": "en retouche",
    "classical": "classique",
    "platter": "plateau",
    "bell": "cloche",
    "romantic": "romantique",
    "powder_puff": "houppette",
    "bodice": "corsage",
    "tutu": "tutu",
    "tunic": "tunique",
    "skirt": "jupe",
    "headpiece": "coiffe",
    "leotard": "justaucorps",
    "tights": "collant",
    "dress": "robe",
    "jacket": "veste",
    "trousers": "pantalon",
    "cape": "cape",
    "accessory": "accessoire",
    "soft": "souple",
    "medium": "moyen",
    "hard": "dur",
    "extra hard": "extra dur",
    "low": "basse",
    "standard": "standard",
    "high": "haute",
    "height": "Stature",
    "weight": "Poids",
    "head": "Tour de tête",
    "neck": "Tour de cou",
    "shoulders_front": "Carrure devant",
    "shoulders_back": "Carrure dos",
    "chest": "Tour de poitrine",
    "underbust": "Dessous de poitrine",
    "waist": "Tour de taille",
    "high_hip": "Tour de petites hanches",
    "hips": "Tour de hanches",
    "girth": "Tour de corps",
    "nape_to_waist": "Nuque–taille",
    "nape_to_floor": "Nuque–sol",
    "sleeve": "Longueur de bras",
    "upper_arm": "Tour de bras",
    "wrist": "Tour de poignet",
    "inseam": "Entrejambe",
    "outside_leg": "Hauteur taille–sol",
    "shoe_size": "Pointure",
}
WORDS_EN = {
    "needs_repair": "needs repair",
    "in_store": "in store",
    "at_cleaning": "at cleaning",
    "in_alteration": "in alteration",
    "powder_puff": "powder puff",
    "romantic": "Romantic",
    "shoe_size": "Shoe size",
}


class Labels:
    """``labels["fitting_sheet"]``, ``labels.word("needs_repair")`` in one language."""

    def __init__(self, language: str) -> None:
        self.language = "fr" if language == "fr" else "en"
        self._text = FR if self.language == "fr" else EN
        self._words = WORDS_FR if self.language == "fr" else WORDS_EN

    def __getitem__(self, key: str) -> str:
        return self._text[key]

    def pointe_spec(self, spec: PointeSpecRecord) -> str:
        """The full specification a maker needs, in this language."""
        parts = [
            self["spec"].format(
                maker=spec.maker,
                model=spec.model,
                size=local_size(spec.size, self.language),
                width=spec.width or "—",
            )
        ]
        for key, setting in (("shank", spec.shank), ("vamp", spec.vamp), ("box", spec.box)):
            if setting:
                parts.append(self[key].format(**{key: self.word(setting)}))
        if spec.maker_mark:
            parts.append(self["maker_mark"].format(mark=spec.maker_mark))
        return ", ".join(parts)

    def word(self, key: str) -> str:
        """A stored word (status, condition, style, piece type, measure) in this language."""
        if key in self._words:
            return self._words[key]
        from ..measures import BY_KEY

        if key in BY_KEY:
            return BY_KEY[key].label
        return key.replace("_", " ")


def local_size(size: str, language: str) -> str:
    """A shoe size as the language writes it: 3,5 in French (a size such as 5½ as it is)."""
    return size.replace(".", ",") if language == "fr" and re.fullmatch(r"\d+\.\d+", size) else size
