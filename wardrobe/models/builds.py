"""Builds: a piece made as a work order. A pattern is a company's recipe for a piece (its
materials per piece, its stages in order with standard minutes); a build makes one or more
pieces from it (or by hand) for a production's role and its dancers, due on a day; it reserves
its materials from stock (``Material.reserved`` is what the open builds still hold), consumes
them by ledger lines naming it, records each stage done with its real minutes, and once
finished makes the items."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow


class Maker(Base):
    """Someone of the workroom who builds: her rate (minor units an hour; None: the
    company's) and the hours she can work in a week."""

    __tablename__ = "makers"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    hourly_rate: Mapped[int | None] = mapped_column(Integer)
    hours_per_week: Mapped[int] = mapped_column(Integer, default=35)


class Pattern(Base):
    __tablename__ = "patterns"
    __table_args__ = (UniqueConstraint("company_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    piece_type: Mapped[str] = mapped_column(String(20))
    tutu_style: Mapped[str] = mapped_column(String(20), default="")
    net_layers: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    materials: Mapped[list[PatternMaterial]] = relationship(
        order_by="PatternMaterial.position", cascade="all, delete-orphan"
    )
    stages: Mapped[list[PatternStage]] = relationship(
        order_by="PatternStage.position", cascade="all, delete-orphan"
    )


class PatternMaterial(Base):
    """``quantity`` of a material of the company's stock for one piece, in its base units."""

    __tablename__ = "pattern_materials"

    pattern_id: Mapped[int] = mapped_column(
        ForeignKey("patterns.id", ondelete="CASCADE"), primary_key=True
    )
    material_id: Mapped[int] = mapped_column(ForeignKey("materials.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)


class PatternStage(Base):
    """A stage of the pattern in order, with its standard minutes for one piece."""

    __tablename__ = "pattern_stages"

    pattern_id: Mapped[int] = mapped_column(
        ForeignKey("patterns.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    minutes: Mapped[int] = mapped_column(Integer)
    fitting: Mapped[bool] = mapped_column(Boolean, default=False)


class Build(Base):
    """A work order: ``status`` "open", "finished" or "cancelled"; ``version`` counts edits."""

    __tablename__ = "builds"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"), index=True)
    pattern_id: Mapped[int | None] = mapped_column(ForeignKey("patterns.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    piece_type: Mapped[str] = mapped_column(String(20))
    tutu_style: Mapped[str] = mapped_column(String(20), default="")
    net_layers: Mapped[int | None] = mapped_column(Integer)
    production_id: Mapped[int | None] = mapped_column(ForeignKey("productions.id"))
    role_id: Mapped[int | None] = mapped_column(ForeignKey("roles.id"))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    pieces: Mapped[list[BuildPiece]] = relationship(
        order_by="BuildPiece.position", cascade="all, delete-orphan"
    )
    materials: Mapped[list[BuildMaterial]] = relationship(cascade="all, delete-orphan")
    stages: Mapped[list[BuildStage]] = relationship(
        order_by="BuildStage.position", cascade="all, delete-orphan"
    )


class BuildPiece(Base):
    """One piece the build makes: for ``dancer_id`` (or none); its item once finished."""

    __tablename__ = "build_pieces"

    build_id: Mapped[int] = mapped_column(
        ForeignKey("builds.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    dancer_id: Mapped[int | None] = mapped_column(ForeignKey("dancers.id"))
    costume_id: Mapped[int | None] = mapped_column(ForeignKey("costume_items.id"))


class BuildMaterial(Base):
    """What the build needs of a material (``needed``), still holds (``reserved``) and has
    consumed (``used``), in base units."""

    __tablename__ = "build_materials"

    build_id: Mapped[int] = mapped_column(
        ForeignKey("builds.id", ondelete="CASCADE"), primary_key=True
    )
    material_id: Mapped[int] = mapped_column(ForeignKey("materials.id"), primary_key=True)
    needed: Mapped[int] = mapped_column(Integer)
    reserved: Mapped[int] = mapped_column(Integer)
    used: Mapped[int] = mapped_column(Integer, default=0)


class BuildStage(Base):
    """A stage of the build: its standard minutes for all its pieces; once done, when, its
    real minutes, by whom, a note (a fitting stage: what the fitting found)."""

    __tablename__ = "build_stages"

    build_id: Mapped[int] = mapped_column(
        ForeignKey("builds.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    minutes: Mapped[int] = mapped_column(Integer)
    fitting: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    worked_minutes: Mapped[int | None] = mapped_column(Integer)
    done_by: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    maker: Mapped[str] = mapped_column(String(80), default="")  # who is to do it
