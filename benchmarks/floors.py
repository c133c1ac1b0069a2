"""Floors for benchmarks/scale.py: the same answers as the app's, each from hand-written SQL
through sqlite3 (no SQLAlchemy, no records), so that a ratio says what the app adds."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from sqlalchemy.dialects import sqlite as sqlite_dialect

from wardrobe.models import CostumeItem
from wardrobe.services import costumes

# The alerts: every active pointe specification with its use learned from the ledger and the
# rule applied in SQL, and every material under its minimum; the same columns as an alert.
ALERTS = """
WITH used AS (
  SELECT pointe_spec_id AS spec, min(occurred_at) AS first,
    sum(occurred_at >= :start AND occurred_at <= :now) AS lines,
    sum(CASE WHEN occurred_at >= :start AND occurred_at <= :now THEN quantity ELSE 0 END) AS total,
    sum(CASE WHEN occurred_at >= :recent AND occurred_at <= :now THEN quantity ELSE 0 END)
      AS recent
  FROM stock_ledger WHERE pointe_spec_id IS NOT NULL AND kind = 'issued'
  GROUP BY pointe_spec_id
), rated AS (
  SELECT p.*, d.name AS dancer, c.name AS company, c.currency, c.safety_weeks,
    s.name AS supplier, u.recent,
    CASE WHEN u.lines > 0 AND min(12.0, (julianday(:now) - julianday(u.first)) / 7) >= 6
      THEN -1.0 * u.total / min(12.0, (julianday(:now) - julianday(u.first)) / 7)
      ELSE p.pairs_per_week END AS rate
  FROM pointe_specs p JOIN dancers d ON d.id = p.dancer_id
  JOIN companies c ON c.id = p.company_id LEFT JOIN suppliers s ON s.id = p.supplier_id
  LEFT JOIN used u ON u.spec = p.id
  WHERE p.active AND d.active
)
SELECT 'pointe', id, company, maker, model, size, width, shank, maker_mark, dancer,
  pairs_on_hand, pairs_on_order, minimum_pairs, target_pairs, supplier, unit_cost, currency,
  rate, recent, lead_time_weeks, safety_weeks
FROM rated
WHERE (rate > 0 AND pairs_on_hand < ceil(round(rate, 2) * (lead_time_weeks + safety_weeks)))
  OR (minimum_pairs IS NOT NULL AND pairs_on_hand < minimum_pairs)
UNION ALL
SELECT 'material', m.id, c.name, m.name, '', '', '', '', '', '', m.on_hand, m.on_order,
  m.minimum, m.target, s.name, m.unit_cost, c.currency, NULL, NULL, NULL, NULL
FROM materials m JOIN companies c ON c.id = m.company_id
LEFT JOIN suppliers s ON s.id = m.supplier_id
WHERE m.on_hand < m.minimum
"""


def alerts(raw: sqlite3.Connection) -> list:
    now = datetime.utcnow()
    params = {
        "now": now.isoformat(" "),
        "start": (now - timedelta(weeks=12)).isoformat(" "),
        "recent": (now - timedelta(weeks=4)).isoformat(" "),
    }
    return raw.execute(ALERTS, params).fetchall()


def search(raw: sqlite3.Connection, query: str) -> list:
    """The search's four statements: the tag itself, then dancers, items and materials whose
    searchable text holds every word, fifty of each."""
    words = [f"%{word}%" for word in query.casefold().split()]

    def like(table: str) -> str:
        return " AND ".join([f"{table}.search_text LIKE ? ESCAPE '\\'"] * len(words))

    found = raw.execute(
        "SELECT c.id, c.tag, c.name, c.piece_type, c.colour, k.name FROM costume_items c "
        "JOIN companies k ON k.id = c.company_id WHERE c.tag = ?",
        (query.strip().upper(),),
    ).fetchall()
    found += raw.execute(
        "SELECT d.id, d.name, d.rank, d.active, k.name FROM dancers d JOIN companies k "
        f"ON k.id = d.company_id WHERE {like('d')} ORDER BY d.name LIMIT 50",
        words,
    ).fetchall()
    found += raw.execute(
        "SELECT c.id, c.tag, c.name, c.piece_type, c.colour, k.name FROM costume_items c "
        f"JOIN companies k ON k.id = c.company_id WHERE {like('c')} ORDER BY c.tag LIMIT 50",
        words,
    ).fetchall()
    found += raw.execute(
        "SELECT m.id, m.name, m.kind, m.colour, k.name FROM materials m JOIN companies k "
        f"ON k.id = m.company_id WHERE {like('m')} ORDER BY m.name LIMIT 50",
        words,
    ).fetchall()
    return found


_RECORD_SQL = str(
    costumes.record_select()
    .where(CostumeItem.tag == "?")
    .compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True})
).replace("'?'", "?")


def open_item(raw: sqlite3.Connection, tag: str) -> tuple:
    """An item's record by its tag: the same columns and joins, and its place's path."""
    row = raw.execute(_RECORD_SQL, (tag,)).fetchone()
    names, place = [], row[12]
    while place is not None:
        place, name = raw.execute(
            "SELECT parent_id, name FROM locations WHERE id = ?", (place,)
        ).fetchone()
        names.append(name)
    return row, " / ".join(reversed(names))
