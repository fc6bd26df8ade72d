"""A damaged store is reported as damaged, with a restore offered; it never crashes the app
and never shows partial data as complete.

The database, its write-ahead log and the key file are each damaged by bit flips, zeroed
pages and truncation. SQLCipher reports damage in several shapes (DatabaseError "file is
not a database", "database disk image is malformed", "vtable constructor failed", even
MemoryError): every one reaches the officer as StoreDamaged."""

from __future__ import annotations

import ctypes
import errno
import io
import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3._sqlite3
from sqlalchemy.exc import OperationalError as SAOperationalError
from sqlcipher3 import dbapi2 as sqlcipher

from stalkdesk.domain.records import Exhibit
from stalkdesk.errors import DiskFull, NotAStore, StoreBusy, StoreDamaged, StoreError, WrongPassphrase
from stalkdesk.services.vault import Vault
from stalkdesk.services.verify import verify
from stalkdesk.store.database import translate_errors
from tests import factories
from tests.conftest import PASSPHRASE
from tests.trust.stores import (
    PAGE,
    WAL_FRAME,
    assert_actionable,
    copy_home,
    files,
    fill,
    flip,
    probe,
    snapshot,
    truncate,
    zero,
)


@pytest.fixture(scope="module")
def rich(_template_home: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, dict[str, Any]]:
    """A closed store with a case in it (everything checkpointed into the database file)."""
    home = copy_home(_template_home, tmp_path_factory.mktemp("rich") / "home")
    ws = Vault(home).unlock(PASSPHRASE)
    try:
        case_id = fill(ws)
        expected = snapshot(ws, case_id)
    finally:
        ws.close()
    assert not (home / "stalkdesk.db-wal").exists()
    return home, case_id, expected


def _pages(home: Path) -> int:
    return (home / "stalkdesk.db").stat().st_size // PAGE


# The database file.

