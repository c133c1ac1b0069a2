"""A production's checks: a principal and her double dressed alike part by part (the same
copies worn by the casts that alternate), and the conflicts of the plot: one item worn by two
dancers at once, a piece of another company, an item retired or missing."""

from __future__ import annotations

from collections import defaultdict

from ..language.i18n import Text
from ..language.vocabulary import status_text
from ..records import CastRecord, PartRecord, PlotProblem, WornPiece
from ..store.database import Database
from . import lookup
from .costume_plot import Dressing, read_dressing
from .lookup import Ref

AWAY = ("at_cleaning", "in_alteration", "missing")


def check(db: Database, production_id: int) -> list[PlotProblem]:
    """Every problem of the plot, in running order."""
    with db.read() as session:
        dressing = read_dressing(session, production_id)
    return doubles_dressed_alike(dressing) + conflicts(dressing)


def foreseen(
    db: Database, production_id: int, dancer: Ref, chosen: dict[int, str | None]
) -> list[PlotProblem]:
    """What the check would find anew if the copies ``chosen`` (piece id -> tag, or None) were
    given to the dancer: said where they are chosen, before anything is saved."""
    with db.read() as session:
        dressing = read_dressing(session, production_id)
        who = lookup.dancer(session, dancer, dressing.company_id)
    before = doubles_dressed_alike(dressing) + conflicts(dressing)
    after = dressing.giving(who.id, chosen)
    return [p for p in doubles_dressed_alike(after) + conflicts(after) if p not in before]


def _pairs(dressing: Dressing) -> list[tuple[CastRecord, CastRecord, str]]:
    """(one, other, kind): each double with her principal ("double"), and each dancer of a
    later cast with the first dancer of the first cast of the role ("copy")."""
    found = []
    by_role: dict[int, list[CastRecord]] = defaultdict(list)
    for casting in dressing.casts:
        by_role[casting.role_id].append(casting)
    for role_casts in by_role.values():
        dancers = {c.dancer_id: c for c in role_casts}
        for casting in role_casts:
            if casting.double_of_id in dancers:
                found.append((dancers[casting.double_of_id], casting, "double"))
        first = min(role_casts, key=lambda c: (c.cast_number, c.alternate, c.dancer))
        for casting in role_casts:
            if casting.cast_number != first.cast_number and not casting.double_of_id:
                found.append((first, casting, "copy"))
    return found


def doubles_dressed_alike(dressing: Dressing) -> list[PlotProblem]:
    problems = []
    pairs = _pairs(dressing)
    for part in dressing.parts:
        for one, other, kind in pairs:
            look = dressing.look_of(one.role_id, part.id)
            if look is None:
                continue
            mine = dressing.pieces_for(look, one.dancer_id)
            theirs = dressing.pieces_for(look, other.dancer_id)
            for a, b in zip(mine, theirs, strict=True):
                said = _unlike(a, b, one, other, kind)
                if said is not None:
                    problems.append(
                        PlotProblem(
                            said[0],
                            part.label,
                            one.role,
                            (one.dancer, other.dancer),
                            tuple(t for t in (a.tag, b.tag) if t),
                            said[1],
                        )
                    )
    return problems


