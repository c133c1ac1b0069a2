"""Companies, their storage locations, dancers and their measurements, productions and roles."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..language.folding import fold
from .base import Base, utcnow


class Company(Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)  # tag prefix, e.g. BN, MBT
    city: Mapped[str] = mapped_column(String(80))
    # The postal address printed on purchase orders (several lines).
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    language: Mapped[str] = mapped_column(String(8))  # "fr", "en"
    units: Mapped[str] = mapped_column(String(10))  # wardrobe.domain.units.Units
    currency: Mapped[str] = mapped_column(String(3))
    paper: Mapped[str] = mapped_column(String(10))  # "A4", "Letter"
    season_start_month: Mapped[int] = mapped_column(Integer, default=9)
    # Weeks of pointe shoes kept beyond the maker's lead time (a maker can fall ill).
    safety_weeks: Mapped[int] = mapped_column(Integer, default=4)
    # Its wall clock (an IANA name): the schedule's times, the calendars it exports.
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    # The workroom's rate, minor units an hour: what an hour of a build costs.
    hourly_rate: Mapped[int | None] = mapped_column(Integer)


class Location(Base):
    """A room, rack, hoist or bin; nested through ``parent_id``."""

    __tablename__ = "locations"
    __table_args__ = (
        UniqueConstraint("company_id", "parent_id", "name"),
        # NULL parents are never equal: the rooms need an index of their own.
        Index(
            "uq_locations_top_name",
            "company_id",
            "name",
            unique=True,
            sqlite_where=text("parent_id IS NULL"),
            postgresql_where=text("parent_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10))  # room, rack, hoist, bin, shelf
    last_counted_on: Mapped[date | None] = mapped_column(Date)  # its last stocktake finished


def _name_key_default(context: Any) -> str:
    return fold(context.get_current_parameters().get("name") or "")


DANCER_NAME_INDEX = "uq_dancers_company_name_key"


class Dancer(Base):
    """``name_key``: the name folded (case, accents, spaces), unique within a company: two
    desks can never both add the same dancer."""

    __tablename__ = "dancers"
    __table_args__ = (Index(DANCER_NAME_INDEX, "company_id", "name_key", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    name_key: Mapped[str] = mapped_column(String(160), default=_name_key_default, server_default="")
    rank: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    doubles_dancer_id: Mapped[int | None] = mapped_column(ForeignKey("dancers.id"))
    doubles_actor: Mapped[str | None] = mapped_column(String(160))
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    company: Mapped[Company] = relationship()
    doubles_dancer: Mapped[Dancer | None] = relationship(remote_side=[id])

    __mapper_args__ = {"version_id_col": version}

    @validates("name")
    def _keep_key(self, _key: str, value: str) -> str:
        self.name_key = fold(value or "")
        return value


class MeasurementSet(Base):
    """One dated fitting's measurements, in millimetres (weight in grams); never overwritten."""

    __tablename__ = "measurement_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    dancer_id: Mapped[int] = mapped_column(ForeignKey("dancers.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[date] = mapped_column(Date)
    taken_by: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    height: Mapped[int | None]
    weight: Mapped[int | None]
    head: Mapped[int | None]
    neck: Mapped[int | None]
    shoulders_front: Mapped[int | None]
    shoulders_back: Mapped[int | None]
    chest: Mapped[int | None]
    underbust: Mapped[int | None]
    waist: Mapped[int | None]
    high_hip: Mapped[int | None]
    hips: Mapped[int | None]
    girth: Mapped[int | None]
    nape_to_waist: Mapped[int | None]
    nape_to_floor: Mapped[int | None]
    sleeve: Mapped[int | None]
    upper_arm: Mapped[int | None]
    wrist: Mapped[int | None]
    inseam: Mapped[int | None]
    outside_leg: Mapped[int | None]
    shoe_size: Mapped[str] = mapped_column(String(16), default="")


class Production(Base):
    __tablename__ = "productions"
    __table_args__ = (UniqueConstraint("company_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    title: Mapped[str] = mapped_column(String(160))
    # A change of look with fewer minutes than this between two parts is a quick change.
    quick_change_minutes: Mapped[int] = mapped_column(Integer, default=5)
    budget: Mapped[int | None] = mapped_column(Integer)  # minor units, its currency


class Role(Base):
    __tablename__ = "roles"
    __table_args__ = (UniqueConstraint("production_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    production_id: Mapped[int] = mapped_column(ForeignKey("productions.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))

    production: Mapped[Production] = relationship()


class Casting(Base):
    """A dancer cast in a role (what a fitting sheet lists as the dancer's roles): in the
    first cast, the second, ... (``cast_number``), or as an alternate of that cast."""

    __tablename__ = "castings"

    dancer_id: Mapped[int] = mapped_column(
        ForeignKey("dancers.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True
    )
    cast_number: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    alternate: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
