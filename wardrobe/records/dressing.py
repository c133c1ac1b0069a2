"""Records of who dresses whom: a production's dressing plan (rooms, dressers, each dancer's room
and dresser, where each quick change happens), and a date's dressing: the dressing list of each
room, the quick changes found from the running order, each dresser's track, the presets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..language.i18n import Text
from .productions import PartRecord, WornPiece
from .schedule import CalledDancer, EventRecord


@dataclass(frozen=True)
class RoomPlan:
    name: str
    dresser: str = ""  # dresses the room's dancers who have no dresser of their own


@dataclass(frozen=True)
class DancerPlan:
    dancer_id: int
    dancer: str
    room: str = ""
    dresser: str = ""


@dataclass(frozen=True)
class ChangePlan:
    """Where the quick change of ``role_id`` into ``part_id`` happens, and who does it ("": the
    dancer's dresser, else her room's)."""

    part_id: int
    role_id: int
    place: str = ""
    dresser: str = ""


@dataclass(frozen=True)
class DressingPlan:
    production_id: int
    minutes: int  # a change with fewer minutes than this is a quick change
    rooms: tuple[RoomPlan, ...] = ()
    dressers: tuple[str, ...] = ()
    dancers: tuple[DancerPlan, ...] = ()
    changes: tuple[ChangePlan, ...] = ()


@dataclass(frozen=True)
class ChangeChoice:
    """A quick change the plan can place: into ``part_id`` for ``role_id``, said "I.3 · Clara"
    (``label``), with who makes it on the date chosen (``who``, "" when not known)."""

    part_id: int
    role_id: int
    label: str
    who: str = ""


@dataclass(frozen=True)
class PlanForm:
    """What the dressing plan's form shows: the plan, the production's dancers (cast, or in
    the plan), and the quick changes to place."""

    plan: DressingPlan
    dancers: tuple[tuple[int, str], ...]
    changes: tuple[ChangeChoice, ...]


@dataclass(frozen=True)
class QuickChange:
    """A dancer's change between two parts with less than the production's minutes between
    them: after ``part_from`` (at ``at``, ``at_min`` minutes from the curtain) she has
    ``minutes`` to be in ``look_to`` for ``part_to``; ``off`` and ``on``: the pieces that come
    off and go on (those of both looks stay on)."""

    dancer_id: int
    dancer: str
    role_id: int
    role: str
    part_from: PartRecord
    part_to: PartRecord
    look_from: str
    look_to: str
    at_min: int
    at: datetime
    minutes: int
    place: str  # a word of vocabulary.CHANGE_PLACES, "" when not set
    dresser: str  # "" when no one
    room: str
    off: tuple[WornPiece, ...]
    on: tuple[WornPiece, ...]
    notes: str = ""  # how the look it goes into is worn


@dataclass(frozen=True)
class RoomList:
    """A dressing room's dancers called that day, each with her looks and pieces; ``name`` ""
    for the dancers with no room."""

    name: str
    dresser: str
    dancers: tuple[CalledDancer, ...]


@dataclass(frozen=True)
class Track:
    """A dresser's evening: the dancers she dresses, then her quick changes in show order."""

    dresser: str
    dancers: tuple[str, ...]
    changes: tuple[QuickChange, ...]


@dataclass(frozen=True)
class Preset:
    """What is set at one place before the curtain: the pieces going on at its quick changes."""

    place: str
    changes: tuple[QuickChange, ...]


@dataclass(frozen=True)
class DayDressing:
    event: EventRecord
    minutes: int
    rooms: tuple[RoomList, ...]
    quick_changes: tuple[QuickChange, ...]  # in show order
    tracks: tuple[Track, ...]
    presets: tuple[Preset, ...]
    problems: tuple[Text, ...]  # a quick change with no dresser or no place
    dressers: dict[int, str] = field(default_factory=dict)  # who dresses each dancer called
