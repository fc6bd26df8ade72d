from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from stalkdesk.errors import NewerSchema
from stalkdesk.services.vault import Vault
from stalkdesk.store import migrate

FIXTURE = Path(__file__).parent.parent / "fixtures" / "store_v1"
FIXTURE_PASSPHRASE = "fixture passphrase v1"


@pytest.fixture
def v1_home(tmp_path: Path) -> Path:
    target = tmp_path / "v1"
    shutil.copytree(FIXTURE, target)
    return target


def test_first_schema_fixture_migrates_to_head(v1_home: Path) -> None:
    ws = Vault(v1_home).unlock(FIXTURE_PASSPHRASE)
    try:
        assert migrate.current_revision(ws.db.engine) == migrate.head_revision()
        backup = ws.migration_backup
        assert backup is not None and Path(backup).exists()
        assert Path(backup).read_bytes()[:16] != b"SQLite format 3\x00"  # the copy is encrypted too
        case = ws.case("01ZZ0000124")
        assert case.operation == "Op Fixture (fictional)"
        entries = ws.entries.list(case.id or 0)
        assert [e.item_number for e in entries] == [1, 2]
        assert ws.officer is not None and ws.officer.initials == "FO"
        # 0002 built the full-text index from rows that were already there.
        with ws.db.read() as s:
            hits = s.connection().exec_driver_sql(
                "SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'umbrella'").all()
        assert [h[0] for h in hits] == [entries[0].id]
    finally:
        ws.close()


def test_second_open_does_not_migrate_again(v1_home: Path) -> None:
    Vault(v1_home).unlock(FIXTURE_PASSPHRASE).close()
    ws = Vault(v1_home).unlock(FIXTURE_PASSPHRASE)
    assert ws.migration_backup is None
    ws.close()


def test_new_store_is_at_head(home: Path) -> None:
    ws = Vault(home).unlock("correct horse battery staple")
    assert migrate.current_revision(ws.db.engine) == migrate.head_revision()
    ws.close()


def test_store_from_newer_version_is_refused(home: Path) -> None:
    from tests.conftest import PASSPHRASE

    ws = Vault(home).unlock(PASSPHRASE)
    with ws.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    ws.close()
    with pytest.raises(NewerSchema, match="newer version of StalkDesk"):
        Vault(home).unlock(PASSPHRASE)


def test_migrations_build_exactly_the_tables_the_code_uses(home: Path) -> None:
    """A model changed without a migration (or the reverse) fails here, not on an officer's laptop."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    from tests.conftest import PASSPHRASE

    ws = Vault(home).unlock(PASSPHRASE)
    try:
        with ws.db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, SQLModel.metadata)
    finally:
        ws.close()
    # The FTS5 index and its shadow tables are SQLite-only and made by hand in 0002.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("entry_fts"))]
    assert diff == []
