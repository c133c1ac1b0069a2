"""The costume shop's standard set of body measurements, with the range a human body spans.

Values are millimetres (weight: grams). A value outside its range is refused as a typo.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    low: int
    high: int
    is_weight: bool = False


MEASURES: tuple[Measure, ...] = (
    Measure("height", "Height", 1000, 2300),
    Measure("weight", "Weight", 25_000, 160_000, is_weight=True),
    Measure("head", "Head", 450, 680),
    Measure("neck", "Neck", 240, 520),
    Measure("shoulders_front", "Across shoulders, front", 250, 600),
    Measure("shoulders_back", "Across shoulders, back", 250, 600),
    Measure("chest", "Chest / bust", 600, 1500),
    Measure("underbust", "Underbust", 550, 1300),
    Measure("waist", "Waist", 450, 1300),
    Measure("high_hip", "High hip", 600, 1500),
    Measure("hips", "Hips", 650, 1600),
    Measure("girth", "Girth", 1150, 2000),
    Measure("nape_to_waist", "Nape to waist", 300, 650),
    Measure("nape_to_floor", "Nape to floor", 1000, 1950),
    Measure("sleeve", "Sleeve", 500, 1050),
    Measure("upper_arm", "Upper arm", 170, 520),
    Measure("wrist", "Wrist", 110, 260),
    Measure("inseam", "Inseam", 550, 1100),
    Measure("outside_leg", "Outside leg", 750, 1350),
)
BY_KEY = {m.key: m for m in MEASURES}
LENGTH_KEYS = tuple(m.key for m in MEASURES if not m.is_weight)
