"""The encrypted store: the only package that talks to SQLCipher, SQLAlchemy and SQLModel.

Everything above it receives plain records from `stalkdesk.domain.records`.
"""
