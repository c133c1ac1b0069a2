"""The costume shop's standard set of body measurements, with the range a human body spans.

Values are millimetres (weight: grams). A value outside its range is refused as a typo.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..language.i18n import N_


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    low: int
    high: int
    is_weight: bool = False


MEASURES: tuple[Measure, ...] = (
    Measure("height", N_("Height"), 1000, 2300),
    Measure("weight", N_("Weight"), 25_000, 160_000, is_weight=True),
    Measure("head", N_("Head"), 450, 680),
    Measure("neck", N_("Neck"), 240, 520),
    Measure("shoulders_front", N_("Across shoulders, front"), 250, 600),
    Measure("shoulders_back", N_("Across shoulders, back"), 250, 600),
    Measure("chest", N_("Chest / bust"), 600, 1500),
    Measure("underbust", N_("Underbust"), 550, 1300),
    Measure("waist", N_("Waist"), 450, 1300),
    Measure("high_hip", N_("High hip"), 600, 1500),
    Measure("hips", N_("Hips"), 650, 1600),
    Measure("girth", N_("Girth"), 1150, 2000),
    Measure("nape_to_waist", N_("Nape to waist"), 300, 650),
    Measure("nape_to_floor", N_("Nape to floor"), 1000, 1950),
    Measure("sleeve", N_("Sleeve"), 500, 1050),
    Measure("upper_arm", N_("Upper arm"), 170, 520),
    Measure("wrist", N_("Wrist"), 110, 260),
    Measure("inseam", N_("Inseam"), 550, 1100),
    Measure("outside_leg", N_("Outside leg"), 750, 1350),
)
BY_KEY = {m.key: m for m in MEASURES}
