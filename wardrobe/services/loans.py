"""Costume loans: items lent to the other company (with a dancer on engagement, or alone) or
to an outside borrower (another theatre, a school) until a date, and given back by a scan with
their condition. An item on loan keeps its status at the desk that has it (the host checks it
out to its dancers and back in); the loan says where it is. One open loan an item: two desks
lending it at once, one wins and the other is told."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..errors import InvalidInput, WrongState
from ..language.folding import fold
from ..language.i18n import N_, Text
from ..language.vocabulary import CONDITIONS, status_text
from ..models import Company, CostumeItem, Engagement, Loan, PointeSpec
from ..models.base import utcnow
from ..records import CompanyRecord, CostumeRecord, LoanRecord, PackingList
from ..store.database import Database
from . import lookup, text_checks
from .holding import open_loan
from .holds import refuse_held
from .item_fields import choice
from .lookup import Ref


def _label(item: CostumeItem) -> str:
    return f"{item.tag} ({item.name})"


def _borrower(session: Session, to: Ref) -> tuple[Company | None, str]:
    """A company of the inventory (by name, code or city), else an outside borrower's name."""
    if isinstance(to, int):
        company = lookup.company(session, to)
        return company, company.name
    name = text_checks.required_text(to, N_("borrower"), 160)
    wanted = fold(name)
    for company in session.scalars(select(Company)):
        if wanted in (fold(company.name), fold(company.code), fold(company.city)):
            return company, company.name
    return None, name


def lend_items(
    session: Session,
    tags: list[str],
    to: Ref,
    *,
    due_on: date | None,
    on: date | None = None,
    engagement: Engagement | None = None,
    anyway: bool = False,
) -> list[Loan]:
    """Lends each item (within the caller's unit of work): all of them, or none; refused for
    an item a date of the schedule holds then, unless ``anyway`` (a supervisor's word)."""
    lent_on = on or date.today()
    company, borrower = _borrower(session, to)
    if company is None and due_on is None:
        raise InvalidInput(
            field=N_("due date"),
            detail=Text("say until when {borrower} may keep it", borrower=borrower),
        )
    if due_on is not None and due_on < lent_on:
        raise InvalidInput(
            field=N_("due date"),
            detail=Text(
                "the end ({until}) comes before the start ({start})", until=due_on, start=lent_on
            ),
        )
    if not tags:
        raise InvalidInput(field=N_("tags"), detail=Text("scan or type the tags of the items"))
    loans = []
    for tag in tags:
        item = lookup.costume(session, tag, lock=True)
        if company is not None and company.id == item.company_id:
            raise InvalidInput(
                field=N_("borrower"),
                detail=Text(
                    "{what} belongs to {company}: a loan goes to another company or an "
                    "outside borrower",
                    what=_label(item),
                    company=company.name,
                ),
            )
        already = open_loan(session, item)
        if already is not None:
            raise WrongState(
                what=_label(item),
                detail=Text("is already on loan to {borrower}.", borrower=already.borrower),
            )
        if item.condition == "retired":
            raise WrongState(what=_label(item), detail=Text("is retired and cannot go out."))
        if item.status == "out":
            raise WrongState(
                what=_label(item),
                detail=Text(
                    "is out to {holder}; check it back in first.",
                    holder=item.out_to.name if item.out_to else "?",
                ),
            )
        if item.status != "in_store":
            raise WrongState(
                what=_label(item),
                detail=Text("is {value}; check it back in first.", value=status_text(item.status)),
            )
        refuse_held(session, [item], lent_on, due_on, Text("lending it"), anyway=anyway)
        loan = Loan(
            item=item,
            borrower_company=company,
            borrower=borrower,
            engagement=engagement,
            lent_on=lent_on,
            due_on=due_on,
            condition_out=item.condition,
            notes="",
        )
        session.add(loan)
        item.updated_at = utcnow()  # the item's version moves: a stale edit elsewhere is told
        loans.append(loan)
        session.flush()
    return loans


