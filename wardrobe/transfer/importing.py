"""Importing a spreadsheet: every row checked by the same rules as the window, all in one
transaction. One bad row and nothing is written; every bad row is reported (row, column,
value, why). Importing the same file again updates, it does not duplicate. New items (the
bulk of a big file) are written together at the end; the rest goes row by row through the
services."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import MANYTOONE, Session, class_mapper

from .. import audit
from ..database import Database
from ..errors import InvalidInput, NotFound, WardrobeError
from ..models import Company, CostumeItem, Dancer, Material, PointeSpec, Supplier, Tutu
from ..services import convert, costumes, dancers, lookup, pointe, stock
from ..text import fold_loose
from ..units import Units
from .columns import KINDS, LENGTHS, MEASURE_KEYS, REQUIRED, resolve
from .reading import Sheet, read_sheet


@dataclass(frozen=True)
class RowProblem:
    row: int  # the spreadsheet's row number (the header is row 1)
    column: str
    value: str
    why: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column “{self.column}”" if self.column else "")
        shown = f" (“{self.value[:60]}”)" if self.value else ""
        return f"{where}{shown}: {self.why}"


@dataclass
class ImportReport:
    kind: str
    encoding: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    applied: bool = False


class _Bound(Database):
    """The inventory seen through one session: every service call joins its transaction."""

    def __init__(self, parent: Database, session: Session) -> None:  # noqa: D107
        self.url, self.engine, self.user = parent.url, parent.engine, parent.user
        self.read_only = None
        self._session = session

    @contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session

    @contextmanager
    def write(self) -> Iterator[Session]:
        yield self._session


def import_file(db: Database, kind: str, path: str | Path, *, apply: bool = True) -> ImportReport:
    """Reads and imports ``path``; with ``apply`` false (a preview), nothing is kept."""
    if kind not in KINDS:
        raise InvalidInput(field="kind", detail=f"“{kind}” is not one of {', '.join(KINDS)}")
    return import_sheet(db, kind, read_sheet(path), apply=apply)


def import_sheet(db: Database, kind: str, sheet: Sheet, *, apply: bool = True) -> ImportReport:
    report = ImportReport(kind, sheet.encoding)
    # canonical -> (index, unit, header); a length may come in cm and in inches both
    columns: dict[str, tuple[int, str | None, str]] = {}
    alternatives: dict[str, tuple[int, str | None, str]] = {}
    for index, header in enumerate(sheet.headers):
        found = resolve(kind, header)
        if found is None:
            if header:
                report.ignored_columns.append(header)
            continue
        canonical, unit = found
        if canonical in columns:
            if unit is not None and columns[canonical][1] not in (None, unit):
                alternatives[canonical] = (index, unit, header)
                continue
            report.problems.append(RowProblem(1, header, "", f"“{canonical}” is given twice"))
        columns[canonical] = (index, unit, header)
    missing = [c for c in REQUIRED[kind] if c not in columns]
    if missing:
        report.problems.append(
            RowProblem(1, "", "", "the file has no column for " + ", ".join(missing))
        )
        return report
    with db.write() as session:
        bound = _Bound(db, session)
        handler = HANDLERS[kind]
        new_costumes = _NewCostumes(session, sheet, columns) if kind == "costumes" else None
        seen: dict[str, int] = {}
        for number, row in enumerate(sheet.rows, start=2):
            cells = _Cells(_choose_units(row, columns, alternatives), columns, sheet.headers)
            if cells.conflict:
                report.problems.append(
                    RowProblem(
                        number, cells.conflict, "", "give this measure in cm or in inches, not both"
                    )
                )
                continue
            if len(row) > len(sheet.headers) and any(c.strip() for c in row[len(sheet.headers) :]):
                report.problems.append(
                    RowProblem(number, "", "", "the row has more cells than the header has columns")
                )
                continue
            key = fold_loose(cells.text(REQUIRED[kind][0]))
            if key and cells.text("company"):
                key = f"{fold_loose(cells.text('company'))}|{key}"
            if key and key in seen:
                report.problems.append(
                    RowProblem(
                        number,
                        cells.header(REQUIRED[kind][0]),
                        cells.text(REQUIRED[kind][0]),
                        f"the same as row {seen[key]}: each appears once in a file",
                    )
                )
                continue
            seen[key] = number
            new_tag = new_costumes.new_tag(cells) if new_costumes is not None else None
            if new_costumes is not None and new_tag is not None:
                # A new item: checked now, written with the others in one go at the end.
                try:
                    new_costumes.add(cells, new_tag)
                    report.created.append(new_tag)
                except WardrobeError as error:
                    report.problems.append(_problem(number, cells, error))
                continue
            savepoint = session.begin_nested()
            try:
                outcome, label = handler(bound, session, cells)
            except WardrobeError as error:
                savepoint.rollback()
                report.problems.append(_problem(number, cells, error))
                continue
            savepoint.commit()
            getattr(report, outcome).append(label)
        if kind == "dancers" and "double_of" in columns and not report.problems:
            _doubles_pass(bound, session, sheet, columns, alternatives, report)
        if report.problems or not apply:
            session.rollback()
            return report
        try:
            if new_costumes is not None:
                new_costumes.write()  # the new items, in bulk, with their audit lines
        except IntegrityError:
            # Only another desk logging one of the same tags meanwhile can do this.
            raise InvalidInput(
                field="tag",
                detail="another desk logged one of these tags while the file was being "
                "imported; nothing was imported, import the file again",
            ) from None
    report.applied = True
    return report


def _problem(number: int, cells: _Cells, error: WardrobeError) -> RowProblem:
    # The column at fault: the field named, or what was not found (a dancer, a place...).
    column = error.params.get("field") or error.params.get("what") or ""
    return RowProblem(
        number, cells.header_for_field(column), cells.value_for_field(column), str(error)
    )


Columns = dict[str, tuple[int, str | None, str]]


def _choose_units(
    row: list[str], columns: Columns, alternatives: Columns
) -> tuple[list[str], Columns, str]:
    """For a length given in cm and in inches, the column this row fills (both: a conflict)."""
    chosen = dict(columns)
    conflict = ""
    for canonical, other in alternatives.items():
        first = row[columns[canonical][0]].strip() if columns[canonical][0] < len(row) else ""
        second = row[other[0]].strip() if other[0] < len(row) else ""
        if first and second:
            conflict = other[2]
        elif second:
            chosen[canonical] = other
    return row, chosen, conflict


class _Cells:
    def __init__(
        self, chosen: tuple[list[str], Columns, str], _columns: Columns, headers: list[str]
    ) -> None:
        self.row, self.columns, self.conflict = chosen
        self.headers = headers

    def has(self, name: str) -> bool:
        return name in self.columns

    def text(self, name: str) -> str:
        if name not in self.columns:
            return ""
        index = self.columns[name][0]
        return self.row[index].strip() if index < len(self.row) else ""

    def unit(self, name: str) -> str | None:
        return self.columns[name][1] if name in self.columns else None

    def header(self, name: str) -> str:
        return self.columns[name][2] if name in self.columns else name

    def header_for_field(self, field_name: str) -> str:
        """The file's header for an error's field (“waist” -> “waist_cm”), if there is one."""
        wanted = field_name.lower().replace(" ", "_")
        if not wanted:
            return ""
        for canonical, (_i, _u, header) in self.columns.items():
            if wanted in (canonical, MEASURE_KEYS.get(canonical, "")) or wanted.startswith(
                canonical
            ):
                return header
        return field_name

    def value_for_field(self, field_name: str) -> str:
        header = self.header_for_field(field_name)
        for canonical, (_i, _u, h) in self.columns.items():
            if h == header:
                return self.text(canonical)
        return ""


def _company(session: Session, cells: _Cells, tag: str = "") -> Company:
    if cells.text("company"):
        return lookup.company(session, cells.text("company"))
    everyone = list(session.scalars(select(Company)))
    if tag and "-" in tag:
        by_code = [c for c in everyone if c.code == tag.split("-")[0].upper()]
        if len(by_code) == 1:
            return by_code[0]
    if len(everyone) == 1:
        return everyone[0]
    raise InvalidInput(field="company", detail="say which company (add a company column)")


def _date(text: str) -> date | None:
    if not text:
        return None
    for pattern, order in (
        (r"^(\d{4})-(\d{1,2})-(\d{1,2})$", "ymd"),
        (r"^(\d{1,2})/(\d{1,2})/(\d{4})$", "dmy"),
    ):
        match = re.match(pattern, text)
        if match:
            parts = dict(zip(order, map(int, match.groups()), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                break
    raise InvalidInput(
        field="measured_on", detail=f"“{text}” is not a date (use 2026-03-12 or 12/03/2026)"
    )


# -- one row of each kind: (outcome, label) --------------------------------------------------
Outcome = tuple[str, str]


def _dancer_row(db: Database, session: Session, cells: _Cells) -> Outcome:
    name = lookup.required_text(cells.text("name"), "name", 160)
    owner = _company(session, cells)
    existing = next(
        (
            d
            for d in session.scalars(select(Dancer).where(Dancer.company_id == owner.id))
            if fold_loose(d.name) == fold_loose(name)
        ),
        None,
    )
    double = cells.text("double_of")
    is_dancer = bool(double) and any(
        fold_loose(d.name) == fold_loose(double) for d in session.scalars(select(Dancer))
    )
    fields = dict(
        rank=cells.text("rank") if cells.has("rank") else None,
        doubles=double if is_dancer else None,
        doubles_actor=double if double and not is_dancer else None,
    )
    outcome = "unchanged"
    if existing is None:
        record = dancers.create_dancer(
            db,
            company=owner.id,
            name=name,
            rank=fields["rank"] or "",
            doubles=fields["doubles"],
            doubles_actor=fields["doubles_actor"],
        )
        dancer_id, outcome = record.id, "created"
    else:
        current = convert.dancer_record(existing)
        rank = current.rank if fields["rank"] is None else fields["rank"]
        if not cells.has("double_of"):
            doubles = existing.doubles_dancer.name if existing.doubles_dancer else None
            actor = existing.doubles_actor
        else:
            doubles, actor = fields["doubles"], fields["doubles_actor"]
        after = dancers.edit_dancer(
            db,
            existing.id,
            expected_version=existing.version,
            name=existing.name,
            rank=rank,
            active=existing.active,
            doubles=doubles,
            doubles_actor=actor,
            notes=existing.notes,
        )
        dancer_id = existing.id
        if (after.rank, after.doubles) != (current.rank, current.doubles):
            outcome = "updated"
    values: dict[str, str] = {}
    units_of: dict[str, str] = {}
    for column, key in MEASURE_KEYS.items():
        if cells.text(column):
            values[key] = cells.text(column)
            units_of[key] = cells.unit(column) or ("cm" if owner.units == "metric" else "in")
    if values:
        when = _date(cells.text("measured_on")) or date.today()
        by_unit: dict[str, dict[str, str]] = {}
        for key, value in values.items():
            by_unit.setdefault(units_of[key], {})[key] = value
        stored = {}
        for unit, group in by_unit.items():
            system = Units.METRIC if unit == "cm" else Units.IMPERIAL
            stored.update({k: dancers.to_stored(k, v, system) for k, v in group.items()})
        history = dancers.measurement_history(db, dancer_id)
        same = any(
            h.measured_on == when and all(h.values.get(k) == v for k, v in stored.items())
            for h in history
        )
        if not same:
            dancers.record_measurements(db, dancer_id, stored, measured_on=when, stored=True)
            outcome = outcome if outcome == "created" else "updated"
    return outcome, name


def _doubles_pass(
    db: Database,
    session: Session,
    sheet: Sheet,
    columns: Columns,
    alternatives: Columns,
    report: ImportReport,
) -> None:
    """Doubles once every dancer of the file exists: one may double a dancer listed later."""
    everyone = {fold_loose(d.name): d for d in session.scalars(select(Dancer))}
    for number, row in enumerate(sheet.rows, start=2):
        cells = _Cells(_choose_units(row, columns, alternatives), columns, sheet.headers)
        double = cells.text("double_of")
        if not double or fold_loose(double) not in everyone:
            continue
        who = everyone.get(fold_loose(cells.text("name")))
        if who is None or (
            who.doubles_dancer is not None
            and fold_loose(who.doubles_dancer.name) == fold_loose(double)
        ):
            continue
        try:
            dancers.edit_dancer(
                db,
                who.id,
                expected_version=who.version,
                name=who.name,
                rank=who.rank,
                active=who.active,
                doubles=double,
                doubles_actor=None,
                notes=who.notes,
            )
        except WardrobeError as error:
            report.problems.append(
                RowProblem(number, cells.header("double_of"), double, str(error))
            )


def _costume_fields(cells: _Cells, current: Any) -> dict[str, Any]:
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
                detail="a tutu needs both its style and its number of net layers",
            )
        keep = current.tutu if current and current.tutu else None
        tutu = costumes.TutuSpec(
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
        raise InvalidInput(field="kind", detail="say what piece it is (bodice, tutu, tunic…)")
    return fields


class _NewCostumes:
    """New items of a file, the usual case of a big import: each row checked as the window
    checks an item, with the productions, dancers and places looked up once per import;
    the items and their audit lines are written together when the file is done, in bulk
    (one bad row: nothing is)."""

    def __init__(self, session: Session, sheet: Sheet, columns: Columns) -> None:
        self.session = session
        self.refs = costumes.References(session, remember=True)
        self.companies: dict[tuple[str, str], Company] = {}
        self.items: list[CostumeItem] = []
        tags: set[str] = set()
        index = columns["tag"][0]
        for row in sheet.rows:
            try:
                tags.add(lookup.normalise_tag(row[index] if index < len(row) else ""))
            except InvalidInput:
                continue
        self.existing: set[str] = set()
        listed = sorted(tags)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            self.existing.update(
                session.scalars(select(CostumeItem.tag).where(CostumeItem.tag.in_(chunk)))
            )

    def new_tag(self, cells: _Cells) -> str | None:
        """The tag of a row for an item not in the inventory and put in store; None for the
        rest, which goes row by row (a bad tag is said there, in its words)."""
        try:
            tag = lookup.normalise_tag(cells.text("tag"))
        except InvalidInput:
            return None
        status = cells.text("status").lower().replace(" ", "_")
        return tag if tag not in self.existing and status in ("", "in_store") else None

    def add(self, cells: _Cells, tag: str) -> None:
        key = (cells.text("company"), tag.split("-")[0])
        owner = self.companies.get(key)
        if owner is None:
            owner = self.companies[key] = _company(self.session, cells, tag)
        fields = _costume_fields(cells, None)
        self.items.append(costumes.checked_item(self.refs, owner, tag, **fields))

    def write(self) -> None:
        """The checked items, their tutus and their audit lines, each table in one go."""
        if not self.items:
            return
        session = self.session
        lines: list[tuple[Any, str, dict[str, list[Any]]]] = [
            (item, "created", audit.created_changes(item)) for item in self.items
        ]
        lines += [(i.tutu, "created", audit.created_changes(i.tutu)) for i in self.items if i.tutu]
        rows = [_row(item) for item in self.items]
        if session.get_bind().dialect.name == "sqlite":
            # One writer at a time (this one): the ids are given here, and the rows go in one
            # executemany; SQLite cannot return the ids of a batch in order.
            first = (session.scalar(select(func.max(CostumeItem.id))) or 0) + 1
            ids = list(range(first, first + len(rows)))
            for row, item_id in zip(rows, ids, strict=True):
                row["id"] = item_id
            session.execute(insert(CostumeItem), rows)
        else:
            returning = insert(CostumeItem).returning(CostumeItem.id, sort_by_parameter_order=True)
            ids = list(session.scalars(returning, rows))
        for item, item_id in zip(self.items, ids, strict=True):
            item.id = item_id
            if item.tutu is not None:
                item.tutu.costume_id = item_id
        tutus = [_row(item.tutu) for item in self.items if item.tutu is not None]
        if tutus:
            session.execute(insert(Tutu), tutus)
        audit.write_lines(session, lines)


_COLUMN_KEYS: dict[type, frozenset[str]] = {}


def _column_keys(kind: type) -> frozenset[str]:
    if kind not in _COLUMN_KEYS:
        _COLUMN_KEYS[kind] = frozenset(attr.key for attr in class_mapper(kind).column_attrs)
    return _COLUMN_KEYS[kind]


def _row(record: Any) -> dict[str, Any]:
    """A new record's columns for an INSERT: its values, and each link as its id."""
    state = inspect(record)
    given = state.dict  # the values as set (read without instrumentation)
    columns = _column_keys(type(record))
    row = {key: value for key, value in given.items() if key in columns and value is not None}
    for relation in state.mapper.relationships:
        linked = given.get(relation.key) if relation.direction is MANYTOONE else None
        if linked is not None:
            for local, remote in relation.local_remote_pairs:
                row[local.key] = getattr(linked, remote.key)
    if hasattr(type(record), "version"):  # a new record's first version
        row["version"] = 1
    return row


