"""Suppliers, materials, pointe-shoe specifications, and the append-only stock ledger."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .people import Company, Dancer


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    contact: Mapped[str] = mapped_column(String(160), default="")
    email: Mapped[str] = mapped_column(String(160), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    lead_time_weeks: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class Material(Base):
    """Tulle, net, elastic, ribbon, hooks...: quantities in base units (mm or pieces)."""

    __tablename__ = "materials"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[str] = mapped_column(String(40))
    colour: Mapped[str] = mapped_column(String(80), default="")
    width_mm: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(10))  # a key of wardrobe.domain.units.STOCK_UNITS
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    on_order: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)  # what the open builds hold
    minimum: Mapped[int] = mapped_column(Integer, default=0)
    target: Mapped[int] = mapped_column(Integer, default=0)
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"), index=True)
    unit_cost: Mapped[int | None] = mapped_column(Integer)  # minor units per stock unit
    # What the supplier sells it by (a bolt of tulle, a card of hooks), in base units: orders
    # are rounded up to whole packs. None: any quantity.
    pack_size: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    company: Mapped[Company] = relationship()
    supplier: Mapped[Supplier | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class PointeSpec(Base):
    """A dancer's pointe-shoe specification and the pairs made to it that the wardrobe holds."""

    __tablename__ = "pointe_specs"

    id: Mapped[int] = mapped_column(primary_key=True)
    dancer_id: Mapped[int] = mapped_column(ForeignKey("dancers.id"), index=True)
    # The company that holds these pairs and orders them: the dancer's own, or the host of
    # her engagement (its supplier account, prices and currency).
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    maker: Mapped[str] = mapped_column(String(80))
    model: Mapped[str] = mapped_column(String(80), default="")
    size: Mapped[str] = mapped_column(String(16))
    width: Mapped[str] = mapped_column(String(16), default="")
    shank: Mapped[str] = mapped_column(String(40), default="")
    vamp: Mapped[str] = mapped_column(String(40), default="")
    box: Mapped[str] = mapped_column(String(40), default="")
    maker_mark: Mapped[str] = mapped_column(String(40), default="")
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"), index=True)
    pairs_on_hand: Mapped[int] = mapped_column(Integer, default=0)
    pairs_on_order: Mapped[int] = mapped_column(Integer, default=0)
    pairs_per_week: Mapped[float] = mapped_column(Float, default=0.0)
    lead_time_weeks: Mapped[int] = mapped_column(Integer, default=16)
    minimum_pairs: Mapped[int | None] = mapped_column(Integer)
    target_pairs: Mapped[int | None] = mapped_column(Integer)
    season_allowance: Mapped[int | None] = mapped_column(Integer)
    unit_cost: Mapped[int | None] = mapped_column(Integer)  # minor units per pair
    # The maker's batch for this dancer (pairs made together): orders are rounded up to it.
    batch_pairs: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    dancer: Mapped[Dancer] = relationship()
    company: Mapped[Company] = relationship()
    supplier: Mapped[Supplier | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class StockEntry(Base):
    """One movement of stock. Never updated or deleted: quantities on hand are its sums."""

    __tablename__ = "stock_ledger"
    __table_args__ = (
        CheckConstraint("(material_id IS NULL) <> (pointe_spec_id IS NULL)", name="one_stock_item"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(12))  # received, issued, used, adjusted
    material_id: Mapped[int | None] = mapped_column(ForeignKey("materials.id"), index=True)
    pointe_spec_id: Mapped[int | None] = mapped_column(ForeignKey("pointe_specs.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)  # signed change of on-hand, in base units
    balance_after: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text, default="")
    costume_id: Mapped[int | None] = mapped_column(ForeignKey("costume_items.id"))
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"))
    unit_cost: Mapped[int | None] = mapped_column(Integer)


class TagCounter(Base):
    """The next tag number per company; bumped in the same transaction that uses it."""

    __tablename__ = "tag_counters"

    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), primary_key=True)
    next_number: Mapped[int] = mapped_column(Integer, default=1)


@event.listens_for(StockEntry, "before_update")
@event.listens_for(StockEntry, "before_delete")
def _ledger_is_append_only(mapper, connection, target) -> None:  # noqa: ANN001
    raise RuntimeError("The stock ledger is append-only; record a correcting entry instead.")
