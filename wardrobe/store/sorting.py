"""Alphabetical order as a reader expects it: accented letters with their letter, case aside
(Élastique before Tulle, Émilie among the E), the same on SQLite, PostgreSQL and in Python.

SQLite sorts by a folded copy of the text (a function the connection registers, called once
per row); PostgreSQL by its ICU root collation (``und-x-icu``), or by lower case where the
server was built without ICU."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..language.folding import fold_cached

if TYPE_CHECKING:
    from sqlalchemy import Engine

FOLD_FUNCTION = "wardrobe_fold"
_ICU: dict[int, bool] = {}


def folded(value: str | None) -> str | None:
    """The SQLite function: a text as it sorts (None stays None)."""
    return None if value is None else fold_cached(value)


def alphabetical(column: Any, engine: Engine) -> Any:
    """``column`` as an ORDER BY key in reading order."""
    from sqlalchemy import func  # the window's sorting of its own rows (key) needs none

    if engine.dialect.name == "sqlite":
        return func.wardrobe_fold(column)
    if engine.dialect.name == "postgresql" and _has_icu(engine):
        return column.collate("und-x-icu")
    return func.lower(column)


def _has_icu(engine: Engine) -> bool:
    if id(engine) not in _ICU:
        from sqlalchemy import text

        with engine.connect() as connection:
            found = connection.execute(
                text("SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu'")
            ).first()
        _ICU[id(engine)] = found is not None
    return _ICU[id(engine)]


def key(value: str) -> str:
    """A sort key in reading order, for Python and Qt alike (ties: as written, so that the
    order is stable)."""
    return f"{fold_cached(value)}\x00{value}"
