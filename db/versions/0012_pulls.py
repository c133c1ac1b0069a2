"""pulls: the pull list of a date of the schedule, one row a piece of its call, marked pulled
by the scanner (once, whichever desk scans it first)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 00:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pull_items",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("costume_id", sa.Integer(), nullable=False),
        sa.Column("dancer_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=160), nullable=False),
        sa.Column("part", sa.String(length=90), nullable=False),
        sa.Column("pulled_at", sa.DateTime(), nullable=True),
        sa.Column("pulled_by", sa.String(length=80), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["costume_id"], ["costume_items.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["dancer_id"], ["dancers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "costume_id"),
    )


def downgrade() -> None:
    op.drop_table("pull_items")
