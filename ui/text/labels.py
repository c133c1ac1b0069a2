"""The core's stored words (statuses, conditions, styles...) as the user's language says them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wardrobe.measures import MEASURES
from wardrobe.records import PointeSpecRecord

_WORDS = {
    "in_store": QT_TRANSLATE_NOOP("Vocabulary", "in store"),
    "out": QT_TRANSLATE_NOOP("Vocabulary", "out"),
    "at_cleaning": QT_TRANSLATE_NOOP("Vocabulary", "at cleaning"),
    "in_alteration": QT_TRANSLATE_NOOP("Vocabulary", "in alteration"),
    "new": QT_TRANSLATE_NOOP("Vocabulary", "new"),
    "good": QT_TRANSLATE_NOOP("Vocabulary", "good"),
    "needs_repair": QT_TRANSLATE_NOOP("Vocabulary", "needs repair"),
    "retired": QT_TRANSLATE_NOOP("Vocabulary", "retired"),
    "classical": QT_TRANSLATE_NOOP("Vocabulary", "classical"),
    "platter": QT_TRANSLATE_NOOP("Vocabulary", "platter"),
    "bell": QT_TRANSLATE_NOOP("Vocabulary", "bell"),
    "romantic": QT_TRANSLATE_NOOP("Vocabulary", "Romantic"),
    "powder_puff": QT_TRANSLATE_NOOP("Vocabulary", "powder puff"),
    "bodice": QT_TRANSLATE_NOOP("Vocabulary", "bodice"),
    "tutu": QT_TRANSLATE_NOOP("Vocabulary", "tutu"),
    "tunic": QT_TRANSLATE_NOOP("Vocabulary", "tunic"),
    "skirt": QT_TRANSLATE_NOOP("Vocabulary", "skirt"),
    "headpiece": QT_TRANSLATE_NOOP("Vocabulary", "headpiece"),
    "leotard": QT_TRANSLATE_NOOP("Vocabulary", "leotard"),
    "tights": QT_TRANSLATE_NOOP("Vocabulary", "tights"),
    "dress": QT_TRANSLATE_NOOP("Vocabulary", "dress"),
    "jacket": QT_TRANSLATE_NOOP("Vocabulary", "jacket"),
    "trousers": QT_TRANSLATE_NOOP("Vocabulary", "trousers"),
    "cape": QT_TRANSLATE_NOOP("Vocabulary", "cape"),
    "accessory": QT_TRANSLATE_NOOP("Vocabulary", "accessory"),
    "alteration": QT_TRANSLATE_NOOP("Vocabulary", "alteration"),
    "repair": QT_TRANSLATE_NOOP("Vocabulary", "repair"),
    "received": QT_TRANSLATE_NOOP("Vocabulary", "received"),
    "issued": QT_TRANSLATE_NOOP("Vocabulary", "issued"),
    "used": QT_TRANSLATE_NOOP("Vocabulary", "used"),
    "adjusted": QT_TRANSLATE_NOOP("Vocabulary", "adjusted"),
    "tulle": QT_TRANSLATE_NOOP("Vocabulary", "tulle"),
    "net": QT_TRANSLATE_NOOP("Vocabulary", "net"),
    "bobbinet": QT_TRANSLATE_NOOP("Vocabulary", "bobbinet"),
    "stiff net": QT_TRANSLATE_NOOP("Vocabulary", "stiff net"),
    "elastic": QT_TRANSLATE_NOOP("Vocabulary", "elastic"),
    "ribbon": QT_TRANSLATE_NOOP("Vocabulary", "ribbon"),
    "hooks and bars": QT_TRANSLATE_NOOP("Vocabulary", "hooks and bars"),
    "thread": QT_TRANSLATE_NOOP("Vocabulary", "thread"),
    "dye": QT_TRANSLATE_NOOP("Vocabulary", "dye"),
    "fabric": QT_TRANSLATE_NOOP("Vocabulary", "fabric"),
    "soft": QT_TRANSLATE_NOOP("Vocabulary", "soft"),
    "medium": QT_TRANSLATE_NOOP("Vocabulary", "medium"),
    "hard": QT_TRANSLATE_NOOP("Vocabulary", "hard"),
    "extra hard": QT_TRANSLATE_NOOP("Vocabulary", "extra hard"),
    "low": QT_TRANSLATE_NOOP("Vocabulary", "low"),
    "standard": QT_TRANSLATE_NOOP("Vocabulary", "standard"),
    "high": QT_TRANSLATE_NOOP("Vocabulary", "high"),
}

_MEASURES = {
    "height": QT_TRANSLATE_NOOP("Measures", "Height"),
    "weight": QT_TRANSLATE_NOOP("Measures", "Weight"),
    "head": QT_TRANSLATE_NOOP("Measures", "Head"),
    "neck": QT_TRANSLATE_NOOP("Measures", "Neck"),
    "shoulders_front": QT_TRANSLATE_NOOP("Measures", "Across shoulders, front"),
    "shoulders_back": QT_TRANSLATE_NOOP("Measures", "Across shoulders, back"),
    "chest": QT_TRANSLATE_NOOP("Measures", "Chest / bust"),
    "underbust": QT_TRANSLATE_NOOP("Measures", "Underbust"),
    "waist": QT_TRANSLATE_NOOP("Measures", "Waist"),
    "high_hip": QT_TRANSLATE_NOOP("Measures", "High hip"),
    "hips": QT_TRANSLATE_NOOP("Measures", "Hips"),
    "girth": QT_TRANSLATE_NOOP("Measures", "Girth"),
    "nape_to_waist": QT_TRANSLATE_NOOP("Measures", "Nape to waist"),
    "nape_to_floor": QT_TRANSLATE_NOOP("Measures", "Nape to floor"),
    "sleeve": QT_TRANSLATE_NOOP("Measures", "Sleeve"),
    "upper_arm": QT_TRANSLATE_NOOP("Measures", "Upper arm"),
    "wrist": QT_TRANSLATE_NOOP("Measures", "Wrist"),
    "inseam": QT_TRANSLATE_NOOP("Measures", "Inseam"),
    "outside_leg": QT_TRANSLATE_NOOP("Measures", "Outside leg"),
}
assert set(_MEASURES) == {m.key for m in MEASURES}


def word(key: str) -> str:
    """A stored word in the user's language; an unknown one as it is."""
    source = _WORDS.get(key)
    return QCoreApplication.translate("Vocabulary", source) if source else key


def measure(key: str) -> str:
    return QCoreApplication.translate("Measures", _MEASURES[key])


_SPEC_PARTS = {
    "shank": QT_TRANSLATE_NOOP("Pointe", "%1 shank"),
    "vamp": QT_TRANSLATE_NOOP("Pointe", "%1 vamp"),
    "box": QT_TRANSLATE_NOOP("Pointe", "%1 box"),
}


def pointe_description(spec: PointeSpecRecord) -> str:
    """How a specification reads in the user's language: "Grishko 2007, 5.5, XXX, medium
    shank" (the words the core stores, translated)."""
    parts = [f"{spec.maker} {spec.model}".strip(), spec.size, spec.width]
    for key, setting in (("shank", spec.shank), ("vamp", spec.vamp), ("box", spec.box)):
        if setting:
            template = QCoreApplication.translate("Pointe", _SPEC_PARTS[key])
            parts.append(template.replace("%1", word(setting)))
    if spec.maker_mark:
        mark = QCoreApplication.translate("Pointe", "maker %1")
        parts.append(mark.replace("%1", spec.maker_mark))
    return ", ".join(p for p in parts if p)
