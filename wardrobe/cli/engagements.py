"""Guest engagements, swaps and loans from the command line: the same services as the window."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from ..errors import InvalidInput
from ..language.dates import parse_day
from ..language.i18n import N_, Text
from ..language.vocabulary import word
from ..records import EngagementRecord, LoanRecord
from ..services import engagements, loans
from ..store.database import Database
from .printing import _output, _write_pdf
from .speech import tell


def _day(args: argparse.Namespace, text: str | None, field: str) -> date | None:
    return parse_day(text, args.language, field) if text else None


def _tags(text: str) -> list[str]:
    """Tags given comma-separated: each once (``BN-12,BN-12`` lends one item), at least one."""
    tags = list(dict.fromkeys(t.strip().upper() for t in text.split(",") if t.strip()))
    if not tags:
        raise InvalidInput(field=N_("tags"), detail=Text("give at least one tag"))
    return tags


def _until(record: EngagementRecord | LoanRecord) -> Text:
    until = record.until if isinstance(record, EngagementRecord) else record.due_on
    return Text(N_(" until {until}"), until=until) if until else Text(N_(", open-ended"))


def engage(db: Database, args: argparse.Namespace) -> int:
    done = engagements.send(
        db,
        args.dancer,
        args.to,
        _day(args, args.starts_on, N_("from")) or date.today(),
        _day(args, args.until, N_("until")),
        pairs=args.pairs,
    )
    _say_engagement(args, done)
    return 0


def _say_engagement(args: argparse.Namespace, done: EngagementRecord) -> None:
    tell(
        args,
        N_(
            "{dancer} ({home}) dances for {host} from {start}{until}; "
            "{pairs} pointe pairs went along."
        ),
        dancer=done.dancer,
        home=done.home,
        host=done.host,
        start=done.starts_on,
        until=_until(done),
        pairs=done.pairs_taken,
    )


def swap(db: Database, args: argparse.Namespace) -> int:
    if len(args.dancers) % 2:
        raise InvalidInput(
            field=N_("dancers"),
            detail=Text("name them two by two: each followed by the one exchanged for"),
        )
    pairs = list(zip(args.dancers[::2], args.dancers[1::2], strict=True))
    starts_on = _day(args, args.starts_on, N_("from")) or date.today()
    for done in engagements.swap(db, pairs, starts_on, _day(args, args.until, N_("until"))):
        _say_engagement(args, done)
    return 0


def listing(db: Database, args: argparse.Namespace) -> int:
    found = engagements.list_engagements(db, args.company, include_ended=args.all)
    if args.json:
        print(json.dumps([_plain(e) for e in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        tell(args, N_("No guest engagement."))
    for e in found:
        tell(
            args,
            N_(
                "{dancer} ({home}) at {host} from {start}{until}{ended}; "
                "{away} item(s) lent alongside."
            ),
            dancer=e.dancer,
            home=e.home,
            host=e.host,
            start=e.starts_on,
            until=_until(e),
            ended=Text(N_(", ended on {day}"), day=e.ended_on) if e.ended_on else "",
            away=e.items_away,
        )
    return 0


def end(db: Database, args: argparse.Namespace) -> int:
    done = engagements.finish(db, args.dancer, _day(args, args.on, N_("on")), pairs=args.pairs)
    tell(
        args,
        N_("{dancer} is back at {home} from {day}, with the pointe shoes."),
        dancer=done.dancer,
        home=done.home,
        day=done.ended_on,
    )
    still = loans.list_loans(db, engagement_id=done.id)
    if still:
        tell(args, N_("To return to {home}:"), home=done.home)
        for loan in still:
            print(f"  {loan.tag}  {loan.name}")
    return 0


def lend(db: Database, args: argparse.Namespace) -> int:
    # Where the agreement goes is checked first: a bad one lends nothing.
    agreement = _output(args.agreement) if args.agreement else None
    lent = loans.lend(
        db,
        _tags(args.tags),
        args.borrower,
        due_on=_day(args, args.until, N_("due date")),
        with_dancer=args.with_dancer,
        anyway=args.anyway,
    )
    for loan in lent:
        tell(
            args,
            N_("{tag} ({name}) lent to {borrower}{until}."),
            tag=loan.tag,
            name=loan.name,
            borrower=loan.borrower,
            until=_until(loan),
        )
    if agreement is not None:
        from ..reports.loan_agreement import render_loan_agreement

        lender, printed = loans.agreement(db, [loan.tag for loan in lent])
        result = _write_pdf(agreement, lambda t: render_loan_agreement(lender, printed, t))
        tell(
            args,
            N_("Loan agreement: {pages} page(s) written to {file}."),
            pages=result.pages,
            file=args.agreement,
        )
    return 0


def give_back(db: Database, args: argparse.Namespace) -> int:
    for loan in loans.give_back(db, _tags(args.tags), condition=args.condition):
        tell(
            args,
            N_("{tag} ({name}) is back from {borrower}; condition: {condition}."),
            tag=loan.tag,
            name=loan.name,
            borrower=loan.borrower,
            condition=word(loan.condition_back or "", args.language),
        )
    return 0


def loan_list(db: Database, args: argparse.Namespace) -> int:
    today = date.today()
    found = loans.list_loans(db, args.company, overdue_on=today if args.overdue else None)
    if args.json:
        print(json.dumps([_plain(loan) for loan in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        tell(args, N_("No loan is overdue.") if args.overdue else N_("No loan is open."))
    for loan in found:
        tell(
            args,
            N_("{tag} ({name}) of {lender}, lent to {borrower} on {lent}{until}{overdue}."),
            tag=loan.tag,
            name=loan.name,
            lender=loan.lender,
            borrower=loan.borrower,
            lent=loan.lent_on,
            until=_until(loan),
            overdue=Text(N_(": overdue")) if loan.overdue(today) else "",
        )
    return 0


def _plain(record: EngagementRecord | LoanRecord) -> dict:
    from dataclasses import asdict

    return {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(record).items()}


def packing_list(db: Database, args: argparse.Namespace) -> int:
    from ..reports.packing_list import render_packing_list

    if args.tags:
        packing = loans.pack(db, args.dancer, _tags(args.tags))
    else:
        packing = loans.packing_list(db, args.dancer)
    result = render_packing_list(packing, Path(args.output))
    tell(
        args,
        N_("Packing list of {dancer}: {items} item(s), {pages} page(s) written to {file}."),
        dancer=packing.engagement.dancer,
        items=len(packing.items),
        pages=result.pages,
        file=args.output,
    )
    return 0


def travel(db: Database, args: argparse.Namespace) -> int:
    arriving = bool(args.arriving)
    packing = loans.packing_list(db, args.dancer)
    packed = {loan.tag for loan in packing.items}
    for tag in _tags(args.arriving or args.leaving):
        loan = loans.travel_scan(db, tag, arriving=arriving)
        if loan.tag not in packed:
            tell(
                args,
                N_("{tag} is not on {dancer}'s packing list."),
                tag=loan.tag,
                dancer=packing.engagement.dancer,
            )
            continue
        place = packing.host.name if arriving else Text(N_("in transit"))
        tell(args, N_("{tag} ({name}): {where}."), tag=loan.tag, name=loan.name, where=place)
    if arriving:
        missing = loans.missing_on_arrival(db, packing.engagement.id)
        if missing:
            tell(args, N_("Not scanned at arrival, missing:"))
            for loan in missing:
                print(f"  {loan.tag}  {loan.name}")
            return 1
        tell(args, N_("Everything on the packing list has arrived."))
    return 0


def doubles(db: Database, args: argparse.Namespace) -> int:
    from ..reports.doubles_report import render_doubles_report
    from ..services import doubles as doubles_service

    if not 0 <= args.tolerance <= 50:
        raise InvalidInput(
            field=N_("tolerance"), detail=Text("give a tolerance between 0 and 50 cm")
        )
    report = doubles_service.doubles_report(
        db, args.production, company=args.company, tolerance_mm=round(args.tolerance * 10)
    )
    result = render_doubles_report(report, Path(args.output))
    tell(
        args,
        N_("Doubles of {production}: {pairs} pair(s), {pages} page(s) written to {file}."),
        production=report.production,
        pairs=len(report.pairs),
        pages=result.pages,
        file=args.output,
    )
    return 0
