"""Records of patterns and builds: a pattern's materials and stages; a build's pieces (for
whom, and their tags once made), materials (needed, still reserved, used) and stages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..language.i18n import Text


@dataclass(frozen=True)
class PatternMaterialRecord:
    material_id: int
    material: str
    unit: str
    quantity: int  # base units for one piece


@dataclass(frozen=True)
class PatternStageRecord:
    position: int
    name: str
    minutes: int  # standard, for one piece
    fitting: bool


@dataclass(frozen=True)
class PatternRecord:
    id: int
    company_id: int
    name: str
    piece_type: str
    tutu_style: str
    net_layers: int | None
    notes: str
    materials: tuple[PatternMaterialRecord, ...]
    stages: tuple[PatternStageRecord, ...]
    version: int

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.stages)


@dataclass(frozen=True)
class BuildPieceRecord:
    position: int
    dancer_id: int | None
    dancer: str
    tag: str  # once finished


@dataclass(frozen=True)
class BuildMaterialRecord:
    material_id: int
    material: str
    unit: str
    needed: int
    reserved: int
    used: int


@dataclass(frozen=True)
class BuildStageRecord:
    position: int
    name: str
    minutes: int  # standard, for all the pieces
    fitting: bool
    done_on: date | None
    worked_minutes: int | None
    done_by: str
    note: str


@dataclass(frozen=True)
class BuildRecord:
    id: int
    company_id: int
    company: str
    title: str
    pattern: str
    piece_type: str
    tutu_style: str
    net_layers: int | None
    production: str
    role: str
    due_on: date
    status: str  # "open", "finished", "cancelled"
    pieces: tuple[BuildPieceRecord, ...]
    materials: tuple[BuildMaterialRecord, ...]
    stages: tuple[BuildStageRecord, ...]
    notes: str
    version: int

    @property
    def number(self) -> str:
        return f"B-{self.id:04d}"

    @property
    def stages_done(self) -> int:
        return sum(1 for s in self.stages if s.done_on is not None)


@dataclass(frozen=True)
class BuildSaved:
    """A build as saved, and what could not be reserved in full (each said in a sentence:
    on the reorder list now)."""

    build: BuildRecord
    short: tuple[Text, ...] = ()