def _costume_row(db: Database, session: Session, cells: _Cells) -> Outcome:
    tag = lookup.normalise_tag(cells.text("tag"))
    owner = _company(session, cells, tag)
    try:
        current = costumes.get_item(db, tag)
    except NotFound:
        current = None
    fields = _costume_fields(cells, current)
    if current is None:
        record = costumes.log_item(db, company=owner.id, tag=tag, **fields)
        outcome = "created"
    else:
        record = costumes.edit_item(db, tag, expected_version=current.version, **fields)
        outcome = "updated" if _differs(current, record) else "unchanged"
    status = cells.text("status").lower().replace(" ", "_") if cells.has("status") else ""
    holder = cells.text("out_to") if cells.has("out_to") else ""
    if status == "out" and record.status == "out" and holder and holder != record.out_to:
        costumes.check_in(db, tag)  # out to someone else now: handed over
        record = costumes.get_item(db, tag)
    if status and status != record.status:
        if status == "out":
            holder = holder or record.built_for
            if not holder:
                raise InvalidInput(
                    field="out_to",
                    detail="an item out needs the dancer it is out to (the out_to column)",
                )
            costumes.check_out(db, tag, holder)
        elif status == "in_store":
            costumes.check_in(db, tag)
        elif status in ("at_cleaning", "in_alteration"):
            if record.status != "in_store":
                costumes.check_in(db, tag)
            costumes.send_away(db, tag, status)
        else:
            raise InvalidInput(
                field="status",
                detail=f"“{status}” is not one of in store, out, at cleaning, in alteration",
            )
        outcome = "created" if outcome == "created" else "updated"
    return outcome, tag


