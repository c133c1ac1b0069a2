"""A production in scenes: its running order (parts), the looks its roles wear in them, the
pieces of each look, and which item a dancer wears for a piece where the app cannot tell."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .people import Production, Role


class ProductionPart(Base):
    """One part of the running order: Act I, Scene 2 ("The Kingdom of the Shades"), at its
    ``position`` in the show; ``starts_min`` minutes after the curtain, ``length_min`` long
    (either may be unknown). ``version`` counts edits of the part itself, not the moves
    another part's insertion makes."""

    __tablename__ = "production_parts"
    __table_args__ = (UniqueConstraint("production_id", "act", "scene"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    production_id: Mapped[int] = mapped_column(
        ForeignKey("productions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    act: Mapped[str] = mapped_column(String(40))
    scene: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    starts_min: Mapped[int | None] = mapped_column(Integer)
    length_min: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)

    production: Mapped[Production] = relationship()


class Look(Base):
    """What one role wears in one or more parts: its pieces and how they are worn;
    ``version`` counts its saves (its pieces' too)."""

    __tablename__ = "looks"
    __table_args__ = (UniqueConstraint("role_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    notes: Mapped[str] = mapped_column(Text, default="")  # how it is worn
    version: Mapped[int] = mapped_column(Integer, default=1)

    role: Mapped[Role] = relationship()
    pieces: Mapped[list[LookPiece]] = relationship(
        order_by="LookPiece.position", cascade="all, delete-orphan", back_populates="look"
    )


class LookPiece(Base):
    """One piece of a look, by type (a word of ``PIECE_TYPES``) and description."""

    __tablename__ = "look_pieces"

    id: Mapped[int] = mapped_column(primary_key=True)
    look_id: Mapped[int] = mapped_column(ForeignKey("looks.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    piece_type: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200), default="")

    look: Mapped[Look] = relationship(back_populates="pieces")


class LookInPart(Base):
    """The look a role wears in a part (one per role and part)."""

    __tablename__ = "look_parts"

    part_id: Mapped[int] = mapped_column(
        ForeignKey("production_parts.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True
    )
    look_id: Mapped[int] = mapped_column(ForeignKey("looks.id", ondelete="CASCADE"), index=True)


class PieceAssignment(Base):
    """The item a dancer wears for a piece of a look, where the app cannot tell it by itself:
    a copy of the role's costume given to her (its own tag)."""

    __tablename__ = "piece_assignments"

    piece_id: Mapped[int] = mapped_column(
        ForeignKey("look_pieces.id", ondelete="CASCADE"), primary_key=True
    )
    dancer_id: Mapped[int] = mapped_column(
        ForeignKey("dancers.id", ondelete="CASCADE"), primary_key=True
    )
    costume_id: Mapped[int] = mapped_column(
        ForeignKey("costume_items.id", ondelete="CASCADE"), index=True
    )


class LookPhoto(Base):
    """A look's reference photo, dated, with who is wearing it (prepared as an item's photo:
    upright, stripped of its metadata, resized, with a thumbnail)."""

    __tablename__ = "look_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    look_id: Mapped[int] = mapped_column(ForeignKey("looks.id", ondelete="CASCADE"), index=True)
    worn_by_id: Mapped[int | None] = mapped_column(ForeignKey("dancers.id", ondelete="SET NULL"))
    taken_on: Mapped[date] = mapped_column(Date)
    caption: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumb: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(80), default="")
