"""Costume items (each with a unique tag), tutu details, and the alteration and repair history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .people import Company, Dancer, Location, Production, Role


class CostumeItem(Base):
    __tablename__ = "costume_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    tag: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    piece_type: Mapped[str] = mapped_column(String(40))
    production_id: Mapped[int | None] = mapped_column(ForeignKey("productions.id"), index=True)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id"), index=True)
    colour: Mapped[str] = mapped_column(String(80), default="")
    size: Mapped[str] = mapped_column(String(40), default="")
    built_for_id: Mapped[int | None] = mapped_column(ForeignKey("dancers.id"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), index=True)
    condition: Mapped[str] = mapped_column(String(20), default="good")
    status: Mapped[str] = mapped_column(String(20), default="in_store")
    out_to_id: Mapped[int | None] = mapped_column(ForeignKey("dancers.id"), index=True)
    out_since: Mapped[datetime | None] = mapped_column(DateTime)
    replacement_value: Mapped[int | None] = mapped_column(Integer)  # minor units (cents)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    company: Mapped[Company] = relationship()
    production: Mapped[Production | None] = relationship()
    role: Mapped[Role | None] = relationship()
    built_for: Mapped[Dancer | None] = relationship(foreign_keys=[built_for_id])
    out_to: Mapped[Dancer | None] = relationship(foreign_keys=[out_to_id])
    location: Mapped[Location | None] = relationship()
    tutu: Mapped[Tutu | None] = relationship(
        back_populates="costume", uselist=False, cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Tutu(Base):
    """What a tutu has beyond a costume: style, net layers, the hoop, the net."""

    __tablename__ = "tutus"

    costume_id: Mapped[int] = mapped_column(
        ForeignKey("costume_items.id", ondelete="CASCADE"), primary_key=True
    )
    style: Mapped[str] = mapped_column(String(20))  # classical, bell, romantic, powder_puff
    net_layers: Mapped[int] = mapped_column(Integer)
    hoop_layer: Mapped[int | None] = mapped_column(Integer)
    net_colour: Mapped[str] = mapped_column(String(80), default="")
    net_type: Mapped[str] = mapped_column(String(80), default="")
    basque: Mapped[str] = mapped_column(String(120), default="")

    costume: Mapped[CostumeItem] = relationship(back_populates="tutu")


class Alteration(Base):
    """An alteration or repair: what was done, for whom, when, by whom."""

    __tablename__ = "alterations"

    id: Mapped[int] = mapped_column(primary_key=True)
    costume_id: Mapped[int] = mapped_column(ForeignKey("costume_items.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # alteration, repair
    description: Mapped[str] = mapped_column(Text)
    for_dancer_id: Mapped[int | None] = mapped_column(ForeignKey("dancers.id"))
    requested_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(80), default="")
    done_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    for_dancer: Mapped[Dancer | None] = relationship()
