"""Commands that fill or read the inventory: demo, alerts, find."""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from decimal import Decimal

from ..domain.units import base_to_stock, format_money
from ..language.i18n import DEFAULT, N_, Text
from ..language.vocabulary import UNIT_WORDS
from ..records import Alert
from ..services import alerts as alert_service
from ..services import search
from ..services.rates import per_month
from ..store.database import Database
from .speech import said, tell


def demo(db: Database, args: argparse.Namespace) -> int:
    from ..demo import fill_demo

    s = fill_demo(db, seed=args.seed, scale=args.scale)
    tell(
        args,
        N_("Demo inventory written to {where} in {seconds:.2f} s:"),
        where=db.display_name,
        seconds=s.seconds,
    )
    tell(
        args,
        N_(
            "  {companies} companies, {dancers} dancers ({sets} measurement sets), {costumes} "
            "costume items ({tutus} tutus, {alterations} alterations),"
        ),
        companies=s.companies,
        dancers=s.dancers,
        sets=s.measurement_sets,
        costumes=s.costumes,
        tutus=s.tutus,
        alterations=s.alterations,
    )
    tell(
        args,
        N_(
            "  {specs} pointe-shoe specifications, {materials} materials, {entries} "
            "stock-ledger entries."
        ),
        specs=s.pointe_specs,
        materials=s.materials,
        entries=s.ledger_entries,
    )
    return 0


def _quantity(base: int, unit: str) -> Text:
    if unit == "pairs":
        return Text(N_("{count} pairs"), count=base)
    value = base_to_stock(base, unit)
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    return Text(
        N_("{amount} {unit}"),
        amount=text,
        unit=Text(UNIT_WORDS[unit]) if unit in UNIT_WORDS else unit,
    )


def describe_alert(alert: Alert, language: str = DEFAULT) -> str:
    """Why an item is low, in one sentence."""
    have = _quantity(alert.on_hand, alert.unit)
    if alert.reason == "wont_last_lead_time":
        why = Text(
            N_(
                "{have} last {weeks:.1f} weeks at {rate:g} a week; {maker} takes {lead} weeks "
                "(+{margin} weeks margin)"
            ),
            have=have,
            weeks=alert.weeks_left or 0,
            rate=alert.pairs_per_week,
            maker=alert.supplier or Text(N_("the maker")),
            lead=alert.lead_time_weeks,
            margin=alert.safety_weeks,
        )
    elif alert.reason == "below_minimum_pairs":
        why = Text(N_("{have}, below the minimum of {minimum}"), have=have, minimum=alert.minimum)
    else:
        why = Text(
            N_("{have} on hand, below the minimum of {minimum}"),
            have=have,
            minimum=_quantity(alert.minimum, alert.unit),
        )
    if alert.kind == "pointe" and alert.rate_source == "learned":
        why = Text(
            N_("{why} (the rate learned from the last 12 weeks; {entered:g} a week entered)"),
            why=why,
            entered=alert.entered_per_week or 0,
        )
    if alert.kind == "material" and alert.reserved:
        why = Text(
            N_(
                "{have} on hand, {free} of it free, below the minimum of {minimum}: {held} held "
                "by builds ({builds})"
            ),
            have=have,
            free=_quantity(max(alert.on_hand - alert.reserved, 0), alert.unit),
            minimum=_quantity(alert.minimum, alert.unit),
            held=_quantity(alert.reserved, alert.unit),
            builds=", ".join(alert.reserved_by) or "—",
        )
    if alert.kind == "material" and alert.learned_per_week:
        why = Text(
            N_("{why}; about {amount} used a month lately"),
            why=why,
            amount=_quantity(per_month(alert.learned_per_week, alert.unit), alert.unit),
        )
    if alert.use_jumped and alert.kind == "pointe":
        why = Text(N_("{why}; her use has jumped in the last 4 weeks"), why=why)
    elif alert.use_jumped:
        why = Text(N_("{why}; its use has jumped in the last 4 weeks"), why=why)
    if alert.on_order and alert.orders:
        why = Text(
            N_("{why}; {amount} already on order ({numbers})"),
            why=why,
            amount=_quantity(alert.on_order, alert.unit),
            numbers=", ".join(alert.orders),
        )
    elif alert.on_order:
        why = Text(
            N_("{why}; {amount} already on order"),
            why=why,
            amount=_quantity(alert.on_order, alert.unit),
        )
    if alert.covered_by_orders and alert.orders:
        return Text(
            N_("{why}. Covered by order {numbers}."), why=why, numbers=", ".join(alert.orders)
        ).say(language)
    if alert.covered_by_orders:
        return Text(N_("{why}. Nothing more to order."), why=why).say(language)
    cost = (
        f" ({format_money(alert.order_cost, alert.currency, language)})" if alert.order_cost else ""
    )
    return Text(
        N_("{why}. Order {amount} {unit}{cost} to reach {target}."),
        why=why,
        amount=alert.to_order,
        unit=Text(UNIT_WORDS[alert.unit]) if alert.unit in UNIT_WORDS else alert.unit,
        cost=cost,
        target=_quantity(alert.target, alert.unit),
    ).say(language)


