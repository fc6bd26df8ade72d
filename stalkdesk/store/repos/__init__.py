"""Repositories: portable SQLAlchemy over the tables, returning `domain.records` types."""
