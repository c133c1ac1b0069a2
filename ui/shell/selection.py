"""What the user has chosen, read from the sections: the actions ask here, never a widget."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wardrobe.records import CostumeRecord, DancerRecord, MaterialRecord, PointeSpecRecord

if TYPE_CHECKING:
    from .sections import Sections


class ShellSelection:
    def __init__(self, sections: Sections) -> None:
        self.sections = sections

    def section(self) -> str:
        return self.sections.current_name()

    def costume(self) -> CostumeRecord | None:
        return self.sections.costumes.current()

    def costumes(self) -> list[CostumeRecord]:
        return self.sections.costumes.selected()

    def dancer(self) -> DancerRecord | None:
        return self.sections.dancers.current()

    def pointe(self) -> PointeSpecRecord | None:
        return self.sections.pointe.current()

    def stock_item(self) -> MaterialRecord | PointeSpecRecord | None:
        if self.section() == "materials":
            return self.sections.materials.current()
        return self.sections.pointe.current()
