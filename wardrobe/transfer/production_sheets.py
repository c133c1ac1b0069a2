"""A production's running order, looks and costume plot in and out of a spreadsheet, as a
department keeps them: a workbook of three sheets (Running order: act, scene, title, minutes;
Looks: role, look, pieces, how it is worn; Plot: roles down, parts across, the look in each
cell), or the same as CSV files. Read all or nothing: every problem of every sheet is listed at
once and nothing is written then; a preview writes nothing either. Written back the same way."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..domain.look_pieces import parse_pieces
from ..errors import InvalidInput, WardrobeError
from ..language.folding import fold, fold_loose
from ..language.i18n import N_, Text
from ..records import LookRecord, PartRecord
from ..services import casting, looks, running_order
from ..store.database import Database
from .importing import Bound
from .reading import Sheet, read_sheets
from .report import ImportReport, RowOutcome, RowProblem

KINDS = {
    "parts": ("running_order", "parts", "deroule", "scenes", "ordre"),
    "looks": ("looks", "tenues"),
    "plot": ("plot", "costume_plot", "conduite", "conduite_costumes"),
}
PART_COLUMNS = {
    "act": ("act", "acte", "episode", "act_or_episode", "acte_ou_episode"),
    "scene": ("scene",),
    "title": ("title", "titre"),
    "starts": ("starts", "starts_min", "debut", "debut_min", "minutes_from_the_curtain"),
    "length": ("length", "length_min", "running_time", "duree", "duree_min"),
}
LOOK_COLUMNS = {
    "role": ("role",),
    "look": ("look", "tenue", "name", "nom"),
    "pieces": ("pieces",),
    "notes": ("how_it_is_worn", "worn", "notes", "comment_elle_se_porte", "remarques"),
}
HEADERS = {
    "parts": (N_("Act"), N_("Scene"), N_("Title"), N_("Starts (min)"), N_("Length (min)")),
    "looks": (N_("Role"), N_("Look"), N_("Pieces"), N_("How it is worn")),
    "plot": (N_("Role"),),
}
SHEET_NAMES = {"parts": N_("Running order"), "looks": N_("Looks"), "plot": N_("Plot")}


def _key(text: str) -> str:
    return fold_loose(text).replace(" ", "_")


def _kind(name: str, sheet: Sheet) -> str | None:
    for kind, names in KINDS.items():
        if _key(name) in names:
            return kind
    keys = {_key(h) for h in sheet.headers}
    if keys & set(PART_COLUMNS["act"]):
        return "parts"
    if keys & set(LOOK_COLUMNS["pieces"]):
        return "looks"
    if sheet.headers and _key(sheet.headers[0]) in ("role", "roles"):
        return "plot"
    return None


def read_production_files(paths: Sequence[str | Path]) -> dict[str, tuple[str, Sheet]]:
    """The sheets of the files given, by kind ("parts", "looks", "plot"); a sheet of no kind,
    or one kind given twice, is said in a sentence."""
    found: dict[str, tuple[str, Sheet]] = {}
    for path in paths:
        for name, sheet in read_sheets(path):
            kind = _kind(name, sheet)
            if kind is None:
                raise InvalidInput(
                    field=N_("file"),
                    detail=Text(
                        "the sheet “{name}” is not a running order, looks or a plot (see its "
                        "headers: act, scene…; role, look, pieces…; role, then the parts)",
                        name=name,
                    ),
                )
            if kind in found:
                raise InvalidInput(
                    field=N_("file"),
                    detail=Text(
                        "“{name}” and “{other}” are both {kind}",
                        name=name,
                        other=found[kind][0],
                        kind=Text(SHEET_NAMES[kind]),
                    ),
                )
            found[kind] = (name, sheet)
    return found


class _Rows:
    """A sheet's rows as cells by canonical column, with where each came from."""

    def __init__(self, name: str, sheet: Sheet, columns: dict[str, tuple[str, ...]]) -> None:
        self.name, self.sheet = name, sheet
        self.index: dict[str, int] = {}
        for number, header in enumerate(sheet.headers):
            for column, names in columns.items():
                if _key(header) in names and column not in self.index:
                    self.index[column] = number

    def missing(self, required: tuple[str, ...]) -> list[str]:
        return [c for c in required if c not in self.index]

    def cell(self, row: list[str], column: str) -> str:
        at = self.index.get(column)
        return row[at].strip() if at is not None and at < len(row) else ""

    def where(self, column: str) -> str:
        header = self.sheet.headers[self.index[column]] if column in self.index else column
        return f"{self.name} › {header}"


