"""Photos of costume items, stored in the inventory itself (so that backups, restores and
every desk on PostgreSQL carry them): the picture as prepared on the way in, its thumbnail,
and for a fitting photo the day it was taken and the alteration it belongs to."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from .base import Base, utcnow

MAIN_PHOTO_INDEX = "uq_photos_main_costume"


class Photo(Base):
    """``kind``: "item" (the piece itself) or "fitting" (a dancer in it, dated). The bytes
    are read only when asked for (``deferred``): listing photos never loads them."""

    __tablename__ = "photos"
    __table_args__ = (
        Index(
            MAIN_PHOTO_INDEX,
            "costume_id",
            unique=True,
            sqlite_where=text("is_main"),
            postgresql_where=text("is_main"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    costume_id: Mapped[int] = mapped_column(
        ForeignKey("costume_items.id", ondelete="CASCADE"), index=True
    )
    alteration_id: Mapped[int | None] = mapped_column(
        ForeignKey("alterations.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10), default="item")
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    taken_on: Mapped[date | None] = mapped_column(Date)
    caption: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    thumb: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(80), default="")
