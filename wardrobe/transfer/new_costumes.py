"""New items of a file, the usual case of a big import: each row checked as the window checks
an item, with the productions, dancers and places looked up once per import; the items, their
tutus and their audit lines are written in bulk, two thousand at a time, in the import's one
transaction (one bad row: nothing is)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import Company, CostumeItem, Tutu
from ..models.base import utcnow
from ..services import costumes, item_fields, lookup
from ..store import audit
from .bulk import insert_rows, next_ids
from .cells import Cells, Columns, company_of
from .exporting import HEADERS, costume_cells
from .import_rows import costume_fields
from .reading import Sheet

EXPORTED = HEADERS["costumes"]  # the columns of costume_cells, in its order
CHUNK = 2000  # new items written at a time
# What a new item's first history line says of it (the window's item, added to the session,
# has exactly these set); its production, role, dancer and place by what they name.
SAID = (
    "company_id",
    "tag",
    "name",
    "piece_type",
    "colour",
    "size",
    "condition",
    "status",
    "replacement_value",
    "notes",
)


class NewCostumes:
    """The new items of one import, checked row by row, written in one go."""

    def __init__(self, session: Session, sheet: Sheet, columns: Columns) -> None:
        self.session = session
        self.refs = item_fields.References(session, remember=True)
        self.companies: dict[tuple[str, str], Company] = {}
        self.pending: list[tuple[int, str, item_fields.CheckedFields]] = []
        tags: set[str] = set()
        index = columns["tag"][0]
        for row in sheet.rows:
            try:
                tags.add(lookup.normalise_tag(row[index] if index < len(row) else ""))
            except InvalidInput:
                continue
        # Each item the file names, as an export writes it: a row that reads the same
        # changes nothing and is said "unchanged" without going through the services.
        self.existing: dict[str, tuple[str, ...]] = {}
        listed = sorted(tags)
        paths: dict[int, str] = {}
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            stmt = costumes.record_select().where(CostumeItem.tag.in_(chunk))
            found = list(session.execute(stmt))
            missing = {r[12] for r in found if r[12] is not None and r[12] not in paths}
            paths.update(lookup.paths_of(session, missing))
            for r in found:
                record = costumes.record_from_row(r, paths.get(r[12], "") if r[12] else "")
                self.existing[record.tag] = tuple(costume_cells(record))

    def unchanged(self, cells: Cells) -> str | None:
        """The tag of a row that says of its item exactly what an export of it says, column
        for column (whatever columns the file has); None for the rest."""
        try:
            tag = lookup.normalise_tag(cells.text("tag"))
        except InvalidInput:
            return None
        now = self.existing.get(tag)
        if now is None:
            return None
        for index, column in enumerate(EXPORTED):
            if cells.has(column) and cells.text(column) != now[index]:
                return None
        return tag

    def new_tag(self, cells: Cells) -> str | None:
        """The tag of a row for an item not in the inventory and put in store; None for the
        rest, which goes row by row (a bad tag is said there, in its words)."""
        try:
            tag = lookup.normalise_tag(cells.text("tag"))
        except InvalidInput:
            return None
        status = cells.text("status").lower().replace(" ", "_")
        return tag if tag not in self.existing and status in ("", "in_store") else None

    def add(self, cells: Cells, tag: str) -> None:
        """Checks a new item's row (a sentence if it breaks a rule), to be written with the
        others; by chunks (:meth:`full`), so that a big file is never held as records."""
        key = (cells.company_name(), tag.split("-")[0])
        owner = self.companies.get(key)
        if owner is None:
            owner = self.companies[key] = company_of(self.session, cells, tag)
        fields = costume_fields(cells, None)
        checked = item_fields.check_fields(self.refs, owner.id, tag, **fields)
        self.pending.append((owner.id, tag, checked))

    def full(self) -> bool:
        return len(self.pending) >= CHUNK

    def discard(self) -> None:
        """Forgets the checked rows not written (a problem elsewhere: nothing will be)."""
        self.pending.clear()

    def write(self) -> None:
        """The checked items, their tutus and their audit lines, each table in one INSERT."""
        if not self.pending:
            return
        session, now = self.session, utcnow()
        rows = [
            {
                "company_id": owner_id,
                "tag": tag,
                "name": c.name,
                "piece_type": c.piece_type,
                "production_id": c.production.id if c.production else None,
                "role_id": c.role.id if c.role else None,
                "colour": c.colour,
                "size": c.size,
                "built_for_id": c.built_for.id if c.built_for else None,
                "location_id": c.location.id if c.location else None,
                "condition": c.condition,
                "status": "in_store",
                "out_to_id": None,
                "out_since": None,
                "replacement_value": c.replacement_value,
                "notes": c.notes,
                "search_text": c.search_text(tag),
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for owner_id, tag, c in self.pending
        ]
        ids = next_ids(session, CostumeItem, len(rows))
        if ids is not None:
            for row, item_id in zip(rows, ids, strict=True):
                row["id"] = item_id
        ids = insert_rows(session, CostumeItem, rows)
        tutus = [
            {"costume_id": item_id, **c.tutu}
            for item_id, (_o, _t, c) in zip(ids, self.pending, strict=True)
            if c.tutu is not None
        ]
        insert_rows(session, Tutu, tutus)
        # The history's first lines, as the window's would read.
        places = {c.location.id for _o, _t, c in self.pending if c.location is not None}
        paths = lookup.paths_of(session, places)  # the places made on the way too
        lines = []
        for item_id, row, (_owner, tag, c) in zip(ids, rows, self.pending, strict=True):
            said = {key: row[key] for key in SAID}
            links = {
                "production": c.production.title if c.production else None,
                "role": c.role.name if c.role else None,
                "built_for": c.built_for.name if c.built_for else None,
                "location": paths.get(c.location.id) if c.location else None,
            }
            lines.append(
                (
                    "costume",
                    item_id,
                    tag,
                    "created",
                    audit.new_record_changes(CostumeItem, said, links),
                )
            )
            if c.tutu is not None:
                tutu = audit.new_record_changes(Tutu, c.tutu, {})
                lines.append(("costume", item_id, tag, "created", tutu))
        audit.write_subjects(session, lines)
        self.pending.clear()