def import_production(
    db: Database,
    company: str | int,
    title: str,
    paths: Sequence[str | Path],
    *,
    apply: bool = True,
) -> ImportReport:
    """Reads the production's sheets and writes them in one transaction, or nothing."""
    sheets = read_production_files(paths)
    report = ImportReport("production", ", ".join(s.encoding for _n, s in sheets.values()))
    with db.write() as session:
        bound = Bound(db, session)
        production = running_order.add_production(bound, company, title)
        labels: set[str] = set()
        names: set[tuple[str, str]] = set()
        parts = _import_parts(bound, production.id, sheets.get("parts"), report, labels)
        known = _import_looks(bound, production.id, sheets.get("looks"), report, names)
        plot = sheets.get("plot")
        _import_plot(bound, production.id, plot, parts, known, report, labels, names)
        report.rows.sort(key=lambda outcome: outcome.row)
        if report.problems or not apply:
            session.rollback()
            return report
    report.applied = True
    return report


@contextmanager
def _said(report: ImportReport, number: int, column: str, value: str) -> Iterator[None]:
    """A service's refusal in the block becomes the row's problem (the import goes on, to list
    every problem at once, and then writes nothing)."""
    try:
        yield
    except WardrobeError as error:
        report.problems.append(RowProblem(number, column, value, error))


def _twice(report: ImportReport, number: int, column: str, value: str, first: int) -> None:
    said = Text("the same as row {row}: each appears once in a file", row=first)
    report.problems.append(RowProblem(number, column, value, said))


def _import_parts(
    db: Database,
    production_id: int,
    given: tuple[str, Sheet] | None,
    report: ImportReport,
    declared: set[str],
) -> dict[str, PartRecord]:
    """Each row a part, in the order of the show; ``declared`` gets every label it names."""
    existing = {p.label.casefold(): p for p in running_order.parts(db, production_id)}
    if given is None:
        return existing
    rows = _Rows(*given, PART_COLUMNS)
    if rows.missing(("act",)):
        report.problems.append(RowProblem(1, rows.name, "", Text("no “Act” column")))
        return existing
    order: list[int] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows.sheet.rows, start=2):
        act, scene, title = (rows.cell(row, c) for c in ("act", "scene", "title"))
        starts, length = rows.cell(row, "starts"), rows.cell(row, "length")
        label = f"{act}.{scene}" if scene else act
        if label.casefold() in seen:
            _twice(report, number, rows.where("act"), label, seen[label.casefold()])
            continue
        seen[label.casefold()] = number
        declared.add(label.casefold())
        before = existing.get(label.casefold())
        done: PartRecord | None = None
        with _said(report, number, rows.where("act"), label):
            if before is None:
                done = running_order.add_part(
                    db,
                    production_id,
                    act=act,
                    scene=scene,
                    title=title,
                    starts_min=starts,
                    length_min=length,
                )
                outcome = "created"
            elif (before.title, before.starts_min, before.length_min) == (
                title,
                _int(starts),
                _int(length),
            ):
                done, outcome = before, "unchanged"
            else:
                done = running_order.edit_part(
                    db,
                    before.id,
                    expected_version=before.version,
                    act=act,
                    scene=scene,
                    title=title,
                    starts_min=starts,
                    length_min=length,
                )
                outcome = "updated"
        if done is not None:
            order.append(done.id)
            report.rows.append(RowOutcome(number, f"{done.label} {done.title}".strip(), outcome))
    if not report.problems:  # the running order as the sheet has it
        for position, part_id in enumerate(order, start=1):
            current = [p.id for p in running_order.parts(db, production_id)]
            if current.index(part_id) + 1 != position:
                running_order.move_part(db, part_id, position)
    return {p.label.casefold(): p for p in running_order.parts(db, production_id)}


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def _import_looks(
    db: Database,
    production_id: int,
    given: tuple[str, Sheet] | None,
    report: ImportReport,
    declared: set[tuple[str, str]],
) -> dict[tuple[str, str], LookRecord]:
    """Each row a look of a role (the role made if new); ``declared`` gets every (role, look)
    the sheet names, written or not (the plot's cells are checked against them)."""
    known = {(fold(lk.role), fold(lk.name)): lk for lk in looks.looks(db, production_id)}
    if given is None:
        return known
    rows = _Rows(*given, LOOK_COLUMNS)
    missing = rows.missing(("role", "look", "pieces"))
    for column in missing:
        said = Text("no “{column}” column", column=column)
        report.problems.append(RowProblem(1, rows.name, "", said))
    if missing:
        return known
    roles = {fold(name): role_id for role_id, name in casting.roles(db, production_id)}
    seen: dict[tuple[str, str], int] = {}
    for number, row in enumerate(rows.sheet.rows, start=2):
        role, name, notes = (rows.cell(row, c) for c in ("role", "look", "notes"))
        key = (fold(role), fold(name))
        if key in seen:
            _twice(report, number, rows.where("look"), name, seen[key])
            continue
        seen[key] = number
        declared.add(key)
        pieces: list[tuple[str, str]] | None = None
        with _said(report, number, rows.where("pieces"), rows.cell(row, "pieces")):
            pieces = parse_pieces(rows.cell(row, "pieces"))
        if pieces is None:
            continue
        with _said(report, number, rows.where("role"), role):
            if fold(role) not in roles:
                roles[fold(role)] = casting.add_role(db, production_id, role)[0]
        before = known.get(key)
        if fold(role) not in roles:
            continue
        if (
            before is not None
            and before.notes == notes
            and pieces == [(p.piece_type, p.description) for p in before.pieces]
        ):
            report.rows.append(RowOutcome(number, f"{before.role} · {before.name}", "unchanged"))
            continue
        with _said(report, number, rows.where("look"), name):
            done = looks.save_look(
                db,
                roles[fold(role)],
                name=name,
                pieces=pieces,
                notes=notes,
                look_id=before.id if before else None,
                expected_version=before.version if before else None,
            )
            known[key] = done
            outcome = "updated" if before is not None else "created"
            report.rows.append(RowOutcome(number, f"{done.role} · {done.name}", outcome))
    return known


