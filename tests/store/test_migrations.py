from __future__ import annotations

import io
import shutil
from datetime import UTC, datetime
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


def test_0009_turns_record_times_from_text_into_integer_microseconds_exactly(home: Path) -> None:
    """Records stored as 0008 stored them (DateTime's naive UTC text) come through 0009
    unchanged to the microsecond, before 1970 and before the year 1000 too."""
    from alembic import command

    from stalkdesk.domain.records import ContactRecord, Exhibit
    from tests import factories
    from tests.conftest import PASSPHRASE

    times = [datetime(2024, 3, 31, 1, 2, 3, 4, tzinfo=UTC), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC),
             datetime(999, 1, 1, 0, 0, 0, 999999, tzinfo=UTC), datetime(2024, 10, 27, 0, 30, tzinfo=UTC)]
    ws = Vault(home).unlock(PASSPHRASE)
    try:
        case_id = ws.cases.create(factories.case()).id or 0
        source = ws.exhibits.add(case_id, Exhibit(reference="AF/1", description="Fictional call log"),
                                 io.BytesIO(b"fictional log"))
        ws.records.add_many(case_id, source.id or 0, [
            ContactRecord(kind="call", at=at, identity="+447700900456", direction="missed", seq=i)
            for i, at in enumerate(times, start=1)])
        with ws.db.engine.begin() as conn:  # back to 0008, as an older StalkDesk left the store
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0008")
            stored = conn.exec_driver_sql("SELECT typeof(at_utc), at_utc FROM contact_record ORDER BY seq").all()
    finally:
        ws.close()
    assert stored == [("text", "2024-03-31 01:02:03.000004"), ("text", "1969-12-31 23:59:59.500000"),
                      ("text", "0999-01-01 00:00:00.999999"), ("text", "2024-10-27 00:30:00.000000")]
    ws = Vault(home).unlock(PASSPHRASE)
    try:
        assert migrate.current_revision(ws.db.engine) == migrate.head_revision()
        assert [r.at for r in ws.records.for_source(source.id or 0)] == times
        with ws.db.read() as s:
            kinds = s.connection().exec_driver_sql("SELECT DISTINCT typeof(at_utc) FROM contact_record").all()
        assert kinds == [("integer",)]
    finally:
        ws.close()
