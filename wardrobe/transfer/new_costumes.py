"""New items of a file, the usual case of a big import: each row checked as the window checks
an item, with the productions, dancers and places looked up once per import; the items and
their audit lines are written together when the file is done, in bulk (one bad row: nothing
is)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .. import audit
from ..errors import InvalidInput
from ..models import Company, CostumeItem, Tutu
from ..services import costumes, lookup
from .bulk import insert_rows, next_ids, row_of
from .cells import Cells, Columns, company_of
from .import_rows import costume_fields
from .reading import Sheet


class NewCostumes:
    """The new items of one import, checked row by row, written in one go."""

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
        key = (cells.company_name(), tag.split("-")[0])
        owner = self.companies.get(key)
        if owner is None:
            owner = self.companies[key] = company_of(self.session, cells, tag)
        fields = costume_fields(cells, None)
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
        rows = [row_of(item) for item in self.items]
        ids = next_ids(session, CostumeItem, len(rows))
        if ids is not None:
            for row, item_id in zip(rows, ids, strict=True):
                row["id"] = item_id
        ids = insert_rows(session, CostumeItem, rows)
        for item, item_id in zip(self.items, ids, strict=True):
            item.id = item_id
            if item.tutu is not None:
                item.tutu.costume_id = item_id
        tutus = [row_of(item.tutu) for item in self.items if item.tutu is not None]
        if tutus:
            session.execute(insert(Tutu), tutus)
        audit.write_lines(session, lines)
