"""photos: pictures of costume items (and dated fitting photos) stored in the inventory

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("costume_id", sa.Integer(), nullable=False),
        sa.Column("alteration_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumb", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(["costume_id"], ["costume_items.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["alteration_id"], ["alterations.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_photos_costume_id", "photos", ["costume_id"])
    op.create_index("ix_photos_alteration_id", "photos", ["alteration_id"])
    op.create_index(
        "uq_photos_main_costume",
        "photos",
        ["costume_id"],
        unique=True,
        sqlite_where=sa.text("is_main"),
        postgresql_where=sa.text("is_main"),
    )


def downgrade() -> None:
    op.drop_table("photos")
