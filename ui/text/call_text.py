"""How ready a coming date is, in one line of the user's language: "Tomorrow, Casse-Noisette
(dress rehearsal, 14:00): 26 dancers, 3 pieces at cleaning, 1 in alteration."."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from wardrobe.records import CallReadiness

from .labels import word
from .language import filled


class CallText(QObject):
    """Plural forms need ``self.tr(text, "", n)``: lupdate sees no plural in translate()."""

    def why(self, why: str, n: int) -> str:
        said = {
            "at_cleaning": self.tr("%n piece(s) at cleaning", "", n),
            "in_alteration": self.tr("%n in alteration", "", n),
            "out": self.tr("%n out with someone else", "", n),
            "lent": self.tr("%n lent", "", n),
            "missing": self.tr("%n missing", "", n),
            "retired": self.tr("%n retired", "", n),
            "to_make": self.tr("%n still to make", "", n),
            "to_assign": self.tr("%n copy(ies) to give", "", n),
            "twin_missing": self.tr("%n twin(s) missing", "", n),
            "no_pointe": self.tr("%n without pointe shoes in stock", "", n),
        }
        return said.get(why, f"{n} {why}")

    def day(self, ready: CallReadiness, now: datetime | None = None) -> str:
        event = ready.event
        here = (now or datetime.now(UTC)).astimezone(ZoneInfo(event.time_zone))
        days = (event.starts_at.date() - here.date()).days
        if days <= 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        return event.starts_at.strftime("%Y-%m-%d")

    def line(self, ready: CallReadiness, now: datetime | None = None) -> str:
        event = ready.event
        head = filled(
            self.tr("%1, %2 (%3, %4)"),
            self.day(ready, now),
            event.production,
            word(event.kind),
            event.starts_at.strftime("%H:%M"),
        )
        said = [self.tr("%n dancer(s)", "", ready.dancers)]
        said += [self.why(why, n) for why, n in ready.not_ready]
        if not ready.not_ready:
            said.append(self.tr("everything ready"))
        return filled(self.tr("%1: %2."), head, ", ".join(said))


_text = CallText()


def readiness(ready: CallReadiness, now: datetime | None = None) -> str:
    return _text.line(ready, now)
