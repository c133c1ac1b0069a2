"""A dancer's guest engagement at the other company, and costume loans (to a company, with a
dancer on engagement, or to an outside borrower)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .costumes import CostumeItem
from .people import Company, Dancer

OPEN_LOAN_INDEX = "uq_loans_open_item"


class Engagement(Base):
    """A dancer dances for ``host`` from ``starts_on`` (until ``until``, or open-ended) and
    stays a member of her home company. Over when ``ended_on`` is set: she and what went with
    her are back home. Engagements of one swap share ``swap_id``."""

    __tablename__ = "engagements"
    __table_args__ = (
        CheckConstraint("until IS NULL OR until >= starts_on", name="engagement_dates"),
        CheckConstraint("host_company_id <> home_company_id", name="engagement_elsewhere"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dancer_id: Mapped[int] = mapped_column(ForeignKey("dancers.id"), index=True)
    home_company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    host_company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    swap_id: Mapped[int | None] = mapped_column(Integer, index=True)
    pairs_taken: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    dancer: Mapped[Dancer] = relationship()
    home: Mapped[Company] = relationship(foreign_keys=[home_company_id])
    host: Mapped[Company] = relationship(foreign_keys=[host_company_id])

    __mapper_args__ = {"version_id_col": version}


class Loan(Base):
    """An item lent from its company: to the other company (``borrower_company``, with a
    dancer's engagement or not) or to an outside borrower named in ``borrower``. Travelling
    items are scanned leaving (``left_at``) and arriving (``arrived_at``). One open loan per
    item: a second desk lending it at the same moment is refused by the index."""

    __tablename__ = "loans"
    __table_args__ = (
        Index(
            OPEN_LOAN_INDEX,
            "item_id",
            unique=True,
            sqlite_where=text("returned_on IS NULL"),
            postgresql_where=text("returned_on IS NULL"),
        ),
        CheckConstraint("due_on IS NULL OR due_on >= lent_on", name="loan_dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("costume_items.id"), index=True)
    borrower_company_id: Mapped[int | None] = mapped_column(ForeignKey("companies.id"))
    borrower: Mapped[str] = mapped_column(String(160))  # as said: a company's or a theatre's name
    engagement_id: Mapped[int | None] = mapped_column(ForeignKey("engagements.id"), index=True)
    lent_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date)
    condition_out: Mapped[str] = mapped_column(String(20))
    condition_back: Mapped[str | None] = mapped_column(String(20))
    left_at: Mapped[datetime | None] = mapped_column(DateTime)
    arrived_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    item: Mapped[CostumeItem] = relationship()
    borrower_company: Mapped[Company | None] = relationship()
    engagement: Mapped[Engagement | None] = relationship()

    __mapper_args__ = {"version_id_col": version}
