"""Purchase orders and stocktakes from the command line: the same services as the window."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..domain.units import base_to_stock, format_money
from ..errors import InvalidInput, WrongState
from ..language.i18n import N_, Text
from ..language.vocabulary import stock_amount
from ..records import OrderRecord
from ..services import companies, order_drafts, orders, stocktake
from ..services.stocktake import CountedItem, StocktakeState
from ..store.database import Database
from .printing import _output, _report, _write_pdf
from .speech import said, tell, warn

STATUS_WORDS = {
    "draft": N_("draft"),
    "sent": N_("sent"),
    "part_received": N_("part received"),
    "received": N_("received"),
    "cancelled": N_("cancelled"),
}


def _status(order: OrderRecord, language: str) -> str:
    return str(Text(STATUS_WORDS[order.status]).say(language))


def _total(order: OrderRecord, language: str) -> str:
    total = order.total
    return format_money(total, order.currency, language) if total is not None else "—"


def _facts(order: OrderRecord, language: str) -> dict[str, Any]:
    """What a line about an order names, said in ``language``."""
    return {
        "number": order.number,
        "status": _status(order, language),
        "supplier": order.supplier,
        "company": order.company,
        "lines": len(order.lines),
        "total": _total(order, language),
    }


def _say_order(args: argparse.Namespace, order: OrderRecord) -> None:
    tell(
        args,
        N_("{number} ({status}) to {supplier} for {company}: {lines} line(s), {total}."),
        **_facts(order, args.language),
    )
    for line in order.lines:
        amount = stock_amount(line.quantity, line.unit)
        got = stock_amount(line.received, line.unit)
        what = line.what_in(args.language)
        if line.for_whom:
            what = f"{line.for_whom}: {what}"
        tell(
            args,
            N_("  {line}. {what}: {amount} ordered, {received} received"),
            line=line.line_no,
            what=what,
            amount=amount,
            received=got,
        )


def draft(db: Database, args: argparse.Namespace) -> int:
    done = order_drafts.draft_from_alerts(db, args.company)
    for order in done.orders:
        _say_order(args, order)
    if not done.orders:
        tell(args, N_("Nothing new to order: no alert asks for more than is on order."))
    if done.already_drafted:
        tell(
            args,
            N_("{count} alert(s) already on a draft order, left there."),
            count=done.already_drafted,
        )
    for what in done.without_supplier:
        warn(args, N_("wardrobe: {what} has no supplier set: not drafted."), what=what)
    return 0


def _plain(order: OrderRecord) -> dict[str, Any]:
    return {
        "number": order.number,
        "company": order.company,
        "supplier": order.supplier,
        "status": order.status,
        "currency": order.currency,
        "total": order.total,
        "created_at": order.created_at.isoformat(timespec="seconds"),
        "sent_at": order.sent_at.isoformat(timespec="seconds") if order.sent_at else None,
        "received_at": order.received_at.isoformat(timespec="seconds")
        if order.received_at
        else None,
        "cancelled_at": order.cancelled_at.isoformat(timespec="seconds")
        if order.cancelled_at
        else None,
        "lines": [
            {
                "line": line.line_no,
                "kind": line.kind,
                "what": line.what,
                "for": line.for_whom,
                "unit": line.unit,
                "quantity": float(base_to_stock(line.quantity, line.unit)),
                "received": float(base_to_stock(line.received, line.unit)),
                "unit_cost": line.unit_cost,
            }
            for line in order.lines
        ],
    }


def listing(db: Database, args: argparse.Namespace) -> int:
    found = orders.list_orders(db, args.company, args.status)
    times = orders.lead_times(db)
    if args.json:
        lead = [
            {
                "supplier": t.supplier,
                "entered_weeks": t.entered_weeks,
                "learned_weeks": t.learned_weeks,
                "orders": t.orders,
            }
            for t in times
        ]
        document = {"orders": [_plain(o) for o in found], "lead_times": lead}
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not found:
        tell(args, N_("No purchase orders."))
    for order in found:
        tell(
            args,
            N_("{number}  {status}  {supplier}  {company}  {lines} line(s)  {total}"),
            **_facts(order, args.language),
        )
    learned = [t for t in times if t.learned_weeks is not None]
    for t in learned:
        tell(
            args,
            N_(
                "Lead time of {supplier}: {learned} weeks from {orders} order(s); "
                "{entered} entered."
            ),
            supplier=t.supplier,
            learned=t.learned_weeks,
            orders=t.orders,
            entered=t.entered_weeks if t.entered_weeks is not None else "—",
        )
    return 0


def send(db: Database, args: argparse.Namespace) -> int:
    from ..reports.purchase_order import render_purchase_order

    target = _output(args.output)
    order = orders.get_order(db, args.number)
    if order.status == "cancelled":  # its sheet would read as an order to fill
        raise WrongState(
            what=order.number,
            detail=Text("was cancelled; it cannot be sent or printed as an order."),
        )
    company = companies.get_company(db, order.company_id)
    if order.status == "draft":
        # The PDF is made first: an order is sent only once its sheet is written.
        _write_pdf(target, lambda path: render_purchase_order(order, company, path))
        order = orders.send(db, args.number, expected_version=order.version)
    result = _write_pdf(target, lambda path: render_purchase_order(order, company, path))
    _say_order(args, order)
    return _report(args, result, target, said(args, N_("Purchase order")))


def receive(db: Database, args: argparse.Namespace) -> int:
    if args.all == (args.line is not None):
        raise InvalidInput(
            field=N_("receive"),
            detail=Text("give --all, or --line with --quantity"),
        )
    if args.line is not None and args.quantity is None:
        raise InvalidInput(field=N_("quantity"), detail=Text("give --quantity with --line"))
    wanted = None if args.all else {args.line: args.quantity}
    _say_order(args, orders.receive(db, args.number, wanted))
    return 0


def cancel(db: Database, args: argparse.Namespace) -> int:
    _say_order(args, orders.cancel(db, args.number))
    return 0


# --- stocktakes ---------------------------------------------------------------------------


def _counted(item: CountedItem) -> dict[str, Any]:
    return {
        "tag": item.tag,
        "name": item.name,
        "recorded_at": item.recorded_at,
        "status": item.status,
        "moved_here": item.move_here,
    }


def _say_state(args: argparse.Namespace, state: StocktakeState) -> None:
    tell(
        args,
        N_("{place}: {found} found, {missing} missing, {misplaced} misplaced, {unknown} unknown."),
        place=state.place,
        found=len(state.found),
        missing=len(state.missing),
        misplaced=len(state.misplaced),
        unknown=len(state.unknown),
    )


def stocktake_start(db: Database, args: argparse.Namespace) -> int:
    state = stocktake.start(db, args.place, args.company)
    if state.scanned:
        tell(
            args,
            N_("Resuming the count of {place} started by {who}."),
            place=state.place,
            who=state.started_by,
        )
    _say_state(args, state)
    return 0


KIND_WORDS = {
    "found": N_("{tag}: found ({name})."),
    "misplaced": N_("{tag}: misplaced, recorded at {recorded} ({name})."),
    "unknown": N_("{tag}: no item has this tag."),
    "again": N_("{tag}: scanned already, counted once."),
}


def stocktake_scan(db: Database, args: argparse.Namespace) -> int:
    outcome = None
    for tag in args.tags:
        outcome = stocktake.scan(db, args.place, tag, args.company)
        tell(
            args,
            KIND_WORDS[outcome.kind],
            tag=outcome.tag,
            name=outcome.name,
            recorded=outcome.recorded_at or "—",
        )
    if outcome is not None:
        _say_state(args, outcome.state)
    return 0


def stocktake_finish(db: Database, args: argparse.Namespace) -> int:
    target = _output(args.output) if args.output else None
    state = stocktake.finish(
        db, args.place, move_misplaced=args.move_misplaced, company=args.company
    )
    if args.json:
        document = {
            "place": state.place,
            "code": state.place_code,
            "company": state.company,
            "started_at": state.started_at.isoformat(timespec="seconds"),
            "finished_at": state.finished_at.isoformat(timespec="seconds")
            if state.finished_at
            else None,
            "found": [_counted(c) for c in state.found],
            "missing": [_counted(c) for c in state.missing],
            "misplaced": [_counted(c) for c in state.misplaced],
            "unknown": list(state.unknown),
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        _say_state(args, state)
        for item in state.missing:
            tell(args, N_("  missing: {tag} ({name})"), tag=item.tag, name=item.name)
        for item in state.misplaced:
            tell(
                args,
                N_("  misplaced: {tag} ({name}), recorded at {recorded}: {what}"),
                tag=item.tag,
                name=item.name,
                recorded=item.recorded_at or "—",
                what=Text(N_("moved here") if item.move_here else N_("left as recorded")),
            )
        for tag in state.unknown:
            tell(args, N_("  unknown tag: {tag}"), tag=tag)
    if target is not None:
        from ..reports.stocktake_report import render_stocktake_report

        result = _write_pdf(target, lambda path: render_stocktake_report(state, path))
        if not args.json:
            _report(args, result, target, said(args, N_("Stocktake report")))
    return 0


def count_sheet(db: Database, args: argparse.Namespace) -> int:
    from ..reports.count_sheet import render_count_sheet
    from ..services import stock

    target = _output(args.output)
    company = companies.get_company(db, args.company)
    materials = stock.list_materials(db, company.id)
    result = _write_pdf(target, lambda path: render_count_sheet(materials, company, path))
    return _report(args, result, target, said(args, N_("Count sheet")))
