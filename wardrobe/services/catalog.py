"""Pick-lists for forms: a company's productions with their roles, and its storage places."""

from __future__ import annotations

from sqlalchemy import select

from ..models import Production, Role
from ..store.database import Database
from ..store.sorting import key as sorting_key
from . import lookup
from .lookup import Ref


def productions_and_roles(db: Database, company: Ref) -> dict[str, list[str]]:
    with db.read() as session:
        owner = lookup.company(session, company)
        result: dict[str, list[str]] = {}
        rows = session.execute(
            select(Production.title, Role.name)
            .outerjoin(Role, Role.production_id == Production.id)
            .where(Production.company_id == owner.id)
            .order_by(Production.title, Role.name)
        )
        for title, role in rows:
            result.setdefault(title, [])
            if role:
                result[title].append(role)
        return result


def location_paths(db: Database, company: Ref) -> list[str]:
    with db.read() as session:
        owner = lookup.company(session, company)
        return sorted(lookup.location_paths(session, owner.id).values(), key=sorting_key)
