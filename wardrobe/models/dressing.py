"""Who dresses whom for a production: its dressing rooms, its dressers, each dancer's room and
dresser (a room's dresser dresses its dancers who have none of their own), and where each quick
change happens (stage left, stage right, a quick-change booth) and who does it."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class DressingRoom(Base):
    __tablename__ = "dressing_rooms"
    __table_args__ = (UniqueConstraint("production_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    production_id: Mapped[int] = mapped_column(
        ForeignKey("productions.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    dresser_id: Mapped[int | None] = mapped_column(ForeignKey("dressers.id", ondelete="SET NULL"))


class Dresser(Base):
    __tablename__ = "dressers"
    __table_args__ = (UniqueConstraint("production_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    production_id: Mapped[int] = mapped_column(
        ForeignKey("productions.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))


class DancerDressing(Base):
    """A dancer's dressing room and her own dresser for a production (either may be none)."""

    __tablename__ = "dancer_dressings"

    production_id: Mapped[int] = mapped_column(
        ForeignKey("productions.id", ondelete="CASCADE"), primary_key=True
    )
    dancer_id: Mapped[int] = mapped_column(
        ForeignKey("dancers.id", ondelete="CASCADE"), primary_key=True
    )
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("dressing_rooms.id", ondelete="SET NULL")
    )
    dresser_id: Mapped[int | None] = mapped_column(ForeignKey("dressers.id", ondelete="SET NULL"))


class QuickChangeSetting(Base):
    """Where the quick change of ``role_id`` into ``part_id`` happens (a word of
    ``vocabulary.CHANGE_PLACES``) and, when not the dancer's own, who does it."""

    __tablename__ = "quick_changes"

    part_id: Mapped[int] = mapped_column(
        ForeignKey("production_parts.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True
    )
    place: Mapped[str] = mapped_column(String(20), default="")
    dresser_id: Mapped[int | None] = mapped_column(ForeignKey("dressers.id", ondelete="SET NULL"))
