"""a call out and back in: each piece of a date's pull list, when it went out to its dancer
and in what condition, when it came back (once, whichever desk scans it), damaged or washed

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-08 00:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pull_items") as batch:
        batch.add_column(sa.Column("out_at", sa.DateTime(), nullable=True))
        batch.add_column(
            sa.Column("condition_out", sa.String(length=20), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("back_at", sa.DateTime(), nullable=True))
        batch.add_column(
            sa.Column("back_by", sa.String(length=80), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("damage", sa.String(length=400), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("washed", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("pull_items") as batch:
        for column in ("washed", "damage", "back_by", "back_at", "condition_out", "out_at"):
            batch.drop_column(column)
