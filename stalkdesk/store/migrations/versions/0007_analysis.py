"""Stalking analysis: links to points to prove and FOUR, FOUR notes, S-DASH screenings and
answers, case review dates, the victim's places and co-location candidates.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "point_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.String(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("exhibit_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        _when("created_at"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"]),
        sa.ForeignKeyConstraint(["exhibit_id"], ["exhibit.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("point_link") as batch_op:
        batch_op.create_index("ix_point_link_case_point", ["case_id", "point_id"], unique=False)

    op.create_table(
        "four_note",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("element", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        _when("updated_at"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.PrimaryKeyConstraint("case_id", "element"),
    )

    op.create_table(
        "sdash_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("officer", sa.String(), nullable=False),
        sa.Column("trigger", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        _when("created_at"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sdash_assessment") as batch_op:
        batch_op.create_index(batch_op.f("ix_sdash_assessment_case_id"), ["case_id"], unique=False)

    op.create_table(
        "sdash_answer",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(), nullable=False),
        sa.Column("answer", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["sdash_assessment.id"]),
        sa.PrimaryKeyConstraint("assessment_id", "question"),
    )

    op.create_table(
        "case_review",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        _when("updated_at"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.PrimaryKeyConstraint("case_id"),
    )

    op.create_table(
        "victim_place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("radius_m", sa.Float(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        _when("created_at"),
        _when("updated_at"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("victim_place") as batch_op:
        batch_op.create_index(batch_op.f("ix_victim_place_case_id"), ["case_id"], unique=False)

    op.create_table(
        "colocation_candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("source_exhibit_id", sa.Integer(), nullable=False),
        sa.Column("victim_exhibit_id", sa.Integer(), nullable=True),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("target", sa.String(), nullable=False),
        _when("start_utc"),
        _when("end_utc"),
        sa.Column("closest_m", sa.Float(), nullable=False),
        _when("closest_at"),
        sa.Column("fixes", sa.Integer(), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("accuracy_m", sa.Float(), nullable=True),
        sa.Column("distance_m", sa.Float(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("behaviour", sa.String(), nullable=True),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        _when("created_at"),
        _when("updated_at"),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"]),
        sa.ForeignKeyConstraint(["place_id"], ["victim_place.id"]),
        sa.ForeignKeyConstraint(["source_exhibit_id"], ["exhibit.id"]),
        sa.ForeignKeyConstraint(["victim_exhibit_id"], ["exhibit.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("colocation_candidate") as batch_op:
        batch_op.create_index(batch_op.f("ix_colocation_candidate_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    for name in ("colocation_candidate", "victim_place", "case_review", "sdash_answer", "sdash_assessment",
                 "four_note", "point_link"):
        op.drop_table(name)
