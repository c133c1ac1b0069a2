"""unique top-level places: two rooms of a company cannot share a name

The unique constraint on (company, parent, name) let two rooms of one name through: NULL
parents are never equal. A partial index covers the rooms. Where two already share a name,
they are left as they are, reported by `wardrobe check`, and the index is made at the first
opening after one is renamed (db.complete_constraints).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 02:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    twice = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT 1 FROM locations WHERE parent_id IS NULL "
                "GROUP BY company_id, name HAVING count(*) > 1 LIMIT 1"
            )
        )
        .first()
    )
    if twice is None:
        op.create_index(
            "uq_locations_top_name",
            "locations",
            ["company_id", "name"],
            unique=True,
            sqlite_where=sa.text("parent_id IS NULL"),
            postgresql_where=sa.text("parent_id IS NULL"),
        )


def downgrade() -> None:
    op.drop_index("uq_locations_top_name", table_name="locations", if_exists=True)
