"""A full disk or an I/O error during exhibit intake, an import, a backup or an export: a
message that says what to do, the store unchanged and consistent, no partial exhibit, no
temporary file left, and the same action working once space is freed.

Each case runs twice: on a real, tiny filesystem (a tmpfs mounted for the test; skipped
where mounting is not allowed) and with the error injected (always runs)."""

from __future__ import annotations

import errno
import os
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from stalkdesk.domain.records import Case
from stalkdesk.errors import DiskFull, StoreDamaged
from stalkdesk.services import backup as backup_service
from stalkdesk.services import intake
from stalkdesk.services.vault import Vault
from stalkdesk.services.verify import verify
from stalkdesk.services.workspace import Workspace
from stalkdesk.store import sqlite
from stalkdesk.store.atomic import write_atomic
from stalkdesk.store.backup import table_digests
from tests.conftest import PASSPHRASE
from tests.trust.conftest import resize
from tests.trust.harness import load_worker
from tests.trust.stores import assert_actionable, copy_home

STORE_FILES = {"stalkdesk.db", "stalkdesk.db-wal", "stalkdesk.db-shm", "stalkdesk.keys"}
import_batch: Callable[[Workspace, int, str, int], None] = load_worker().import_batch  # type: ignore[attr-defined]


def digests(ws: Workspace) -> dict[str, dict[str, Any]]:
    raw = ws.db.engine.raw_connection()
    try:
        return table_digests(raw)
    finally:
        raw.close()


def open_with_case(home: Path) -> tuple[Workspace, int]:
    ws = Vault(home).unlock(PASSPHRASE)
    case = ws.cases.create(Case(urn="01DF0000001", operation="Op Full"))
    assert case.id is not None
    return ws, case.id


@contextmanager
def unchanged_after_failure(ws: Workspace, home: Path, error: type[Exception], words: str) -> Iterator[None]:
    """The body must fail with `error`; afterwards every table is exactly as before, verify
    passes and the store's folder holds only the store's own files."""
    before = digests(ws)
    with pytest.raises(error, match=words) as caught:
        yield
    assert_actionable(caught.value)
    assert digests(ws) == before, "the failed change left rows behind"
    assert verify(ws).ok
    assert {p.name for p in home.iterdir()} <= STORE_FILES, sorted(p.name for p in home.iterdir())


@pytest.fixture
def page_limit(monkeypatch: pytest.MonkeyPatch) -> Callable[[Workspace, int], None]:
    """SQLite's own 'disk full' (SQLITE_FULL), through max_page_count on every connection."""
    real = sqlite.connect_raw

    def limit(ws: Workspace, extra_pages: int) -> None:
        def limited(path: Path, key: bytearray) -> Any:
            con = real(path, key)
            pages = con.execute("PRAGMA page_count").fetchone()[0]
            con.execute(f"PRAGMA max_page_count = {pages + extra_pages}")
            return con

        monkeypatch.setattr(sqlite, "connect_raw", limited)
        ws.db.engine.dispose()

    return limit


def free_space(monkeypatch: pytest.MonkeyPatch, ws: Workspace) -> None:
    monkeypatch.undo()
    ws.db.engine.dispose()


# Exhibit intake.


def test_intake_on_a_full_disk(_template_home: Path, small_fs: Callable[[int], Path]) -> None:
    point = small_fs(1024)
    home = copy_home(_template_home, point / "home")
    ws, case_id = open_with_case(home)
    video = os.urandom(3 << 20)
    try:
        with unchanged_after_failure(ws, home, DiskFull, "disk is full.*Free some space"):
            intake.add_exhibit_bytes(ws, case_id, "interview.mp4", video)
        assert ws.exhibits.list(case_id) == []
        resize(point, 16 * 1024)
        exhibit = intake.add_exhibit_bytes(ws, case_id, "interview.mp4", video)
        assert ws.exhibits.read_original(exhibit.id or 0) == video
        assert verify(ws).ok
    finally:
        ws.close()


