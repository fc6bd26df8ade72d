"""Everything that is SQLite- or SQLCipher-specific lives here, and only here.

Keying, pragmas and full-text search. A later server store (PostgreSQL) replaces this
module; the repositories above it speak portable SQLAlchemy.

Durability: WAL with synchronous=FULL. Every commit is fsynced to the WAL before it is
acknowledged, so a crash or a kill loses at most the transaction in progress; readers
(the GUI) never block the writer (an import). SQLCipher encrypts WAL pages as it does
database pages, so the WAL is no more readable than the database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Integer, column, event, text
from sqlalchemy.engine import Connection, Engine, create_engine
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from stalkdesk.errors import NotAStore, StoreDamaged

SQLITE_HEADER = b"SQLite format 3\x00"

# Pragma, value to set, value to read back. Checked on every open: a store that cannot
# have these settings is not opened at all.
PRAGMAS: tuple[tuple[str, str, str], ...] = (
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", "2"),
    ("foreign_keys", "ON", "1"),
    ("temp_store", "MEMORY", "2"),  # sorts and temp tables never touch the disk
    ("secure_delete", "ON", "1"),  # deleted rows are zeroed, not left in free pages
)


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
    con = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    try:
        # A raw key (x'...') skips SQLCipher's own PBKDF2: the key is already random.
        con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value, expected in PRAGMAS:
            con.execute(f"PRAGMA {name} = {value}")
            got = str(con.execute(f"PRAGMA {name}").fetchone()[0]).lower()
            if got != expected:
                raise StoreDamaged(
                    f"The store at {path} cannot be opened safely: the setting {name} "
                    f"is {got!r}, not {expected!r}. Nothing was changed."
                )
    except sqlcipher.DatabaseError as exc:
        con.close()
        raise classify(exc, path) from None
    except BaseException:
        con.close()
        raise
    return con


def classify(exc: BaseException, path: Path) -> Exception:
    message = str(exc).lower()
    if "not a database" in message or "encrypted" in message:
        return NotAStore(
            f"{path} could not be decrypted with this key: it is not a StalkDesk store, "
            "it belongs to another key file, or it is damaged."
        )
    return StoreDamaged(f"The store at {path} is damaged ({exc}). Restore it from a backup.")


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


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's HMAC check of every page, then SQLite's own structure check."""
    problems = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
    rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    problems += [r for r in rows if r != "ok"]
    problems += [f"foreign key: {tuple(r)}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
    return problems


def checkpoint(conn: Connection) -> None:
    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


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
