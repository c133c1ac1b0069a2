"""What the user has chosen, read from the sections: the actions ask here, never a widget."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wardrobe.records import (
    BuildRecord,
    CostumeRecord,
    DancerDetail,
    DancerRecord,
    EventRecord,
    MaterialRecord,
    PointeSpecRecord,
    ProductionRecord,
)

if TYPE_CHECKING:
    from .sections import Sections


class ShellSelection:
    def __init__(self, sections: Sections) -> None:
        self.sections = sections

    def section(self) -> str:
        return self.sections.current_name()

    def show(self, section: str) -> None:
        """Brings a section to the front (an action's result is there: new drafts)."""
        self.sections.show(section)

    def reveal(self, record: CostumeRecord) -> None:
        """An item shown in Costumes, its row selected (the filter cleared if it hides it)."""
        self.sections.show("costumes")
        self.sections.costumes.show_record(record.id)

    def production(self) -> ProductionRecord | None:
        """The production shown in Productions."""
        return self.sections.productions.current_production()

    def plot_cell(self) -> tuple[int, int] | None:
        """(role id, part id) of the plot's cell chosen in Productions."""
        return self.sections.productions.current_cell()

    def plot_dancer(self) -> int | None:
        """The dancer of the plot's row chosen, when one cast's dancers are shown."""
        return self.sections.productions.current_dancer()

    def event(self) -> EventRecord | None:
        """The date of the schedule chosen in Calls."""
        return self.sections.calls.current_event()

    def build(self) -> BuildRecord | None:
        """The build chosen in Builds."""
        return self.sections.builds.current_build()

    def costume(self) -> CostumeRecord | None:
        return self.sections.costumes.current()

    def costumes(self) -> list[CostumeRecord]:
        return self.sections.costumes.selected()

    def dancer(self) -> DancerRecord | None:
        return self.sections.dancers.current()

    def dancer_detail(self) -> DancerDetail | None:
        """The dancer shown in Dancers' view, with her measurements and pointe shoes."""
        return self.sections.dancers.detail()

    def pointe(self) -> PointeSpecRecord | None:
        return self.sections.pointe.current()

    def stock_item(self) -> MaterialRecord | PointeSpecRecord | None:
        if self.section() == "materials":
            return self.sections.materials.current()
        return self.sections.pointe.current()
