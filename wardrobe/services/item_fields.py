"""An item's fields as the desk types them, checked: a tutu's style and net layers, a
replacement value, the production, role, dancer and place it names (made where allowed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..domain.units import money_to_minor
from ..errors import (
    InvalidInput,
    OutOfRange,
    WrongCompany,
)
from ..language.i18n import N_, Text
from ..language.vocabulary import CONDITIONS, MAX_NET_LAYERS, TUTU_STYLES
from ..models import (
    Company,
    CostumeItem,
    Dancer,
    Location,
    Production,
    Role,
    Tutu,
)
from . import convert, holding, lookup, text_checks
from .lookup import Ref

MAX_VALUE_MINOR = 10_000_000  # 100,000 in any currency: more is a typing mistake


@dataclass(frozen=True)
class TutuSpec:
    style: str
    net_layers: int | str
    hoop_layer: int | str | None = None
    net_colour: str = ""
    net_type: str = ""
    basque: str = ""


def _whole(value: int | str, field: str) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise InvalidInput(
            field=field, detail=Text("“{value}” is not a whole number", value=value)
        ) from None


def tutu_style(value: str) -> str:
    """A tutu style as stored (``romantic``), or a sentence naming the styles there are."""
    style = value.strip().lower().replace(" ", "_").replace("-", "_")
    if style not in TUTU_STYLES:
        raise InvalidInput(
            field=N_("tutu style"),
            detail=Text(
                "“{value}” is not one of {tutu_styles}",
                value=value,
                tutu_styles=", ".join(TUTU_STYLES),
            ),
        )
    return style


def net_layers(value: int | str) -> int:
    layers = _whole(value, N_("net layers"))
    if not 1 <= layers <= MAX_NET_LAYERS:
        raise OutOfRange(field=N_("Net layers"), value=layers, low=1, high=MAX_NET_LAYERS)
    return layers


def tutu_values(spec: TutuSpec) -> dict[str, Any]:
    """A tutu's columns as the spec gives them, each checked."""
    style = tutu_style(spec.style)
    layers = net_layers(spec.net_layers)
    hoop = None
    if spec.hoop_layer not in (None, ""):
        assert spec.hoop_layer is not None
        hoop = _whole(spec.hoop_layer, N_("hoop layer"))
        if not 1 <= hoop <= layers:
            raise OutOfRange(field=N_("Hoop layer"), value=hoop, low=1, high=layers)
    return dict(
        style=style,
        net_layers=layers,
        hoop_layer=hoop,
        net_colour=text_checks.optional_text(spec.net_colour, N_("net colour"), 80),
        net_type=text_checks.optional_text(spec.net_type, N_("net type"), 80),
        basque=text_checks.optional_text(spec.basque, N_("basque"), 120),
    )


def choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    if key not in allowed:
        readable = ", ".join(a.replace("_", " ") for a in allowed)
        raise InvalidInput(
            field=field,
            detail=Text("“{value}” is not one of {readable}", value=value, readable=readable),
        )
    return key


def replacement_value(value: str | int | None) -> int | None:
    if value in (None, ""):
        return None
    assert value is not None
    minor = money_to_minor(value, N_("replacement value"))
    if not 0 <= minor <= MAX_VALUE_MINOR:
        raise OutOfRange(
            field=N_("Replacement value"), value=value, low=0, high=MAX_VALUE_MINOR // 100
        )
    return minor


def _made_for(session: Session, who: Dancer, owner_id: int, what: str) -> None:
    """An item is made for a dancer of its company, or for a guest dancing there now."""
    if who.company_id == owner_id:
        return
    dances_for = holding.company_now(session, who)
    if dances_for.id != owner_id:
        owner = session.get(Company, owner_id)
        raise WrongCompany(
            dancer=who.name,
            dancer_company=dances_for.name,
            what=what,
            item_company=owner.name if owner else "?",
        )


