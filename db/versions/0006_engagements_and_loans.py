"""engagements and loans: a dancer's guest engagement at the other company, costume loans, and
the company that holds a pointe-shoe specification

A specification's company starts as its dancer's; during an engagement the host holds hers.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 05:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "engagements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dancer_id", sa.Integer(), nullable=False),
        sa.Column("home_company_id", sa.Integer(), nullable=False),
        sa.Column("host_company_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("swap_id", sa.Integer(), nullable=True),
        sa.Column("pairs_taken", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("until IS NULL OR until >= starts_on", name="engagement_dates"),
        sa.CheckConstraint("host_company_id <> home_company_id", name="engagement_elsewhere"),
        sa.ForeignKeyConstraint(["dancer_id"], ["dancers.id"]),
        sa.ForeignKeyConstraint(["home_company_id"], ["companies.id"]),
        sa.ForeignKeyConstraint(["host_company_id"], ["companies.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_engagements_dancer_id", "engagements", ["dancer_id"])
    op.create_index("ix_engagements_host_company_id", "engagements", ["host_company_id"])
    op.create_index("ix_engagements_swap_id", "engagements", ["swap_id"])
    op.create_table(
        "loans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("borrower_company_id", sa.Integer(), nullable=True),
        sa.Column("borrower", sa.String(length=160), nullable=False),
        sa.Column("engagement_id", sa.Integer(), nullable=True),
        sa.Column("lent_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("condition_out", sa.String(length=20), nullable=False),
        sa.Column("condition_back", sa.String(length=20), nullable=True),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("arrived_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("due_on IS NULL OR due_on >= lent_on", name="loan_dates"),
        sa.ForeignKeyConstraint(["item_id"], ["costume_items.id"]),
        sa.ForeignKeyConstraint(["borrower_company_id"], ["companies.id"]),
        sa.ForeignKeyConstraint(["engagement_id"], ["engagements.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_loans_item_id", "loans", ["item_id"])
    op.create_index("ix_loans_engagement_id", "loans", ["engagement_id"])
    op.create_index(
        "uq_loans_open_item",
        "loans",
        ["item_id"],
        unique=True,
        sqlite_where=sa.text("returned_on IS NULL"),
        postgresql_where=sa.text("returned_on IS NULL"),
    )
    with op.batch_alter_table("pointe_specs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("company_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE pointe_specs SET company_id = "
        "(SELECT dancers.company_id FROM dancers WHERE dancers.id = pointe_specs.dancer_id)"
    )
    with op.batch_alter_table("pointe_specs", schema=None) as batch_op:
        batch_op.alter_column("company_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_index("ix_pointe_specs_company_id", ["company_id"])
        batch_op.create_foreign_key(
            "fk_pointe_specs_company_id", "companies", ["company_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("pointe_specs", schema=None) as batch_op:
        batch_op.drop_constraint("fk_pointe_specs_company_id", type_="foreignkey")
        batch_op.drop_index("ix_pointe_specs_company_id")
        batch_op.drop_column("company_id")
    op.drop_table("loans")
    op.drop_table("engagements")
