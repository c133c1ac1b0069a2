"""The foot of a sheet: boxes to write in, then the sign-off lines, kept together on the page.
The boxes give up some height (down to ``smallest``), then the signature rows some of theirs
(down to ``SMALLEST_ROW``), rather than send the whole foot alone onto a page of its own."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .layout import SignatureLines, WritingBoxes

GAP_ABOVE = 3 * mm
GAP_BETWEEN = 2 * mm
SMALLEST_ROW = 7 * mm  # room enough to sign on


class SignOff(Flowable):
    def __init__(
        self, boxes: WritingBoxes, heading: Flowable, signs: SignatureLines, smallest: float
    ) -> None:
        super().__init__()
        self.boxes, self.heading, self.signs = boxes, heading, signs
        self.preferred, self.smallest = boxes.box_height, smallest
        self.preferred_row = signs.row_height

    def _heading_height(self, width: float, height: float) -> float:
        drawn = self.heading.wrap(width, height)[1]
        return self.heading.getSpaceBefore() + drawn + self.heading.getSpaceAfter()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        rows = len(self.signs.rows)
        fixed = GAP_ABOVE + GAP_BETWEEN + self._heading_height(available_width, available_height)
        room = available_height - fixed - rows * self.preferred_row
        row = self.preferred_row
        if room >= self.preferred:  # all of it, as drawn at its best
            box = self.preferred
        elif room >= self.smallest:  # shorter boxes keep it on this page
            box = room
        elif available_height - fixed - rows * SMALLEST_ROW >= self.smallest:
            box = self.smallest  # and closer signature rows
            row = (available_height - fixed - box) / rows
        else:  # not even so: whole, on the next page
            box = self.preferred
        self.boxes.box_height, self.signs.row_height = box, row
        self.boxes.wrap(available_width, available_height)
        self.signs.wrap(available_width, available_height)
        self.width, self.height = available_width, fixed + box + rows * row
        return self.width, self.height

    def split(self, _available_width: float, _available_height: float) -> list[Flowable]:
        return []  # never split: the signatures stay with the boxes

    def draw(self) -> None:
        top = self.height - GAP_ABOVE - self.boxes.height
        self.boxes.drawOn(self.canv, 0, top)
        heading = self.heading
        top -= GAP_BETWEEN + heading.getSpaceBefore() + heading.height
        heading.drawOn(self.canv, 0, top)
        top -= heading.getSpaceAfter() + self.signs.height
        self.signs.drawOn(self.canv, 0, top)
