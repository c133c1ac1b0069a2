"""The demo's dancers: their names, ranks and groups, their measurements over the seasons, and
the doubles of the series."""

from __future__ import annotations

from datetime import timedelta

from ..language.folding import fold
from ..models import (
    Dancer,
    MeasurementSet,
)
from ..services.convert import dancer_search_words
from . import names as people_names
from .build_state import BuilderState, DancerInfo
from .french_words import STAFF


class PeopleBuilder(BuilderState):
    # -- dancers and their measurements -----------------------------------------------------
    def _dancers(self) -> list[DancerInfo]:
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
                result.append(DancerInfo(dancer_id, name, female, group, rank))
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
        firsts = people_names.FIRST_F if female else people_names.FIRST_M
        for attempt in range(60):
            last = rng.choice(people_names.LAST)
            if attempt > 20:
                last = f"{last}-{rng.choice(people_names.LAST)}"
            if attempt > 40:
                last = f"{rng.choice('ABCDEFGHJKLMNPRSTV')}. {last}"
            name = f"{rng.choice(firsts)} {last}"
            if fold(name) not in taken:  # as the database compares names: accents aside
                taken.add(fold(name))
                return name
        name = f"{rng.choice(firsts)} {rng.choice(people_names.LAST)} {len(taken) + 1}"
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
