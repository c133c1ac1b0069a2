"""Purchase orders to suppliers (drafted from the alerts, sent, received line by line) and
stocktakes of a place (the tags scanned there, kept until the count is finished)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .costumes import CostumeItem
from .people import Company, Location
from .stock import Material, PointeSpec, Supplier

ORDER_STATUSES = ("draft", "sent", "part_received", "received", "cancelled")
OPEN_STOCKTAKE_INDEX = "uq_stocktakes_open_place"


class PurchaseOrder(Base):
    """One order to one supplier for one company. ``on_order`` of its items counts a line
    from the moment the order is sent until it is received or cancelled."""

    __tablename__ = "purchase_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_by: Mapped[str] = mapped_column(String(80), default="")
    received_at: Mapped[datetime | None] = mapped_column(DateTime)  # the last line complete
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The production it is charged to (its cost report counts it).
    production_id: Mapped[int | None] = mapped_column(ForeignKey("productions.id"))

    company: Mapped[Company] = relationship()
    supplier: Mapped[Supplier] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", order_by="OrderLine.line_no", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class OrderLine(Base):
    """A material (quantity in base units: mm or pieces) or a dancer's pointe shoes (pairs)."""

    __tablename__ = "order_lines"
    __table_args__ = (
        CheckConstraint("(material_id IS NULL) <> (pointe_spec_id IS NULL)", name="one_item"),
        CheckConstraint("quantity > 0", name="something_ordered"),
        CheckConstraint("received >= 0", name="received_not_negative"),
        UniqueConstraint("order_id", "line_no"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(
        ForeignKey("purchase_orders.id", ondelete="CASCADE"), index=True
    )
    line_no: Mapped[int] = mapped_column(Integer)
    material_id: Mapped[int | None] = mapped_column(ForeignKey("materials.id"), index=True)
    pointe_spec_id: Mapped[int | None] = mapped_column(ForeignKey("pointe_specs.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)
    unit_cost: Mapped[int | None] = mapped_column(Integer)  # minor units per stock unit or pair

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")
    material: Mapped[Material | None] = relationship()
    pointe_spec: Mapped[PointeSpec | None] = relationship()


class OrderCounter(Base):
    """The next order number per company; bumped in the transaction that drafts the order."""

    __tablename__ = "order_counters"

    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), primary_key=True)
    next_number: Mapped[int] = mapped_column(Integer, default=1)


class Stocktake(Base):
    """A count of one place (and the places inside it). One open count per place: it survives
    closing the app and is resumed; finished when ``finished_at`` is set."""

    __tablename__ = "stocktakes"
    __table_args__ = (
        Index(
            OPEN_STOCKTAKE_INDEX,
            "location_id",
            unique=True,
            sqlite_where=text("finished_at IS NULL"),
            postgresql_where=text("finished_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_by: Mapped[str] = mapped_column(String(80), default="")
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_by: Mapped[str] = mapped_column(String(80), default="")

    company: Mapped[Company] = relationship()
    location: Mapped[Location] = relationship()


class StocktakeScan(Base):
    """A tag scanned during a count, once (a second scan of it is said, not counted).
    ``costume_id`` is None for a tag the inventory does not know. ``move_here``: a misplaced
    item the counter chose to move to the counted place when the count is finished."""

    __tablename__ = "stocktake_scans"
    __table_args__ = (UniqueConstraint("stocktake_id", "tag"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(
        ForeignKey("stocktakes.id", ondelete="CASCADE"), index=True
    )
    tag: Mapped[str] = mapped_column(String(64))
    costume_id: Mapped[int | None] = mapped_column(ForeignKey("costume_items.id"))
    scanned_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    scanned_by: Mapped[str] = mapped_column(String(80), default="")
    move_here: Mapped[bool] = mapped_column(Boolean, default=False)

    costume: Mapped[CostumeItem | None] = relationship()
