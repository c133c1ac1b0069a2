"""The demo's productions in scenes: each production's running order, and the looks its roles
wear part by part (pieces described as the items made for them are named)."""

from __future__ import annotations

from ..models import Look, LookInPart, LookPiece, ProductionPart
from . import repertoire
from .build_state import BuilderState
from .french_words import PIECE_FR
from .running_orders import (
    NUTCRACKER_LOOKS,
    NUTCRACKER_PARTS,
    SLEEPING_BEAUTY_LOOKS,
    SLEEPING_BEAUTY_PARTS,
)


class ShowBuilder(BuilderState):
    def _running_order(
        self,
        production_id: int,
        roles: tuple[repertoire.RolePlan, ...],
        role_ids: dict[str, int],
    ) -> None:
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
