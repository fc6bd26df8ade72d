"""Full-text search over chronology entries (summary, account, location).

Built from the rows already in the store, so an existing chronology becomes searchable.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Full-text search over the chronology. An external-content FTS5 table kept in step by
# triggers, so the text is stored once (encrypted, like every page).
FTS_CREATE = (
    "CREATE VIRTUAL TABLE entry_fts USING fts5(summary, account, location, "
    "content='entry', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER entry_fts_ai AFTER INSERT ON entry BEGIN "
    "INSERT INTO entry_fts(rowid, summary, account, location) "
    "VALUES (new.id, new.summary, new.account, new.location); END",
    "CREATE TRIGGER entry_fts_ad AFTER DELETE ON entry BEGIN "
    "INSERT INTO entry_fts(entry_fts, rowid, summary, account, location) "
    "VALUES ('delete', old.id, old.summary, old.account, old.location); END",
    "CREATE TRIGGER entry_fts_au AFTER UPDATE OF summary, account, location ON entry BEGIN "
    "INSERT INTO entry_fts(entry_fts, rowid, summary, account, location) "
    "VALUES ('delete', old.id, old.summary, old.account, old.location); "
    "INSERT INTO entry_fts(rowid, summary, account, location) "
    "VALUES (new.id, new.summary, new.account, new.location); END",
    "INSERT INTO entry_fts(entry_fts) VALUES ('rebuild')",
)
FTS_DROP = (
    "DROP TRIGGER IF EXISTS entry_fts_au",
    "DROP TRIGGER IF EXISTS entry_fts_ad",
    "DROP TRIGGER IF EXISTS entry_fts_ai",
    "DROP TABLE IF EXISTS entry_fts",
)


def upgrade() -> None:
    for statement in FTS_CREATE:
        op.execute(statement)


def downgrade() -> None:
    for statement in FTS_DROP:
        op.execute(statement)
