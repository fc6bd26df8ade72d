"""A covering index for the chronology: every filter but free text, in time order.

The chronology view asks for the ids of a case's entries, filtered and in time order,
each time a filter changes. With the filter columns and the tie-breaking item number in
the index, SQLite answers from the index alone, with no sort: about 30 ms for 100,000
entries here, against 350 ms with the first index.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = ["case_id", "deleted", "start_utc", "item_number", "behaviours", "channel", "source",
           "evidential_status", "disclosure"]


def upgrade() -> None:
    with op.batch_alter_table("entry") as batch_op:
        batch_op.drop_index("ix_entry_case_time")
        batch_op.create_index("ix_entry_chronology", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("entry") as batch_op:
        batch_op.drop_index("ix_entry_chronology")
        batch_op.create_index("ix_entry_case_time", ["case_id", "deleted", "start_utc"], unique=False)
