"""A date's dressing, read from its call and the production's dressing plan: each room's
dressing list (its dancers called that day, their looks and pieces in running order); the
quick changes found from the running order (fewer than the production's minutes between two
looks of one dancer), where each happens, who does it, and which pieces come off and go on;
each dresser's track in show order; the presets of each place; and, said in a sentence, a quick
change with no dresser or no place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from ..language.i18n import Text
from ..language.vocabulary import CHANGE_PLACES
from ..records import (
    Call,
    CalledDancer,
    CalledLook,
    ChangeChoice,
    DayDressing,
    DressingPlan,
    PlanForm,
    Preset,
    QuickChange,
    RoomList,
    Track,
    WornPiece,
)
from ..store.database import Database
from .calls import read_call
from .costume_plot import read_dressing
from .dressing_plan import read_plan
from .schedule import event_row


def day_dressing(db: Database, event_id: int) -> DayDressing:
    return call_and_dressing(db, event_id)[1]


def call_and_dressing(db: Database, event_id: int) -> tuple[Call, DayDressing]:
    """A date's call and its dressing, read together (what the Calls section shows)."""
    with db.read() as session:
        row = event_row(session, event_id)
        call = read_call(session, row)
        return call, dressing_of(call, read_plan(session, row.production_id))


def plan_form(db: Database, production_id: int, event_id: int | None = None) -> PlanForm:
    """The dressing plan with what its form offers: the production's dancers, and its quick
    changes: each role's own (fewer minutes than the plan's between two of its looks), the
    chosen date's (a dancer changing between two roles too), and those placed already."""
    with db.read() as session:
        plan = read_plan(session, production_id)
        dressing = read_dressing(session, production_id)
        dancers = {c.dancer_id: c.dancer for c in dressing.casts}
        dancers.update({d.dancer_id: d.dancer for d in plan.dancers})
        labels = {p.id: p.label for p in dressing.parts}
        who: dict[tuple[int, int], set[str]] = {}
        for role_id in dressing.roles:
            looks = [(part, dressing.look_of(role_id, part.id)) for part in dressing.parts]
            worn = [(part, look) for part, look in looks if look is not None]
            for (before, a), (after, b) in zip(worn, worn[1:], strict=False):
                ends = before
                if a.id == b.id or None in (ends.starts_min, ends.length_min, after.starts_min):
                    continue
                gap = (after.starts_min or 0) - ((ends.starts_min or 0) + (ends.length_min or 0))
                if gap < plan.minutes:
                    who.setdefault((after.id, role_id), set())
        if event_id is not None:
            row = event_row(session, event_id)
            if row.production_id == production_id:
                day = dressing_of(read_call(session, row), plan)
                for made in day.quick_changes:
                    who.setdefault((made.part_to.id, made.role_id), set()).add(made.dancer)
        for placed in plan.changes:
            who.setdefault((placed.part_id, placed.role_id), set())
        position = {p.id: p.position for p in dressing.parts}
        changes = tuple(
            ChangeChoice(
                part_id,
                role_id,
                f"{labels.get(part_id, '?')} · {dressing.roles.get(role_id, '?')}",
                ", ".join(sorted(names)),
            )
            for (part_id, role_id), names in sorted(
                who.items(), key=lambda kv: (position.get(kv[0][0], 0), kv[0][1])
            )
        )
        return PlanForm(plan, tuple(sorted(dancers.items(), key=lambda d: d[1])), changes)


