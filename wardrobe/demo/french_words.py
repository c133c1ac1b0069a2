"""The demo's French: piece types, colours and alterations as a Paris workroom writes them, and
the staff who take measurements and sign for repairs."""

from __future__ import annotations

PIECE_FR = {
    "tutu": "tutu",
    "tiara": "diadème",
    "tunic": "tunique",
    "tights": "collant",
    "party dress": "robe de fête",
    "headpiece": "coiffe",
    "crown": "couronne",
    "flower crown": "couronne de fleurs",
    "frock coat": "redingote",
    "cape": "cape",
    "breeches": "culotte",
    "mask": "masque",
    "Act I tutu": "tutu acte I",
    "Act III tutu": "tutu acte III",
    "feathered cap": "coiffe à plumes",
    "gown": "robe",
    "wig": "perruque",
    "garland": "guirlande",
    "Practice tutu": "tutu de répétition",
    "Rehearsal leotard": "justaucorps de répétition",
    "Rehearsal skirt": "jupette de répétition",
    "Rehearsal tights": "collant de répétition",
}


COLOUR_FR = {
    "white": "blanc",
    "pink": "rose",
    "rose pink": "rose dragée",
    "silver": "argent",
    "ivory and gold": "ivoire et or",
    "pale blue": "bleu pâle",
    "pale green": "vert pâle",
    "crystal": "cristal",
    "black": "noir",
    "grey": "gris",
    "gold": "or",
    "white and gold": "blanc et or",
    "blue": "bleu",
    "midnight blue": "bleu nuit",
    "lilac": "lilas",
    "turquoise": "turquoise",
    "peach": "pêche",
    "navy": "marine",
    "ivory": "ivoire",
}


ALTERATIONS_FR = {
    "Waist taken in 1 cm": "Taille reprise de 1 cm",
    "Bodice let out at the side seams": "Corsage élargi aux coutures de côté",
    "Hooks moved to the second row for a new dancer": (
        "Agrafes passées au deuxième rang pour une nouvelle danseuse"
    ),
    "Shoulder straps shortened 2 cm": "Bretelles raccourcies de 2 cm",
    "Hoop wire replaced": "Cerceau remplacé",
    "Net layers re-tacked after performance": "Couches de tulle refixées après le spectacle",
    "Torn basque mended": "Basque déchirée reprise",
    "Missing sequins and stones replaced": "Sequins et strass manquants remplacés",
    "Hem lengthened": "Ourlet rallongé",
    "Broken zip replaced": "Fermeture éclair remplacée",
}


ALTERATIONS = (
    ("alteration", "Waist taken in 1 cm"),
    ("alteration", "Bodice let out at the side seams"),
    ("alteration", "Hooks moved to the second row for a new dancer"),
    ("alteration", "Shoulder straps shortened 2 cm"),
    ("repair", "Hoop wire replaced"),
    ("repair", "Net layers re-tacked after performance"),
    ("repair", "Torn basque mended"),
    ("repair", "Missing sequins and stones replaced"),
    ("alteration", "Hem lengthened"),
    ("repair", "Broken zip replaced"),
)


STAFF = (
    "Mireille (cutter)",
    "Paulette (stitcher)",
    "Dana (wardrobe supervisor)",
    "Luis (stitcher)",
    "Agnès (cutter)",
)

# A tutu's net as a Paris workroom writes it.
NET_FR = {"stiff net": "tulle raide", "soft tulle": "tulle souple"}
