"""Everything that is SQLite- or SQLCipher-specific lives here, and only here.

Keying, pragmas, damage checks, the classification of SQLite's errors, and full-text
search. A later server store (PostgreSQL) replaces this module; the repositories above
it speak portable SQLAlchemy.

Durability: WAL with synchronous=FULL. Every commit is fsynced to the WAL before it is
acknowledged, so a crash or a kill loses at most the transaction in progress; readers
(the GUI) never block the writer (an import). SQLCipher encrypts WAL pages as it does
database pages, so the WAL is no more readable than the database.
"""

from __future__ import annotations

import mmap
import os
import re
import struct
import time
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeAlias

from sqlalchemy import BigInteger, Integer, column, event, func, literal_column, text, type_coerce
from sqlalchemy.engine import Connection, Engine, create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlalchemy.types import TypeDecorator
from sqlcipher3 import dbapi2 as sqlcipher

from stalkdesk.errors import DiskFull, NotAStore, StoreBusy, StoreDamaged, StoreError

SQLITE_HEADER = b"SQLite format 3\x00"

# The driver binds a None or a bool through its generic adaptation path, which looks for
# __adapt__ and __conform__ and fails: about a microsecond per value, a third of the time of
# a million-row import (every record has a bool and most have a None). Registered adapters
# are found in one dictionary look-up; the values bound are the same (NULL, 0 or 1).
sqlcipher.register_adapter(type(None), lambda value: value)
sqlcipher.register_adapter(bool, int)

# Pragma, value to set, value to read back. Checked on every open: a store that cannot
# have these settings is not opened at all.
PRAGMAS: tuple[tuple[str, str, str], ...] = (
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", "2"),
    ("foreign_keys", "ON", "1"),
    ("temp_store", "MEMORY", "2"),  # sorts and temp tables never touch the disk
    ("secure_delete", "ON", "1"),  # deleted rows are zeroed, not left in free pages
)

RESTORE = "Restore the store from your latest backup"
RESTORE_LC = "restore the store from your latest backup"


