"""The contact records' index by entry holds only records that have one.

Most records of a call log are not the suspect's and belong to no entry: their NULLs were
three quarters of the index, written for every record stored. A lookup by entry
(`entry_id = ?`, as the records behind an entry and foreign-key checks ask) uses the
partial index as it used the full one.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_contact_record_entry_id", table_name="contact_record")
    op.create_index("ix_contact_record_entry_id", "contact_record", ["entry_id"],
                    sqlite_where=sa.text("entry_id IS NOT NULL"))


def downgrade() -> None:
    op.drop_index("ix_contact_record_entry_id", table_name="contact_record")
    op.create_index("ix_contact_record_entry_id", "contact_record", ["entry_id"])
