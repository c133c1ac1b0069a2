"""the schedule: a production's performances, rehearsals, fittings and shooting days, each
with the cast it uses and its changes (a dancer replaced, a dancer added); each company's
time zone

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 23:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("companies") as batch:
        batch.add_column(
            sa.Column(
                "time_zone", sa.String(length=64), nullable=False, server_default="Europe/Paris"
            )
        )
    # A company counting in inches is taken to be in New York until it says otherwise.
    op.execute("UPDATE companies SET time_zone = 'America/New_York' WHERE units = 'imperial'")
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("production_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("call_minutes", sa.Integer(), nullable=False, server_default="60"),
        sa.Column("venue", sa.String(length=160), nullable=False, server_default=""),
        sa.Column("cast_number", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["production_id"], ["productions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_events_production_id", "events", ["production_id"])
    op.create_index("ix_events_starts_at", "events", ["starts_at"])
    op.create_table(
        "event_changes",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("dancer_id", sa.Integer(), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["role_id"], ["roles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["dancer_id"], ["dancers.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["replaces_id"], ["dancers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "role_id", "dancer_id"),
    )


def downgrade() -> None:
    op.drop_table("event_changes")
    op.drop_table("events")
    with op.batch_alter_table("companies") as batch:
        batch.drop_column("time_zone")
