"""Fills an empty inventory with the demo: bulk inserts in one transaction, same seed, same data."""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text

from ..database import Database
from ..errors import InvalidInput, WrongState
from ..i18n import N_, Text
from ..models import (
    Alteration,
    Base,
    Casting,
    Company,
    CostumeItem,
    Dancer,
    Location,
    Material,
    MeasurementSet,
    OrderCounter,
    OrderLine,
    PointeSpec,
    Production,
    PurchaseOrder,
    Role,
    StockEntry,
    Supplier,
    TagCounter,
    Tutu,
)
from ..models.base import utcnow
from ..rules import PointeLevel, pointe_order_pairs, pointe_pairs_needed
from ..services.convert import costume_search_words, dancer_search_words, material_search_words
from ..text import fold
from ..units import STOCK_UNITS
from . import catalogue as cat

MAX_SCALE = 500
HISTORY_WEEKS = 16
BATCHES = (6, 12)  # the pairs a maker makes for a dancer at once
BOLT_UNITS = 50  # a bolt of tulle or net: fifty metres, or fifty yards

PIECE_FR = {
    "tutu": "tutu",
    "tiara": "diadème",
    "tunic": "tunique",
    "tights": "collant",
    "party dress": "robe de fête",
    "headpiece": "coiffe",
    "crown": "couronne",
    "flower crown": "couronne de fleurs",
    "frock coat": "redingote",
    "cape": "cape",
    "breeches": "culotte",
    "mask": "masque",
    "Act I tutu": "tutu acte I",
    "Act III tutu": "tutu acte III",
    "feathered cap": "coiffe à plumes",
    "gown": "robe",
    "wig": "perruque",
    "garland": "guirlande",
    "Practice tutu": "tutu de répétition",
    "Rehearsal leotard": "justaucorps de répétition",
    "Rehearsal skirt": "jupette de répétition",
    "Rehearsal tights": "collant de répétition",
}
COLOUR_FR = {
    "white": "blanc",
    "pink": "rose",
    "rose pink": "rose dragée",
    "silver": "argent",
    "ivory and gold": "ivoire et or",
    "pale blue": "bleu pâle",
    "pale green": "vert pâle",
    "crystal": "cristal",
    "black": "noir",
    "grey": "gris",
    "gold": "or",
    "white and gold": "blanc et or",
    "blue": "bleu",
    "midnight blue": "bleu nuit",
    "lilac": "lilas",
    "turquoise": "turquoise",
    "peach": "pêche",
    "navy": "marine",
    "ivory": "ivoire",
}
ALTERATIONS_FR = {
    "Waist taken in 1 cm": "Taille reprise de 1 cm",
    "Bodice let out at the side seams": "Corsage élargi aux coutures de côté",
    "Hooks moved to the second row for a new dancer": (
        "Agrafes passées au deuxième rang pour une nouvelle danseuse"
    ),
    "Shoulder straps shortened 2 cm": "Bretelles raccourcies de 2 cm",
    "Hoop wire replaced": "Cerceau remplacé",
    "Net layers re-tacked after performance": "Couches de tulle refixées après le spectacle",
    "Torn basque mended": "Basque déchirée reprise",
    "Missing sequins and stones replaced": "Sequins et strass manquants remplacés",
    "Hem lengthened": "Ourlet rallongé",
    "Broken zip replaced": "Fermeture éclair remplacée",
}
ALTERATIONS = (
    ("alteration", "Waist taken in 1 cm"),
    ("alteration", "Bodice let out at the side seams"),
    ("alteration", "Hooks moved to the second row for a new dancer"),
    ("alteration", "Shoulder straps shortened 2 cm"),
    ("repair", "Hoop wire replaced"),
    ("repair", "Net layers re-tacked after performance"),
    ("repair", "Torn basque mended"),
    ("repair", "Missing sequins and stones replaced"),
    ("alteration", "Hem lengthened"),
    ("repair", "Broken zip replaced"),
)
STAFF = (
    "Mireille (cutter)",
    "Paulette (stitcher)",
    "Dana (wardrobe supervisor)",
    "Luis (stitcher)",
    "Agnès (cutter)",
)


