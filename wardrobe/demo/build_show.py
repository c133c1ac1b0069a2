"""The demo's productions in scenes: each production's running order, and the looks its roles
wear part by part (pieces described as the items made for them are named)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from ..models import (
    DancerDressing,
    Dresser,
    DressingRoom,
    Event,
    EventChange,
    Look,
    LookInPart,
    LookPiece,
    ProductionPart,
    QuickChangeSetting,
)
from . import repertoire
from .build_state import BuilderState
from .french_words import PIECE_FR
from .running_orders import (
    NUTCRACKER_LOOKS,
    NUTCRACKER_PARTS,
    SLEEPING_BEAUTY_LOOKS,
    SLEEPING_BEAUTY_PARTS,
)

# The coming dates of each company's first production: (days from today, start, hours, kind,
# cast, note); Paris films its first cast, and its second cast's Clara is injured that week.
DATES = {
    "BN": (
        (1, time(10, 0), 1, "fitting", 3, "Essayage des troisièmes distributions"),
        (2, time(14, 0), 3, "dress_rehearsal", 1, ""),
        (3, time(19, 30), 3, "performance", 1, ""),
        (4, time(19, 30), 3, "performance", 2, "Clara : la troisième distribution danse"),
        (6, time(8, 0), 10, "shooting_day", 1, "Captation pour la télévision"),
    ),
    "MBT": (
        (2, time(13, 0), 3, "dress_rehearsal", 1, ""),
        (3, time(19, 0), 3, "performance", 1, ""),
        (5, time(14, 0), 3, "performance", 2, ""),
    ),
}

# Who dresses whom for the first production: (dressing room, the casts it takes), its dressers,
# and where each quick change happens (role changing, the part it changes into: place).
ROOMS = {
    "BN": (
        ("Loge 12", ("lead_f",)),
        ("Loge 14", ("lead_m", "solo_m", "corps_m")),
        ("Loge 21", ("solo_f",)),
        ("Loge 30", ("corps_f", "child")),
    ),
    "MBT": (
        ("Room 4", ("lead_f",)),
        ("Room 6", ("lead_m", "solo_m", "corps_m")),
        ("Room 9", ("solo_f",)),
        ("Room 12", ("corps_f", "child")),
    ),
}
DRESSERS = {
    "BN": ("Odile Marchand", "Inès Carpentier", "Paul Lenoir"),
    "MBT": ("Rosa Delgado", "Hannah Price", "Marcus Bell"),
}
QUICK_CHANGES = {
    ("Drosselmeyer", 1): "stage_left",
    ("Clara", 2): "booth",
    ("Flower", 4): "stage_right",
    ("Sugar Plum Fairy", 5): "stage_right",
}


class ShowBuilder(BuilderState):
    def _schedule(self, production_id: int, role_ids: dict[str, int]) -> None:
        """The production's coming dates on the company's wall clock; one with a change."""
        for days, start, hours, kind, cast, note in DATES[self.plan.code]:
            starts = datetime.combine(self.today + timedelta(days=days), start)
            event_id = self.rows.add(
                Event,
                production_id=production_id,
                kind=kind,
                starts_at=starts,
                ends_at=starts + timedelta(hours=hours),
                call_minutes=60,
                venue=self.plan.venue,
                cast_number=cast,
                notes=note,
                version=1,
            )
            if note.startswith("Clara"):
                clara = role_ids["Clara"]
                by_cast = {n: d for (d, r), n in self.cast_numbers.items() if r == clara}
                if 2 in by_cast and 3 in by_cast:  # the second cast's Clara is injured
                    self.rows.add(
                        EventChange,
                        event_id=event_id,
                        role_id=clara,
                        dancer_id=by_cast[3],
                        replaces_id=by_cast[2],
                    )

    def _running_order(
        self,
        production_id: int,
        roles: tuple[repertoire.RolePlan, ...],
        role_ids: dict[str, int],
    ) -> list[int]:
        """The running order and the looks; the parts' ids, in order."""
        nutcracker = roles is repertoire.NUTCRACKER
        plans = NUTCRACKER_PARTS if nutcracker else SLEEPING_BEAUTY_PARTS
        looks = NUTCRACKER_LOOKS if nutcracker else SLEEPING_BEAUTY_LOOKS
        part_ids = [
            self.rows.add(
                ProductionPart,
                production_id=production_id,
                position=position,
                act=part.act,
                scene=part.scene,
                title=part.title_fr if self.french else part.title_en,
                starts_min=part.starts_min,
                length_min=part.length_min,
                version=1,
            )
            for position, part in enumerate(plans, start=1)
        ]
        for role in roles:
            for look in looks.get(role.name_en, ()):
                look_id = self.rows.add(
                    Look,
                    role_id=role_ids[role.name_en],
                    name=look.name_fr if self.french else look.name_en,
                    notes=look.notes_fr if self.french else look.notes_en,
                    version=1,
                )
                chosen = look.pieces or tuple(range(len(role.pieces)))
                for position, index in enumerate(chosen, start=1):
                    piece, suffix, _colour = role.pieces[index]
                    self.rows.add(
                        LookPiece,
                        look_id=look_id,
                        position=position,
                        piece_type=piece,
                        description=PIECE_FR.get(suffix, suffix) if self.french else suffix,
                    )
                for index in look.parts:
                    self.rows.add(
                        LookInPart,
                        part_id=part_ids[index],
                        role_id=role_ids[role.name_en],
                        look_id=look_id,
                    )
        return part_ids

    def _dressing_plan(
        self,
        production_id: int,
        roles: tuple[repertoire.RolePlan, ...],
        role_ids: dict[str, int],
        part_ids: list[int],
    ) -> None:
        """The dressing plan: rooms by rank, the first dresser for the principals' room, the
        second dressing each lead her own, the third the men's room; quick changes placed."""
        code = self.plan.code
        dressers = [
            self.rows.add(Dresser, production_id=production_id, name=name)
            for name in DRESSERS[code]
        ]
        rooms = {}
        for position, (name, casts) in enumerate(ROOMS[code], start=1):
            room_id = self.rows.add(
                DressingRoom,
                production_id=production_id,
                name=name,
                position=position,
                dresser_id=dressers[0]
                if position in (1, 4)
                else dressers[2]
                if position == 2
                else dressers[1],
            )
            rooms.update(dict.fromkeys(casts, room_id))
        placed: set[int] = set()
        for role in roles:
            role_id = role_ids[role.name_en]
            for dancer_id, cast_role in sorted(self.cast_numbers):
                if cast_role != role_id or dancer_id in placed:
                    continue
                placed.add(dancer_id)
                self.rows.add(
                    DancerDressing,
                    production_id=production_id,
                    dancer_id=dancer_id,
                    room_id=rooms.get(role.cast),
                    dresser_id=dressers[1] if role.cast == "lead_f" else None,
                )
        for (changing, part), place in QUICK_CHANGES.items():
            self.rows.add(
                QuickChangeSetting,
                part_id=part_ids[part],
                role_id=role_ids[changing],
                place=place,
                dresser_id=None,
            )
