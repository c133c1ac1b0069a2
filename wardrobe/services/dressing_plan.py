"""Who dresses whom for a production, as one plan saved whole: its dressing rooms, its dressers,
each dancer's room and dresser (a room's dresser dresses its dancers who have none of their
own), where each quick change happens and, when not the dancer's own dresser, who does it; and
how few minutes between two looks make a change quick. Saved in one unit of work, the plan it
replaces handed back (to undo); refused whole, with a sentence, when any of it is wrong."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, StaleEdit
from ..language.i18n import N_, Text
from ..language.vocabulary import CHANGE_PLACES
from ..models import (
    Dancer,
    DancerDressing,
    Dresser,
    DressingRoom,
    Production,
    ProductionPart,
    QuickChangeSetting,
    Role,
)
from ..records import ChangePlan, DancerPlan, DressingPlan, RoomPlan
from ..store.database import Database
from . import lookup
from .text_checks import optional_text, required_text

MAX_MINUTES = 30


def dressing_plan(db: Database, production_id: int) -> DressingPlan:
    with db.read() as session:
        return read_plan(session, production_id)


def read_plan(session: Session, production_id: int) -> DressingPlan:
    production = _production(session, production_id)
    dressers = dict(
        session.execute(
            select(Dresser.id, Dresser.name)
            .where(Dresser.production_id == production_id)
            .order_by(Dresser.name)
        ).all()
    )
    rooms = session.scalars(
        select(DressingRoom)
        .where(DressingRoom.production_id == production_id)
        .order_by(DressingRoom.position)
    ).all()
    room_names = {r.id: r.name for r in rooms}
    dancers = session.execute(
        select(DancerDressing, Dancer.name)
        .join(Dancer, Dancer.id == DancerDressing.dancer_id)
        .where(DancerDressing.production_id == production_id)
        .order_by(Dancer.name)
    ).all()
    changes = session.scalars(
        select(QuickChangeSetting)
        .join(Role, Role.id == QuickChangeSetting.role_id)
        .where(Role.production_id == production_id)
        .order_by(QuickChangeSetting.part_id, QuickChangeSetting.role_id)
    ).all()
    return DressingPlan(
        production_id,
        production.quick_change_minutes,
        tuple(RoomPlan(r.name, dressers.get(r.dresser_id or 0, "")) for r in rooms),
        tuple(dressers.values()),
        tuple(
            DancerPlan(
                d.dancer_id,
                name,
                room_names.get(d.room_id or 0, ""),
                dressers.get(d.dresser_id or 0, ""),
            )
            for d, name in dancers
        ),
        tuple(
            ChangePlan(c.part_id, c.role_id, c.place, dressers.get(c.dresser_id or 0, ""))
            for c in changes
        ),
    )


def save_plan(db: Database, plan: DressingPlan, was: DressingPlan | None = None) -> DressingPlan:
    """Saves the plan whole; ``was``: the plan as it was read before the edit (refused when
    someone changed it since). Returns the plan it replaced."""
    with db.write() as session:
        production = _production(session, plan.production_id)
        before = read_plan(session, plan.production_id)
        if was is not None and was != before:
            raise StaleEdit(what=Text("who dresses whom in “{title}”", title=production.title))
        _replace(session, production, _checked(session, plan))
        return before


def _production(session: Session, production_id: int) -> Production:
    production = session.get(Production, production_id)
    if production is None:
        raise InvalidInput(field=N_("production"), detail=Text("no such production"))
    return production


def _checked(session: Session, plan: DressingPlan) -> DressingPlan:
    """The plan with its names as they are kept, or a sentence saying what is wrong in it."""
    if not 0 <= plan.minutes <= MAX_MINUTES:
        raise InvalidInput(
            field=N_("quick change"),
            detail=Text("a number of minutes from 0 to {most}", most=MAX_MINUTES),
        )
    dressers = [required_text(d, N_("dresser"), 120) for d in plan.dressers]
    rooms = [required_text(r.name, N_("dressing room"), 80) for r in plan.rooms]
    for field, names in ((N_("dresser"), dressers), (N_("dressing room"), rooms)):
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise InvalidInput(field=field, detail=Text("“{name}” twice", name=twice[0]))

    def dresser(name: str, field: str) -> str:
        name = optional_text(name, field, 120)
        if name and name not in dressers:
            raise InvalidInput(field=field, detail=Text("no dresser is called “{name}”", name=name))
        return name

    def room(name: str) -> str:
        name = optional_text(name, N_("dressing room"), 80)
        if name and name not in rooms:
            raise InvalidInput(
                field=N_("dressing room"),
                detail=Text("no dressing room is called “{name}”", name=name),
            )
        return name

    for change in plan.changes:
        if change.place and change.place not in CHANGE_PLACES:
            raise InvalidInput(
                field=N_("quick change"),
                detail=Text("one of {places}", places=", ".join(CHANGE_PLACES)),
            )
    pid = plan.production_id
    parts = set(
        session.scalars(select(ProductionPart.id).where(ProductionPart.production_id == pid))
    )
    roles = set(session.scalars(select(Role.id).where(Role.production_id == pid)))
    if any(c.part_id not in parts or c.role_id not in roles for c in plan.changes):
        raise InvalidInput(
            field=N_("quick change"), detail=Text("a part or a role of another production")
        )
    dancer_ids = [d.dancer_id for d in plan.dancers]
    if len(set(dancer_ids)) != len(dancer_ids):
        raise InvalidInput(field=N_("dancer"), detail=Text("a dancer is listed twice"))
    known = set(session.scalars(select(Dancer.id).where(Dancer.id.in_(dancer_ids or [0]))))
    if set(dancer_ids) - known:
        raise InvalidInput(field=N_("dancer"), detail=Text("no such dancer"))
    return DressingPlan(
        pid,
        plan.minutes,
        tuple(
            RoomPlan(name, dresser(r.dresser, N_("dressing room")))
            for name, r in zip(rooms, plan.rooms, strict=True)
        ),
        tuple(dressers),
        tuple(
            DancerPlan(d.dancer_id, d.dancer, room(d.room), dresser(d.dresser, N_("dancer")))
            for d in plan.dancers
        ),
        tuple(
            ChangePlan(c.part_id, c.role_id, c.place, dresser(c.dresser, N_("quick change")))
            for c in plan.changes
        ),
    )


def _replace(session: Session, production: Production, plan: DressingPlan) -> None:
    pid = production.id
    roles = select(Role.id).where(Role.production_id == pid)
    session.execute(delete(QuickChangeSetting).where(QuickChangeSetting.role_id.in_(roles)))
    session.execute(delete(DancerDressing).where(DancerDressing.production_id == pid))
    session.execute(delete(DressingRoom).where(DressingRoom.production_id == pid))
    session.execute(delete(Dresser).where(Dresser.production_id == pid))
    production.quick_change_minutes = plan.minutes
    dressers = {name: Dresser(production_id=pid, name=name) for name in plan.dressers}
    session.add_all(dressers.values())
    session.flush()
    rooms = {}
    for position, room in enumerate(plan.rooms, start=1):
        row = DressingRoom(
            production_id=pid,
            name=room.name,
            position=position,
            dresser_id=dressers[room.dresser].id if room.dresser else None,
        )
        rooms[row.name] = row
    session.add_all(rooms.values())
    session.flush()
    for dancer in plan.dancers:
        if dancer.room or dancer.dresser:
            session.add(
                DancerDressing(
                    production_id=pid,
                    dancer_id=dancer.dancer_id,
                    room_id=rooms[dancer.room].id if dancer.room else None,
                    dresser_id=dressers[dancer.dresser].id if dancer.dresser else None,
                )
            )
    for change in plan.changes:
        if change.place or change.dresser:
            session.add(
                QuickChangeSetting(
                    part_id=change.part_id,
                    role_id=change.role_id,
                    place=change.place,
                    dresser_id=dressers[change.dresser].id if change.dresser else None,
                )
            )
    session.flush()


def plan_from_names(db: Database, production_id: int, named: dict[str, Any]) -> DressingPlan:
    """A plan written with names (as ``wardrobe dressing --json`` prints it): dancers by name,
    quick changes by the part's label ("I.3") and the role's name."""
    with db.read() as session:
        production = _production(session, production_id)
        parts = {
            (f"{p.act}.{p.scene}" if p.scene else p.act): p.id
            for p in session.scalars(
                select(ProductionPart).where(ProductionPart.production_id == production_id)
            )
        }
        roles = dict(
            session.execute(
                select(Role.name, Role.id).where(Role.production_id == production_id)
            ).all()
        )
        try:
            dancers = []
            for entry in named.get("dancers", []):
                who = lookup.dancer(session, str(entry["dancer"]), production.company_id)
                dancers.append(
                    DancerPlan(who.id, who.name, entry.get("room", ""), entry.get("dresser", ""))
                )
            changes = []
            for entry in named.get("quick_changes", []):
                part, role = str(entry["part"]), str(entry["role"])
                if part not in parts or role not in roles:
                    raise InvalidInput(
                        field=N_("quick change"),
                        detail=Text("no part {part} with the role {role}", part=part, role=role),
                    )
                changes.append(
                    ChangePlan(
                        parts[part], roles[role], entry.get("place", ""), entry.get("dresser", "")
                    )
                )
            return DressingPlan(
                production_id,
                int(named.get("minutes", production.quick_change_minutes)),
                tuple(RoomPlan(r["name"], r.get("dresser", "")) for r in named.get("rooms", [])),
                tuple(str(d) for d in named.get("dressers", [])),
                tuple(dancers),
                tuple(changes),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as problem:
            raise InvalidInput(
                field=N_("dressing plan"), detail=Text("not a plan: {problem}", problem=problem)
            ) from problem


def plan_names(db: Database, plan: DressingPlan) -> dict[str, Any]:
    """The plan with names, as ``plan_from_names`` reads it back."""
    with db.read() as session:
        parts = {
            p.id: (f"{p.act}.{p.scene}" if p.scene else p.act)
            for p in session.scalars(
                select(ProductionPart).where(ProductionPart.production_id == plan.production_id)
            )
        }
        roles = dict(
            session.execute(
                select(Role.id, Role.name).where(Role.production_id == plan.production_id)
            ).all()
        )
    return {
        "minutes": plan.minutes,
        "dressers": list(plan.dressers),
        "rooms": [{"name": r.name, "dresser": r.dresser} for r in plan.rooms],
        "dancers": [
            {"dancer": d.dancer, "room": d.room, "dresser": d.dresser} for d in plan.dancers
        ],
        "quick_changes": [
            {
                "part": parts[c.part_id],
                "role": roles[c.role_id],
                "place": c.place,
                "dresser": c.dresser,
            }
            for c in plan.changes
        ],
    }