@dataclass(frozen=True)
class DemoSummary:
    companies: int
    dancers: int
    measurement_sets: int
    costumes: int
    tutus: int
    alterations: int
    materials: int
    pointe_specs: int
    ledger_entries: int
    seconds: float


@dataclass
class _Rows:
    """Rows per table, with ids handed out in insertion order."""

    tables: dict[type[Base], list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: type[Base], /, **values: Any) -> int:
        rows = self.tables.setdefault(model, [])
        if "id" in model.__table__.columns and "id" not in values:
            values["id"] = len(rows) + 1
        rows.append(values)
        return values.get("id", 0)

    def count(self, model: type[Base]) -> int:
        return len(self.tables.get(model, []))


ORDER = (
    Company,
    Supplier,
    Location,
    Dancer,
    MeasurementSet,
    Production,
    Role,
    Casting,
    CostumeItem,
    Tutu,
    Alteration,
    Material,
    PointeSpec,
    StockEntry,
    TagCounter,
    PurchaseOrder,
    OrderLine,
    OrderCounter,
)


def fill_demo(db: Database, *, seed: int = 1, scale: int = 1) -> DemoSummary:
    """Fills an empty inventory; refuses one that already holds data."""
    if not 1 <= scale <= MAX_SCALE:
        raise InvalidInput(
            field=N_("scale"),
            detail=Text("give a whole number from 1 to {max_scale}", max_scale=MAX_SCALE),
        )
    started = time.perf_counter()
    builder = _Builder(random.Random(seed), scale, utcnow())
    builder.build()
    rows = builder.rows
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(Company)):
            raise WrongState(
                what=N_("This inventory"),
                detail=Text(
                    "already holds data; the demo fills only an empty one (give --db a new file)."
                ),
            )
        for model in ORDER:
            batch = rows.tables.get(model, [])
            for start in range(0, len(batch), 5000):
                session.execute(insert(model), batch[start : start + 5000])
        if db.engine.dialect.name == "postgresql":
            for model in ORDER:
                if "id" in model.__table__.columns and rows.count(model):
                    name = model.__tablename__
                    session.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                            f"(SELECT max(id) FROM {name}))"
                        )
                    )
    return DemoSummary(
        companies=rows.count(Company),
        dancers=rows.count(Dancer),
        measurement_sets=rows.count(MeasurementSet),
        costumes=rows.count(CostumeItem),
        tutus=rows.count(Tutu),
        alterations=rows.count(Alteration),
        materials=rows.count(Material),
        pointe_specs=rows.count(PointeSpec),
        ledger_entries=rows.count(StockEntry),
        seconds=time.perf_counter() - started,
    )


@dataclass
class _DancerInfo:
    id: int
    name: str
    female: bool
    group: str  # lead, solo, corps, junior
    rank: str


