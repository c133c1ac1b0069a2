"""costs: the workroom's makers (rate, hours a week), who is to do each stage of a build, the
company's hourly rate, a production's budget, the purchase orders charged to a production

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08 04:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "makers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("company_id", sa.Integer(), sa.ForeignKey("companies.id"), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("hourly_rate", sa.Integer(), nullable=True),
        sa.Column("hours_per_week", sa.Integer(), nullable=False, server_default="35"),
        sa.UniqueConstraint("company_id", "name"),
    )
    op.create_index("ix_makers_company_id", "makers", ["company_id"])
    with op.batch_alter_table("build_stages") as batch:
        batch.add_column(
            sa.Column("maker", sa.String(length=80), nullable=False, server_default="")
        )
    with op.batch_alter_table("companies") as batch:
        batch.add_column(sa.Column("hourly_rate", sa.Integer(), nullable=True))
    with op.batch_alter_table("productions") as batch:
        batch.add_column(sa.Column("budget", sa.Integer(), nullable=True))
    with op.batch_alter_table("purchase_orders") as batch:
        batch.add_column(sa.Column("production_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_purchase_orders_production_id", "productions", ["production_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("purchase_orders") as batch:
        batch.drop_constraint("fk_purchase_orders_production_id", type_="foreignkey")
        batch.drop_column("production_id")
    with op.batch_alter_table("productions") as batch:
        batch.drop_column("budget")
    with op.batch_alter_table("companies") as batch:
        batch.drop_column("hourly_rate")
    with op.batch_alter_table("build_stages") as batch:
        batch.drop_column("maker")
    op.drop_table("makers")
