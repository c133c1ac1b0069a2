"""builds: patterns (a piece's materials and stages), build orders with their pieces, the
materials they reserve and use, their stages; what the open builds hold of each material

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-08 04:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("materials") as batch:
        batch.add_column(sa.Column("reserved", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "patterns",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("company_id", sa.Integer(), sa.ForeignKey("companies.id"), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("piece_type", sa.String(length=20), nullable=False),
        sa.Column("tutu_style", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("net_layers", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.UniqueConstraint("company_id", "name"),
    )
    op.create_index("ix_patterns_company_id", "patterns", ["company_id"])
    op.create_table(
        "pattern_materials",
        sa.Column(
            "pattern_id",
            sa.Integer(),
            sa.ForeignKey("patterns.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("material_id", sa.Integer(), sa.ForeignKey("materials.id"), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
    )
    op.create_table(
        "pattern_stages",
        sa.Column(
            "pattern_id",
            sa.Integer(),
            sa.ForeignKey("patterns.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("fitting", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "builds",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("company_id", sa.Integer(), sa.ForeignKey("companies.id"), nullable=False),
        sa.Column(
            "pattern_id",
            sa.Integer(),
            sa.ForeignKey("patterns.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("piece_type", sa.String(length=20), nullable=False),
        sa.Column("tutu_style", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("net_layers", sa.Integer(), nullable=True),
        sa.Column("production_id", sa.Integer(), sa.ForeignKey("productions.id"), nullable=True),
        sa.Column("role_id", sa.Integer(), sa.ForeignKey("roles.id"), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False, server_default="open"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    op.create_index("ix_builds_company_id", "builds", ["company_id"])
    op.create_index("ix_builds_status", "builds", ["status"])
    op.create_table(
        "build_pieces",
        sa.Column(
            "build_id",
            sa.Integer(),
            sa.ForeignKey("builds.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("dancer_id", sa.Integer(), sa.ForeignKey("dancers.id"), nullable=True),
        sa.Column("costume_id", sa.Integer(), sa.ForeignKey("costume_items.id"), nullable=True),
    )
    op.create_table(
        "build_materials",
        sa.Column(
            "build_id",
            sa.Integer(),
            sa.ForeignKey("builds.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("material_id", sa.Integer(), sa.ForeignKey("materials.id"), primary_key=True),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.Column("reserved", sa.Integer(), nullable=False),
        sa.Column("used", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "build_stages",
        sa.Column(
            "build_id",
            sa.Integer(),
            sa.ForeignKey("builds.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("fitting", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("worked_minutes", sa.Integer(), nullable=True),
        sa.Column("done_by", sa.String(length=80), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    for table in (
        "build_stages",
        "build_materials",
        "build_pieces",
        "builds",
        "pattern_stages",
        "pattern_materials",
        "patterns",
    ):
        op.drop_table(table)
    with op.batch_alter_table("materials") as batch:
        batch.drop_column("reserved")
