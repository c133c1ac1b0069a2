"""Records of a production's schedule and of a day's call: who is called and when, her looks in
running order with her pieces, what is not ready, and the pointe shoes to issue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..language.i18n import Text
from .productions import PartRecord, WornPiece


@dataclass(frozen=True)
class EventChangeRecord:
    """For one event, ``dancer`` dances ``role`` in place of ``replaces`` ("": as well)."""

    role_id: int
    role: str
    dancer_id: int
    dancer: str
    replaces_id: int | None
    replaces: str


@dataclass(frozen=True)
class EventRecord:
    """A date of the schedule; its times on the wall clock of ``time_zone``, the production's
    company's."""

    id: int
    production_id: int
    production: str
    company_id: int
    company: str
    time_zone: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    call_minutes: int
    venue: str
    cast_number: int
    notes: str
    version: int
    changes: tuple[EventChangeRecord, ...] = ()


@dataclass(frozen=True)
class CalledLook:
    part: PartRecord
    role: str
    look: str
    notes: str
    pieces: tuple[WornPiece, ...]
    role_id: int = 0


@dataclass(frozen=True)
class PointeToIssue:
    spec_id: int
    described: Text
    pairs: int
    on_hand: int


@dataclass(frozen=True)
class CalledDancer:
    """A dancer called: when (``called_at``; ``on_stage_at`` her first entrance), her roles,
    her looks in running order; ``replaces``: the dancer she stands in for that day."""

    dancer_id: int
    dancer: str
    roles: tuple[str, ...]
    called_at: datetime
    on_stage_at: datetime | None
    looks: tuple[CalledLook, ...]
    replaces: str = ""
    double_of: str = ""
    pointe: PointeToIssue | None = None


@dataclass(frozen=True)
class NotReady:
    """A piece of the call that is not ready: ``why`` one of "at_cleaning", "in_alteration",
    "out" (with someone), "lent", "missing", "retired", "to_make", "to_assign", "twin_missing",
    "no_pointe"; said in a sentence by ``said``."""

    why: str
    dancer: str
    role: str
    part: str
    tag: str
    said: Text


@dataclass(frozen=True)
class Call:
    event: EventRecord
    dancers: tuple[CalledDancer, ...]
    not_ready: tuple[NotReady, ...]
    pieces: int  # pieces to pull, each item once

    def counts(self) -> dict[str, int]:
        """How many pieces are not ready, by why."""
        found: dict[str, int] = {}
        for problem in self.not_ready:
            found[problem.why] = found.get(problem.why, 0) + 1
        return found


@dataclass(frozen=True)
class CallReadiness:
    """How ready a coming date is: its dancers, and its pieces not ready, by why."""

    event: EventRecord
    dancers: int
    pieces: int
    not_ready: tuple[tuple[str, int], ...]  # (why, how many), the most first
