"""Finding records by id or by what a person types (name, accents optional) inside a session."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, literal, select
from sqlalchemy.orm import Session, aliased

from ..errors import ChangedSince, InvalidInput, NotFound, UnknownTag
from ..language.folding import fold, fold_loose, like_pattern, normalise_name, prefix_pattern
from ..language.i18n import N_, Text
from ..models import (
    Company,
    CostumeItem,
    Dancer,
    Location,
    Material,
    PointeSpec,
    Production,
    Role,
    Supplier,
)
from ..store.database import os_user
from .tag_shapes import TAG_PATTERN
from .text_checks import required_text

Ref = int | str


def expect_version(row: Any, expected: int | None, what: str | Text) -> None:
    """Refuses to go on when ``row`` is no longer at the version an undo or redo knew."""
    if expected is not None and row.version != expected:
        raise ChangedSince(what=what)


def actor_of(session: Session, actor: str | None = None) -> str:
    """Who did it: as given, else the inventory's user (the OS user unless set in the app)."""
    if actor and actor.strip():
        return normalise_name(actor)[:80]
    return str(session.info.get("actor") or os_user())


def normalise_tag(tag: str) -> str:
    """Tags are read back from barcodes: upper case, no surrounding space."""
    cleaned = tag.strip().upper()
    if not TAG_PATTERN.match(cleaned):
        raise InvalidInput(
            field=N_("tag"),
            detail=Text(
                "“{tag}” is not a tag: use 1 to 32 letters, digits, “-”, “.” or “/”",
                tag=tag.strip(),
            ),
        )
    return cleaned


def _by_folded_name(candidates: list, attr: str, key: str):  # noqa: ANN001, ANN202
    """The candidates whose name is ``key``, whatever the case, accents and punctuation."""
    wanted = fold_loose(key)
    return [c for c in candidates if fold_loose(getattr(c, attr)) == wanted]


def company(session: Session, ref: Ref) -> Company:
    if isinstance(ref, int):
        found = session.get(Company, ref)
    else:
        rows = list(session.scalars(select(Company)))
        wanted = fold(ref)
        matches = [c for c in rows if wanted in (fold(c.name), fold(c.code), fold(c.city))]
        found = matches[0] if len(matches) == 1 else None
    if found is None:
        raise NotFound(what=N_("company"), key=str(ref))
    return found


def dancer(session: Session, ref: Ref, company_id: int | None = None) -> Dancer:
    """A dancer by id or name; with ``company_id``, that company's dancer is preferred.

    A dancer found only in another company is returned, so that the caller can say so.
    """
    if isinstance(ref, int):
        found = session.get(Dancer, ref)
        if found is None:
            raise NotFound(what=N_("dancer"), key=str(ref))
        return found
    name = normalise_name(ref)
    stmt = select(Dancer).where(Dancer.search_text.like(prefix_pattern(fold(name)), escape="\\"))
    matches = _by_folded_name(list(session.scalars(stmt)), "name", name)
    if company_id is not None and len(matches) > 1:
        matches = [d for d in matches if d.company_id == company_id] or matches
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(what=N_("dancer"), key=name)
    raise InvalidInput(
        field=N_("dancer"),
        detail=Text(
            "{matches} dancers are called “{name}”: choose the company too",
            matches=len(matches),
            name=name,
        ),
    )


def costume(session: Session, tag: str, *, lock: bool = False) -> CostumeItem:
    cleaned = normalise_tag(tag)
    stmt = select(CostumeItem).where(CostumeItem.tag == cleaned)
    if lock:
        stmt = stmt.with_for_update()
    found = session.scalars(stmt).one_or_none()
    if found is None:
        raise UnknownTag(tag=cleaned)
    return found


