"""alteration done note: what was said when an alteration was marked done

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 00:25:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alterations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("done_note", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("alterations", schema=None) as batch_op:
        batch_op.drop_column("done_note")