class References:
    """How an item's production, role, dancer and place are found (made where that is
    allowed): straight from the session for one item, or remembered across the rows of an
    import, so that ten thousand rows in the same bins ask the database forty times."""

    def __init__(self, session: Session, *, remember: bool = False) -> None:
        self.session = session
        self._known: dict[tuple, Any] | None = {} if remember else None

    def _find(self, key: tuple, find: Callable[[], Any]) -> Any:
        if self._known is None:
            return find()
        if key not in self._known:
            self._known[key] = find()
        return self._known[key]

    def production(self, company_id: int, title: str) -> Production:
        return self._find(
            ("production", company_id, title),
            lambda: lookup.production(self.session, company_id, title, create=True),
        )

    def role(self, production: Production, name: str) -> Role:
        return self._find(
            ("role", production.id, name),
            lambda: lookup.role(self.session, production, name, create=True),
        )

    def dancer(self, ref: Ref, company_id: int) -> Dancer:
        return self._find(
            ("dancer", company_id, ref), lambda: lookup.dancer(self.session, ref, company_id)
        )

    def location(self, company_id: int, path: Ref) -> Location:
        return self._find(
            ("location", company_id, path),
            lambda: lookup.location(self.session, company_id, path, create=True),
        )


@dataclass(frozen=True)
class CheckedFields:
    """An item's fields, each checked by the rules, its production, role, dancer and place
    found (or made): what the window's form or a spreadsheet row says of an item."""

    name: str
    piece_type: str
    colour: str
    size: str
    condition: str
    replacement_value: int | None
    notes: str
    production: Production | None
    role: Role | None
    built_for: Dancer | None
    location: Location | None
    tutu: dict[str, Any] | None  # its columns (tutu_values)

    def search_text(self, tag: str) -> str:
        return convert.costume_search_words(
            tag,
            self.name,
            self.piece_type,
            self.production.title if self.production else "",
            self.role.name if self.role else "",
            self.colour,
            self.size,
            self.built_for.name if self.built_for else "",
            self.tutu["style"] if self.tutu else "",
        )


def check_fields(refs: References, owner_id: int, label: str, **fields: Any) -> CheckedFields:
    """Checks every field of an item of company ``owner_id`` (``label``: how an error names
    the item) and resolves every reference; changes nothing of any item."""
    name = text_checks.required_text(fields["name"], N_("name"), 200)
    piece = text_checks.required_text(fields["piece_type"], N_("piece type"), 40).lower()
    spec: TutuSpec | None = fields["tutu"]
    if spec is not None:
        piece = "tutu"
    elif piece == "tutu":
        raise InvalidInput(
            field=N_("tutu"), detail=Text("a tutu needs its style and number of net layers")
        )
    tutu = tutu_values(spec) if spec is not None else None
    colour = text_checks.optional_text(fields["colour"], N_("colour"), 80)
    notes = text_checks.long_text(fields["notes"], N_("notes"), required=False)
    size = text_checks.optional_text(fields["size"], N_("size"), 40)
    condition = choice(fields["condition"] or "good", CONDITIONS, N_("condition"))
    value = replacement_value(fields["replacement_value"])
    production = role = built_for = place = None
    if fields["production"]:
        production = refs.production(owner_id, fields["production"])
        if fields["role"]:
            role = refs.role(production, fields["role"])
    elif fields["role"]:
        raise InvalidInput(
            field=N_("role"), detail=Text("a role belongs to a production: give that too")
        )
    if fields["built_for"]:
        built_for = refs.dancer(fields["built_for"], owner_id)
        _made_for(refs.session, built_for, owner_id, label or name)
    if fields["location"]:
        place = refs.location(owner_id, fields["location"])
    return CheckedFields(
        name, piece, colour, size, condition, value, notes, production, role, built_for, place, tutu
    )


def apply_fields(refs: References, item: CostumeItem, **fields: Any) -> None:
    """Checks every field, resolves every reference, and only then changes the item.

    Lookups may flush; an item changed before them would be written (and its version
    bumped) once per flush.
    """
    label = f"{item.tag} ({item.name})" if item.tag else ""
    checked = check_fields(refs, item.company_id, label, **fields)
    with refs.session.no_autoflush:
        item.name, item.piece_type = checked.name, checked.piece_type
        item.colour, item.size = checked.colour, checked.size
        item.condition, item.replacement_value = checked.condition, checked.replacement_value
        item.notes = checked.notes
        item.production, item.role, item.built_for, item.location = (
            checked.production,
            checked.role,
            checked.built_for,
            checked.location,
        )
        if checked.tutu is None:
            item.tutu = None
        elif item.tutu is None:
            item.tutu = Tutu(**checked.tutu)
        else:
            for attr, value in checked.tutu.items():
                setattr(item.tutu, attr, value)