def _differs(before: Any, after: Any) -> bool:
    skip = {"version", "out_since"}
    return any(
        getattr(before, f) != getattr(after, f)
        for f in before.__dataclass_fields__
        if f not in skip
    )


def _material_row(db: Database, session: Session, cells: _Cells) -> Outcome:
    name = lookup.required_text(cells.text("name"), "name", 160)
    owner = _company(session, cells)
    unit = cells.text("unit")
    supplier = cells.text("supplier")
    if supplier and session.scalar(select(Supplier.id).where(Supplier.name == supplier)) is None:
        try:
            lookup.supplier(session, supplier)
        except NotFound:
            session.add(Supplier(name=lookup.required_text(supplier, "supplier", 160)))
            session.flush()
    width = cells.text("width")
    if width and cells.unit("width") == "in":
        from ..units import parse_number

        width = str(parse_number(width, "width") * 254 / 100)
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
            width_cm=width or None,
            minimum=cells.text("minimum") or None,
            target=cells.text("target") or None,
            supplier=supplier or None,
            unit_cost=cells.text("unit_cost") or None,
            opening_quantity=cells.text("quantity") or None,
        )
        return "created", record.name
    before = convert.material_record(existing)

    def given(column: str, now: Any) -> Any:
        return cells.text(column) if cells.has(column) else now

    from ..units import base_to_stock

    after = stock.edit_material(
        db,
        existing.id,
        expected_version=existing.version,
        name=name,
        kind=given("kind", before.kind),
        unit=unit or before.unit,
        colour=given("colour", before.colour),
        width_cm=width
        if cells.has("width")
        else (None if before.width_mm is None else str(before.width_mm / 10)),
        minimum=given("minimum", str(base_to_stock(before.minimum, before.unit))),
        target=given("target", str(base_to_stock(before.target, before.unit))),
        supplier=given("supplier", before.supplier) or None,
        unit_cost=given(
            "unit_cost", None if before.unit_cost is None else f"{before.unit_cost / 100:.2f}"
        ),
    )
    if cells.text("quantity"):
        from ..units import parse_number, stock_to_base

        counted = stock_to_base(parse_number(cells.text("quantity"), "quantity"), after.unit)
        if counted != after.on_hand:
            after = stock.adjust_material(
                db, existing.id, cells.text("quantity"), reason="spreadsheet import"
            )
    return ("updated" if _differs(before, after) else "unchanged"), name


