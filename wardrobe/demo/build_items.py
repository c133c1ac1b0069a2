"""The demo's costumes: each production's roles and the pieces each dancer wears, tutus with
their net layers, rehearsal wear, and the alterations asked of them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ..models import (
    Alteration,
    Casting,
    CostumeItem,
    Dancer,
    Production,
    Role,
    Tutu,
)
from ..services.convert import costume_search_words, dancer_search_words
from . import repertoire
from .build_state import BuilderState, DancerInfo
from .french_words import ALTERATIONS, ALTERATIONS_FR, COLOUR_FR, NET_FR, PIECE_FR, STAFF


class ItemBuilder(BuilderState):
    # -- productions, roles, costumes -------------------------------------------------------
    def _production(
        self,
        title: str,
        roles: tuple[repertoire.RolePlan, ...],
        pools: dict[tuple[str, str], list[DancerInfo]],
        unit: int,
    ) -> tuple[int, dict[str, int]]:
        """The production, its roles (ids by their English name), their castings (a lead's
        or a soloist's copies are danced by the first, second and third casts; the corps
        dances together) and their costumes."""
        rng = self.rng
        role_ids: dict[str, int] = {}
        production_id = self.rows.add(Production, company_id=self.company_id, title=title)
        self.titles[production_id] = title
        for role in roles:
            role_name = role.name_fr if self.french else role.name_en
            role_id = self.rows.add(Role, production_id=production_id, name=role_name)
            role_ids[role.name_en] = role_id
            self.role_names[role_id] = role_name
            group, sex = role.cast.split("_")
            pool = pools.get((group, sex)) or pools.get(("corps", sex)) or []
            cast = rng.sample(pool, min(role.copies, len(pool))) if pool else []
            for copy in range(role.copies):
                dancer = cast[copy] if copy < len(cast) else None
                if dancer is not None:
                    number = 1 if group == "corps" else copy + 1
                    self.cast_numbers[(dancer.id, role_id)] = number
                    self.rows.add(
                        Casting,
                        dancer_id=dancer.id,
                        role_id=role_id,
                        cast_number=number,
                        alternate=False,
                    )
                # Each copy is fitted to the dancer who wears it (corps copies keep a size).
                built_for = dancer
                for piece, suffix, colour in role.pieces:
                    key = (role.name_en, self.plan.code)
                    tutu = repertoire.TUTUS.get(key) if piece == "tutu" else None
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
        return production_id, role_ids

    def _piece_name(self, role_name: str, suffix: str) -> str:
        if self.french:
            return f"{PIECE_FR.get(suffix, suffix).capitalize()} — {role_name}"
        return f"{role_name} {suffix}"

    def _rehearsal_wear(self, unit: int) -> None:
        for piece, name, colour, count, tutu in repertoire.REHEARSAL:
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
        built_for: DancerInfo | None,
        wearer: DancerInfo | None,
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
            net = "stiff net" if style != "romantic" else "soft tulle"
            self.rows.add(
                Tutu,
                costume_id=costume_id,
                style=style,
                net_layers=layers,
                hoop_layer=(layers // 2 + 1) if style in ("classical", "platter") else None,
                net_colour=shown_colour,
                net_type=NET_FR[net] if self.french else net,
                basque="",
            )
            self.tutu_ids.append((costume_id, layers))
        self._alterations(costume_id, holder, status == "in_alteration")
        return costume_id

    def _alterations(self, costume_id: int, holder: DancerInfo | None, open_one: bool) -> None:
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

    def _doubles(self, dancers: list[DancerInfo]) -> None:
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
            # She is cast with her principal, in her cast, in each role her twins are for.
            for row in by_wearer.get(original.id, [])[:2]:
                role_id = row["role_id"]
                number = self.cast_numbers.get((original.id, role_id))
                if number is not None and (double.id, role_id) not in self.cast_numbers:
                    self.cast_numbers[(double.id, role_id)] = number
                    self.rows.add(
                        Casting,
                        dancer_id=double.id,
                        role_id=role_id,
                        cast_number=number,
                        alternate=False,
                    )
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
