"""Imported messages, calls and emails kept behind the chronology entries that group them.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("source_exhibit_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("locator", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=True),
        sa.Column("at_utc", sa.DateTime(timezone=True), nullable=False),
        sa.Column("zone_assumed", sa.Boolean(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("identity", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("body", sa.String(), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("attachment", sa.String(), nullable=False),
        sa.Column("flags", sa.String(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"]),
        sa.ForeignKeyConstraint(["source_exhibit_id"], ["exhibit.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contact_record") as batch_op:
        batch_op.create_index("ix_contact_record_case_time", ["case_id", "at_utc"], unique=False)
        batch_op.create_index("ix_contact_record_source_seq", ["source_exhibit_id", "seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_record_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:
    op.drop_table("contact_record")
