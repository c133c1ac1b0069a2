"""dancer name key: a dancer's folded name, unique within a company

Two desks importing the same new dancers at once made both (PostgreSQL runs them side by side).
The index is made only where no two dancers of a company already share a folded name: any such
pair is left as it is, reported by `wardrobe check` in plain words, and the index is made at the
first opening after one of them is renamed (db.complete_constraints).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 01:10:00
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The fold this migration ran with (wardrobe.text.fold as it was on 2026-11-29), carried here so
# that the migration never changes when the live function does.
# Letters that carry no combining accent, so NFKD alone leaves them as they are.
_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
    }
)


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# Latin letters with accents, folded once: most names need nothing more (ten times faster).
_LATIN = {code: _slow_fold(chr(code)) for code in range(0xC0, 0x250)}
_LATIN.update(_PLAIN)


def fold(text: str) -> str:
    """Lower case, accents removed, runs of white space made one space."""
    quick = text.translate(_LATIN).casefold()
    if not quick.isascii() and (
        not unicodedata.is_normalized("NFKD", quick)
        or any(unicodedata.combining(ch) for ch in quick)
    ):
        quick = _slow_fold(quick)
    return " ".join(quick.split())


def upgrade() -> None:
    with op.batch_alter_table("dancers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_key", sa.String(length=160), nullable=False, server_default="")
        )
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, name FROM dancers")).fetchall()
    if rows:
        bind.execute(
            sa.text("UPDATE dancers SET name_key = :key WHERE id = :id"),
            [{"key": fold(name or ""), "id": dancer_id} for dancer_id, name in rows],
        )
    duplicates = bind.execute(
        sa.text(
            "SELECT company_id, name_key FROM dancers GROUP BY company_id, name_key "
            "HAVING count(*) > 1"
        )
    ).fetchall()
    if not duplicates:
        op.create_index(
            "uq_dancers_company_name_key", "dancers", ["company_id", "name_key"], unique=True
        )


def downgrade() -> None:
    with op.batch_alter_table("dancers", schema=None) as batch_op:
        batch_op.drop_index("uq_dancers_company_name_key", if_exists=True)
        batch_op.drop_column("name_key")
