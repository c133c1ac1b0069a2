"""dancer name key: a dancer's folded name, unique within a company

Two desks importing the same new dancers at once made both (PostgreSQL runs them side by side).
The index is made only where no two dancers of a company already share a folded name: any such
pair is left as it is, reported by `wardrobe check` in plain words, and the index is made at the
first opening after one of them is renamed (db.complete_constraints).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 01:10:00
"""

import sqlalchemy as sa
from alembic import op

from wardrobe.text import fold

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dancers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_key", sa.String(length=160), nullable=False, server_default="")
        )
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, name FROM dancers")).fetchall()
    if rows:
        bind.execute(
            sa.text("UPDATE dancers SET name_key = :key WHERE id = :id"),
            [{"key": fold(name or ""), "id": dancer_id} for dancer_id, name in rows],
        )
    duplicates = bind.execute(
        sa.text(
            "SELECT company_id, name_key FROM dancers GROUP BY company_id, name_key "
            "HAVING count(*) > 1"
        )
    ).fetchall()
    if not duplicates:
        op.create_index(
            "uq_dancers_company_name_key", "dancers", ["company_id", "name_key"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("dancers", schema=None) as batch_op:
        batch_op.drop_index("uq_dancers_company_name_key", if_exists=True)
        batch_op.drop_column("name_key")
