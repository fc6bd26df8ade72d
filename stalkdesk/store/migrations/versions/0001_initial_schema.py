"""The first schema: officer, settings, cases, people, content, exhibits, derivatives,
continuity, chronology entries and their links, and the audit trail.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('officer', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('object_type', sa.String(), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('prev_hash', sa.String(), nullable=False),
    sa.Column('hash', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_case_id'), ['case_id'], unique=False)

    op.create_table('case_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('urn', sa.String(), nullable=False),
    sa.Column('operation', sa.String(), nullable=False),
    sa.Column('crime_reference', sa.String(), nullable=False),
    sa.Column('offences', sa.JSON(), nullable=False),
    sa.Column('other_offence', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('officer_in_case', sa.String(), nullable=False),
    sa.Column('zone', sa.String(), nullable=False),
    sa.Column('marking', sa.String(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('next_item_number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_file_urn'), ['urn'], unique=True)

    op.create_table('officer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('initials', sa.String(), nullable=False),
    sa.Column('rank', sa.String(), nullable=False),
    sa.Column('warrant_number', sa.String(), nullable=False),
    sa.Column('force', sa.String(), nullable=False),
    sa.Column('unit', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('content',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('chunk_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id', 'sha256')
    )
    with op.batch_alter_table('content', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_content_case_id'), ['case_id'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('addresses', sa.JSON(), nullable=False),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('emails', sa.JSON(), nullable=False),
    sa.Column('handles', sa.JSON(), nullable=False),
    sa.Column('vehicles', sa.JSON(), nullable=False),
    sa.Column('relationship', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_case_id'), ['case_id'], unique=False)

    op.create_table('content_chunk',
    sa.Column('content_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['content_id'], ['content.id'], ),
    sa.PrimaryKeyConstraint('content_id', 'seq')
    )
    op.create_table('exhibit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('produced_by', sa.String(), nullable=False),
    sa.Column('seized_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('seized_where', sa.String(), nullable=False),
    sa.Column('original_filename', sa.String(), nullable=False),
    sa.Column('media_type', sa.String(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(), nullable=False),
    sa.Column('metadata', sa.JSON(), nullable=False),
    sa.Column('disclosure', sa.String(), nullable=False),
    sa.Column('location_now', sa.String(), nullable=False),
    sa.Column('content_id', sa.Integer(), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ),
    sa.ForeignKeyConstraint(['content_id'], ['content.id'], ),
    sa.ForeignKeyConstraint(['parent_id'], ['exhibit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id', 'reference')
    )
    with op.batch_alter_table('exhibit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exhibit_case_id'), ['case_id'], unique=False)

    op.create_table('continuity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('exhibit_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('from_person', sa.String(), nullable=False),
    sa.Column('to_person', sa.String(), nullable=False),
    sa.Column('purpose', sa.String(), nullable=False),
    sa.Column('recorded_by', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['exhibit_id'], ['exhibit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('continuity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_continuity_exhibit_id'), ['exhibit_id'], unique=False)

    op.create_table('derivative',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('exhibit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_id', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['content_id'], ['content.id'], ),
    sa.ForeignKeyConstraint(['exhibit_id'], ['exhibit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('exhibit_id', 'kind', 'version')
    )
    with op.batch_alter_table('derivative', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_derivative_exhibit_id'), ['exhibit_id'], unique=False)

    op.create_table('entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('item_number', sa.Integer(), nullable=False),
    sa.Column('start_utc', sa.DateTime(timezone=True), nullable=False),
    sa.Column('end_utc', sa.DateTime(timezone=True), nullable=True),
    sa.Column('precision', sa.String(), nullable=False),
    sa.Column('zone', sa.String(), nullable=False),
    sa.Column('approx_text', sa.String(), nullable=False),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('behaviours', sa.String(), nullable=False),
    sa.Column('channel', sa.String(), nullable=True),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('account', sa.String(), nullable=False),
    sa.Column('location', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('source_reference', sa.String(), nullable=False),
    sa.Column('evidential_status', sa.String(), nullable=False),
    sa.Column('disclosure', sa.String(), nullable=False),
    sa.Column('prov_exhibit_id', sa.Integer(), nullable=True),
    sa.Column('prov_locator', sa.String(), nullable=False),
    sa.Column('prov_importer', sa.String(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ),
    sa.ForeignKeyConstraint(['prov_exhibit_id'], ['exhibit.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id', 'item_number')
    )
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.create_index('ix_entry_case_time', ['case_id', 'deleted', 'start_utc'], unique=False)

    op.create_table('entry_exhibit',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('exhibit_id', sa.Integer(), nullable=False),
    sa.Column('locator', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], ),
    sa.ForeignKeyConstraint(['exhibit_id'], ['exhibit.id'], ),
    sa.PrimaryKeyConstraint('entry_id', 'exhibit_id')
    )
    with op.batch_alter_table('entry_exhibit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_exhibit_exhibit_id'), ['exhibit_id'], unique=False)

    op.create_table('entry_person',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('entry_id', 'person_id', 'role')
    )



def downgrade() -> None:

    op.drop_table('entry_person')
    with op.batch_alter_table('entry_exhibit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_exhibit_exhibit_id'))

    op.drop_table('entry_exhibit')
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.drop_index('ix_entry_case_time')

    op.drop_table('entry')
    with op.batch_alter_table('derivative', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_derivative_exhibit_id'))

    op.drop_table('derivative')
    with op.batch_alter_table('continuity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_continuity_exhibit_id'))

    op.drop_table('continuity')
    with op.batch_alter_table('exhibit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exhibit_case_id'))

    op.drop_table('exhibit')
    op.drop_table('content_chunk')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_case_id'))

    op.drop_table('person')
    with op.batch_alter_table('content', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_content_case_id'))

    op.drop_table('content')
    op.drop_table('setting')
    op.drop_table('officer')
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_file_urn'))

    op.drop_table('case_file')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_case_id'))

    op.drop_table('audit_event')