def return_items(
    session: Session, tags: list[str], *, condition: str | None = None, on: date | None = None
) -> list[Loan]:
    """Takes back each lent item (within the caller's unit of work), in ``condition`` when
    said (else as it went), into its company's store."""
    back_on = on or date.today()
    new_condition = choice(condition, CONDITIONS, N_("condition")) if condition else None
    loans = []
    for tag in tags:
        item = lookup.costume(session, tag, lock=True)
        loan = open_loan(session, item)
        if loan is None:
            raise WrongState(what=_label(item), detail=Text("is not on loan."))
        if item.status == "out":
            raise WrongState(
                what=_label(item),
                detail=Text(
                    "is out to {holder}; check it back in first.",
                    holder=item.out_to.name if item.out_to else "?",
                ),
            )
        loan.returned_on = max(back_on, loan.lent_on)
        loan.condition_back = new_condition or item.condition
        if new_condition is not None:
            item.condition = new_condition
        item.status = "in_store"
        item.updated_at = utcnow()
        loans.append(loan)
    session.flush()
    return loans


def scan_travel(session: Session, tag: str, *, arriving: bool) -> Loan:
    """A travelling item scanned leaving (in transit) or arriving at the borrower."""
    item = lookup.costume(session, tag, lock=True)
    loan = open_loan(session, item)
    if loan is None:
        raise WrongState(what=_label(item), detail=Text("is not on loan."))
    if arriving:
        if loan.arrived_at is None:
            loan.arrived_at = utcnow()
            if loan.left_at is None:
                loan.left_at = loan.arrived_at
    elif loan.left_at is None:
        loan.left_at = utcnow()
    session.flush()
    return loan


def record(loan: Loan) -> LoanRecord:
    item = loan.item
    return LoanRecord(
        id=loan.id,
        item_id=item.id,
        tag=item.tag,
        name=item.name,
        lender=item.company.name,
        borrower=loan.borrower,
        borrower_company_id=loan.borrower_company_id,
        engagement_id=loan.engagement_id,
        dancer=loan.engagement.dancer.name if loan.engagement is not None else "",
        lent_on=loan.lent_on,
        due_on=loan.due_on,
        returned_on=loan.returned_on,
        condition_out=loan.condition_out,
        condition_back=loan.condition_back,
        left_at=loan.left_at,
        arrived_at=loan.arrived_at,
        replacement_value=item.replacement_value,
        currency=item.company.currency,
        version=loan.version,
    )


# -- the services the window and the command line call: one unit of work each -------------
def lend(
    db: Database,
    tags: list[str],
    to: Ref,
    *,
    due_on: date | None,
    on: date | None = None,
    with_dancer: Ref | None = None,
    anyway: bool = False,
) -> list[LoanRecord]:
    """Lends items; ``with_dancer``: they travel with her on her engagement (due back when it
    ends). ``anyway``: even where a date of the schedule holds one."""
    with db.write() as session:
        engagement = None
        if with_dancer is not None:
            engagement = _engagement_of(session, with_dancer)
            to, due_on = engagement.host_company_id, due_on or engagement.until
        return [
            record(loan)
            for loan in lend_items(
                session, tags, to, due_on=due_on, on=on, engagement=engagement, anyway=anyway
            )
        ]


def give_back(
    db: Database, tags: list[str], *, condition: str | None = None, on: date | None = None
) -> list[LoanRecord]:
    with db.write() as session:
        return [record(loan) for loan in return_items(session, tags, condition=condition, on=on)]


def travel_scan(db: Database, tag: str, *, arriving: bool) -> LoanRecord:
    with db.write() as session:
        return record(scan_travel(session, tag, arriving=arriving))


def list_loans(
    db: Database,
    company: Ref | None = None,
    *,
    include_returned: bool = False,
    overdue_on: date | None = None,
    engagement_id: int | None = None,
    tag: str | None = None,
) -> list[LoanRecord]:
    """Loans (from or to one company), soonest due first; ``overdue_on``: only those due
    before that day and not back."""
    with db.read() as session:
        stmt = (
            select(Loan)
            .join(CostumeItem, CostumeItem.id == Loan.item_id)
            .options(
                joinedload(Loan.item).joinedload(CostumeItem.company),
                joinedload(Loan.engagement).joinedload(Engagement.dancer),
            )
        )
        if not include_returned:
            stmt = stmt.where(Loan.returned_on.is_(None))
        if overdue_on is not None:
            stmt = stmt.where(Loan.returned_on.is_(None), Loan.due_on < overdue_on)
        if engagement_id is not None:
            stmt = stmt.where(Loan.engagement_id == engagement_id)
        if tag is not None:
            item = lookup.costume(session, tag)
            stmt = stmt.where(Loan.item_id == item.id)
        if company is not None:
            owner = lookup.company(session, company)
            stmt = stmt.where(
                (CostumeItem.company_id == owner.id) | (Loan.borrower_company_id == owner.id)
            )
        rows = session.scalars(stmt).unique()
        return sorted(
            (record(loan) for loan in rows),
            key=lambda r: (r.returned_on is not None, r.due_on or date.max, r.tag, r.lent_on),
        )