def dressing_of(call: Call, plan: DressingPlan) -> DayDressing:
    own = {d.dancer_id: d for d in plan.dancers}
    room_dresser = {r.name: r.dresser for r in plan.rooms}

    def room_of(dancer_id: int) -> str:
        return own[dancer_id].room if dancer_id in own else ""

    def dresser_of(dancer_id: int) -> str:
        mine = own.get(dancer_id)
        return (mine.dresser or room_dresser.get(mine.room, "")) if mine else ""

    settings = {(c.part_id, c.role_id): c for c in plan.changes}
    changes: list[QuickChange] = []
    for dancer in call.dancers:
        for before, after, gap in _changes(dancer, plan.minutes):
            setting = settings.get((after.part.id, after.role_id))
            off, on = _difference(before.pieces, after.pieces)
            at_min = (before.part.starts_min or 0) + (before.part.length_min or 0)
            changes.append(
                QuickChange(
                    dancer.dancer_id,
                    dancer.dancer,
                    after.role_id,
                    after.role,
                    before.part,
                    after.part,
                    before.look,
                    after.look,
                    at_min,
                    call.event.starts_at + timedelta(minutes=at_min),
                    gap,
                    setting.place if setting else "",
                    (setting.dresser if setting and setting.dresser else "")
                    or dresser_of(dancer.dancer_id),
                    room_of(dancer.dancer_id),
                    off,
                    on,
                    after.notes,
                )
            )
    changes.sort(key=lambda c: (c.at_min, c.part_to.position, c.place, c.dancer))
    return DayDressing(
        call.event,
        plan.minutes,
        _rooms(call.dancers, plan, room_of),
        tuple(changes),
        _tracks(call.dancers, plan, changes, dresser_of),
        tuple(
            Preset(place, tuple(c for c in changes if c.place == place and c.on))
            for place in (*CHANGE_PLACES, "")
            if any(c.place == place and c.on for c in changes)
        ),
        tuple(_problems(changes)),
        {d.dancer_id: dresser_of(d.dancer_id) for d in call.dancers},
    )


def _changes(dancer: CalledDancer, minutes: int) -> list[tuple[CalledLook, CalledLook, int]]:
    """Her changes of look with fewer than ``minutes`` between the end of one part and the start
    of the next she dances (parts with unknown times cannot say)."""
    found = []
    looks = sorted(dancer.looks, key=lambda lk: lk.part.position)
    for before, after in zip(looks, looks[1:], strict=False):
        if before.part.id == after.part.id or (before.role_id, before.look) == (
            after.role_id,
            after.look,
        ):
            continue
        ends = before.part
        if ends.starts_min is None or ends.length_min is None or after.part.starts_min is None:
            continue
        gap = after.part.starts_min - (ends.starts_min + ends.length_min)
        if gap < minutes:
            found.append((before, after, max(gap, 0)))
    return found


def _key(worn: WornPiece) -> tuple[int, int]:
    return (0, worn.costume_id) if worn.costume_id is not None else (1, worn.piece.id)


def _difference(
    before: tuple[WornPiece, ...], after: tuple[WornPiece, ...]
) -> tuple[tuple[WornPiece, ...], tuple[WornPiece, ...]]:
    """What comes off (worn before, not after) and what goes on; a piece of both stays on."""
    kept_before = {_key(w) for w in before}
    kept_after = {_key(w) for w in after}
    return (
        tuple(w for w in before if _key(w) not in kept_after),
        tuple(w for w in after if _key(w) not in kept_before),
    )


def _rooms(
    dancers: Sequence[CalledDancer], plan: DressingPlan, room_of: Callable[[int], str]
) -> tuple[RoomList, ...]:
    lists = []
    for room in plan.rooms:
        mine = tuple(d for d in dancers if room_of(d.dancer_id) == room.name)
        if mine:
            lists.append(RoomList(room.name, room.dresser, mine))
    nowhere = tuple(d for d in dancers if not room_of(d.dancer_id))
    if nowhere:
        lists.append(RoomList("", "", nowhere))
    return tuple(lists)


def _tracks(
    dancers: Sequence[CalledDancer],
    plan: DressingPlan,
    changes: list[QuickChange],
    dresser_of: Callable[[int], str],
) -> tuple[Track, ...]:
    tracks = []
    for name in plan.dressers:
        mine = tuple(d.dancer for d in dancers if dresser_of(d.dancer_id) == name)
        doing = tuple(c for c in changes if c.dresser == name)
        if mine or doing:
            tracks.append(Track(name, mine, doing))
    return tuple(tracks)


def _problems(changes: list[QuickChange]) -> list[Text]:
    found = []
    for change in changes:
        if not change.dresser:
            found.append(
                Text(
                    "{dancer}'s quick change into {part} ({look}) has no dresser.",
                    dancer=change.dancer,
                    part=change.part_to.label,
                    look=change.look_to,
                )
            )
        if not change.place:
            found.append(
                Text(
                    "{dancer}'s quick change into {part} ({look}) has no place: stage left, "
                    "stage right or a booth.",
                    dancer=change.dancer,
                    part=change.part_to.label,
                    look=change.look_to,
                )
            )
    return found
