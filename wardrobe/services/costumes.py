"""Costume items: log, edit, move, check out and back in, alterations and repairs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, select
from sqlalchemy.orm import Session, aliased

from ..database import Database
from ..errors import (
    ChangedSince,
    DuplicateTag,
    InvalidInput,
    OutOfRange,
    StaleEdit,
    UnknownTag,
    WrongCompany,
    WrongState,
)
from ..i18n import N_, Text
from ..models import (
    Alteration,
    Company,
    CostumeItem,
    Dancer,
    Loan,
    Location,
    Production,
    Role,
    TagCounter,
    Tutu,
)
from ..models.base import utcnow
from ..records import AlterationRecord, CostumeRecord, TutuRecord
from ..units import money_to_minor
from ..vocabulary import ALTERATION_KINDS, CONDITIONS, MAX_NET_LAYERS, STATUSES, TUTU_STYLES
from ..words import status_text
from . import convert, holding, lookup
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
        net_colour=lookup.optional_text(spec.net_colour, N_("net colour"), 80),
        net_type=lookup.optional_text(spec.net_type, N_("net type"), 80),
        basque=lookup.optional_text(spec.basque, N_("basque"), 120),
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


def next_tag(session: Session, company_id: int, code: str) -> str:
    """The company's next free tag, ``BN-000124``; counted in this transaction."""
    counter = session.scalars(
        select(TagCounter).where(TagCounter.company_id == company_id).with_for_update()
    ).one_or_none()
    if counter is None:
        counter = TagCounter(company_id=company_id, next_number=1)
        session.add(counter)
    while True:
        tag = f"{code}-{counter.next_number:06d}"
        counter.next_number += 1
        if session.scalar(select(CostumeItem.id).where(CostumeItem.tag == tag)) is None:
            session.flush()
            return tag


def _same_company(session: Session, who: Dancer, item: CostumeItem) -> None:
    """A dancer gets an item of the company she dances for now (her host on a guest
    engagement), or one lent to it."""
    dances_for = holding.company_now(session, who)
    has_it = holding.holder_of(session, item)
    if has_it is None:
        loan = holding.open_loan(session, item)
        raise WrongState(
            what=f"{item.tag} ({item.name})",
            detail=Text("is on loan to {borrower}.", borrower=loan.borrower if loan else "?"),
        )
    if dances_for.id != has_it.id:
        raise WrongCompany(
            dancer=who.name,
            dancer_company=dances_for.name,
            what=f"{item.tag} ({item.name})",
            item_company=has_it.name,
        )


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


def checked_item(refs: References, owner: Company, tag: str | None, **fields: Any) -> CostumeItem:
    """A new item, every field checked, not in the session yet. ``tag`` is known to be
    free; None takes the company's next free tag, once the item is known to be valid."""
    item = CostumeItem(company_id=owner.id)
    item.company = owner
    _apply(refs, item, **fields)
    item.tag = tag if tag is not None else next_tag(refs.session, owner.id, owner.code)
    item.status = "in_store"
    item.search_text = convert.costume_search_text(item)
    return item


def log_item(
    db: Database,
    *,
    company: Ref,
    name: str,
    piece_type: str,
    tag: str | None = None,
    production: str | None = None,
    role: str | None = None,
    colour: str = "",
    size: str = "",
    built_for: Ref | None = None,
    location: Ref | None = None,
    condition: str = "good",
    replacement_value: str | int | None = None,
    notes: str = "",
    tutu: TutuSpec | None = None,
) -> CostumeRecord:
    """Logs a new item; a tag left empty is given the company's next free tag."""
    with db.write() as session:
        owner = lookup.company(session, company)
        fields = dict(
            name=name,
            piece_type=piece_type,
            production=production,
            role=role,
            colour=colour,
            size=size,
            built_for=built_for,
            location=location,
            condition=condition,
            replacement_value=replacement_value,
            notes=notes,
            tutu=tutu,
        )
        chosen = None
        if tag is not None and tag.strip():
            chosen = lookup.normalise_tag(tag)
            clash = session.scalars(
                select(CostumeItem).where(CostumeItem.tag == chosen)
            ).one_or_none()
            if clash is not None:
                raise DuplicateTag(tag=chosen, name=clash.name)
        item = checked_item(References(session), owner, chosen, **fields)
        session.add(item)
        session.flush()
        return convert.costume_record(item)


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
    name = lookup.required_text(fields["name"], N_("name"), 200)
    piece = lookup.required_text(fields["piece_type"], N_("piece type"), 40).lower()
    spec: TutuSpec | None = fields["tutu"]
    if spec is not None:
        piece = "tutu"
    elif piece == "tutu":
        raise InvalidInput(
            field=N_("tutu"), detail=Text("a tutu needs its style and number of net layers")
        )
    tutu = tutu_values(spec) if spec is not None else None
    colour = lookup.optional_text(fields["colour"], N_("colour"), 80)
    notes = lookup.long_text(fields["notes"], N_("notes"), required=False)
    size = lookup.optional_text(fields["size"], N_("size"), 40)
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