class _Builder:
    def __init__(self, rng: random.Random, scale: int, now: datetime) -> None:
        self.rng = rng
        # Draws added since the first demo (batches, past orders) come from a generator of
        # their own, so that a seed still makes the same dancers, items and stock as before.
        self.side = random.Random(0xBA11E7)
        self.scale = scale
        self.now = now
        self.today = now.date()
        self.rows = _Rows()
        self.suppliers: dict[str, int] = {}
        self.titles: dict[int, str] = {}
        self.role_names: dict[int, str] = {}

    # -- the whole demo -------------------------------------------------------------------
    def build(self) -> None:
        for maker in cat.MAKERS:
            self.suppliers[maker.maker] = self.rows.add(
                Supplier,
                name=maker.maker,
                contact="",
                email="",
                phone="",
                lead_time_weeks=maker.lead_weeks,
                notes="",
            )
        for plan in (cat.PARIS, cat.NEW_YORK):
            for name, email, _ in cat.FABRIC_SUPPLIERS[plan.code]:
                self.suppliers[name] = self.rows.add(
                    Supplier,
                    name=name,
                    contact="",
                    email=email,
                    phone="",
                    lead_time_weeks=3,
                    notes="",
                )
        for plan in (cat.PARIS, cat.NEW_YORK):
            self._company(plan)

    def _company(self, plan: cat.CompanyPlan) -> None:
        company_id = self.rows.add(
            Company,
            name=plan.name,
            code=plan.code,
            city=plan.city,
            address=plan.address,
            language=plan.language,
            units=plan.units,
            currency=plan.currency,
            paper=plan.paper,
            season_start_month=9,
            safety_weeks=4,
        )
        self.company_id, self.plan, self.tag_number = company_id, plan, 0
        self.ordered: dict[int, list[tuple[int, int, int | None]]] = {}  # supplier: specs
        self.french = plan.language == "fr"
        self._locations()
        dancers = self._dancers()
        pools = {
            key: [d for d in dancers if d.female == (key[1] == "f") and d.group == key[0]]
            for key in (
                ("lead", "f"),
                ("solo", "f"),
                ("corps", "f"),
                ("lead", "m"),
                ("solo", "m"),
                ("corps", "m"),
            )
        }
        self.tutu_ids: list[tuple[int, int]] = []  # (costume id, layers)
        for unit in range(1, self.scale + 1):
            for index, roles in enumerate((cat.NUTCRACKER, cat.SLEEPING_BEAUTY)):
                title = plan.productions[index]
                if unit > 1:
                    title += f" ({'jeu' if self.french else 'set'} {unit})"
                self._production(title, roles, pools, unit)
            self._rehearsal_wear(unit)
        self._doubles(dancers)
        for dancer in dancers:
            if dancer.female:
                self._pointe(dancer)
        self._materials()
        self._past_orders()
        self.rows.add(TagCounter, company_id=company_id, next_number=self.tag_number + 1)

    # -- where things hang --------------------------------------------------------------
    def _locations(self) -> None:
        plan, company = self.plan, self.company_id
        rooms = [
            self.rows.add(Location, company_id=company, parent_id=None, name=room, kind="room")
            for room in plan.rooms
        ]
        self.racks = [
            self.rows.add(
                Location,
                company_id=company,
                parent_id=rooms[0],
                name=f"{plan.rack} {n}",
                kind="rack",
            )
            for n in range(1, 20 * self.scale + 1)
        ]
        self.hoists = [
            self.rows.add(
                Location,
                company_id=company,
                parent_id=rooms[1],
                name=f"{plan.hoist} {n}",
                kind="hoist",
            )
            for n in range(1, 8 * self.scale + 1)
        ]
        self.bins = [
            self.rows.add(
                Location, company_id=company, parent_id=rooms[2], name=f"{plan.bin} {n}", kind="bin"
            )
            for n in range(1, 30 * self.scale + 1)
        ]

    # -- dancers and their measurements -----------------------------------------------------
    def _dancers(self) -> list[_DancerInfo]:
        plan, rng = self.plan, self.rng
        total = plan.dancers * self.scale
        women = round(total * 0.62)
        taken: set[str] = set()
        result = []
        for female, count, ranks in (
            (True, women, plan.ranks_female),
            (False, total - women, plan.ranks_male),
        ):
            rank_list: list[str] = []
            for rank, per_unit in ranks[:-1]:
                rank_list += [rank] * per_unit * self.scale
            rank_list += [ranks[-1][0]] * max(0, count - len(rank_list))
            for rank in rank_list[:count]:
                name = self._unique_name(female, taken)
                group = self._group(rank)
                dancer_id = self.rows.add(
                    Dancer,
                    company_id=self.company_id,
                    name=name,
                    rank=rank,
                    active=True,
                    doubles_dancer_id=None,
                    doubles_actor=None,
                    notes="",
                    search_text=dancer_search_words(name, rank),
                    version=1,
                )
                result.append(_DancerInfo(dancer_id, name, female, group, rank))
                self._measurements(dancer_id, female)
        # A few have left the company: kept, with their history, as inactive.
        for info in rng.sample(result, max(1, len(result) // 40)):
            if info.group == "corps":
                self.rows.tables[Dancer][info.id - 1]["active"] = False
        return result

    def _group(self, rank: str) -> str:
        if rank in ("étoile", "principal", "première danseuse", "premier danseur"):
            return "lead"
        if rank in ("sujet", "soloist"):
            return "solo"
        if rank == "apprentice":
            return "junior"
        return "corps"

    def _unique_name(self, female: bool, taken: set[str]) -> str:
        rng = self.rng
        firsts = cat.FIRST_F if female else cat.FIRST_M
        for attempt in range(60):
            last = rng.choice(cat.LAST)
            if attempt > 20:
                last = f"{last}-{rng.choice(cat.LAST)}"
            if attempt > 40:
                last = f"{rng.choice('ABCDEFGHJKLMNPRSTV')}. {last}"
            name = f"{rng.choice(firsts)} {last}"
            if fold(name) not in taken:  # as the database compares names: accents aside
                taken.add(fold(name))
                return name
        name = f"{rng.choice(firsts)} {rng.choice(cat.LAST)} {len(taken) + 1}"
        taken.add(fold(name))
        return name

    def _measurements(self, dancer_id: int, female: bool) -> None:
        rng = self.rng
        base: dict[str, int]
        if female:
            base = dict(
                height=rng.randint(1580, 1760),
                chest=rng.randint(790, 890),
                underbust=rng.randint(660, 740),
                waist=rng.randint(570, 660),
                hips=rng.randint(830, 920),
                girth=rng.randint(1430, 1600),
                weight=rng.randint(44_000, 56_000),
                head=rng.randint(530, 570),
                neck=rng.randint(290, 330),
            )
        else:
            base = dict(
                height=rng.randint(1740, 1920),
                chest=rng.randint(900, 1030),
                waist=rng.randint(720, 820),
                hips=rng.randint(880, 980),
                girth=rng.randint(1580, 1760),
                weight=rng.randint(62_000, 80_000),
                head=rng.randint(550, 600),
                neck=rng.randint(350, 400),
            )
        height = base["height"]
        derived = dict(
            shoulders_front=round(height * 0.215),
            shoulders_back=round(height * 0.23),
            high_hip=round((base["waist"] + base["hips"]) / 2),
            nape_to_waist=round(height * 0.245),
            nape_to_floor=round(height * 0.84),
            sleeve=round(height * 0.47),
            upper_arm=rng.randint(230, 300) if female else rng.randint(280, 360),
            wrist=rng.randint(140, 165) if female else rng.randint(165, 185),
            inseam=round(height * 0.47),
            outside_leg=round(height * 0.62),
        )
        sizes = self.plan.shoe_sizes_f if female else self.plan.shoe_sizes_m
        shoe = rng.choice(sizes)
        sets = rng.randint(1, 4)
        when = self.today - timedelta(days=rng.randint(5, 240))
        for _ in range(sets):
            values = {**base, **derived}
            drift = {
                k: (v + rng.randint(-8, 8) if k not in ("height", "weight") else v)
                for k, v in values.items()
            }
            self.rows.add(
                MeasurementSet,
                dancer_id=dancer_id,
                measured_on=when,
                taken_by=rng.choice(STAFF),
                notes="",
                recorded_at=self.now,
                shoe_size=shoe,
                **{"underbust": None, **drift},  # no underbust taken for men
            )
            when -= timedelta(days=rng.randint(150, 400))

    # -- productions, roles, costumes -------------------------------------------------------
    def _production(
        self,
        title: str,
        roles: tuple[cat.RolePlan, ...],
        pools: dict[tuple[str, str], list[_DancerInfo]],
        unit: int,
    ) -> None:
        rng = self.rng
        production_id = self.rows.add(Production, company_id=self.company_id, title=title)
        self.titles[production_id] = title
        for role in roles:
            role_name = role.name_fr if self.french else role.name_en
            role_id = self.rows.add(Role, production_id=production_id, name=role_name)
            self.role_names[role_id] = role_name
            group, sex = role.cast.split("_")
            pool = pools.get((group, sex)) or pools.get(("corps", sex)) or []
            cast = rng.sample(pool, min(role.copies, len(pool))) if pool else []
            for copy in range(role.copies):
                dancer = cast[copy] if copy < len(cast) else None
                if dancer is not None:
                    self.rows.add(Casting, dancer_id=dancer.id, role_id=role_id)
                # Each copy is fitted to the dancer who wears it (corps copies keep a size).
                built_for = dancer
                for piece, suffix, colour in role.pieces:
                    tutu = (
                        cat.TUTUS.get((role.name_en, self.plan.code)) if piece == "tutu" else None
                    )
                    self._costume(
                        piece,
                        self._piece_name(role_name, suffix),
                        colour,
                        production_id,
                        role_id,
                        title,
                        role_name,
                        built_for,
                        dancer if group == "corps" else None,
                        tutu,
                    )

    def _piece_name(self, role_name: str, suffix: str) -> str:
        if self.french:
            return f"{PIECE_FR.get(suffix, suffix).capitalize()} — {role_name}"
        return f"{role_name} {suffix}"

    def _rehearsal_wear(self, unit: int) -> None:
        for piece, name, colour, count, tutu in cat.REHEARSAL:
            for _ in range(count):
                label = PIECE_FR.get(name, name).capitalize() if self.french else name
                self._costume(piece, label, colour, None, None, "", "", None, None, tutu)

    def _next_tag(self) -> str:
        self.tag_number += 1
        return f"{self.plan.code}-{self.tag_number:06d}"

    def _costume(
        self,
        piece: str,
        name: str,
        colour: str,
        production_id: int | None,
        role_id: int | None,
        title: str,
        role_name: str,
        built_for: _DancerInfo | None,
        wearer: _DancerInfo | None,
        tutu: tuple[str, int] | None,
    ) -> int:
        rng = self.rng
        tag = self._next_tag()
        shown_colour = COLOUR_FR.get(colour, colour) if self.french else colour
        size = (
            ""
            if built_for
            else rng.choice(
                ("34", "36", "38", "40") if self.french else ("2", "4", "6", "8", "S", "M")
            )
        )
        location = rng.choice(
            self.hoists if piece == "tutu" else self.bins if piece == "headpiece" else self.racks
        )
        condition = rng.choices(("new", "good", "needs_repair", "retired"), (8, 80, 9, 3))[0]
        status, out_to, out_since = "in_store", None, None
        holder = built_for or wearer
        roll = rng.random()
        if condition != "retired" and holder is not None and roll < 0.10:
            status, out_to = "out", holder.id
            out_since = self.now - timedelta(days=rng.randint(0, 14), hours=rng.randint(0, 8))
        elif condition != "retired" and roll < 0.13:
            status = "at_cleaning"
        elif condition == "needs_repair" and roll < 0.5:
            status = "in_alteration"
        if tutu is not None:
            style, layers = tutu
            value = {
                "classical": (2500, 9000),
                "platter": (400, 2500),
                "bell": (1800, 3200),
                "romantic": (1200, 2200),
            }[style]
        else:
            value = (150, 1500)
        costume_id = self.rows.add(
            CostumeItem,
            company_id=self.company_id,
            tag=tag,
            name=name,
            piece_type=piece,
            production_id=production_id,
            role_id=role_id,
            colour=shown_colour,
            size=size,
            built_for_id=built_for.id if built_for else None,
            location_id=location,
            condition=condition,
            status=status,
            out_to_id=out_to,
            out_since=out_since,
            replacement_value=rng.randint(*value) * 100,
            notes="",
            search_text=costume_search_words(
                tag,
                name,
                piece,
                title,
                role_name,
                shown_colour,
                size,
                built_for.name if built_for else "",
                tutu[0] if tutu else "",
            ),
            created_at=self.now,
            updated_at=self.now,
            version=1,
        )
        if tutu is not None:
            style, layers = tutu
            self.rows.add(
                Tutu,
                costume_id=costume_id,
                style=style,
                net_layers=layers,
                hoop_layer=(layers // 2 + 1) if style in ("classical", "platter") else None,
                net_colour=shown_colour,
                net_type="stiff net" if style != "romantic" else "soft tulle",
                basque="",
            )
            self.tutu_ids.append((costume_id, layers))
        self._alterations(costume_id, holder, status == "in_alteration")
        return costume_id

    def _alterations(self, costume_id: int, holder: _DancerInfo | None, open_one: bool) -> None:
        rng = self.rng
        count = rng.choices((0, 1, 2, 3), (82, 12, 4, 2))[0]
        when = self.today - timedelta(days=rng.randint(30, 700))
        for _ in range(count):
            kind, text_ = rng.choice(ALTERATIONS)
            text_ = ALTERATIONS_FR[text_] if self.french else text_
            self.rows.add(
                Alteration,
                costume_id=costume_id,
                kind=kind,
                description=text_,
                for_dancer_id=holder.id if holder else None,
                requested_on=when,
                done_on=when + timedelta(days=rng.randint(1, 10)),
                done_by=rng.choice(STAFF),
                recorded_by="demo",
                recorded_at=self.now,
            )
            when += timedelta(days=rng.randint(20, 200))
            when = min(when, self.today - timedelta(days=12))
        if open_one:
            kind, text_ = rng.choice(ALTERATIONS)
            text_ = ALTERATIONS_FR[text_] if self.french else text_
            self.rows.add(
                Alteration,
                costume_id=costume_id,
                kind=kind,
                description=text_,
                for_dancer_id=holder.id if holder else None,
                requested_on=self.today - timedelta(days=rng.randint(0, 10)),
                done_on=None,
                done_by="",
                recorded_by="demo",
                recorded_at=self.now,
            )

    def _doubles(self, dancers: list[_DancerInfo]) -> None:
        rng = self.rng
        leads = [d for d in dancers if d.group == "lead" and d.female]
        corps = [d for d in dancers if d.group == "corps" and d.female]
        table = self.rows.tables[Dancer]
        by_wearer: dict[int, list[dict[str, Any]]] = {}
        for row in self.rows.tables[CostumeItem]:
            if row["built_for_id"] is not None:
                by_wearer.setdefault(row["built_for_id"], []).append(row)
        tutus = {t["costume_id"]: t for t in self.rows.tables.get(Tutu, [])}
        for _ in range(2 * self.scale):
            if not leads or not corps:
                break
            double, original = corps.pop(rng.randrange(len(corps))), rng.choice(leads)
            table[double.id - 1]["doubles_dancer_id"] = original.id
            # A double wears an identical copy of the costume, made to the double's measure.
            for row in by_wearer.get(original.id, [])[:2]:
                tutu = tutus.get(row["id"])
                self._costume(
                    row["piece_type"],
                    row["name"],
                    row["colour"],
                    row["production_id"],
                    row["role_id"],
                    self.titles.get(row["production_id"], ""),
                    self.role_names.get(row["role_id"], ""),
                    double,
                    None,
                    (tutu["style"], tutu["net_layers"]) if tutu else None,
                )
        men = [d for d in dancers if not d.female and d.group in ("solo", "corps")]
        for actor in self.plan.actors[: max(1, min(len(men), self.scale))]:
            if men:
                who = men.pop(rng.randrange(len(men)))
                table[who.id - 1]["doubles_actor"] = actor
                table[who.id - 1]["search_text"] = dancer_search_words(who.name, who.rank, actor)

    # -- pointe shoes -----------------------------------------------------------------------
    def _pointe(self, dancer: _DancerInfo) -> None:
        rng = self.rng
        maker = rng.choices(cat.MAKERS, cat.MAKER_WEIGHTS)[0]
        rate = {"lead": (3.0, 4.0), "solo": (2.0, 3.0), "corps": (1.2, 2.2), "junior": (0.8, 1.2)}[
            dancer.group
        ]
        per_week = round(rng.uniform(*rate) * 2) / 2
        lead = maker.lead_weeks + rng.choice((0, 0, 2, 4))
        level = PointeLevel(0, 0, per_week, lead, 4, None, None)
        needed = pointe_pairs_needed(level)
        low = rng.random() < 0.18
        final = (
            rng.randint(max(0, needed // 4), needed - 1)
            if low
            else rng.randint(needed, needed + math.ceil(per_week * 10))
        )
        on_order = 0
        if low and rng.random() < 0.35:
            on_order = pointe_order_pairs(PointeLevel(final, 0, per_week, lead, 4, None, None))
            if rng.random() < 0.5:
                on_order //= 2
        low_cost, high_cost = self.plan.pair_cost
        spec_id = self.rows.add(
            PointeSpec,
            dancer_id=dancer.id,
            company_id=self.company_id,
            maker=maker.maker,
            model=rng.choice(maker.models),
            size=rng.choice(maker.sizes),
            width=rng.choice(cat.WIDTHS),
            shank=rng.choice(cat.SHANKS),
            vamp=rng.choice(cat.VAMPS),
            box="",
            maker_mark=rng.choice(maker.marks) if maker.marks else "",
            supplier_id=self.suppliers[maker.maker],
            pairs_on_hand=final,
            pairs_on_order=on_order,
            pairs_per_week=per_week,
            lead_time_weeks=lead,
            minimum_pairs=None,
            target_pairs=None,
            season_allowance=round(per_week * 40 / 10) * 10,
            unit_cost=rng.randint(low_cost // 100, high_cost // 100) * 100,
            batch_pairs=self.side.choice(BATCHES),
            active=True,
            notes="",
            version=1,
        )
        batch = self.rows.tables[PointeSpec][-1]["batch_pairs"]
        self.ordered.setdefault(self.suppliers[maker.maker], []).append(
            (spec_id, batch, self.rows.tables[PointeSpec][-1]["unit_cost"])
        )
        weekly = [max(0, round(per_week + rng.uniform(-1, 1))) for _ in range(HISTORY_WEEKS)]
        events = [("issued", -n, f"issued to {dancer.name}") for n in weekly if n]
        self._history(
            "pointe_spec_id", spec_id, final, events, batch=24, supplier=self.suppliers[maker.maker]
        )

    def _history(
        self,
        column: str,
        item_id: int,
        final: int,
        events: list[tuple[str, int, str]],
        *,
        batch: int,
        supplier: int | None,
        costume_ids: list[int | None] | None = None,
    ) -> None:
        """Writes a ledger that ends at ``final``: built backwards, so no balance is negative."""
        rng = self.rng
        span = timedelta(weeks=HISTORY_WEEKS)
        start = self.now - span
        step = span / (len(events) + 1)
        backwards: list[tuple[datetime, str, int, str, int | None]] = []
        balance = final
        for index in range(len(events) - 1, -1, -1):
            kind, change, reason = events[index]
            when = start + step * (index + 1) + timedelta(minutes=rng.randint(0, 600))
            costume = costume_ids[index] if costume_ids else None
            backwards.append((when, kind, change, reason, costume))
            balance -= change
            if balance > 2 * batch and rng.random() < 0.7:
                backwards.append((when - timedelta(days=2), "received", batch, "delivery", None))
                balance -= batch
        entries = [(start, "adjusted", balance, "opening balance", None)] + backwards[::-1]
        running = 0
        for when, kind, change, reason, costume in entries:
            if change == 0:
                continue
            running += change
            self.rows.add(
                StockEntry,
                occurred_at=when,
                kind=kind,
                quantity=change,
                balance_after=running,
                actor="demo",
                reason=reason,
                costume_id=costume,
                supplier_id=supplier if kind == "received" else None,
                unit_cost=None,
                material_id=None if column != "material_id" else item_id,
                pointe_spec_id=None if column != "pointe_spec_id" else item_id,
            )
        assert running == final

    def _past_orders(self) -> None:
        """Two orders to each pointe maker received in the weeks before: what the maker's
        real lead time is learned from (a little off the one entered)."""
        rng, number = self.side, 0
        for supplier_id, specs in sorted(self.ordered.items()):
            entered = next(
                m.lead_weeks for m in cat.MAKERS if self.suppliers[m.maker] == supplier_id
            )
            for _ in range(2):
                number += 1
                received = self.now - timedelta(days=rng.randint(10, 60))
                sent = received - timedelta(days=round((entered + rng.uniform(-1, 3)) * 7))
                order_id = self.rows.add(
                    PurchaseOrder,
                    number=f"PO-{self.plan.code}-{number:04d}",
                    company_id=self.company_id,
                    supplier_id=supplier_id,
                    status="received",
                    created_at=sent - timedelta(days=1),
                    created_by="demo",
                    sent_at=sent,
                    sent_by="demo",
                    received_at=received,
                    cancelled_at=None,
                    notes="",
                    version=1,
                )
                for line_no, (spec_id, batch, cost) in enumerate(
                    rng.sample(specs, min(3, len(specs))), 1
                ):
                    self.rows.add(
                        OrderLine,
                        order_id=order_id,
                        line_no=line_no,
                        material_id=None,
                        pointe_spec_id=spec_id,
                        quantity=batch,
                        received=batch,
                        unit_cost=cost,
                    )
        self.rows.add(OrderCounter, company_id=self.company_id, next_number=number + 1)

    # -- tulle and other stock --------------------------------------------------------------
    def _materials(self) -> None:
        rng, plan = self.rng, self.plan
        length_unit = plan.stock_length_unit
        suppliers = cat.FABRIC_SUPPLIERS[plan.code]
        for material in cat.MATERIALS:
            unit = length_unit if material.unit == "length" else material.unit
            per_unit = float(STOCK_UNITS[unit])
            minimum = int(material.minimum * per_unit)
            target = int(material.target * per_unit)
            if material.low:
                final = int(rng.uniform(0.2, 0.8) * minimum)
            else:
                final = int(rng.uniform(1.1, 1.8) * minimum)
            final = int(round(final / per_unit) * per_unit)
            width = (
                material.width_cm
                if material.width_cm
                else (plan.tulle_width_cm if material.unit == "length" else None)
            )
            name = material.name_fr if self.french else material.name_en
            if material.kind in ("tulle", "stiff net", "bobbinet") and width:
                name += f", {width:g} cm" if self.french else f", {round(width / 2.54)} in"
            supplier_name = suppliers[material.supplier][0]
            material_id = self.rows.add(
                Material,
                company_id=self.company_id,
                name=name,
                kind=material.kind,
                colour=COLOUR_FR.get(material.colour, material.colour)
                if self.french
                else material.colour,
                width_mm=round(width * 10) if width else None,
                unit=unit,
                on_hand=final,
                on_order=0,
                minimum=minimum,
                target=target,
                supplier_id=self.suppliers[supplier_name],
                unit_cost=material.cost,
                # Lengths come by the bolt, fifty metres or fifty yards.
                pack_size=int(BOLT_UNITS * per_unit) if unit in ("m", "yd") else None,
                notes="",
                search_text=material_search_words(
                    name, material.kind, material.colour, supplier_name
                ),
                version=1,
            )
            events: list[tuple[str, int, str]] = []
            costumes: list[int | None] = []
            if material.kind in ("tulle", "stiff net") and self.tutu_ids:
                for costume_id, layers in rng.sample(self.tutu_ids, min(6, len(self.tutu_ids))):
                    per_layer = 1.1 if length_unit == "m" else 1.2
                    amount = round(layers * per_layer * per_unit)
                    events.append(
                        (
                            "used",
                            -amount,
                            f"tutu build: {layers} layers x {per_layer} {length_unit}",
                        )
                    )
                    costumes.append(costume_id)
            else:
                for _ in range(rng.randint(3, 8)):
                    amount = round(round(rng.uniform(0.05, 0.2) * target / per_unit) * per_unit)
                    events.append(("used", -amount, "workroom use"))
                    costumes.append(None)
            self._history(
                "material_id",
                material_id,
                final,
                events,
                batch=round(target // 2 // per_unit * per_unit) or 1,
                supplier=self.suppliers[supplier_name],
                costume_ids=costumes,
            )