DAMAGE = {
    "flip in page 1 (header and schema root)": lambda db, n: flip(db, 200),
    "zeroed page 1": lambda db, n: zero(db, 0, PAGE),
    "flip in page 2": lambda db, n: flip(db, PAGE + 1000),
    "flip in the HMAC of a page": lambda db, n: flip(db, 5 * PAGE - 8),
    "flip a third of the way in": lambda db, n: flip(db, (n // 3) * PAGE + 777),
    "flip two thirds of the way in": lambda db, n: flip(db, (2 * n // 3) * PAGE + 2049),
    "zeroed page halfway": lambda db, n: zero(db, (n // 2) * PAGE, PAGE),
    "zeroed last page": lambda db, n: zero(db, (n - 1) * PAGE, PAGE),
    "truncated to nothing": lambda db, n: truncate(db, 0),
    "truncated to 100 bytes": lambda db, n: truncate(db, 100),
    "truncated to half": lambda db, n: truncate(db, (n // 2) * PAGE),
    "last page cut in two": lambda db, n: truncate(db, n * PAGE - PAGE // 2),
    "replaced by garbage": lambda db, n: db.write_bytes(b"\x8f" * n * PAGE),
}


@pytest.mark.parametrize("how", list(DAMAGE))
def test_damaged_database_is_reported_and_never_read_as_complete(rich: tuple[Path, int, dict[str, Any]],
                                                                 tmp_path: Path, how: str) -> None:
    source, case_id, expected = rich
    home = copy_home(source, tmp_path / "home")
    DAMAGE[how](home / "stalkdesk.db", _pages(source))
    before = files(home)
    outcome = probe(home, case_id, expected)  # asserts: StoreDamaged or exactly the original data
    assert outcome.noticed, f"{how}: nothing reported the damage"
    if outcome.refused_at_open:
        assert files(home) == before, "a refused open changed the files"
        assert "StoreDamaged" in outcome.refused_at_open, outcome.refused_at_open
    else:
        assert outcome.verify != "ok", f"{how}: verify did not see the damage"


def _entry_page(source: Path, case_id: int, expected: dict[str, Any], work: Path) -> int:
    """A page that belongs to the entry table, found the way verify would name it."""
    n = _pages(source)
    for candidate in (n // 3, n // 4, 2 * n // 5, n // 2, n // 5):
        home = copy_home(source, work / f"find{candidate}")
        zero(home / "stalkdesk.db", (candidate - 1) * PAGE, PAGE)
        try:
            ws = Vault(home).unlock(PASSPHRASE)
        except StoreDamaged:
            continue
        try:
            problems = verify(ws).problems
        finally:
            ws.close()
        if any(p.startswith("database: entry: Tree ") and f" page {candidate}:" in p for p in problems):
            return candidate
    raise AssertionError("no page of the entry table found among the candidates")


def test_damage_deep_in_a_table_surfaces_later_and_verify_pinpoints_it(
        rich: tuple[Path, int, dict[str, Any]], tmp_path: Path) -> None:
    source, case_id, expected = rich
    page = _entry_page(source, case_id, expected, tmp_path)
    home = copy_home(source, tmp_path / "home")
    flip(home / "stalkdesk.db", (page - 1) * PAGE + 1500)
    ws = Vault(home).unlock(PASSPHRASE)  # opening reads only the schema: it succeeds
    try:
        assert [s.case.urn for s in ws.cases.list()] == expected["cases"]
        with pytest.raises(StoreDamaged, match=r"damaged .*Verify store.*backup") as caught:
            ws.entries.list(case_id)
        assert_actionable(caught.value)
        # The connection that met the bad page is discarded: the rest can still be read.
        assert [s.case.urn for s in ws.cases.list()] == expected["cases"]
        assert sorted(p.name for p in ws.people.list(case_id)) == expected["people"]
        report = verify(ws)
    finally:
        ws.close()
    assert not report.ok
    assert f"database: HMAC verification failed for page {page} (the page was altered or damaged on disk)" \
        in report.problems, report.problems
    assert any(p.startswith("database: entry: Tree ") for p in report.problems), report.problems
    assert any(p.startswith("database: table entry cannot be read in full") for p in report.problems)


def test_verify_reports_damage_to_evidence_pages_rather_than_raising(
        rich: tuple[Path, int, dict[str, Any]], tmp_path: Path) -> None:
    source, _, _ = rich
    home = copy_home(source, tmp_path / "home")
    zero(home / "stalkdesk.db", (_pages(source) - 30) * PAGE, PAGE)  # among the evidence chunks
    ws = Vault(home).unlock(PASSPHRASE)
    try:
        assert not verify(ws).ok
    finally:
        ws.close()


@pytest.fixture
def heap_limit() -> Iterator[Any]:
    """SQLite's own hard heap limit, set through its C API (a PRAGMA would itself need
    memory to reset it). With the limit just above what is in use, reading a 1 MiB
    evidence chunk fails inside SQLite with SQLITE_NOMEM, which sqlcipher3 raises as
    MemoryError: the same shape damage takes when a bad record asks for a huge buffer."""
    lib = ctypes.CDLL(sqlcipher3._sqlite3.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    lib.sqlite3_hard_heap_limit64.restype = ctypes.c_int64
    lib.sqlite3_hard_heap_limit64.argtypes = [ctypes.c_int64]
    try:
        yield lib
    finally:
        lib.sqlite3_hard_heap_limit64(0)


def test_memory_error_from_sqlite_is_reported_as_damage(ws: Any, heap_limit: Any) -> None:
    case = ws.cases.create(factories.case())
    exhibit = ws.exhibits.add(case.id, Exhibit(reference="AF/1", description="Video", original_filename="v.mp4"),
                              io.BytesIO(bytes(3 << 20)))
    heap_limit.sqlite3_hard_heap_limit64(heap_limit.sqlite3_memory_used() + 300_000)
    try:
        with pytest.raises(StoreDamaged, match=r"ran out of memory.*damaged page.*backup"):
            ws.exhibits.read_original(exhibit.id)
    finally:
        heap_limit.sqlite3_hard_heap_limit64(0)
    assert len(ws.exhibits.read_original(exhibit.id)) == 3 << 20  # and the store carries on


def test_memory_error_in_our_own_code_is_not_mistaken_for_damage(ws: Any) -> None:
    with pytest.raises(MemoryError), translate_errors():
        raise MemoryError


SQLITE_ERRORS = [
    (sqlcipher.DatabaseError("file is not a database"), StoreDamaged, "cannot be read with its key"),
    (sqlcipher.DatabaseError("database disk image is malformed"), StoreDamaged, "is damaged"),
    (sqlcipher.DatabaseError("vtable constructor failed: entry_fts"), StoreDamaged, "is damaged"),
    (sqlcipher.OperationalError("disk I/O error"), StoreDamaged, "input/output error"),
    (sqlcipher.OperationalError("database or disk is full"), DiskFull, "disk is full"),
    (sqlcipher.OperationalError("database is locked"), StoreBusy, "busy"),
    (sqlcipher.OperationalError("attempt to write a readonly database"), StoreError, "read-only"),
    (sqlcipher.OperationalError("unable to open database file"), StoreError, "read-only or not accessible"),
    (OSError(errno.ENOSPC, "No space left on device"), DiskFull, "disk is full"),
    (OSError(errno.EROFS, "Read-only file system"), StoreError, "read-only"),
    (OSError(errno.EIO, "Input/output error"), StoreDamaged, "input/output error"),
]


@pytest.mark.parametrize(("error", "kind", "words"), SQLITE_ERRORS, ids=lambda x: str(x)[:30])
def test_each_shape_of_trouble_becomes_a_message(error: Exception, kind: type[StoreError], words: str) -> None:
    for raised in (error, SAOperationalError("SELECT 1", {}, error)):  # raw, and as SQLAlchemy wraps it
        if isinstance(error, OSError) and raised is not error:
            continue
        with pytest.raises(kind, match=words) as caught, translate_errors(Path("/cases/home/stalkdesk.db")):
            raise raised
        assert type(caught.value) is kind
        assert_actionable(caught.value)


@pytest.mark.parametrize("error", [sqlcipher.IntegrityError("UNIQUE constraint failed"),
                                   sqlcipher.ProgrammingError("Incorrect number of bindings"),
                                   sqlcipher.OperationalError("no such table: entry")])
def test_bugs_and_constraint_errors_are_not_disguised(error: Exception) -> None:
    with pytest.raises(type(error)), translate_errors():
        raise error


# The write-ahead log.


@pytest.fixture(scope="module")
def crashed(_template_home: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The files of a store as a crash leaves them: twelve commits still only in the WAL
    (copied while the store was open, which is what a kill leaves on disk)."""
    work = tmp_path_factory.mktemp("crashed")
    live = copy_home(_template_home, work / "live")
    ws = Vault(live).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case())
    summaries = []
    for i in range(12):
        summaries.append(ws.entries.add(case.id or 0, factories.entry(i, summary=f"commit {i}")).summary)
    snap = work / "snap"
    snap.mkdir()
    for name in ("stalkdesk.db", "stalkdesk.db-wal", "stalkdesk.keys"):
        shutil.copy2(live / name, snap / name)
    ws.close()
    assert (snap / "stalkdesk.db-wal").stat().st_size > 20 * WAL_FRAME
    return snap, summaries


def _wal_frames(home: Path) -> tuple[int, list[int]]:
    data = (home / "stalkdesk.db-wal").read_bytes()
    frames = (len(data) - 32) // WAL_FRAME
    commits = [i for i in range(frames) if int.from_bytes(data[32 + i * WAL_FRAME + 4:32 + i * WAL_FRAME + 8], "big")]
    return frames, commits


WAL_DAMAGE = {
    "flip in the WAL header": lambda wal, frames, commits: flip(wal, 12),
    "zeroed WAL header": lambda wal, frames, commits: zero(wal, 0, 32),
    "flip in an early frame's page": lambda wal, frames, commits: flip(wal, 32 + 2 * WAL_FRAME + 24 + 900),
    "flip in a frame header (salt)": lambda wal, frames, commits: flip(wal, 32 + commits[3] * WAL_FRAME + 9),
    "zeroed frame mid-WAL": lambda wal, frames, commits: zero(wal, 32 + commits[5] * WAL_FRAME, WAL_FRAME),
    "zeroed run of frames": lambda wal, frames, commits: zero(wal, 32 + commits[2] * WAL_FRAME, 5 * WAL_FRAME),
}


@pytest.mark.parametrize("how", list(WAL_DAMAGE))
def test_damaged_wal_is_reported_not_silently_rolled_back(crashed: tuple[Path, list[str]], tmp_path: Path,
                                                          how: str) -> None:
    # SQLite alone would stop at the bad frame and drop every commit after it without a word.
    snap, _ = crashed
    home = copy_home(snap, tmp_path / "home")
    frames, commits = _wal_frames(home)
    WAL_DAMAGE[how](home / "stalkdesk.db-wal", frames, commits)
    before = files(home)
    with pytest.raises(StoreDamaged, match=r"stalkdesk\.db-wal.*keep this folder") as caught:
        Vault(home).unlock(PASSPHRASE)
    assert_actionable(caught.value)
    assert files(home) == before  # the evidence of what was lost is kept as it was


def test_a_crash_left_wal_opens_with_every_commit(crashed: tuple[Path, list[str]], tmp_path: Path) -> None:
    snap, summaries = crashed
    home = copy_home(snap, tmp_path / "home")
    ws = Vault(home).unlock(PASSPHRASE)
    try:
        assert [e.summary for e in ws.entries.list(1)] == summaries
        assert verify(ws).ok
    finally:
        ws.close()


@pytest.mark.parametrize("how", ["damage in the last transaction", "WAL cut at a frame boundary"])
def test_wal_damage_that_looks_like_a_crash_opens_to_an_earlier_consistent_state(
        crashed: tuple[Path, list[str]], tmp_path: Path, how: str) -> None:
    # The documented limit: a torn last write and a cut at a frame boundary are what a
    # power cut can leave, so SQLite's rule (keep the last whole commit) applies. The
    # store opens consistent: whole commits only, in order, and verify passes.
    snap, summaries = crashed
    home = copy_home(snap, tmp_path / "home")
    _, commits = _wal_frames(home)
    wal = home / "stalkdesk.db-wal"
    if how == "damage in the last transaction":
        flip(wal, 32 + commits[-1] * WAL_FRAME + 24 + 100)
    else:
        truncate(wal, 32 + (commits[7] + 1) * WAL_FRAME)
    ws = Vault(home).unlock(PASSPHRASE)
    try:
        got = [e.summary for e in ws.entries.list(1)]
        assert got == summaries[:len(got)] and len(got) < len(summaries)
        assert verify(ws).ok
    finally:
        ws.close()


# The key file.


def _keyfile_damage(text: str) -> dict[str, str]:
    doc = json.loads(text)
    damaged = {
        "truncated": text[: len(text) // 2],
        "empty": "",
        "not JSON": "\x00\x01 not a key file",
        "a JSON list": "[1, 2, 3]",
        "unknown format": text.replace(doc["format"], "stalkdesk-keys/9"),
        "slot not base64": text.replace(doc["passphrase_slot"], "%%%" + doc["passphrase_slot"][3:]),
        "slot missing": json.dumps({k: v for k, v in doc.items() if k != "passphrase_slot"}),
        "kdf cost not a number": text.replace(f'"time_cost": {doc["kdf"]["time_cost"]}', '"time_cost": "x"'),
    }
    for i in range(0, len(text), max(1, len(text) // 12)):
        damaged[f"bit flip at {i}"] = text[:i] + chr(ord(text[i]) ^ 0x04) + text[i + 1:]
    return damaged


def test_damaged_key_file_never_crashes_and_always_says_what_to_do(home: Path) -> None:
    keys = home / "stalkdesk.keys"
    original = keys.read_text()
    outcomes: dict[str, int] = {}
    for label, text in _keyfile_damage(original).items():
        keys.write_text(text)
        try:
            Vault(home).unlock(PASSPHRASE).close()
            outcomes["opened"] = outcomes.get("opened", 0) + 1  # a flip in whitespace is harmless
        except StoreError as exc:
            assert_actionable(exc)
            outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
            if isinstance(exc, NotAStore):
                assert "key file" in str(exc) and "backup" in str(exc), (label, str(exc))
    print(f"damaged key files: {outcomes}")
    assert outcomes.get("NotAStore", 0) >= 5


@pytest.mark.parametrize("field", ["salt", "passphrase_slot", "store_id"])
def test_damaged_key_file_is_not_reported_as_a_wrong_passphrase(home: Path, field: str) -> None:
    keys = home / "stalkdesk.keys"
    doc = json.loads(keys.read_text())
    def other(text: str) -> str:  # one character changed, still valid base64 / text
        return ("A" if text[0] != "A" else "B") + text[1:]

    if field == "salt":
        doc["kdf"]["salt"] = other(doc["kdf"]["salt"])
    else:
        doc[field] = other(doc[field])
    keys.write_text(json.dumps(doc))
    with pytest.raises(StoreError) as caught:
        Vault(home).unlock(PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphrase), str(caught.value)


# A zeroed page. SQLCipher lets an all-zero page through without its HMAC check (it takes
# it for a read past the end of the file). Inside a b-tree that is still caught (a page
# of type 0 is malformed), but the last page of a long value's overflow chain (the tail
# of an evidence chunk) reads back as zeros, without an error.


@pytest.fixture(scope="module")
def evidence_tail(_template_home: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, bytes, int]:
    """A store whose last page is the tail of an exhibit's bytes, and that page's number."""
    work = tmp_path_factory.mktemp("tail")
    source = copy_home(_template_home, work / "source")
    data = random.Random(5).randbytes(300_000)
    ws = Vault(source).unlock(PASSPHRASE)
    case = ws.cases.create(factories.case())
    exhibit = ws.exhibits.add(case.id or 0, Exhibit(reference="AF/1", description="Video", original_filename="v.bin"),
                              io.BytesIO(data))
    ws.close()
    pages = _pages(source)
    for page in range(pages, pages - 6, -1):
        home = copy_home(source, work / "probe")
        zero(home / "stalkdesk.db", (page - 1) * PAGE, PAGE)
        ws = Vault(home).unlock(PASSPHRASE)
        try:
            if ws.exhibits.read_original(exhibit.id or 0) != data:
                return source, exhibit.id or 0, data, page
        except StoreDamaged:
            continue
        finally:
            ws.close()
    pytest.skip("no overflow tail among the last pages of this store's layout")


def test_zeroed_tail_of_evidence_is_caught_by_verify(evidence_tail: tuple[Path, int, bytes, int],
                                                     tmp_path: Path) -> None:
    # Noticed either way: reported with its page, or (verify reports unreadable tables) as
    # StoreDamaged raised from verify itself.
    source, _, _, page = evidence_tail
    home = copy_home(source, tmp_path / "home")
    zero(home / "stalkdesk.db", (page - 1) * PAGE, PAGE)
    ws = Vault(home).unlock(PASSPHRASE)
    try:
        report = verify(ws)
    except StoreDamaged as exc:
        assert_actionable(exc)
    else:
        assert f"database: HMAC verification failed for page {page} (the page was altered or damaged on disk)" \
            in report.problems
    finally:
        ws.close()


def test_zeroed_tail_of_evidence_is_not_read_as_complete(evidence_tail: tuple[Path, int, bytes, int],
                                                         tmp_path: Path) -> None:
    source, exhibit_id, _, page = evidence_tail
    home = copy_home(source, tmp_path / "home")
    zero(home / "stalkdesk.db", (page - 1) * PAGE, PAGE)
    ws = Vault(home).unlock(PASSPHRASE)
    try:
        with pytest.raises(StoreDamaged):
            ws.exhibits.read_original(exhibit_id)
    finally:
        ws.close()