def _apply(refs: References, item: CostumeItem, **fields: Any) -> None:
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


def edit_item(
    db: Database,
    tag: str,
    *,
    expected_version: int,
    name: str,
    piece_type: str,
    production: str | None = None,
    role: str | None = None,
    colour: str = "",
    size: str = "",
    built_for: Ref | None = None,
    location: Ref | None = None,
    condition: str = "good",
    replacement_value: str | int | None = None,
    notes: str = "",
    tutu: TutuSpec | None = None,
) -> CostumeRecord:
    """Saves an edited item, unless someone else saved it since ``expected_version`` was read."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        if item.version != expected_version:
            raise StaleEdit(what=f"{item.tag} ({item.name})")
        _apply(
            References(session),
            item,
            name=name,
            piece_type=piece_type,
            production=production,
            role=role,
            colour=colour,
            size=size,
            built_for=built_for,
            location=location,
            condition=condition,
            replacement_value=replacement_value,
            notes=notes,
            tutu=tutu,
        )
        item.search_text = convert.costume_search_text(item)
        session.flush()
        return convert.costume_record(item)


def get_item(db: Database, tag: str) -> CostumeRecord:
    """An item by its tag (as scanned or typed): one statement with its joins, and its
    place's path."""
    cleaned = lookup.normalise_tag(tag)
    with db.rows() as rows:
        row = rows.execute(_by_tag(), {"tag": cleaned}).first()
        if row is None:
            raise UnknownTag(tag=cleaned)
        place = lookup.location_path(rows, row[12]) if row[12] is not None else ""
        return record_from_row(row, place)


@cache
def _by_tag():  # noqa: ANN202 - a Select
    return record_select().where(CostumeItem.tag == bindparam("tag"))


@cache
def record_select():  # noqa: ANN201 - a Select of the columns _record reads
    """The columns a CostumeRecord is made of, with their joins: built once (a statement is
    never changed, only extended into new ones; building it took longer than running it)."""
    built_for, out_to = aliased(Dancer), aliased(Dancer)
    return (
        select(
            CostumeItem.id,
            CostumeItem.tag,
            CostumeItem.name,
            CostumeItem.piece_type,
            CostumeItem.company_id,
            Company.name,
            Company.currency,
            Production.title,
            Role.name,
            CostumeItem.colour,
            CostumeItem.size,
            built_for.name,
            CostumeItem.location_id,
            CostumeItem.condition,
            CostumeItem.status,
            out_to.name,
            CostumeItem.out_to_id,
            CostumeItem.out_since,
            CostumeItem.replacement_value,
            CostumeItem.notes,
            CostumeItem.version,
            Tutu.style,
            Tutu.net_layers,
            Tutu.hoop_layer,
            Tutu.net_colour,
            Tutu.net_type,
            Tutu.basque,
            Loan.borrower,
            Loan.due_on,
            Loan.left_at,
            Loan.arrived_at,
        )
        .join(Company, Company.id == CostumeItem.company_id)
        .outerjoin(Production, Production.id == CostumeItem.production_id)
        .outerjoin(Role, Role.id == CostumeItem.role_id)
        .outerjoin(built_for, built_for.id == CostumeItem.built_for_id)
        .outerjoin(out_to, out_to.id == CostumeItem.out_to_id)
        .outerjoin(Tutu, Tutu.costume_id == CostumeItem.id)
        .outerjoin(Loan, and_(Loan.item_id == CostumeItem.id, Loan.returned_on.is_(None)))
    )