def missing_on_arrival(db: Database, engagement_id: int) -> list[LoanRecord]:
    """What was lent with a dancer and not scanned at arrival."""
    return [loan for loan in list_loans(db, engagement_id=engagement_id) if loan.arrived_at is None]


# -- what travels with a guest -------------------------------------------------------------
def _engagement_of(session: Session, dancer: Ref) -> Engagement:
    """Her engagement not ended (under way, or the next one planned)."""
    who = lookup.dancer(session, dancer)
    row = session.scalars(
        select(Engagement)
        .where(Engagement.dancer_id == who.id, Engagement.ended_on.is_(None))
        .order_by(Engagement.starts_on)
    ).first()
    if row is None:
        ended = session.scalars(
            select(Engagement)
            .where(Engagement.dancer_id == who.id)
            .order_by(Engagement.starts_on.desc())
        ).first()
        if ended is not None:
            raise WrongState(
                what=who.name,
                detail=Text(
                    "came back from {host} on {day}: that engagement has ended.",
                    host=ended.host.name,
                    day=ended.ended_on,
                ),
            )
        raise WrongState(what=who.name, detail=Text("is not on a guest engagement."))
    return row


def travel_candidates(db: Database, dancer: Ref) -> list[CostumeRecord]:
    """Her costumes that may travel with her: made for her, in store at home, not lent,
    not retired (the dialog offers them, ticked)."""
    from . import costumes

    with db.read() as session:
        who = lookup.dancer(session, dancer)
        tags = list(
            session.scalars(
                select(CostumeItem.tag)
                .where(
                    CostumeItem.built_for_id == who.id,
                    CostumeItem.company_id == who.company_id,
                    CostumeItem.condition != "retired",
                )
                .order_by(CostumeItem.tag)
            )
        )
    found = [costumes.get_item(db, tag) for tag in tags]
    return [i for i in found if not i.lent_to]


def pack(db: Database, dancer: Ref, tags: list[str]) -> PackingList:
    """Lends these items with her on her engagement (due back when it ends), then her
    packing list."""
    with db.write() as session:
        row = _engagement_of(session, dancer)
        lend_items(
            session, tags, row.host_company_id, due_on=row.until, on=date.today(), engagement=row
        )
    return packing_list(db, dancer)


def packing_list(db: Database, dancer: Ref) -> PackingList:
    from . import convert, engagements

    with db.read() as session:
        row = _engagement_of(session, dancer)
        items = session.scalars(
            select(Loan)
            .where(Loan.engagement_id == row.id, Loan.returned_on.is_(None))
            .options(joinedload(Loan.item).joinedload(CostumeItem.company))
        ).unique()
        spec = session.scalars(
            select(PointeSpec).where(
                PointeSpec.dancer_id == row.dancer_id,
                PointeSpec.company_id == row.host_company_id,
                PointeSpec.active,
            )
        ).first()
        return PackingList(
            engagement=engagements.record(session, row),
            home=convert.company_record(row.home),
            host=convert.company_record(row.host),
            items=tuple(sorted((record(loan) for loan in items), key=lambda r: r.tag)),
            pointe=convert.pointe_record(spec) if spec is not None else None,
        )


def agreement(db: Database, tags: list[str]) -> tuple[CompanyRecord, list[LoanRecord]]:
    """The lender and the loans of these items (open, or the latest of each), for a loan
    agreement; all lent by one company to one borrower."""
    from . import convert

    with db.read() as session:
        found: list[Loan] = []
        for tag in tags:
            item = lookup.costume(session, tag)
            loan = session.scalars(
                select(Loan)
                .where(Loan.item_id == item.id)
                .order_by(Loan.returned_on.is_(None).desc(), Loan.id.desc())
            ).first()
            if loan is None:
                raise WrongState(what=_label(item), detail=Text("is not on loan."))
            found.append(loan)
        if len({(loan.item.company_id, fold(loan.borrower)) for loan in found}) > 1:
            raise InvalidInput(
                field=N_("tags"),
                detail=Text("one agreement covers one lender and one borrower"),
            )
        lender = convert.company_record(found[0].item.company)
        return lender, [record(loan) for loan in found]