def _pointe_row(db: Database, session: Session, cells: _Cells) -> Outcome:
    owner_id = lookup.company(session, cells.text("company")).id if cells.text("company") else None
    who = lookup.dancer(
        session, lookup.required_text(cells.text("dancer"), "dancer", 160), owner_id
    )
    maker = lookup.required_text(cells.text("maker"), "maker", 80)
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
    size = lookup.required_text(cells.text("size"), "size", 16)
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
        return "created", label
    assert current is not None
    before = convert.pointe_record(current)
    after = pointe.edit_spec(
        db, current.id, expected_version=current.version, maker=maker, size=size, **fields
    )
    if cells.text("pairs_on_hand"):
        pairs = pointe._pairs(cells.text("pairs_on_hand"), "pairs on hand", allow_zero=True)
        if pairs != after.pairs_on_hand:
            after = pointe.adjust_pairs(db, current.id, pairs, reason="spreadsheet import")
    return ("updated" if _differs(before, after) else "unchanged"), label


HANDLERS: dict[str, Callable[[Database, Session, _Cells], Outcome]] = {
    "dancers": _dancer_row,
    "costumes": _costume_row,
    "materials": _material_row,
    "pointe": _pointe_row,
}
assert set(HANDLERS) == set(KINDS) and LENGTHS
