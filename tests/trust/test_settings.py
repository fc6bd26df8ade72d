"""The durability settings are read back on every open, and a store that cannot have them
is not opened; a plain SQLite file is never taken for the store."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from stalkdesk.errors import NotAStore, StoreDamaged, StoreError
from stalkdesk.services.vault import Vault
from stalkdesk.store import sqlite
from tests import factories
from tests.conftest import PASSPHRASE
from tests.trust.conftest import remount
from tests.trust.stores import assert_actionable, copy_home, files


class _Pretends:
    """A SQLCipher connection that reads one setting back as something else: what a
    filesystem without shared memory, or a read-only one, does to journal_mode."""

    def __init__(self, con: Any, pragma: str, value: str) -> None:
        self._con, self._pragma, self._value = con, pragma, value

    def execute(self, sql: str, *args: Any) -> Any:
        if sql == f"PRAGMA {self._pragma}":
            return _Row(self._value)
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


class _Row:
    def __init__(self, value: str) -> None:
        self.value = value

    def fetchone(self) -> tuple[str]:
        return (self.value,)


@pytest.mark.parametrize(("pragma", "value"), [("journal_mode", "delete"), ("journal_mode", "memory"),
                                               ("synchronous", "1"), ("foreign_keys", "0"),
                                               ("secure_delete", "0"), ("temp_store", "0")])
def test_a_setting_that_does_not_stick_refuses_the_store(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                         pragma: str, value: str) -> None:
    real = sqlite.sqlcipher.connect
    closed: list[bool] = []

    def connect(*args: Any, **kw: Any) -> Any:
        con = real(*args, **kw)
        pretend = _Pretends(con, pragma, value)
        original_close = con.close

        def close() -> None:
            closed.append(True)
            original_close()

        pretend.close = close  # type: ignore[method-assign]
        return pretend

    monkeypatch.setattr(sqlite.sqlcipher, "connect", connect)
    before = files(home)
    with pytest.raises(StoreError, match=f"cannot be opened safely: the setting {pragma} is '{value}'") as caught:
        Vault(home).unlock(PASSPHRASE)
    assert_actionable(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert closed, "the connection was left open"
    monkeypatch.undo()
    assert files(home) == before
    Vault(home).unlock(PASSPHRASE).close()  # the store itself is fine


def test_every_setting_is_read_back_on_every_connection(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = sqlite.sqlcipher.connect

    class Spy(_Pretends):
        def execute(self, sql: str, *args: Any) -> Any:
            asked.append(sql)
            return self._con.execute(sql, *args)

    monkeypatch.setattr(sqlite.sqlcipher, "connect", lambda *a, **k: Spy(real(*a, **k), "", ""))
    ws = Vault(home).unlock(PASSPHRASE)
    ws.db.engine.dispose()  # force fresh connections from here on
    ws.cases.list()
    ws.close()
    per_connection = [f"PRAGMA {name}" for name, _, _ in sqlite.PRAGMAS]
    opened = asked.count("SELECT count(*) FROM sqlite_master")
    assert opened >= 2
    for query in per_connection:
        assert asked.count(query) == opened, query


def test_store_on_a_read_only_filesystem_is_refused_with_a_clear_message(
        _template_home: Path, small_fs: Any) -> None:
    point = small_fs(4096)
    home = copy_home(_template_home, point / "home")
    with_wal = copy_home(_template_home, point / "with-wal")
    ws = Vault(with_wal).unlock(PASSPHRASE)  # leave -wal and -shm behind, as a crash would
    ws.cases.create(factories.case())
    for name in ("stalkdesk.db", "stalkdesk.db-wal", "stalkdesk.db-shm"):
        (with_wal / name).with_suffix(".copy").write_bytes((with_wal / name).read_bytes())
    ws.close()
    for name in ("stalkdesk.db", "stalkdesk.db-wal", "stalkdesk.db-shm"):
        (with_wal / name).write_bytes((with_wal / name).with_suffix(".copy").read_bytes())
    remount(point, "ro")
    try:
        for folder in (home, with_wal):
            before = files(folder)
            with pytest.raises(StoreError, match="read-only") as caught:
                Vault(folder).unlock(PASSPHRASE)
            assert_actionable(caught.value)
            assert files(folder) == before
    finally:
        remount(point, "rw")


def test_plain_sqlite_files_are_never_the_store(home: Path, tmp_path: Path) -> None:
    db = home / "stalkdesk.db"
    for mode in ("delete", "wal"):
        db.unlink()
        con = sqlite3.connect(db)
        con.execute(f"PRAGMA journal_mode = {mode}")
        con.execute("CREATE TABLE case_file (urn TEXT)")
        con.execute("INSERT INTO case_file VALUES ('01FC0000124')")
        con.commit()
        con.close()
        before = files(home)
        with pytest.raises(NotAStore, match="unencrypted SQLite"):
            Vault(home).unlock(PASSPHRASE)
        assert files(home) == before
    # Below the store's own check, SQLCipher itself will not read it with a key either.
    with pytest.raises(StoreDamaged, match="cannot be read with its key"):
        sqlite.connect_raw(db, bytearray(32))


def test_an_empty_database_file_is_not_taken_for_a_new_store(home: Path) -> None:
    # SQLCipher opens a zero-length file as a new, empty database: the officer would see
    # a store with no cases and nothing to say where they went.
    (home / "stalkdesk.db").write_bytes(b"")
    with pytest.raises(StoreDamaged, match=r"is empty: its contents have been lost.*backup"):
        Vault(home).unlock(PASSPHRASE)
    assert (home / "stalkdesk.db").stat().st_size == 0
