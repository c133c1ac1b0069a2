"""The keys the paged lists sort by, one per column in column order: plain words the window
knows before the database layer is loaded, each read by its list's service."""

from __future__ import annotations

COSTUMES = (
    "tag",
    "name",
    "type",
    "layers",
    "production",
    "role",
    "colour",
    "made_for",
    "location",
    "condition",
    "status",
    "out_to",
    "company",
)

DANCERS = ("name", "rank", "company", "active", "doubles")

POINTE = (
    "dancer",
    "specification",
    "pairs_on_hand",
    "on_order",
    "pairs_per_week",
    "weeks_left",
    "lead_time",
    "supplier",
    "company",
)