def test_intake_when_sqlite_reports_full(home: Path, page_limit: Callable[[Workspace, int], None],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    ws, case_id = open_with_case(home)
    video = os.urandom(2 << 20)
    try:
        page_limit(ws, 50)
        with unchanged_after_failure(ws, home, DiskFull, "disk is full.*Free some space"):
            intake.add_exhibit_bytes(ws, case_id, "interview.mp4", video)
        free_space(monkeypatch, ws)
        exhibit = intake.add_exhibit_bytes(ws, case_id, "interview.mp4", video)
        assert ws.exhibits.read_original(exhibit.id or 0) == video
    finally:
        ws.close()


# An import (one transaction: entries, their contact records and the source exhibit).


def test_import_on_a_full_disk(_template_home: Path, small_fs: Callable[[int], Path]) -> None:
    point = small_fs(1024)
    home = copy_home(_template_home, point / "home")
    ws, case_id = open_with_case(home)
    try:
        with unchanged_after_failure(ws, home, DiskFull, "disk is full"):
            import_batch(ws, case_id, "FULL", 4_000)
        resize(point, 64 * 1024)
        import_batch(ws, case_id, "FULL", 4_000)
        assert len(ws.entries.ids(case_id)) == 4_000
        assert verify(ws).ok
    finally:
        ws.close()


def test_import_when_sqlite_reports_full(home: Path, page_limit: Callable[[Workspace, int], None],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    ws, case_id = open_with_case(home)
    try:
        page_limit(ws, 200)
        with unchanged_after_failure(ws, home, DiskFull, "disk is full"):
            import_batch(ws, case_id, "FULL", 2_000)
        free_space(monkeypatch, ws)
        import_batch(ws, case_id, "FULL", 2_000)
        assert len(ws.entries.ids(case_id)) == 2_000
    finally:
        ws.close()


# A backup.


def _backup_fails_cleanly(vault: Vault, ws: Workspace, target: Path, error: type[Exception], words: str) -> None:
    before = target.read_bytes()
    with pytest.raises(error, match=words) as caught:
        backup_service.backup(vault, ws, target)
    assert_actionable(caught.value)
    assert target.read_bytes() == before  # the previous backup, untouched
    backup_service.verify_file(target, PASSPHRASE)
    assert [p.name for p in target.parent.iterdir()] == [target.name], "temporary files left beside it"


def test_backup_to_a_full_disk(home: Path, small_fs: Callable[[int], Path]) -> None:
    point = small_fs(1024)
    target = point / "store.sdbackup"
    vault = Vault(home)
    ws, case_id = open_with_case(home)
    try:
        backup_service.backup(vault, ws, target)
        intake.add_exhibit_bytes(ws, case_id, "photo-set.bin", os.urandom(2 << 20))
        _backup_fails_cleanly(vault, ws, target, DiskFull, "disk is full.*Free some space")
        assert verify(ws).ok
        resize(point, 32 * 1024)
        backup_service.backup(vault, ws, target)
        assert backup_service.verify_file(target, PASSPHRASE)["tables"]["exhibit"]["rows"] == 1
    finally:
        ws.close()


@pytest.mark.parametrize(("code", "error", "words"), [(errno.ENOSPC, DiskFull, "disk is full"),
                                                      (errno.EIO, StoreDamaged, "input/output error")])
def test_backup_when_writing_fails(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   code: int, error: type[Exception], words: str) -> None:
    target = tmp_path / "out" / "store.sdbackup"
    target.parent.mkdir()
    vault = Vault(home)
    ws, case_id = open_with_case(home)
    try:
        backup_service.backup(vault, ws, target)
        intake.add_exhibit_bytes(ws, case_id, "photo-set.bin", os.urandom(300_000))
        real_write = zipfile.ZipFile.write

        def failing(*args: Any, **kw: Any) -> None:
            raise OSError(code, os.strerror(code))

        monkeypatch.setattr(zipfile.ZipFile, "write", failing)
        _backup_fails_cleanly(vault, ws, target, error, words)
        monkeypatch.setattr(zipfile.ZipFile, "write", real_write)
        backup_service.backup(vault, ws, target)
        assert backup_service.verify_file(target, PASSPHRASE)["tables"]["exhibit"]["rows"] == 1
    finally:
        ws.close()


# An export written atomically (PDFs go through store.atomic.write_atomic).


def _export_fails_cleanly(target: Path, write: Callable[[], None]) -> OSError | Exception:
    target.write_bytes(b"%PDF- the previous export\n")
    try:
        write()
    except Exception as exc:
        error: Exception = exc
    else:
        raise AssertionError("the export did not fail")
    assert target.read_bytes() == b"%PDF- the previous export\n"
    assert [p.name for p in target.parent.iterdir()] == [target.name], "temporary file left"
    return error


def test_export_to_a_full_disk_leaves_no_partial_file(small_fs: Callable[[int], Path]) -> None:
    point = small_fs(512)
    target = point / "chronology.pdf"
    error = _export_fails_cleanly(target, lambda: write_atomic(target, os.urandom(1 << 20)))
    assert isinstance(error, OSError | DiskFull) and (isinstance(error, DiskFull) or error.errno == errno.ENOSPC)
    resize(point, 8 * 1024)
    data = os.urandom(1 << 20)
    write_atomic(target, data)
    assert target.read_bytes() == data


def test_export_when_sync_fails_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "chronology.pdf"

    def failing(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    error = _export_fails_cleanly(target, lambda: write_atomic(target, b"%PDF- new\n" * 1000))
    assert isinstance(error, OSError)


def test_export_on_a_full_disk_says_the_disk_is_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull):
        write_atomic(tmp_path / "chronology.pdf", b"%PDF-")