def record_from_row(r, location: str) -> CostumeRecord:  # noqa: ANN001
    return CostumeRecord(
        id=r[0],
        tag=r[1],
        name=r[2],
        piece_type=r[3],
        company_id=r[4],
        company=r[5],
        currency=r[6],
        production=r[7] or "",
        role=r[8] or "",
        colour=r[9],
        size=r[10],
        built_for=r[11] or "",
        location_id=r[12],
        location=location,
        condition=r[13],
        status=r[14],
        out_to=r[15] or "",
        out_to_id=r[16],
        out_since=r[17],
        replacement_value=r[18],
        notes=r[19],
        version=r[20],
        tutu=None
        if r[21] is None
        else TutuRecord(
            style=r[21],
            net_layers=r[22],
            hoop_layer=r[23],
            net_colour=r[24],
            net_type=r[25],
            basque=r[26],
        ),
        lent_to=r[27] or "",
        lent_until=r[28],
        in_transit=r[29] is not None and r[30] is None,
    )


def list_items(db: Database, company: Ref | None = None) -> list[CostumeRecord]:
    """Every item, as records, read as column tuples (a tenth of the time of ORM objects)."""
    with db.read() as session:
        stmt = record_select().order_by(CostumeItem.tag)
        if company is not None:
            stmt = stmt.where(CostumeItem.company_id == lookup.company(session, company).id)
        paths = lookup.location_paths(session)
        return [
            record_from_row(r, paths.get(r[12], "") if r[12] is not None else "")
            for r in session.execute(stmt)
        ]


def move_item(
    db: Database, tag: str, location: Ref, *, expected_version: int | None = None
) -> CostumeRecord:
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        item.location = lookup.location(session, item.company_id, location, create=True)
        session.flush()
        return convert.costume_record(item)


def check_out(
    db: Database, tag: str, dancer: Ref, *, expected_version: int | None = None
) -> CostumeRecord:
    """Hands an item in store to a dancer of the same company."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        who = lookup.dancer(session, dancer, item.company_id)
        _same_company(session, who, item)
        label = f"{item.tag} ({item.name})"
        if item.condition == "retired":
            raise WrongState(what=label, detail=Text("is retired and cannot go out."))
        if item.status == "out":
            holder = item.out_to.name if item.out_to else "?"
            raise WrongState(what=label, detail=Text("is already out to {holder}.", holder=holder))
        if item.status != "in_store":
            raise WrongState(
                what=label,
                detail=Text("is {value}; check it back in first.", value=status_text(item.status)),
            )
        if not who.active:
            raise WrongState(what=who.name, detail=Text("is no longer an active dancer."))
        item.status = "out"
        item.out_to = who
        item.out_since = utcnow()
        session.flush()
        return convert.costume_record(item)


def check_in(
    db: Database,
    tag: str,
    location: Ref | None = None,
    *,
    condition: str | None = None,
    expected_version: int | None = None,
) -> CostumeRecord:
    """Takes an item back into store (from a dancer, cleaning or alteration), where it goes
    and in what condition when given."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        if item.status == "in_store":
            raise WrongState(what=f"{item.tag} ({item.name})", detail=Text("is already in store."))
        new_condition = choice(condition, CONDITIONS, N_("condition")) if condition else None
        place = (
            lookup.location(session, item.company_id, location, create=True) if location else None
        )
        item.status = "in_store"
        item.out_to = None
        item.out_since = None
        if place is not None:
            item.location = place
        if new_condition is not None:
            item.condition = new_condition
        session.flush()
        return convert.costume_record(item)


