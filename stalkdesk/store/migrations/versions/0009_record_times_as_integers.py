"""Contact records' times as integer microseconds since 1970 UTC instead of text.

A million records a case is normal: eight bytes against 26 of text, in the table and in
its time index, and no text to format per row on import (sqlite.UtcMicros).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# DateTime's text, "YYYY-MM-DD HH:MM:SS.ffffff" (naive UTC, always with microseconds): whole
# seconds by SQLite's own calendar, then the microseconds as written. Exact, unlike julianday.
_TO_MICROS = ("CAST(strftime('%s', substr(at_utc, 1, 19)) AS INTEGER) * 1000000 "
              "+ CAST(substr(at_utc, 21, 6) AS INTEGER)")
_TO_TEXT = ("strftime('%Y-%m-%d %H:%M:%S', at_utc / 1000000 - (at_utc % 1000000 < 0), 'unixepoch') "
            "|| printf('.%06d', (at_utc % 1000000 + 1000000) % 1000000)")


def upgrade() -> None:
    # First the values: the column's declared type (DATETIME) has NUMERIC affinity, so the
    # integers stay integers, and the rebuild's cast to the new type keeps them. (Rebuilt
    # first, the cast would read the text "2024-03-01 ..." as the number 2024.)
    op.execute(f"UPDATE contact_record SET at_utc = {_TO_MICROS} WHERE typeof(at_utc) = 'text'")
    with op.batch_alter_table("contact_record", recreate="always") as batch_op:
        batch_op.alter_column("at_utc", type_=sa.BigInteger(), existing_type=sa.DateTime(timezone=True),
                              existing_nullable=False)


def downgrade() -> None:
    # The other way round: the rebuild casts the column to its new type, which would read
    # the text "2024-03-01 ..." as the number 2024.
    with op.batch_alter_table("contact_record", recreate="always") as batch_op:
        batch_op.alter_column("at_utc", type_=sa.DateTime(timezone=True), existing_type=sa.BigInteger(),
                              existing_nullable=False)
    op.execute(f"UPDATE contact_record SET at_utc = {_TO_TEXT} WHERE typeof(at_utc) = 'integer'")
