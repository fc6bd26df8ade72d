"""An open, unlocked store: the engine, the data key, and the officer acting on it."""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from stalkdesk.errors import DiskFull, StoreBusy, StoreDamaged, StoreError
from stalkdesk.store import migrate, sqlite


class Database:
    """Owns the engine and the data key. Close it to dispose of both."""

    def __init__(self, path: Path, key: bytearray, actor: str = "system") -> None:
        self.path = path
        self._key = key
        self.actor = actor  # who is recorded in the audit trail for changes made here
        self._local = threading.local()  # the open transaction of each thread, if any
        sqlite.refuse_plain_sqlite(path)
        self.engine = sqlite.make_engine(path, key)
        try:
            # Open one connection now: a wrong key or damaged file fails here, clearly.
            with self.engine.connect():
                pass
            self.migration_backup = migrate.upgrade(self.engine, path)
        except BaseException:
            self.engine.dispose()
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
        with translate_errors(), self.engine.connect() as conn:
            conn = conn.execution_options(stalkdesk_write=True)
            with Session(bind=conn, expire_on_commit=False) as session, conn.begin():
                yield session
                session.flush()

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
        with translate_errors(), self.engine.connect() as conn, conn.begin(), Session(bind=conn) as session:
            yield session

    def close(self) -> None:
        """Dispose of every connection and overwrite the key in memory."""
        self.engine.dispose()
        for i in range(len(self._key)):
            self._key[i] = 0

    def key_hex(self) -> str:
        """The data key as hex, only for handing to the OS credential store."""
        return self._key.hex()

    @property
    def closed(self) -> bool:
        return not any(self._key)


@contextmanager
def translate_errors() -> Iterator[None]:
    """Known database conditions become messages; anything else is a bug and propagates."""
    try:
        yield
    except StoreError:
        raise
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "full" in text:
            raise DiskFull(
                "The disk is full: the last change was not saved. Free some space and try again."
            ) from None
        if "locked" in text or "busy" in text:
            raise StoreBusy(
                "The store is busy with another StalkDesk window or command. Try again in a moment."
            ) from None
        if "disk i/o" in text:
            raise StoreDamaged(
                "The disk reported an input/output error: the last change was not saved."
            ) from None
        raise
    except DBAPIError as exc:
        text = str(exc.orig).lower()
        if "malformed" in text or "not a database" in text:
            raise StoreDamaged(
                "The store is damaged and could not be read. Restore it from a backup."
            ) from None
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull(
                f"The disk is full ({exc.filename or 'writing'}): nothing was changed. "
                "Free some space and try again."
            ) from None
        raise