def _unlike(
    a: WornPiece, b: WornPiece, one: CastRecord, other: CastRecord, kind: str
) -> tuple[str, Text] | None:
    piece = a.piece.description or Text(a.piece.piece_type)
    if not a.tag or not b.tag:
        if kind == "copy" or (not a.tag and not b.tag):
            return None  # to make for both: the plot says so; a later cast's copy may wait
        has, lacks, tag = (one, other, a.tag) if a.tag else (other, one, b.tag)
        return "twin_missing", Text(
            "{dancer} wears {tag} ({piece}), but {double} has no twin of it.",
            dancer=has.dancer,
            tag=tag,
            piece=piece,
            double=lacks.dancer,
        )
    if kind == "double" and (a.status in AWAY) != (b.status in AWAY):
        away, here = (a, b) if a.status in AWAY else (b, a)
        return "twin_away", Text(
            "{tag} is {status}, but its twin {twin} is not.",
            tag=away.tag,
            status=status_text(away.status),
            twin=here.tag,
        )
    if kind == "double" and a.open_alteration != b.open_alteration:
        altered, twin = (a, b) if a.open_alteration else (b, a)
        return "alteration_on_one", Text(
            "{tag} has an open alteration, its twin {twin} has none.",
            tag=altered.tag,
            twin=twin.tag,
        )
    if a.colour != b.colour:
        return "different_build", Text(
            "{tag} is {colour} but {twin} is {other}.",
            tag=a.tag,
            colour=a.colour or "—",
            twin=b.tag,
            other=b.colour or "—",
        )
    if a.tutu != b.tutu and a.tutu is not None and b.tutu is not None:
        return "different_build", Text(
            "{tag} is built {style} with {layers} layers, {twin} {other_style} with {others}.",
            tag=a.tag,
            style=Text(a.tutu[0]),
            layers=a.tutu[1],
            twin=b.tag,
            other_style=Text(b.tutu[0]),
            others=b.tutu[1],
        )
    return None


def conflicts(dressing: Dressing) -> list[PlotProblem]:
    problems: list[PlotProblem] = []
    reported: set[tuple[str, int, int]] = set()  # (kind, item, dancer): said once, where first
    for part in dressing.parts:
        wearing: dict[int, list[tuple[CastRecord, WornPiece]]] = defaultdict(list)
        for casting in dressing.casts:
            look = dressing.look_of(casting.role_id, part.id)
            if look is None:
                continue
            for worn in dressing.pieces_for(look, casting.dancer_id):
                if worn.costume_id is not None:
                    wearing[worn.costume_id].append((casting, worn))
                    problems += _unfit(dressing, part, casting, worn, reported)
        for worn_by in wearing.values():
            if len(worn_by) > 1:  # most items are worn by one dancer
                problems += _worn_twice(part, worn_by)
    return problems


def _unfit(
    dressing: Dressing,
    part: PartRecord,
    casting: CastRecord,
    worn: WornPiece,
    reported: set[tuple[str, int, int]],
) -> list[PlotProblem]:
    found = []
    lent_here = dressing.lent_to.get(worn.costume_id or 0, (None, ""))[0] == dressing.company_id
    if worn.company_id != dressing.company_id and not lent_here:
        found.append(
            (
                "other_company",
                Text("{tag} belongs to another company and is not lent to this one.", tag=worn.tag),
            )
        )
    if worn.condition == "retired":
        found.append(("retired", Text("{tag} is retired.", tag=worn.tag)))
    if worn.status == "missing":
        found.append(("missing", Text("{tag} is missing.", tag=worn.tag)))
    problems = []
    for kind, said in found:
        key = (kind, worn.costume_id or 0, casting.dancer_id)
        if key not in reported:
            reported.add(key)
            problems.append(
                PlotProblem(kind, part.label, casting.role, (casting.dancer,), (worn.tag,), said)
            )
    return problems


def _worn_twice(part: PartRecord, worn_by: list[tuple[CastRecord, WornPiece]]) -> list[PlotProblem]:
    """One item on two dancers of the same cast in one part (a double and her principal, or an
    alternate, are not on stage together)."""
    on_stage = [(c, w) for c, w in worn_by if not c.alternate and not c.double_of_id]
    by_cast: dict[int, list[tuple[CastRecord, WornPiece]]] = defaultdict(list)
    for casting, worn in on_stage:
        by_cast[casting.cast_number].append((casting, worn))
    problems = []
    for together in by_cast.values():
        dancers = sorted({c.dancer for c, _w in together})
        if len(dancers) > 1:
            tag = together[0][1].tag
            problems.append(
                PlotProblem(
                    "worn_twice",
                    part.label,
                    together[0][0].role,
                    tuple(dancers),
                    (tag,),
                    Text(
                        "{tag} is worn by {dancers} at the same time.",
                        tag=tag,
                        dancers=" & ".join(dancers),
                    ),
                )
            )
    return problems