def production(session: Session, company_id: int, title: str, *, create: bool) -> Production:
    title = required_text(title, N_("production"), 160)
    exact = session.scalars(
        select(Production).where(Production.company_id == company_id, Production.title == title)
    ).first()
    if exact is not None:  # the usual case, by the unique index; else compare loosely
        return exact
    rows = session.scalars(select(Production).where(Production.company_id == company_id))
    matches = _by_folded_name(list(rows), "title", title)
    if matches:
        return matches[0]
    if not create:
        raise NotFound(what=N_("production"), key=title)
    made = Production(company_id=company_id, title=title)
    session.add(made)
    session.flush()
    return made


def production_title(session: Session, production_id: int) -> str:
    found = session.get(Production, production_id)
    if found is None:
        raise NotFound(what=N_("production"), key=str(production_id))
    return found.title


def role(session: Session, production_row: Production, name: str, *, create: bool) -> Role:
    name = required_text(name, N_("role"), 160)
    exact = session.scalars(
        select(Role).where(Role.production_id == production_row.id, Role.name == name)
    ).first()
    if exact is not None:
        return exact
    rows = session.scalars(select(Role).where(Role.production_id == production_row.id))
    matches = _by_folded_name(list(rows), "name", name)
    if matches:
        return matches[0]
    if not create:
        raise NotFound(what=N_("role"), key=name)
    made = Role(production_id=production_row.id, name=name)
    session.add(made)
    session.flush()
    return made


LOCATION_KINDS = ("room", "rack", "hoist", "bin")


def location(session: Session, company_id: int, path: Ref, *, create: bool) -> Location:
    """A location by id or by its path, ``Costume studio / Rack 3 / Bin 2``."""
    if isinstance(path, int):
        found = session.get(Location, path)
        if found is None or found.company_id != company_id:
            raise NotFound(what=N_("location"), key=str(path))
        return found
    parts = [normalise_name(p) for p in path.split("/") if normalise_name(p)]
    if not parts:
        raise InvalidInput(
            field=N_("location"), detail=Text("give a room, then a rack, hoist or bin")
        )
    parent: Location | None = None
    for depth, part in enumerate(parts):
        stmt = select(Location).where(
            Location.company_id == company_id,
            Location.parent_id.is_(None) if parent is None else Location.parent_id == parent.id,
        )
        exact = session.scalars(stmt.where(Location.name == part)).first()
        # A room holds thousands of bins at scale: the exact name by index first.
        matches = (
            [exact]
            if exact is not None
            else _by_folded_name(list(session.scalars(stmt)), "name", part)
        )
        if matches:
            parent = matches[0]
            continue
        if not create:
            raise NotFound(what=N_("location"), key=path)
        kind = _guess_location_kind(part, depth)
        made = Location(company_id=company_id, parent_id=parent.id if parent else None)
        made.name, made.kind = part[:80], kind
        session.add(made)
        session.flush()
        parent = made
    assert parent is not None
    return parent


def _guess_location_kind(name: str, depth: int) -> str:
    first = fold(name).split(" ")[0]
    for kind in LOCATION_KINDS:
        if first.startswith(kind):
            return kind
    return "room" if depth == 0 else "bin"


def location_paths(session: Session, company_id: int | None = None) -> dict[int, str]:
    """Every location's path, ``Room / Rack 3``, read as tuples (thousands at scale)."""
    stmt = select(Location.id, Location.parent_id, Location.name)
    if company_id is not None:
        stmt = stmt.where(Location.company_id == company_id)
    rows = {loc_id: (parent_id, name) for loc_id, parent_id, name in session.execute(stmt)}
    paths: dict[int, str] = {}

    def path_of(loc_id: int) -> str:
        if loc_id not in paths:
            parent_id, name = rows[loc_id]
            paths[loc_id] = f"{path_of(parent_id)} / {name}" if parent_id in rows else name
        return paths[loc_id]

    for loc_id in rows:
        path_of(loc_id)
    return paths


