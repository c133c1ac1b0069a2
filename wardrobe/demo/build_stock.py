"""The demo's stock: pointe shoes per dancer with their history of pairs issued, tulle and
other materials with their ledgers, and the purchase orders of the past weeks."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from ..domain.rules import PointeLevel, pointe_order_pairs, pointe_pairs_needed
from ..domain.units import STOCK_UNITS
from ..models import (
    Material,
    OrderCounter,
    OrderLine,
    PointeSpec,
    PurchaseOrder,
    StockEntry,
)
from ..services.convert import material_search_words
from . import catalogue as cat
from .build_state import BuilderState, DancerInfo
from .french_words import COLOUR_FR

HISTORY_WEEKS = 16
BATCHES = (6, 12)  # the pairs a maker makes for a dancer at once
BOLT_UNITS = 50  # a bolt of tulle or net: fifty metres, or fifty yards


class StockBuilder(BuilderState):
    # -- pointe shoes -----------------------------------------------------------------------
    def _pointe(self, dancer: DancerInfo) -> None:
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
    def _materials(self) -> list[int]:
        """The company's materials, in the catalogue's order; their ids."""
        rng, plan = self.rng, self.plan
        ids: list[int] = []
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
            ids.append(material_id)
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
        return ids