def _import_plot(
    db: Database,
    production_id: int,
    given: tuple[str, Sheet] | None,
    parts: dict[str, PartRecord],
    known: dict[tuple[str, str], LookRecord],
    report: ImportReport,
    labels: set[str],
    names: set[tuple[str, str]],
) -> None:
    """Each cell: the look the row's role wears in the column's part; empty: none there. A
    part or look the other sheets name but could not write is no problem of the plot's."""
    if given is None:
        return
    name, sheet = given
    columns: list[PartRecord | None] = []
    for header in sheet.headers[1:]:
        label = header.split()[0] if header.split() else ""
        columns.append(parts.get(label.casefold()))
        if columns[-1] is None and label and label.casefold() not in labels:
            said = Text("no part “{label}” in the running order", label=label)
            report.problems.append(RowProblem(1, f"{name} › {header}", label, said))
    roles = {fold(role): role_id for role_id, role in casting.roles(db, production_id)}
    wearing = {(lk.role_id, part): lk.id for lk in known.values() for part in lk.part_ids}
    for number, row in enumerate(sheet.rows, start=2):
        role = row[0].strip()
        role_id = roles.get(fold(role))
        if role_id is None and any(r == fold(role) for r, _look in names):
            continue  # its looks had a problem, said there
        if role_id is None:
            said = Text("no role of that name has looks")
            report.problems.append(RowProblem(number, f"{name} › {sheet.headers[0]}", role, said))
            continue
        worn: dict[int, list[int]] = {}
        changed = False
        for cell, part, header in zip(row[1:], columns, sheet.headers[1:], strict=False):
            look = known.get((fold(role), fold(cell.strip()))) if cell.strip() else None
            if part is None or (cell.strip() and look is None):
                if part is not None and (fold(role), fold(cell.strip())) not in names:
                    said = Text("{role} has no look of that name", role=role)
                    report.problems.append(
                        RowProblem(number, f"{name} › {header}", cell.strip(), said)
                    )
                continue
            changed |= wearing.get((role_id, part.id)) != (look.id if look else None)
            if look is None and (role_id, part.id) in wearing:
                looks.take_off(db, role_id, part.id)
            elif look is not None:
                worn.setdefault(look.id, []).append(part.id)
        for look_id, part_ids in worn.items():
            with _said(report, number, name, role):
                looks.wear(db, look_id, part_ids)
        report.rows.append(RowOutcome(number, role, "updated" if changed else "unchanged"))