def paths_of(session: Session, location_ids: Iterable[int | None]) -> dict[int, str]:
    """The paths of these places only (their parents read level by level): what a few
    thousand items need of an inventory's tens of thousands of places."""
    known: dict[int, tuple[int | None, str]] = {}
    wanted = {i for i in location_ids if i is not None}
    asked: set[int] = set()
    while wanted:
        asked |= wanted
        listed = sorted(wanted)
        for start in range(0, len(listed), 500):
            stmt = select(Location.id, Location.parent_id, Location.name)
            stmt = stmt.where(Location.id.in_(listed[start : start + 500]))
            known.update({loc_id: (parent, name) for loc_id, parent, name in session.execute(stmt)})
        wanted = {p for p, _name in known.values() if p is not None} - asked
    paths: dict[int, str] = {}

    def path_of(loc_id: int, depth: int = 0) -> str:
        if loc_id not in paths:
            parent_id, name = known[loc_id]
            above = parent_id is not None and parent_id in known and depth < 20
            paths[loc_id] = f"{path_of(parent_id, depth + 1)} / {name}" if above else name  # type: ignore[arg-type]
        return paths[loc_id]

    for loc_id in known:
        path_of(loc_id)
    return paths


def location_path(session: Session | Connection, location_id: int) -> str:
    """One location's path: its parents' names, read in one statement."""
    rows = session.connection() if isinstance(session, Session) else session
    names = rows.execute(_path_up(), {"place": location_id}).scalars()
    return " / ".join(reversed(list(names)))


@cache
def _path_up():  # noqa: ANN202 - a Select
    """A place and its parents (at most 20 up), the place first."""
    up = (
        select(Location.id, Location.parent_id, Location.name, literal(0).label("depth"))
        .where(Location.id == bindparam("place"))
        .cte("up", recursive=True)
    )
    parent = aliased(Location)
    up = up.union_all(
        select(parent.id, parent.parent_id, parent.name, up.c.depth + 1)
        .join(up, parent.id == up.c.parent_id)
        .where(up.c.depth < 20)
    )
    return select(up.c.name).order_by(up.c.depth)


def supplier(session: Session, ref: Ref) -> Supplier:
    if isinstance(ref, int):
        found = session.get(Supplier, ref)
    else:
        matches = _by_folded_name(list(session.scalars(select(Supplier))), "name", ref)
        found = matches[0] if matches else None
    if found is None:
        raise NotFound(what=N_("supplier"), key=str(ref))
    return found


def material(session: Session, ref: Ref, company_id: int | None = None, *, lock: bool = False):  # noqa: ANN201
    if isinstance(ref, int):
        stmt = select(Material).where(Material.id == ref)
    else:
        stmt = select(Material).where(
            Material.search_text.like(like_pattern(fold(ref)), escape="\\")
        )
        if company_id is not None:
            stmt = stmt.where(Material.company_id == company_id)
    if lock:
        stmt = stmt.with_for_update()
    rows = list(session.scalars(stmt))
    if not isinstance(ref, int):
        rows = _by_folded_name(rows, "name", ref) or rows
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise NotFound(what=N_("material"), key=str(ref))
    raise InvalidInput(
        field=N_("material"),
        detail=Text("{rows} materials match “{ref}”: give its full name", rows=len(rows), ref=ref),
    )


def pointe_spec(session: Session, ref: Ref, *, lock: bool = False) -> PointeSpec:
    """A specification by id, or a dancer's one active specification by the dancer's name."""
    if isinstance(ref, int):
        stmt = select(PointeSpec).where(PointeSpec.id == ref)
    else:
        who = dancer(session, ref)
        stmt = select(PointeSpec).where(PointeSpec.dancer_id == who.id, PointeSpec.active)
    if lock:
        stmt = stmt.with_for_update()
    rows = list(session.scalars(stmt))
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise NotFound(what=N_("pointe-shoe specification"), key=str(ref))
    raise InvalidInput(
        field=N_("pointe shoes"),
        detail=Text("{ref} has {rows} active specifications: choose one", ref=ref, rows=len(rows)),
    )
