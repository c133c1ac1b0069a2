"""The demo's patterns, the usual ones of a ballet workroom, in each company's language and
units: a classical tutu of 13 layers (14 m of stiff net in Paris, 15 yd in New York), a
Romantic tutu, a bodice and a veil, each with its stages and standard hours."""

from __future__ import annotations

from ..domain.units import STOCK_UNITS
from ..models import Maker, Pattern, PatternMaterial, PatternStage
from .build_state import BuilderState

# (English name, French name, piece type, tutu style, layers, materials: (index in the
# catalogue's materials, metres in Paris, yards in New York), stages: (English, French, hours,
# a fitting?)).
PATTERNS = (
    (
        "Classical tutu",
        "Tutu classique",
        "tutu",
        "classical",
        13,
        ((0, 14, 15), (6, 1, 1), (9, 1, 1), (10, 1, 1)),
        (
            ("Pants and casings", "Culotte et coulisses", 3, False),
            ("Layers cut and gathered", "Couches coupées et froncées", 8, False),
            ("Hoop", "Cerceau", 2, False),
            ("Plate", "Plateau", 3, False),
            ("Basque", "Basque", 3, False),
            ("Bodice mock-up fitting", "Essayage de la toile du corsage", 1, True),
            ("Bodice", "Corsage", 6, False),
            ("Decoration", "Décoration", 25, False),
        ),
    ),
    (
        "Romantic tutu",
        "Tutu romantique",
        "tutu",
        "romantic",
        5,
        ((2, 20, 22), (6, 1, 1), (9, 1, 1)),
        (
            ("Layers cut and gathered", "Couches coupées et froncées", 6, False),
            ("Bodice mock-up fitting", "Essayage de la toile du corsage", 1, True),
            ("Bodice", "Corsage", 6, False),
            ("Assembly", "Montage", 4, False),
            ("Decoration", "Décoration", 8, False),
        ),
    ),
    (
        "Bodice",
        "Corsage",
        "bodice",
        "",
        None,
        ((9, 1, 1), (10, 1, 1)),
        (
            ("Mock-up", "Toile", 3, False),
            ("Fitting", "Essayage", 1, True),
            ("Bodice", "Corsage", 6, False),
            ("Decoration", "Décoration", 8, False),
        ),
    ),
    (
        "Veil",
        "Voile",
        "accessory",
        "",
        None,
        ((2, 10, 11), (10, 1, 1)),
        (
            ("Cut and gathered", "Coupé et froncé", 1.5, False),
            ("Edges", "Ourlets", 1, False),
        ),
    ),
)


# The workroom's makers: (name, rate an hour in minor units or None: the workroom's, hours a week).
MAKERS = {
    "BN": (("Camille Roux", 4000, 35), ("Mathilde Perrin", None, 35), ("Odile Faure", None, 20)),
    "MBT": (("Grace Kim", 4800, 40), ("Luis Ortega", None, 40), ("Ruth Adler", None, 20)),
}


class PatternBuilder(BuilderState):
    def _makers(self) -> None:
        for name, rate, hours in MAKERS[self.plan.code]:
            self.rows.add(
                Maker,
                company_id=self.company_id,
                name=name,
                hourly_rate=rate,
                hours_per_week=hours,
            )

    def _patterns(self, material_ids: list[int]) -> None:
        length = self.plan.stock_length_unit
        for name_en, name_fr, kind, style, layers, materials, stages in PATTERNS:
            pattern_id = self.rows.add(
                Pattern,
                company_id=self.company_id,
                name=name_fr if self.french else name_en,
                piece_type=kind,
                tutu_style=style,
                net_layers=layers,
                notes="",
                version=1,
            )
            for position, (index, metres, yards) in enumerate(materials, start=1):
                unit = length if index in (0, 1, 2, 3, 4, 5, 6) else None
                amount = (metres if length == "m" else yards) if unit else metres
                per = STOCK_UNITS[unit] if unit else STOCK_UNITS["pcs"]
                self.rows.add(
                    PatternMaterial,
                    pattern_id=pattern_id,
                    material_id=material_ids[index],
                    position=position,
                    quantity=round(amount * per),
                )
            for position, (stage_en, stage_fr, hours, fitting) in enumerate(stages, start=1):
                self.rows.add(
                    PatternStage,
                    pattern_id=pattern_id,
                    position=position,
                    name=stage_fr if self.french else stage_en,
                    minutes=round(hours * 60),
                    fitting=fitting,
                )
