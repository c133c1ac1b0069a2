"""A production's schedule: its performances, dress rehearsals, rehearsals, fittings and
shooting days. Each uses one cast, with its changes for that day: a dancer replaced (an
injured dancer by her alternate) or a dancer added to a role (a guest, an extra)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .people import Production


class Event(Base):
    """One date of the schedule; ``starts_at`` and ``ends_at`` in the production's company's
    time zone (its wall clock, as the call sheet prints it); the dancers are called
    ``call_minutes`` before they are first on stage; ``version`` counts its edits."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    production_id: Mapped[int] = mapped_column(
        ForeignKey("productions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # vocabulary.EVENT_KINDS
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    call_minutes: Mapped[int] = mapped_column(Integer, default=60)
    venue: Mapped[str] = mapped_column(String(160), default="")
    cast_number: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    production: Mapped[Production] = relationship()
    changes: Mapped[list[EventChange]] = relationship(cascade="all, delete-orphan")


class EventChange(Base):
    """For one event, ``dancer_id`` dances ``role_id``: in place of ``replaces_id``, or (None)
    as well as its cast."""

    __tablename__ = "event_changes"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True
    )
    dancer_id: Mapped[int] = mapped_column(
        ForeignKey("dancers.id", ondelete="CASCADE"), primary_key=True
    )
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("dancers.id", ondelete="CASCADE"))


class PullItem(Base):
    """One piece of a date's call on its pull list, for ``dancer_id`` in ``role`` (first worn
    in ``part``); ``pulled_at`` once scanned (by ``pulled_by``), never twice."""

    __tablename__ = "pull_items"

    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    costume_id: Mapped[int] = mapped_column(
        ForeignKey("costume_items.id", ondelete="CASCADE"), primary_key=True
    )
    dancer_id: Mapped[int] = mapped_column(ForeignKey("dancers.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(160))
    part: Mapped[str] = mapped_column(String(90))
    pulled_at: Mapped[datetime | None] = mapped_column(DateTime)
    pulled_by: Mapped[str] = mapped_column(String(80), default="")
    # Out to its dancer (in what condition), then back (once): damaged, or to the laundry.
    out_at: Mapped[datetime | None] = mapped_column(DateTime)
    condition_out: Mapped[str] = mapped_column(String(20), default="")
    back_at: Mapped[datetime | None] = mapped_column(DateTime)
    back_by: Mapped[str] = mapped_column(String(80), default="")
    damage: Mapped[str] = mapped_column(String(400), default="")
    washed: Mapped[bool] = mapped_column(Boolean, default=False)
