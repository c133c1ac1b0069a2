"""Records of dancers: a dancer, her measurement sets (the current one of each measure), a
search's hit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class DancerRecord:
    id: int
    name: str
    company_id: int
    company: str
    units: str
    rank: str
    active: bool
    doubles: str
    notes: str
    version: int
    # On a guest engagement now: the host (its units are ``units``) and until when.
    engaged_at: str = ""
    engaged_at_id: int | None = None
    engaged_until: date | None = None


@dataclass(frozen=True)
class MeasurementRecord:
    id: int
    dancer_id: int
    measured_on: date
    taken_by: str
    notes: str
    values: dict[str, int | None]
    shoe_size: str
    warnings: tuple[str, ...] = ()
    # For the latest values of every measure (see current_measurements): the day each was
    # taken, where that is before ``measured_on`` (a partial re-measure keeps older ones).
    taken_on: dict[str, date] = field(default_factory=dict)


def current_measurements(newest_first: list[MeasurementRecord]) -> MeasurementRecord | None:
    """The latest value of every measure across a dancer's dated sets, each with its day: a
    re-measure of the waist and hips alone leaves the other measures as last taken."""
    if not newest_first:
        return None
    newest = newest_first[0]
    values: dict[str, int | None] = dict(newest.values)
    taken_on: dict[str, date] = {}
    shoe_size = newest.shoe_size
    for older in newest_first[1:]:
        for key, value in older.values.items():
            if values.get(key) is None and value is not None:
                values[key] = value
                taken_on[key] = older.measured_on
        if not shoe_size and older.shoe_size:
            shoe_size = older.shoe_size
            taken_on["shoe_size"] = older.measured_on
    return MeasurementRecord(
        id=newest.id,
        dancer_id=newest.dancer_id,
        measured_on=newest.measured_on,
        taken_by=newest.taken_by,
        notes=newest.notes,
        values=values,
        shoe_size=shoe_size,
        warnings=newest.warnings,
        taken_on=taken_on,
    )


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "costume", "dancer", "material"
    id: int
    key: str  # the tag for a costume, the name otherwise
    title: str
    detail: str
    company: str
