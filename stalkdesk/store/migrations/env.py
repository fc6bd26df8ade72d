"""Alembic environment: StalkDesk always passes the open, keyed connection in."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from stalkdesk.store import tables  # noqa: F401  (registers the tables on the metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite can't ALTER most things; batch mode copies the table
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