def send_away(
    db: Database, tag: str, status: str, *, expected_version: int | None = None
) -> CostumeRecord:
    """Sends an item in store to cleaning or to alteration."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        new_status = choice(status, ("at_cleaning", "in_alteration"), N_("status"))
        if item.status != "in_store":
            raise WrongState(
                what=f"{item.tag} ({item.name})",
                detail=Text("is {value}; check it back in first.", value=status_text(item.status)),
            )
        item.status = new_status
        session.flush()
        return convert.costume_record(item)


def set_condition(db: Database, tag: str, condition: str) -> CostumeRecord:
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        item.condition = choice(condition, CONDITIONS, N_("condition"))
        session.flush()
        return convert.costume_record(item)


def record_alteration(
    db: Database,
    tag: str,
    *,
    kind: str,
    description: str,
    for_dancer: Ref | None = None,
    requested_on: date | None = None,
    done_on: date | None = None,
    done_by: str = "",
    actor: str | None = None,
) -> AlterationRecord:
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        row = Alteration(
            costume_id=item.id,
            kind=choice(kind, ALTERATION_KINDS, N_("kind")),
            description=lookup.long_text(description, N_("what was done"), required=True),
            requested_on=requested_on or date.today(),
            done_on=done_on,
            done_by=lookup.optional_text(done_by, N_("done by"), 80),
            recorded_by=lookup.actor_of(session, actor),
        )
        if row.done_on is not None and row.done_on > date.today():
            raise InvalidInput(field=N_("done on"), detail=Text("that date has not come yet"))
        if for_dancer:
            who = lookup.dancer(session, for_dancer, item.company_id)
            _same_company(session, who, item)
            row.for_dancer = who
        session.add(row)
        session.flush()
        return convert.alteration_record(row, item)


def complete_alteration(
    db: Database,
    alteration_id: int,
    *,
    done_by: str = "",
    done_on: date | None = None,
    note: str = "",
) -> AlterationRecord:
    """Marks an open alteration done: by whom, when (today unless given), with a note."""
    with db.write() as session:
        row = _alteration(session, alteration_id)
        if row.done_on is not None:
            raise WrongState(what=N_("This alteration"), detail=Text("is already done."))
        when = done_on or date.today()
        if when > date.today():
            raise InvalidInput(field=N_("done on"), detail=Text("that date has not come yet"))
        if when < row.requested_on:
            raise InvalidInput(field=N_("done on"), detail=Text("that is before it was asked for"))
        row.done_on = when
        row.done_by = lookup.optional_text(done_by, N_("done by"), 80) or row.done_by
        row.done_note = lookup.long_text(note, N_("note"), required=False)
        session.flush()
        return convert.alteration_record(row, _costume_of(session, row))


def reopen_alteration(
    db: Database, alteration_id: int, *, done_on: date | None = None, done_by: str = ""
) -> AlterationRecord:
    """Opens again an alteration marked done by mistake (the undo of marking it done): as it
    was before, ``done_by`` the name it had then. With ``done_on``, refused unless it is still
    marked done that day (someone marked it again since)."""
    with db.write() as session:
        row = _alteration(session, alteration_id)
        if row.done_on is None or (done_on is not None and row.done_on != done_on):
            raise ChangedSince(
                what=Text(N_("the alteration “{description}”"), description=row.description[:60])
            )
        row.done_on = None
        row.done_by = done_by
        row.done_note = ""
        session.flush()
        return convert.alteration_record(row, _costume_of(session, row))


def _alteration(session: Session, alteration_id: int) -> Alteration:
    row = session.get(Alteration, alteration_id, with_for_update=True)
    if row is None:
        raise lookup.NotFound(what=N_("alteration"), key=str(alteration_id))
    return row


def _costume_of(session: Session, row: Alteration) -> CostumeItem:
    item = session.get(CostumeItem, row.costume_id)
    assert item is not None
    return item


def alterations_for(db: Database, tag: str) -> list[AlterationRecord]:
    with db.read() as session:
        item = lookup.costume(session, tag)
        rows = session.scalars(
            select(Alteration)
            .where(Alteration.costume_id == item.id)
            .order_by(Alteration.requested_on.desc(), Alteration.id.desc())
        )
        return [convert.alteration_record(r, item) for r in rows]


def restore_state(
    db: Database,
    tag: str,
    *,
    status: str,
    out_to_id: int | None,
    out_since: datetime | None,
    location_id: int | None,
    condition: str | None = None,
    expected_version: int | None = None,
) -> CostumeRecord:
    """Puts an item back where and as it was (the undo of a check-out, check-in or move),
    unless it has changed since ``expected_version``."""
    with db.write() as session:
        item = lookup.costume(session, tag, lock=True)
        lookup.expect_version(item, expected_version, f"{item.tag} ({item.name})")
        if condition is not None:
            item.condition = choice(condition, CONDITIONS, N_("condition"))
        item.status = choice(status, STATUSES, N_("status"))
        item.out_to = lookup.dancer(session, out_to_id) if out_to_id is not None else None
        item.out_since = out_since
        item.location = (
            lookup.location(session, item.company_id, location_id, create=False)
            if location_id is not None
            else None
        )
        session.flush()
        return convert.costume_record(item)


def withdraw_alteration(db: Database, alteration_id: int, *, only_if_open: bool = False) -> None:
    """Takes back an alteration recorded by mistake (the undo of recording it); with
    ``only_if_open``, refused once someone has marked it done."""
    with db.write() as session:
        row = session.get(Alteration, alteration_id)
        if row is None:
            raise lookup.NotFound(what=N_("alteration"), key=str(alteration_id))
        if only_if_open and row.done_on is not None:
            raise ChangedSince(
                what=Text(N_("the alteration “{description}”"), description=row.description[:60])
            )
        session.delete(row)
