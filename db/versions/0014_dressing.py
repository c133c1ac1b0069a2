"""dressing: a production's dressing rooms and dressers, each dancer's room and dresser, where
each quick change happens and who does it, and how few minutes make a change quick

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08 03:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("productions") as batch:
        batch.add_column(
            sa.Column("quick_change_minutes", sa.Integer(), nullable=False, server_default="5")
        )
    op.create_table(
        "dressers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("production_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["production_id"], ["productions.id"], ondelete="CASCADE"),
        sa.UniqueConstraint("production_id", "name"),
    )
    op.create_index("ix_dressers_production_id", "dressers", ["production_id"])
    op.create_table(
        "dressing_rooms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("production_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("dresser_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["production_id"], ["productions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["dresser_id"], ["dressers.id"], ondelete="SET NULL"),
        sa.UniqueConstraint("production_id", "name"),
    )
    op.create_index("ix_dressing_rooms_production_id", "dressing_rooms", ["production_id"])
    op.create_table(
        "dancer_dressings",
        sa.Column("production_id", sa.Integer(), nullable=False),
        sa.Column("dancer_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("dresser_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["production_id"], ["productions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["dancer_id"], ["dancers.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["room_id"], ["dressing_rooms.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["dresser_id"], ["dressers.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("production_id", "dancer_id"),
    )
    op.create_table(
        "quick_changes",
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("dresser_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["part_id"], ["production_parts.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["role_id"], ["roles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["dresser_id"], ["dressers.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("part_id", "role_id"),
    )


def downgrade() -> None:
    op.drop_table("quick_changes")
    op.drop_table("dancer_dressings")
    op.drop_table("dressing_rooms")
    op.drop_table("dressers")
    with op.batch_alter_table("productions") as batch:
        batch.drop_column("quick_change_minutes")
