"""One row of each kind, applied through the services as the window would: what it creates
or changes, and how the record reads before and after (as an export writes it)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.units import Units, base_to_stock, parse_number, stock_to_base
from ..errors import InvalidInput, NotFound
from ..language.folding import fold_loose
from ..language.i18n import N_, Text
from ..models import Dancer, Material, PointeSpec, Supplier
from ..records import current_measurements
from ..services import (
    circulation,
    convert,
    costumes,
    dancers,
    item_fields,
    lookup,
    pointe,
    stock,
    stock_movements,
    text_checks,
)
from ..store.database import Database
from .cells import Cells, company_of, parse_date
from .columns import MEASURE_KEYS, METRIC_UNITS
from .exporting import HEADERS, costume_cells, dancer_cells, material_cells, pointe_cells
from .report import Change, changes

# -- one row of each kind: (outcome, label, what changed) --------------------------------------
Outcome = tuple[str, str, tuple[Change, ...]]


class KnownDancers:
    """Every dancer by (company, name as compared: case, accents and punctuation aside), and
    by that name alone (every company's), read once an import and kept up to date as rows
    create dancers: a row finds its dancer in constant time, so that an import grows with its
    rows, not with rows times dancers."""

    def __init__(self, session: Session) -> None:
        self.by_name: dict[tuple[int, str], int] = {}
        self.everyone: dict[str, list[tuple[int, int]]] = defaultdict(list)  # (company, id)
        for dancer_id, company_id, name in session.execute(
            select(Dancer.id, Dancer.company_id, Dancer.name)
        ):
            self.add(company_id, name, dancer_id)

    def add(self, company_id: int, name: str, dancer_id: int) -> None:
        loose = fold_loose(name)
        self.by_name[(company_id, loose)] = dancer_id
        self.everyone[loose].append((company_id, dancer_id))


def known_dancers(session: Session) -> KnownDancers:
    if "known_dancers" not in session.info:
        session.info["known_dancers"] = KnownDancers(session)
    return session.info["known_dancers"]


def _dancer_row(db: Database, session: Session, cells: Cells) -> Outcome:
    name = text_checks.required_text(cells.text("name"), N_("name"), 160)
    owner = company_of(session, cells)
    known = known_dancers(session)
    existing_id = known.by_name.get((owner.id, fold_loose(name)))
    existing = None
    if existing_id is not None:
        # Locked until the import commits: a second desk importing the same changed file waits
        # here, then reads her as the first left her (its new measurements included), so the
        # race is settled by the database (PostgreSQL; SQLite writes one desk at a time).
        existing = session.get(Dancer, existing_id, with_for_update=True, populate_existing=True)
    double = cells.text("double_of")
    is_dancer = bool(double) and fold_loose(double) in known.everyone
    rank = cells.text("rank") if cells.has("rank") else None
    before: list[str] | None = None
    if existing is None:
        record = dancers.create_dancer(
            db,
            company=owner.id,
            name=name,
            rank=rank or "",
            doubles=double if is_dancer else None,
            doubles_actor=double if double and not is_dancer else None,
        )
        dancer_id = record.id
        known.add(owner.id, name, dancer_id)
    else:
        current = convert.dancer_record(existing)
        before = dancer_cells(current, _latest(db, existing.id))
        if not cells.has("double_of"):
            doubles = existing.doubles_dancer.name if existing.doubles_dancer else None
            actor = existing.doubles_actor
        else:
            doubles = double if is_dancer else None
            actor = double if double and not is_dancer else None
        dancers.edit_dancer(
            db,
            existing.id,
            expected_version=existing.version,
            name=existing.name,
            rank=current.rank if rank is None else rank,
            active=existing.active,
            doubles=doubles,
            doubles_actor=actor,
            notes=existing.notes,
        )
        dancer_id = existing.id
    _measurements(db, cells, dancer_id, Units(owner.units))
    if before is None:
        return "created", name, ()
    after = dancer_cells(dancers.dancer_detail(db, dancer_id).dancer, _latest(db, dancer_id))
    found = changes(HEADERS["dancers"], before, after)
    return ("updated" if found else "unchanged"), name, found


def _latest(db: Database, dancer_id: int) -> Any:
    return current_measurements(dancers.measurement_history(db, dancer_id))


def measures_of(cells: Cells, units: Units) -> dict[str, int]:
    """The row's measures, stored (mm, g): each in the unit its column says, or else the
    company's."""
    stored = {}
    for column, key in MEASURE_KEYS.items():
        if cells.text(column):
            unit = cells.unit(column)
            metric = unit in METRIC_UNITS if unit else units == Units.METRIC
            system = Units.METRIC if metric else Units.IMPERIAL
            stored[key] = dancers.to_stored(key, cells.text(column), system)
    return stored


def _measurements(db: Database, cells: Cells, dancer_id: int, units: Units) -> None:
    """The row's measures as one dated set, unless each already reads so."""
    stored = measures_of(cells, units)
    if not stored:
        return
    when = parse_date(cells.text("measured_on")) or date.today()
    latest = _latest(db, dancer_id)
    if (
        latest is not None
        and all(latest.values.get(k) == v for k, v in stored.items())
        and (not cells.text("measured_on") or when <= latest.measured_on)
    ):
        return  # as the inventory already has them (an export read back)
    dancers.record_measurements(db, dancer_id, stored, measured_on=when, stored=True)


def costume_fields(cells: Cells, current: Any) -> dict[str, Any]:
    """What a row says of an item; a column the file does not have keeps what is there."""

    def given(name: str, now: Any) -> Any:
        return cells.text(name) if cells.has(name) else now

    tutu = None
    style = given("tutu_style", current.tutu.style if current and current.tutu else "")
    layers = given("net_layers", current.tutu.net_layers if current and current.tutu else "")
    if style or layers:
        if not (style and layers):
            raise InvalidInput(
                field="tutu_style" if not style else "net_layers",
                detail=Text("a tutu needs both its style and its number of net layers"),
            )
        keep = current.tutu if current and current.tutu else None
        tutu = item_fields.TutuSpec(
            style,
            layers,
            keep.hoop_layer if keep else None,
            keep.net_colour if keep else "",
            keep.net_type if keep else "",
            keep.basque if keep else "",
        )
    value_now = (
        ""
        if current is None or current.replacement_value is None
        else f"{current.replacement_value / 100:.2f}"
    )
    fields = dict(
        name=given("name", current.name if current else ""),
        piece_type=given("kind", current.piece_type if current else "") or ("tutu" if tutu else ""),
        production=given("production", current.production if current else "") or None,
        role=given("role", current.role if current else "") or None,
        colour=given("colour", current.colour if current else ""),
        size=current.size if current else "",
        built_for=given("dancer", current.built_for if current else "") or None,
        location=given("location", current.location if current else "") or None,
        condition=given("condition", current.condition if current else "good") or "good",
        replacement_value=given("value", value_now) or None,
        notes=given("notes", current.notes if current else ""),
        tutu=tutu,
    )
    if not fields["piece_type"]:
        raise InvalidInput(
            field=N_("kind"), detail=Text("say what piece it is (bodice, tutu, tunic…)")
        )
    return fields


def _costume_row(db: Database, session: Session, cells: Cells) -> Outcome:
    tag = lookup.normalise_tag(cells.text("tag"))
    owner = company_of(session, cells, tag)
    try:
        current = costumes.get_item(db, tag)
    except NotFound:
        current = None
    fields = costume_fields(cells, current)
    if current is None:
        record = costumes.log_item(db, company=owner.id, tag=tag, **fields)
    else:
        record = costumes.edit_item(db, tag, expected_version=current.version, **fields)
    status = cells.text("status").lower().replace(" ", "_") if cells.has("status") else ""
    holder = cells.text("out_to") if cells.has("out_to") else ""
    if status == "out" and record.status == "out" and holder and holder != record.out_to:
        circulation.check_in(db, tag)  # out to someone else now: handed over
        record = costumes.get_item(db, tag)
    if status and status != record.status:
        if status == "out":
            holder = holder or record.built_for
            if not holder:
                raise InvalidInput(
                    field=N_("out_to"),
                    detail=Text("an item out needs the dancer it is out to (the out_to column)"),
                )
            circulation.check_out(db, tag, holder)
        elif status == "in_store":
            circulation.check_in(db, tag)
        elif status in ("at_cleaning", "in_alteration"):
            if record.status != "in_store":
                circulation.check_in(db, tag)
            circulation.send_away(db, tag, status)
        else:
            raise InvalidInput(
                field=N_("status"),
                detail=Text(
                    "“{status}” is not one of in store, out, at cleaning, in alteration",
                    status=status,
                ),
            )
        record = costumes.get_item(db, tag)  # as it is now, moved
    if current is None:
        return "created", tag, ()
    found = changes(HEADERS["costumes"], costume_cells(current), costume_cells(record))
    return ("updated" if found else "unchanged"), tag, found


def _material_row(db: Database, session: Session, cells: Cells) -> Outcome:
    name = text_checks.required_text(cells.text("name"), N_("name"), 160)
    owner = company_of(session, cells)
    unit = cells.text("unit")
    supplier = cells.text("supplier")
    if supplier and session.scalar(select(Supplier.id).where(Supplier.name == supplier)) is None:
        try:
            lookup.supplier(session, supplier)
        except NotFound:
            session.add(Supplier(name=text_checks.required_text(supplier, N_("supplier"), 160)))
            session.flush()
    width, width_unit = cells.text("width"), cells.unit("width")  # no unit: the company's
    existing = session.scalars(
        select(Material).where(Material.company_id == owner.id, Material.name == name)
    ).one_or_none()
    if existing is None:
        record = stock.create_material(
            db,
            company=owner.id,
            name=name,
            kind=cells.text("kind") or "fabric",
            unit=unit,
            colour=cells.text("colour"),
            width=width or None,
            width_unit=width_unit,
            minimum=cells.text("minimum") or None,
            target=cells.text("target") or None,
            supplier=supplier or None,
            unit_cost=cells.text("unit_cost") or None,
            opening_quantity=cells.text("quantity") or None,
        )
        return "created", record.name, ()
    before = convert.material_record(existing)
    kept_width = None if before.width_mm is None else str(before.width_mm / 10)  # cm, exact

    def given(column: str, now: Any) -> Any:
        return cells.text(column) if cells.has(column) else now

    after = stock.edit_material(
        db,
        existing.id,
        expected_version=existing.version,
        name=name,
        kind=given("kind", before.kind),
        unit=unit or before.unit,
        colour=given("colour", before.colour),
        width=(width or None) if cells.has("width") else kept_width,
        width_unit=width_unit if cells.has("width") else "cm",
        minimum=given("minimum", str(base_to_stock(before.minimum, before.unit))),
        target=given("target", str(base_to_stock(before.target, before.unit))),
        supplier=given("supplier", before.supplier) or None,
        unit_cost=given(
            "unit_cost", None if before.unit_cost is None else f"{before.unit_cost / 100:.2f}"
        ),
    )
    if cells.text("quantity"):
        counted = stock_to_base(parse_number(cells.text("quantity"), N_("quantity")), after.unit)
        if counted != after.on_hand:
            after = stock_movements.adjust_material(
                db, existing.id, cells.text("quantity"), reason=N_("spreadsheet import")
            )
    found = changes(HEADERS["materials"], material_cells(before), material_cells(after))
    return ("updated" if found else "unchanged"), name, found


def _pointe_row(db: Database, session: Session, cells: Cells) -> Outcome:
    owner_id = lookup.company(session, cells.text("company")).id if cells.text("company") else None
    who = lookup.dancer(
        session, text_checks.required_text(cells.text("dancer"), N_("dancer"), 160), owner_id
    )
    maker = text_checks.required_text(cells.text("maker"), N_("maker"), 80)
    supplier = next(
        (
            s.name
            for s in session.scalars(select(Supplier))
            if fold_loose(s.name) == fold_loose(maker)
        ),
        None,
    )
    fields = {
        k: cells.text(k)
        for k in (
            "model",
            "width",
            "shank",
            "vamp",
            "maker_mark",
            "pairs_per_week",
            "lead_time_weeks",
        )
        if cells.has(k)
    }
    size = text_checks.required_text(cells.text("size"), N_("size"), 16)
    current = session.scalars(
        select(PointeSpec).where(PointeSpec.dancer_id == who.id, PointeSpec.active)
    ).first()
    same_spec = current is not None and (
        fold_loose(current.maker),
        fold_loose(current.model),
        current.size,
    ) == (fold_loose(maker), fold_loose(fields.get("model", current.model)), size)
    label = f"{who.name}: {maker} {fields.get('model', '')}".strip()
    if not same_spec:
        pointe.create_spec(
            db,
            who.id,
            maker=maker,
            size=size,
            supplier=supplier,
            pairs_on_hand=cells.text("pairs_on_hand") or 0,
            **fields,
        )
        return "created", label, ()
    assert current is not None
    before = convert.pointe_record(current)
    after = pointe.edit_spec(
        db, current.id, expected_version=current.version, maker=maker, size=size, **fields
    )
    if cells.text("pairs_on_hand"):
        pairs = pointe.pairs_count(
            cells.text("pairs_on_hand"), N_("pairs on hand"), allow_zero=True
        )
        if pairs != after.pairs_on_hand:
            after = pointe.adjust_pairs(db, current.id, pairs, reason=N_("spreadsheet import"))
    found = changes(HEADERS["pointe"], pointe_cells(before), pointe_cells(after))
    return ("updated" if found else "unchanged"), label, found


ROWS: dict[str, Callable[[Database, Session, Cells], Outcome]] = {
    "dancers": _dancer_row,
    "costumes": _costume_row,
    "materials": _material_row,
    "pointe": _pointe_row,
}
