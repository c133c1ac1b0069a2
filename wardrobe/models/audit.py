"""The audit trail: every change to an item, a dancer or a stock level, who, when, before, after."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(20))  # costume, dancer, material, pointe...
    entity_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))  # the tag or name, as it was then
    action: Mapped[str] = mapped_column(String(10))  # created, changed, deleted
    # Why, when the action gives one ("stocktake"): the same for every line it wrote.
    reason: Mapped[str] = mapped_column(String(40), default="", server_default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON: field -> [before, after]
