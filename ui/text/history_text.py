"""History events as sentences in the user's language: "Checked out to Léa Núñez", "Moved
from Salle des palans / Palan 5 to Réserve / Bac 3", "Alteration done: hem let down 2 cm"."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from wardrobe.language.i18n import translate

from . import formatting
from .labels import measure, word
from .language import current_language, filled
from .noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from wardrobe.services.history_events import HistoryEvent


_FIELDS = {
    "tag": QT_TRANSLATE_NOOP("HistoryText", "tag"),
    "name": QT_TRANSLATE_NOOP("HistoryText", "name"),
    "piece_type": QT_TRANSLATE_NOOP("HistoryText", "piece type"),
    "production": QT_TRANSLATE_NOOP("HistoryText", "production"),
    "role": QT_TRANSLATE_NOOP("HistoryText", "role"),
    "colour": QT_TRANSLATE_NOOP("HistoryText", "colour"),
    "size": QT_TRANSLATE_NOOP("HistoryText", "size"),
    "built_for": QT_TRANSLATE_NOOP("HistoryText", "made for"),
    "replacement_value": QT_TRANSLATE_NOOP("HistoryText", "replacement value"),
    "notes": QT_TRANSLATE_NOOP("HistoryText", "notes"),
    "tutu.style": QT_TRANSLATE_NOOP("HistoryText", "tutu style"),
    "tutu.net_layers": QT_TRANSLATE_NOOP("HistoryText", "net layers"),
    "tutu.hoop_layer": QT_TRANSLATE_NOOP("HistoryText", "hoop layer"),
    "tutu.net_colour": QT_TRANSLATE_NOOP("HistoryText", "net colour"),
    "tutu.net_type": QT_TRANSLATE_NOOP("HistoryText", "net type"),
    "tutu.basque": QT_TRANSLATE_NOOP("HistoryText", "basque"),
    "rank": QT_TRANSLATE_NOOP("HistoryText", "rank"),
    "active": QT_TRANSLATE_NOOP("HistoryText", "dancing now"),
    "doubles_dancer": QT_TRANSLATE_NOOP("HistoryText", "double of"),
}
# Why an action changed an item, said after the change: "Marked missing (stocktake)".
_WHY = {"stocktake": QT_TRANSLATE_NOOP("HistoryText", "stocktake")}
_YES = QT_TRANSLATE_NOOP("HistoryText", "yes")
_NO = QT_TRANSLATE_NOOP("HistoryText", "no")
_SKIPPED = {"tutu.costume_id", "doubles_dancer_id", "company_id", "search_text"}


class HistoryText(QObject):
    """``units``: the company's ("metric" or "imperial"), for measurements."""

    def __init__(self, units: str = "metric", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.units = units

    def sentence(self, event: HistoryEvent) -> str:
        said = self._sentence(event)
        why = event.values.get("why")
        if not why:
            return said
        reason = _WHY.get(why)
        why_said = QCoreApplication.translate("HistoryText", reason) if reason else why
        return filled(self.tr("%1 (%2)"), said, why_said)

    def _sentence(self, event: HistoryEvent) -> str:
        v = event.values
        kind = event.kind
        if kind == "undone":  # an undo, said as the action it took back
            rest = {k: value for k, value in v.items() if k != "event"}
            taken_back = type(event)(event.at, event.actor, v["event"], rest)
            return filled(self.tr("Undone: %1"), self._sentence(taken_back))
        if kind == "created":
            return filled(self.tr("Created: %1"), v.get("name", ""))
        if kind == "deleted":
            return self.tr("Deleted")
        if kind == "checked_out":
            return filled(self.tr("Checked out to %1"), v["dancer"])
        if kind == "checked_in":
            if v.get("dancer"):
                return filled(self.tr("Checked in from %1"), v["dancer"])
            return self.tr("Checked in")
        if kind == "photo_added":
            if v.get("kind") == "fitting":
                text = filled(
                    self.tr("Fitting photo of %1 added"),
                    formatting.day(_day(v["day"])) if v.get("day") else "",
                )
                return text + (f": {v['caption']}" if v.get("caption") else "")
            return self.tr("Photo added")
        if kind == "photo_removed":
            return self.tr("Photo removed")
        if kind == "marked_missing":
            return self.tr("Marked missing")
        if kind == "found":
            return self.tr("Found again, back in store")
        if kind == "sent_to_cleaning":
            return self.tr("Sent to cleaning")
        if kind == "back_from_cleaning":
            return self.tr("Back from cleaning")
        if kind == "sent_to_alteration":
            return self.tr("Sent to the workroom for alteration")
        if kind == "back_from_alteration":
            return self.tr("Back from alteration")
        if kind == "status":
            return filled(self.tr("Status: %1 → %2"), word(v["before"]), word(v["after"]))
        if kind == "moved":
            return self._moved(v["before"], v["after"])
        if kind == "lent":
            if v.get("due"):
                return filled(
                    self.tr("Lent to %1 until %2"), v["borrower"], formatting.day(_day(v["due"]))
                )
            return filled(self.tr("Lent to %1"), v["borrower"])
        if kind == "left":
            return self.tr("Left on its journey (in transit)")
        if kind == "arrived":
            return self.tr("Arrived at the borrower")
        if kind == "loan_returned":
            return filled(self.tr("Back from loan, condition: %1"), word(v["condition"]))
        if kind == "condition":
            return filled(self.tr("Condition: %1 → %2"), word(v["before"]), word(v["after"]))
        if kind == "edited":
            return self._edited(v["changes"])
        if kind.startswith("alteration_"):
            return self._alteration(kind, v)
        if kind.startswith("stock_"):
            return self._stock(kind, v)
        if kind == "measured":
            return self._measured(v)
        return kind

    def _moved(self, before: str, after: str) -> str:
        if before and after:
            return filled(self.tr("Moved from %1 to %2"), before, after)
        if after:
            return filled(self.tr("Put at %1"), after)
        return filled(self.tr("Taken from %1, no place set"), before)

    def _edited(self, changes: dict[str, list[Any]]) -> str:
        parts = []
        for key, (before, after) in sorted(changes.items()):
            if key in _SKIPPED or key.endswith("_id") or key.startswith("measurements."):
                continue
            name = _FIELDS.get(key)
            field = QCoreApplication.translate("HistoryText", name) if name else key
            parts.append(
                filled(self.tr("%1 from “%2” to “%3”"), field, _value(before), _value(after))
            )
        return filled(self.tr("Changed %1"), "; ".join(parts)) if parts else self.tr("Edited")

    def _alteration(self, kind: str, v: dict[str, Any]) -> str:
        repair = v.get("kind") == "repair"
        if kind == "alteration_recorded":
            text = filled(
                self.tr("Repair asked: %1") if repair else self.tr("Alteration asked: %1"),
                v["description"],
            )
            if v.get("for"):
                text += " " + filled(self.tr("(for %1)"), v["for"])
            return text
        if kind == "alteration_done":
            text = filled(
                self.tr("Repair done: %1") if repair else self.tr("Alteration done: %1"),
                v["description"],
            )
            if v.get("note"):
                text += " — " + v["note"]
            return text
        if kind == "alteration_reopened":
            return filled(self.tr("Opened again: %1"), v["description"])
        return filled(self.tr("Alteration withdrawn: %1"), v["description"])

    def _stock(self, kind: str, v: dict[str, Any]) -> str:
        if v["unit"] == "pairs":
            amount = self.tr("%n pair(s)", "", v["quantity"])
        else:
            amount = formatting.stock(v["quantity"], v["unit"])
        if kind == "stock_used":
            return filled(self.tr("Tulle used: %1 of %2"), amount, v["what"])
        if kind == "stock_issued":
            said = filled(self.tr("Pointe shoes issued: %1"), amount)
            reason = v.get("reason", "")
            if reason and reason != f"issued to {v.get('dancer') or ''}":  # typed at the desk
                said += " — " + reason
            return said
        if kind == "stock_received":
            return filled(self.tr("Pointe shoes received: %1"), amount)
        if v["unit"] != "pairs":
            return filled(self.tr("Tulle use taken back: %1 of %2"), amount, v["what"])
        sign = "−" if kind == "stock_adjusted_down" else "+"
        return filled(
            self.tr("Pointe count adjusted: %1 (%2)"),
            sign + amount,
            translate(v.get("reason", ""), current_language()),
        )

    def _measured(self, v: dict[str, Any]) -> str:
        parts = []
        for key, value in v["values"].items():
            if key == "shoe_size":
                parts.append(filled(self.tr("shoe size %1"), str(value)))
            elif key == "weight":
                continue  # kept out of a history others read
            else:
                try:
                    label = measure(key)
                except KeyError:
                    continue
                parts.append(f"{label.lower()} {formatting.body_length(value, self.units)}")
        day = formatting.day(_date(v["day"]))
        return filled(self.tr("Measured on %1: %2"), day, ", ".join(parts))


def _date(text: str):  # noqa: ANN202
    from datetime import date

    return date.fromisoformat(text[:10])


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return word(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("HistoryText", _YES if value else _NO)
    return str(value)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
