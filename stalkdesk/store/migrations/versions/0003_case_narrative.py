"""Officer-written texts of a case for the MG3/MG5 (headline summary, suspect's account,
lines of enquiry, victim's views, proposed conditions, key witnesses).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_narrative",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.PrimaryKeyConstraint("case_id", "field"),
    )


def downgrade() -> None:
    op.drop_table("case_narrative")