def refuse_plain_sqlite(path: Path) -> None:
    """A plain SQLite file starts with a readable header; ours is random from byte 0."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return
    if head == SQLITE_HEADER:
        raise NotAStore(
            f"{path} is an ordinary, unencrypted SQLite file, not a StalkDesk store. "
            "StalkDesk will not open it."
        )


def connect_raw(path: Path, key: bytearray) -> Any:
    """Open a SQLCipher connection keyed with the raw 256-bit data key and harden it."""
    try:
        con = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    except sqlcipher.Error as exc:
        raise classify(exc, path) from None
    try:
        _apply_key(con, key)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value, expected in PRAGMAS:
            con.execute(f"PRAGMA {name} = {value}")
            got = str(con.execute(f"PRAGMA {name}").fetchone()[0]).lower()
            if got != expected:
                raise StoreError(
                    f"The store at {path} cannot be opened safely: the setting {name} "
                    f"is {got!r}, not {expected!r}. This happens when the folder is read-only or "
                    "on a drive that cannot share memory between programs (some network or "
                    "removable drives). Nothing was changed. Copy the store folder to a local, "
                    "writable disk and open it there."
                )
    except (sqlcipher.Error, MemoryError) as exc:
        con.close()
        raise classify(exc, path) from None
    except BaseException:
        con.close()
        raise
    return con


def _apply_key(con: Any, key: bytearray) -> None:
    """Key the connection without the key ever becoming a Python str.

    `PRAGMA key = "x'..'"` would put the key, as hex, in an immutable str (kept in the
    connection's statement cache) and in SQLite's copies of the SQL text, none of which
    are wiped when freed. sqlcipher3's `set_key` hands a buffer straight to
    `sqlite3_key()`, so the only copies are this bytearray, wiped at once, and
    SQLCipher's own, which it wipes when the connection closes. A raw key (x'...') skips
    SQLCipher's own PBKDF2: the key is already random."""
    literal = bytearray(3 + 2 * len(key))
    try:
        literal[0:2] = b"x'"
        for i, byte in enumerate(key):  # ints 0-255 are shared objects: no copy of the key
            literal[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
            literal[3 + 2 * i] = _HEX_DIGITS[byte & 0x0F]
        literal[-1] = ord("'")
        con.set_key(literal)
    finally:
        literal[:] = bytes(len(literal))


_HEX_DIGITS = b"0123456789abcdef"


# How SQLite and SQLCipher report trouble, and what the officer is told.


def known_condition(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """The store error for a database exception we recognise, or None for a bug.

    Damage reaches us in several shapes: sqlcipher's DatabaseError ("file is not a
    database", "database disk image is malformed", "vtable constructor failed" when an
    FTS page fails its HMAC check), and even MemoryError when a damaged record makes a
    read ask for more memory than exists. Constraint and programming errors are not
    conditions of the store: they are left for the caller (Conflict) or the crash
    handler (bugs)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    where = f" in {path.parent}" if path is not None else ""
    if isinstance(orig, MemoryError):
        return _memory_error(where) if _raised_by_driver(orig) else None
    if not isinstance(orig, sqlcipher.Error) or isinstance(
            orig, sqlcipher.IntegrityError | sqlcipher.ProgrammingError | sqlcipher.InterfaceError):
        return None
    message = str(orig).lower()
    if "full" in message:
        return DiskFull(f"The disk is full: the store{where} could not save the last change, and nothing "
                        "was lost. Free some space and try again.")
    if "locked" in message or "busy" in message:
        return StoreBusy("The store is busy with another StalkDesk window or command. Try again in a moment.")
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return read_only(path)
    if "disk i/o" in message:
        return StoreDamaged(
            f"The disk reported an input/output error while StalkDesk was using the store{where}: the "
            "last change was not saved. Check that the drive is connected and healthy. If this happens "
            f"again, run Verify store, and {RESTORE_LC} if it reports damage.")
    if "not a database" in message or "encrypted" in message:
        return StoreDamaged(
            f"The store{where} cannot be read with its key: the database file is damaged, or it is not "
            f"the database that belongs to this key file. Nothing was changed. {RESTORE}.")
    if isinstance(orig, sqlcipher.OperationalError):
        return None  # "no such table" and the like: a bug, not a condition of the store
    return StoreDamaged(f"The store{where} is damaged ({orig}). Nothing was changed. Run Verify store to "
                        f"see what is affected, and {RESTORE_LC}.")


def classify(exc: BaseException, path: Path) -> Exception:
    """Any failure to open a connection, as a store error (unknown ones count as damage)."""
    known = known_condition(exc, path)
    if known is not None:
        return known
    if isinstance(exc, MemoryError):
        return _memory_error(f" in {path.parent}")
    return StoreDamaged(f"The store at {path} could not be opened ({exc}). Nothing was changed. {RESTORE}.")


def read_only(path: Path | None) -> StoreError:
    where = f" in {path.parent}" if path is not None else ""
    return StoreError(
        f"The store{where} cannot be written: its folder or drive is read-only or not accessible. "
        "StalkDesk only opens its store where it can save changes safely. Check the folder's "
        "permissions, or copy the store folder to a local, writable disk and open it there.")


def _memory_error(where: str) -> StoreDamaged:
    return StoreDamaged(
        f"Reading the store{where} ran out of memory, which with enough free memory means a damaged "
        f"page. Nothing was changed. Run Verify store, and {RESTORE_LC} if it reports damage.")


_DRIVER_FRAMES = ("sqlcipher3", os.path.join("sqlalchemy", "engine", "default.py"),
                  os.path.join("sqlalchemy", "engine", "cursor.py"))


def _raised_by_driver(exc: BaseException) -> bool:
    """A MemoryError counts as the store's only if SQLite raised it: the innermost frame is
    the one that called into the driver (execute or fetch), not our own Python code."""
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and any(part in frames[-1].filename for part in _DRIVER_FRAMES)


# Damage checks.


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's HMAC check of every page, SQLite's own structure check and the foreign
    keys; where they find damage, the tables that can no longer be read in full.

    Each check runs on a fresh connection: once SQLCipher meets a page that fails its
    HMAC check, the connection that read it refuses further page reads, which would
    make every later check report the same damage."""
    engine = conn.engine
    roots: dict[int, str] = {}
    problems: list[str] = []

    def run(sql: str, keep: bool = True) -> list[tuple[Any, ...]] | str:
        raw = engine.raw_connection()
        try:
            rows: list[tuple[Any, ...]] = []
            for row in raw.cursor().execute(sql):
                if keep:  # a full scan keeps nothing: evidence tables can be gigabytes
                    rows.append(tuple(row))
            return rows
        except (sqlcipher.Error, MemoryError) as exc:
            raw.invalidate()
            return f"{type(exc).__name__}: {exc}"
        finally:
            raw.close()

    schema = run("SELECT name, rootpage, type FROM sqlite_master WHERE rootpage > 0")
    if isinstance(schema, str):
        return [f"the list of tables cannot be read ({schema})"]
    roots = {int(r[1]): str(r[0]) for r in schema}
    cipher = run("PRAGMA cipher_integrity_check")
    bad_pages: set[int] = set()
    if isinstance(cipher, str):
        problems.append(f"the page check (HMAC) could not run ({cipher})")
    else:
        for (line,) in cipher:
            match = re.search(r"page (\d+)", str(line))
            page = int(match.group(1)) if match else 0
            bad_pages.add(page)
            name = f", the first page of {roots[page]}" if page in roots else ""
            problems.append(f"{line} (the page was altered or damaged on disk{name})")
    structure = run("PRAGMA integrity_check(50)")
    if isinstance(structure, str):
        problems.append(f"the structure check could not complete ({structure})")
    else:
        lines = [line for r in structure for line in str(r[0]).splitlines()
                 if line != "ok" and not line.startswith("*** in database")]
        if bad_pages:
            # Once SQLCipher has refused a page, the check's connection refuses every page
            # after it: only the lines about the refused pages themselves say anything.
            about = [line for line in lines if any(f" page {p}:" in line for p in bad_pages)]
            if len(lines) > len(about):
                about.append(f"({len(lines) - len(about)} further structure errors follow from the pages above)")
            lines = about
        problems += [_name_tree(line, roots) for line in lines[:20]]
        if len(lines) > 20:
            problems.append(f"... and {len(lines) - 20} more structure problems")
    keys = run("PRAGMA foreign_key_check")
    if isinstance(keys, str):
        problems.append(f"the foreign key check could not complete ({keys})")
    else:
        problems += [f"foreign key: {r}" for r in keys]
    if problems:
        for name, _root, kind in schema:
            if kind != "table":
                continue
            # Every column of every row: overflow pages (long text, evidence chunks) too.
            result = run(f'SELECT * FROM "{name}"', keep=False)
            if isinstance(result, str):
                problems.append(f"table {name} cannot be read in full ({result})")
    return problems


def _name_tree(line: str, roots: dict[int, str]) -> str:
    """'Tree 28 page 224: ...' names the b-tree by its root page; say which table it is."""
    match = re.match(r"Tree (\d+) ", line)
    if match and int(match.group(1)) in roots:
        return f"{roots[int(match.group(1))]}: {line}"
    return line


def checkpoint(conn: Connection) -> None:
    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# The write-ahead log, checked before SQLite reads it.
#
# SQLite treats a WAL frame that fails its checksum as the torn end of a crashed write:
# it stops there and silently ignores every later frame, even whole commits made (and
# fsynced) after the damaged one. So a single bad sector in the WAL would roll the store
# back without a word. Before opening, we look for exactly that: a damaged frame followed
# by two or more commits of the same WAL generation. A torn write can only affect the last
# transaction (with synchronous=FULL each commit is on disk before the next begins), so
# this never mistakes a crash for damage. What cannot be seen: damage confined to the last
# transaction, and a WAL cut short exactly at a frame boundary.

Buffer: TypeAlias = bytes | mmap.mmap
WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000


def wal_problem(db_path: Path) -> str | None:
    """A description of damage in the store's WAL that SQLite would pass over, or None."""
    wal = db_path.with_name(db_path.name + "-wal")
    problem: str | None = None
    for attempt in range(3):
        try:
            with open(wal, "rb") as fh:
                if os.fstat(fh.fileno()).st_size < 32:
                    return None
                with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
                    found = _wal_damage(data, wal.name)
        except FileNotFoundError:
            return None
        if found is None or found == problem:
            return found
        # Another StalkDesk process may be writing the WAL this instant, making a frame
        # look torn; damage at rest reads the same twice.
        problem = found
        time.sleep(0.05 * (attempt + 1))
    return problem


def _wal_damage(data: Buffer, name: str) -> str | None:
    if len(data) < 32:
        return None
    magic, version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack_from(">8I", data, 0)
    big = magic & 1
    valid_size = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
    frame = 24 + page_size if valid_size else 24 + 4096
    frames = (len(data) - 32) // frame
    if frames == 0:
        return None
    if (magic not in WAL_MAGIC or version != WAL_VERSION or not valid_size
            or _wal_checksum(data, 0, 24, big, 0, 0) != (ck1, ck2)):
        return (f"the header of {name} is damaged, so the changes held in its {frames} pages "
                "would be ignored without warning")
    s0, s1 = ck1, ck2
    first_bad = None
    for i in range(frames):
        at = 32 + i * frame
        f_salt1, f_salt2, f_ck1, f_ck2 = struct.unpack_from(">4I", data, at + 8)
        if (f_salt1, f_salt2) != (salt1, salt2):
            first_bad = i
            break
        s0, s1 = _wal_checksum(data, at, 8, big, s0, s1)
        s0, s1 = _wal_checksum(data, at + 24, page_size, big, s0, s1)
        if (s0, s1) != (f_ck1, f_ck2):
            first_bad = i
            break
    if first_bad is None:
        return None
    commits = 0
    for i in range(first_bad, frames):
        at = 32 + i * frame
        commit_size, f_salt1, f_salt2 = struct.unpack_from(">3I", data, at + 4)
        if commit_size and (f_salt1, f_salt2) == (salt1, salt2):
            commits += 1
    if commits < 2:
        return None
    return (f"page {first_bad + 1} of the {frames} in {name} is damaged, so SQLite would silently "
            f"drop it and the {commits} saved changes written after it")


def _wal_checksum(data: Buffer, offset: int, length: int, big: int, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum (a Fletcher-like sum over 32-bit words), continued from s0, s1."""
    words = struct.unpack_from(f"{'>' if big else '<'}{length // 4}I", data, offset)
    it = iter(words)
    for a, b in zip(it, it, strict=True):
        s0 = (s0 + a + s1) & 0xFFFFFFFF
        s1 = (s1 + b + s0) & 0xFFFFFFFF
    return s0, s1


def make_engine(path: Path, key: bytearray) -> Engine:
    """An SQLAlchemy engine over SQLCipher connections. Transactions are begun by us:
    `BEGIN IMMEDIATE` for writes (so the audit chain is read and extended under one
    lock) and a deferred `BEGIN` for reads."""
    engine = create_engine(
        # The plain sqlite dialect over the sqlcipher3 module: the pysqlcipher dialect would
        # send its own passphrase-style PRAGMA key, and we key with a raw key instead.
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect_raw(path, key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("stalkdesk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


# The FTS5 table itself (entry_fts) is created by migration 0002.


def fts_query(words: str) -> str:
    """Turn what the officer typed into an FTS5 query: every word must appear, as a prefix.
    Quoting each word keeps FTS5 syntax characters from being read as operators."""
    terms = [w.replace('"', '""') for w in words.split() if w.strip()]
    return " ".join(f'"{t}"*' for t in terms)


def fts_entry_ids(words: str) -> Any:
    """A subquery of entry ids whose summary, account or location match `words`."""
    return (text("SELECT rowid FROM entry_fts WHERE entry_fts MATCH :q")
            .bindparams(q=fts_query(words)).columns(column("rowid", Integer)))


def db_time(at: datetime) -> str:
    """An aware time as SQLAlchemy's DateTime stores it on SQLite (naive UTC text), for
    rows written straight to the driver."""
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


UTC_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def db_micros(at: datetime) -> int:
    """An aware time as a UtcMicros column stores it: microseconds since 1970 UTC."""
    if at.tzinfo is None:
        raise ValueError(f"{at} has no zone: stored times are aware")
    return (at - UTC_EPOCH) // MICROSECOND


def from_db_micros(value: int | str) -> datetime:
    """The aware UTC time a UtcMicros column holds. Text is a time as DateTime stored it
    before (naive UTC): a handover bundle of an older StalkDesk holds its records' so."""
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return UTC_EPOCH + timedelta(microseconds=value)


class UtcMicros(TypeDecorator[datetime]):
    """An aware time stored as an integer: microseconds since 1970 UTC (db_micros).

    For the contact records, a million rows a case: eight bytes against DateTime's 26 of
    text, in the table and in its time index, and no text to format or parse per row
    (importers.staging makes the integers itself). Orders as the times do."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> int | None:
        return None if value is None else db_micros(value)

    def process_result_value(self, value: int | str | None, dialect: Any) -> datetime | None:
        return None if value is None else from_db_micros(value)


def floor_div(value: Any, n: int) -> Any:
    """An integer SQL expression divided by `n`, rounded down as Python's // rounds (SQLite's
    integer division rounds toward zero: times before 1970 would join the wrong hour)."""
    v, k = type_coerce(value, Integer), literal_column(str(int(n)), Integer)
    return (v - (v % k + k) % k).self_group().op("/")(k)


def utc_day(micros: Any) -> Any:
    """'2024-03-03': the UTC calendar day of a UtcMicros column, in SQL."""
    return func.date(floor_div(micros, 1_000_000), "unixepoch")


def executemany(conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A bulk insert of plain tuples straight to the driver, inside `conn`'s transaction."""
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()
