"""Text redactions (suggested, accepted or dismissed spans with reasons), the officer's
proposed Stalking Protection Order terms, and the reason an entry or exhibit is sensitive.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "text_redaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("exhibit_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("decided_by", sa.String(), nullable=False),
        _when("decided_at", nullable=True),
        _when("created_at"),
        _when("updated_at"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"]),
        sa.ForeignKeyConstraint(["record_id"], ["contact_record.id"]),
        sa.ForeignKeyConstraint(["exhibit_id"], ["exhibit.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("text_redaction") as batch_op:
        batch_op.create_index("ix_text_redaction_case_status", ["case_id", "status"], unique=False)
        batch_op.create_index("ix_text_redaction_entry", ["entry_id"], unique=False)

    op.create_table(
        "spo_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        _when("created_at"),
        _when("updated_at"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("spo_term") as batch_op:
        batch_op.create_index(batch_op.f("ix_spo_term_case_id"), ["case_id"], unique=False)

    # Why an item marked "unused sensitive" is sensitive (MG6D). The server default makes the
    # rows already there valid; the models give "" themselves.
    for table in ("entry", "exhibit"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("disclosure_reason", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+), not a batch copy: copying `entry` would lose the
    # full-text triggers made in 0002.
    for table in ("exhibit", "entry"):
        op.drop_column(table, "disclosure_reason")
    op.drop_table("spo_term")
    op.drop_table("text_redaction")
