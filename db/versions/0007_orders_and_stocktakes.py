"""orders and stocktakes: purchase orders with their lines and numbers, stocktakes of a place
with the tags scanned, packs and batches to round orders to, a company's postal address, the
day a place was last counted, and a reason on audit lines

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 08:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "purchase_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("supplier_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("sent_by", sa.String(length=80), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"]),
        sa.ForeignKeyConstraint(["supplier_id"], ["suppliers.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    op.create_index("ix_purchase_orders_company_id", "purchase_orders", ["company_id"])
    op.create_index("ix_purchase_orders_supplier_id", "purchase_orders", ["supplier_id"])
    op.create_table(
        "order_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("material_id", sa.Integer(), nullable=True),
        sa.Column("pointe_spec_id", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("unit_cost", sa.Integer(), nullable=True),
        sa.CheckConstraint("(material_id IS NULL) <> (pointe_spec_id IS NULL)", name="one_item"),
        sa.CheckConstraint("quantity > 0", name="something_ordered"),
        sa.CheckConstraint("received >= 0", name="received_not_negative"),
        sa.ForeignKeyConstraint(["order_id"], ["purchase_orders.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["material_id"], ["materials.id"]),
        sa.ForeignKeyConstraint(["pointe_spec_id"], ["pointe_specs.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("order_id", "line_no"),
    )
    op.create_index("ix_order_lines_order_id", "order_lines", ["order_id"])
    op.create_index("ix_order_lines_material_id", "order_lines", ["material_id"])
    op.create_index("ix_order_lines_pointe_spec_id", "order_lines", ["pointe_spec_id"])
    op.create_table(
        "order_counters",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("next_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"]),
        sa.PrimaryKeyConstraint("company_id"),
    )
    op.create_table(
        "stocktakes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.String(length=80), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("finished_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["companies.id"]),
        sa.ForeignKeyConstraint(["location_id"], ["locations.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_stocktakes_company_id", "stocktakes", ["company_id"])
    op.create_index("ix_stocktakes_location_id", "stocktakes", ["location_id"])
    op.create_index(
        "uq_stocktakes_open_place",
        "stocktakes",
        ["location_id"],
        unique=True,
        sqlite_where=sa.text("finished_at IS NULL"),
        postgresql_where=sa.text("finished_at IS NULL"),
    )
    op.create_table(
        "stocktake_scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=64), nullable=False),
        sa.Column("costume_id", sa.Integer(), nullable=True),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.Column("scanned_by", sa.String(length=80), nullable=False),
        sa.Column("move_here", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["stocktake_id"], ["stocktakes.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["costume_id"], ["costume_items.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("stocktake_id", "tag"),
    )
    op.create_index("ix_stocktake_scans_stocktake_id", "stocktake_scans", ["stocktake_id"])
    with op.batch_alter_table("materials", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pack_size", sa.Integer(), nullable=True))
    with op.batch_alter_table("pointe_specs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("batch_pairs", sa.Integer(), nullable=True))
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_counted_on", sa.Date(), nullable=True))
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reason", sa.String(length=40), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("reason")
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.drop_column("last_counted_on")
    with op.batch_alter_table("companies", schema=None) as batch_op:
        batch_op.drop_column("address")
    with op.batch_alter_table("pointe_specs", schema=None) as batch_op:
        batch_op.drop_column("batch_pairs")
    with op.batch_alter_table("materials", schema=None) as batch_op:
        batch_op.drop_column("pack_size")
    op.drop_table("stocktake_scans")
    op.drop_table("stocktakes")
    op.drop_table("order_counters")
    op.drop_table("order_lines")
    op.drop_table("purchase_orders")
