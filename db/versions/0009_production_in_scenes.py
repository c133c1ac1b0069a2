"""production in scenes: a running order of parts, casts, looks and their pieces

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 21:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "production_parts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("production_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("act", sa.String(length=40), nullable=False),
        sa.Column("scene", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_min", sa.Integer(), nullable=True),
        sa.Column("length_min", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["production_id"], ["productions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("production_id", "act", "scene"),
    )
    op.create_index("ix_production_parts_production_id", "production_parts", ["production_id"])
    op.create_table(
        "looks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["role_id"], ["roles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("role_id", "name"),
    )
    op.create_index("ix_looks_role_id", "looks", ["role_id"])
    op.create_table(
        "look_pieces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("look_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("piece_type", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["look_id"], ["looks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_look_pieces_look_id", "look_pieces", ["look_id"])
    op.create_table(
        "look_parts",
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("look_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["part_id"], ["production_parts.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["role_id"], ["roles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["look_id"], ["looks.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("part_id", "role_id"),
    )
    op.create_index("ix_look_parts_look_id", "look_parts", ["look_id"])
    op.create_table(
        "piece_assignments",
        sa.Column("piece_id", sa.Integer(), nullable=False),
        sa.Column("dancer_id", sa.Integer(), nullable=False),
        sa.Column("costume_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["piece_id"], ["look_pieces.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["dancer_id"], ["dancers.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["costume_id"], ["costume_items.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("piece_id", "dancer_id"),
    )
    op.create_index("ix_piece_assignments_costume_id", "piece_assignments", ["costume_id"])
    # The castings there are become the first cast.
    with op.batch_alter_table("castings") as batch:
        batch.add_column(sa.Column("cast_number", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(
            sa.Column("alternate", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("castings") as batch:
        batch.drop_column("alternate")
        batch.drop_column("cast_number")
    op.drop_table("piece_assignments")
    op.drop_table("look_parts")
    op.drop_table("look_pieces")
    op.drop_table("looks")
    op.drop_table("production_parts")
