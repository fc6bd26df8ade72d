"""An open, unlocked store: the engine, the data key, and the officer acting on it."""

from __future__ import annotations

import ctypes
import errno
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import Connection
from sqlmodel import Session

from stalkdesk.errors import DiskFull, StoreDamaged, StoreError
from stalkdesk.store import migrate, sqlite


class Database:
    """Owns the engine and the data key. Close it to dispose of both."""

    def __init__(self, path: Path, key: bytearray, actor: str = "system") -> None:
        self.path = path
        self._key = key
        self.actor = actor  # who is recorded in the audit trail for changes made here
        self._local = threading.local()  # the open transaction of each thread, if any
        self._handed_out: list[str] = []  # key_hex() results, overwritten at close
        try:
            _check_before_open(path)
            self.engine = sqlite.make_engine(path, key)
        except BaseException:
            self._wipe_key()  # nobody else will: the caller handed the key over
            raise
        try:
            # Open one connection now: a wrong key or damaged file fails here, clearly.
            with translate_errors(path):
                with self.engine.connect():
                    pass
                self.migration_backup = migrate.upgrade(self.engine, path)
        except BaseException:
            self.engine.dispose()
            self._wipe_key()
            raise

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE): committed on success, rolled back on error.

        Inside `transaction()` every write and read on this thread joins the one open
        transaction, so a use case made of several repository calls (an import, the demo
        case) is all-or-nothing and sees its own uncommitted rows."""
        current: Session | None = getattr(self._local, "session", None)
        if current is not None:
            yield current
            current.flush()
            return
        with (translate_errors(self.path), self._connect(write=True) as conn,
              Session(bind=conn, expire_on_commit=False) as session, conn.begin()):
            yield session
            session.flush()

    def in_transaction(self) -> bool:
        """Whether this thread is inside `transaction()`."""
        return getattr(self._local, "session", None) is not None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Group several repository calls into one all-or-nothing transaction."""
        if getattr(self._local, "session", None) is not None:
            raise RuntimeError("transactions do not nest")
        with self.write() as session:
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        current: Session | None = getattr(self._local, "session", None)
        if current is not None:
            current.flush()
            yield current
            return
        with translate_errors(self.path), self._connect() as conn, conn.begin(), Session(bind=conn) as session:
            yield session

    @contextmanager
    def _connect(self, write: bool = False) -> Iterator[Connection]:
        """A pooled connection; one that met damage is discarded, not pooled: SQLCipher
        refuses further page reads on a connection once a page has failed its check."""
        with self.engine.connect() as conn:
            if write:
                conn = conn.execution_options(stalkdesk_write=True)
            try:
                yield conn
            except BaseException as exc:
                if isinstance(sqlite.known_condition(exc, self.path), StoreDamaged):
                    conn.invalidate()
                raise

    def close(self) -> None:
        """Dispose of every connection and overwrite the key in memory, and any copy of it
        handed out as text that nobody else still holds."""
        self.engine.dispose()
        self._wipe_key()
        while self._handed_out:
            text = self._handed_out.pop()
            if sys.getrefcount(text) <= _UNSHARED_REFS:  # nobody else can see it change
                _overwrite_str(text)
            del text

    def _wipe_key(self) -> None:
        for i in range(len(self._key)):
            self._key[i] = 0

    def key_hex(self) -> str:
        """The data key as hex, only for handing to the OS credential store.

        A str cannot be wiped by ordinary means; this one is overwritten in place at
        close() if the caller has let go of it by then (see _overwrite_str)."""
        text = self._key.hex()
        self._handed_out.append(text)
        return text

    @property
    def closed(self) -> bool:
        return not any(self._key)


_UNSHARED_REFS = 2  # the local `text` and getrefcount's own argument


def _overwrite_str(text: str) -> bool:
    """Overwrite the characters of an ASCII str in place. CPython-specific hardening.

    Python strings are immutable and their memory is not cleared when freed, so a key
    turned into text would linger in the heap. For a compact ASCII str (CPython), the
    characters follow the object header, ending in a NUL; we check that layout before
    writing, and only ever call this on a str nobody else references. Returns whether
    it wrote."""
    if sys.implementation.name != "cpython" or not text or not text.isascii():
        return False
    start = id(text) + sys.getsizeof(text) - len(text) - 1
    first = ctypes.c_char.from_address(start).value
    last = ctypes.c_char.from_address(start + len(text) - 1).value
    nul = ctypes.c_char.from_address(start + len(text)).value
    if first != text[0].encode() or last != text[-1].encode() or nul != b"\x00":
        return False
    ctypes.memset(start, 0, len(text))
    return True


def _check_before_open(path: Path) -> None:
    """What SQLite would not tell us: a plain SQLite file, a store it would take for new,
    a WAL whose damage it would pass over in silence, a folder we cannot write to."""
    sqlite.refuse_plain_sqlite(path)
    if not path.exists():
        return  # a new store
    if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK):
        raise sqlite.read_only(path)
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 32
    if path.stat().st_size == 0 and not has_wal:
        # SQLCipher would open an empty file as a brand-new, empty store: every case gone,
        # and nothing to say so.
        raise StoreDamaged(f"The store database {path} is empty: its contents have been lost. "
                           f"Nothing was changed. {sqlite.RESTORE}.")
    problem = sqlite.wal_problem(path) if has_wal else None
    if problem:
        raise StoreDamaged(
            f"The store in {path.parent} is damaged: {problem}. Nothing was changed. {sqlite.RESTORE}, "
            "and keep this folder as it is: the changes after the damage may still be recoverable.")


@contextmanager
def translate_errors(path: Path | None = None) -> Iterator[None]:
    """Known database conditions become messages; anything else is a bug and propagates."""
    try:
        yield
    except StoreError:
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(
                f"The disk is full ({exc.filename or 'writing'}): nothing was changed. "
                "Free some space and try again."
            ) from None
        if exc.errno == errno.EROFS:
            raise sqlite.read_only(path) from None
        if exc.errno == errno.EIO:
            raise StoreDamaged(
                f"The disk reported an input/output error ({exc.filename or 'writing'}): the last change "
                "was not saved. Check that the drive is connected and healthy, and try again. If it happens "
                f"again, run Verify store, and {sqlite.RESTORE_LC} if it reports damage."
            ) from None
        raise
    except Exception as exc:
        known = sqlite.known_condition(exc, path)
        if known is None:
            raise
        raise known from None