def alerts(db: Database, args: argparse.Namespace) -> int:
    found = alert_service.compute_alerts(db, args.company)
    if args.json:
        print(
            json.dumps([_alert_json(a, args.language) for a in found], ensure_ascii=False, indent=2)
        )
        return 0
    _overdue_loans(db, args)
    if not found:
        tell(
            args,
            N_(
                "No low stock: every material and every dancer's pointe shoes are above "
                "their levels."
            ),
        )
        return 0
    for company in sorted({a.company for a in found}):
        mine = [a for a in found if a.company == company]
        tell(args, N_("{company}: {count} low"), company=company, count=len(mine))
        for group in alert_service.by_supplier(mine):
            totals = ", ".join(
                format_money(v, k, args.language) for k, v in sorted(group.totals.items())
            )
            supplier = group.supplier or said(args, N_("No supplier set"))
            if totals:
                tell(args, N_("  {supplier} (order: {totals})"), supplier=supplier, totals=totals)
            else:
                print(f"  {supplier}")
            for alert in group.alerts:
                who = f"{alert.for_whom}: " if alert.for_whom else ""
                print(f"    - {who}{alert.what_in(args.language)}")
                print(f"      {describe_alert(alert, args.language)}")
        print()
    return 0


def _overdue_loans(db: Database, args: argparse.Namespace) -> None:
    """Loans past their due date come first: something of the wardrobe's is not back."""
    from datetime import date

    from ..services import loans

    overdue = loans.list_loans(db, args.company, overdue_on=date.today())
    if not overdue:
        return
    tell(args, N_("{count} loan(s) overdue:"), count=len(overdue))
    for loan in overdue:
        tell(
            args,
            N_("  {tag} ({name}) at {borrower}, due {due}"),
            tag=loan.tag,
            name=loan.name,
            borrower=loan.borrower,
            due=loan.due_on,
        )
    print()


def _alert_json(alert: Alert, language: str) -> dict:
    data = asdict(alert)
    data.pop("described")
    data["what"] = alert.what_in(language)
    data["on_hand_units"] = _number(alert.on_hand, alert.unit)
    data["on_order_units"] = _number(alert.on_order, alert.unit)
    data["minimum_units"] = _number(alert.minimum, alert.unit)
    data["target_units"] = _number(alert.target, alert.unit)
    data["order_cost"] = alert.order_cost
    if alert.kind == "material" and alert.learned_per_week is not None:
        data["learned_per_month_units"] = _number(
            per_month(alert.learned_per_week, alert.unit), alert.unit
        )
    data["message"] = describe_alert(alert, language)
    return data


def _number(base: int, unit: str) -> float | int:
    if unit == "pairs":
        return base
    value: Decimal = base_to_stock(base, unit)
    return int(value) if value == value.to_integral() else float(value)


def find(db: Database, args: argparse.Namespace) -> int:
    started = time.perf_counter()
    hits = search.find(db, args.query, limit=max(1, args.limit))
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        tell(args, N_("Nothing matches “{query}”."), query=args.query)
        return 0
    kinds = {
        "costume": said(args, N_("costume")),
        "dancer": said(args, N_("dancer")),
        "material": said(args, N_("material")),
    }
    for hit in hits:
        detail = f" ({hit.detail})" if hit.detail else ""
        key = f"{hit.key}  " if hit.kind == "costume" else ""
        print(f"{kinds.get(hit.kind, hit.kind):<9}{key}{hit.title}{detail}  [{hit.company}]")
    print(
        said(
            args,
            N_("{count} found in {ms:.0f} ms."),
            count=len(hits),
            ms=(time.perf_counter() - started) * 1000,
        ),
        file=sys.stderr,
    )
    return 0
