"""Records of a production in scenes: its parts in running order, its casts, its looks and
their pieces, what each dancer wears in each part, the plot, and what a check found."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..language.i18n import Text


@dataclass(frozen=True)
class ProductionRecord:
    id: int
    title: str
    company_id: int
    company: str


@dataclass(frozen=True)
class PartRecord:
    """One part of the running order (``position`` from 1), e.g. Act "II", scene "2"."""

    id: int
    production_id: int
    position: int
    act: str
    scene: str
    title: str
    starts_min: int | None
    length_min: int | None
    version: int

    @property
    def label(self) -> str:
        """ "II.2", or "II" for an act with no scenes."""
        return f"{self.act}.{self.scene}" if self.scene else self.act


@dataclass(frozen=True)
class CastRecord:
    """A dancer cast in a role: ``cast_number`` 1 for the first cast; ``alternate`` covers it;
    ``double_of``: the principal (of this role) she doubles, when she is a double."""

    role_id: int
    role: str
    dancer_id: int
    dancer: str
    cast_number: int
    alternate: bool
    double_of: str = ""
    double_of_id: int | None = None


@dataclass(frozen=True)
class LookPieceRecord:
    id: int
    position: int
    piece_type: str
    description: str


@dataclass(frozen=True)
class LookRecord:
    """What a role wears in the parts ``part_ids`` (in running order)."""

    id: int
    role_id: int
    role: str
    name: str
    notes: str
    pieces: tuple[LookPieceRecord, ...]
    part_ids: tuple[int, ...]
    version: int


@dataclass(frozen=True)
class WornPiece:
    """A look's piece as one dancer wears it: the item ``made`` for her, a copy ``assigned`` to
    her, or none yet (``to_assign``: a copy of the role's is free; ``to_make``: none is)."""

    piece: LookPieceRecord
    how: str  # "made", "assigned", "to_assign", "to_make"
    costume_id: int | None = None
    tag: str = ""
    name: str = ""
    status: str = ""
    location: str = ""
    colour: str = ""
    condition: str = ""
    company_id: int | None = None
    lent_to: str = ""
    tutu: tuple[str, int] | None = None  # its build: style, net layers
    open_alteration: bool = False
    out_to_id: int | None = None  # the dancer it is checked out to


@dataclass(frozen=True)
class DancerInPart:
    """What one dancer wears in one part."""

    part: PartRecord
    role: str
    look: str
    notes: str
    pieces: tuple[WornPiece, ...]


@dataclass(frozen=True)
class Plot:
    """The costume plot: roles down, parts across; ``cells[(role_id, part_id)]`` the look worn
    there (``changed``: another look than in the role's part before)."""

    production: ProductionRecord
    parts: tuple[PartRecord, ...]
    roles: tuple[tuple[int, str], ...]
    cells: dict[tuple[int, int], tuple[str, bool]] = field(default_factory=dict)
    casts: tuple[CastRecord, ...] = ()


@dataclass(frozen=True)
class PlotProblem:
    """What a production check found, said in a sentence; ``part`` its label ("" for the whole
    production), ``tags`` the items concerned."""

    kind: str
    part: str
    role: str
    dancers: tuple[str, ...]
    tags: tuple[str, ...]
    said: Text
