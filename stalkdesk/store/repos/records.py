"""Imported contact records (messages, calls, emails): bulk in, by entry or by day out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import func, select

from stalkdesk.domain.records import ContactRecord
from stalkdesk.domain.vocab import Channel
from stalkdesk.store import sqlite
from stalkdesk.store.database import Database
from stalkdesk.store.tables import ContactRecordRow

Row = tuple[Any, ...]  # a contact_record row in _COLUMNS order, as importers.staging makes them
BULK_CACHE_MIB = 128  # page cache while a big import writes (SQLite's default: 8 MB)
_COLUMNS = ("case_id", "source_exhibit_id", "seq", "locator", "kind", "channel", "at_utc", "zone_assumed",
            "direction", "identity", "display_name", "body", "duration_s", "attachment", "flags", "entry_id")


def to_record(row: ContactRecordRow) -> ContactRecord:
    return ContactRecord(
        kind=row.kind, at=row.at_utc, identity=row.identity, direction=row.direction,
        channel=Channel(row.channel) if row.channel else None, zone_assumed=row.zone_assumed,
        display_name=row.display_name, body=row.body, duration_s=row.duration_s, attachment=row.attachment,
        locator=row.locator, seq=row.seq, flags=tuple(f for f in row.flags.split(",") if f),
        entry_id=row.entry_id, source_exhibit_id=row.source_exhibit_id, id=row.id,
    )


class RecordRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add_many(self, case_id: int, source_exhibit_id: int, records: Sequence[ContactRecord]) -> int:
        """Insert records in one executemany: a million call records is an ordinary import.

        Audited by the caller's import row (one per import, not one per record). Plain
        tuples straight to the driver: at a million rows SQLAlchemy's per-row parameter
        processing alone costs some 20 seconds."""
        rows = [
            (case_id, source_exhibit_id, r.seq, r.locator, r.kind, r.channel.value if r.channel else None,
             sqlite.db_micros(r.at), r.zone_assumed, r.direction, r.identity, r.display_name, r.body,
             r.duration_s, r.attachment, ",".join(r.flags), r.entry_id)
            for r in records
        ]
        if rows:
            with self.db.write() as s:
                sqlite.executemany(s.connection(), "contact_record", _COLUMNS, rows)
        return len(rows)

    def insert_rows(self, rows: Sequence[Row]) -> int:
        """Insert rows in `_COLUMNS` order (importers.staging makes them) in one executemany,
        audited by the caller's import row as add_many is."""
        if rows:
            with self.db.write() as s:
                sqlite.executemany(s.connection(), "contact_record", _COLUMNS, rows)
        return len(rows)

    def next_id(self) -> int:
        """The id the next record stored will have (inside a transaction, for an import)."""
        with self.db.write() as s:
            return (s.exec(select(func.max(ContactRecordRow.id))).scalar() or 0) + 1

    def defer_links(self) -> None:
        """Inside a transaction: check the records' links to their entries (and every other
        foreign key) at commit rather than row by row, so that an import can store records
        before the entries they belong to. A link still missing then fails the commit, and
        the whole import is rolled back. SQLite ends this with the transaction."""
        with self.db.write() as s:
            s.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    def relink(self, source_exhibit_id: int, first_id: int, changes: Sequence[tuple[int, int]]) -> None:
        """Put records of one source on other entries: (entry id, seq) for records with an id
        from `first_id` on (those of the import under way)."""
        if changes:
            with self.db.write() as s:
                s.connection().exec_driver_sql(
                    "UPDATE contact_record SET entry_id = ? WHERE source_exhibit_id = ? AND seq = ? AND id >= ?",
                    [(entry_id, source_exhibit_id, seq, first_id) for entry_id, seq in changes])

    @contextmanager
    def bulk_cache(self, big: bool, mib: int = BULK_CACHE_MIB) -> Iterator[None]:
        """Inside a transaction that stores a big import: the connection's page cache raised to
        `mib` while it writes (if `big`), and put back after. With the default 8 MB cache the
        pages of three growing indexes are written out (encrypted) and read back again and
        again: a million call records took 0.4 s longer (`python -m bench import.calls`), for
        some 125 MB less at the peak."""
        if not big:
            yield
            return
        with self.db.write() as s:
            raw = s.connection().connection.dbapi_connection
            assert raw is not None
            before = int(raw.execute("PRAGMA cache_size").fetchone()[0])
            raw.execute(f"PRAGMA cache_size = {-mib * 1024}")
        try:
            yield
        finally:
            with suppress(sqlite.sqlcipher.Error):  # only memory is at stake: it is freed with the connection
                raw.execute(f"PRAGMA cache_size = {before}")

    def for_entry(self, entry_id: int) -> list[ContactRecord]:
        q = select(ContactRecordRow).where(ContactRecordRow.entry_id == entry_id).order_by(ContactRecordRow.seq)
        with self.db.read() as s:
            return [to_record(r) for r in s.exec(q).scalars()]

    def for_source(self, source_exhibit_id: int, first_seq: int = 1, limit: int = 1000) -> list[ContactRecord]:
        q = (select(ContactRecordRow)
             .where(ContactRecordRow.source_exhibit_id == source_exhibit_id, ContactRecordRow.seq >= first_seq)
             .order_by(ContactRecordRow.seq).limit(limit))
        with self.db.read() as s:
            return [to_record(r) for r in s.exec(q).scalars()]

    def count(self, case_id: int) -> int:
        with self.db.read() as s:
            return int(s.exec(select(func.count()).where(ContactRecordRow.case_id == case_id)).scalar() or 0)

    def per_day(self, case_id: int, identities: Sequence[str] = ()) -> dict[str, int]:
        """Records per UTC calendar day ('2024-03-03': 41), optionally only from some identities."""
        day = sqlite.utc_day(ContactRecordRow.at_utc)
        q = select(day, func.count()).where(ContactRecordRow.case_id == case_id)
        if identities:
            q = q.where(ContactRecordRow.identity.in_(list(identities)))
        with self.db.read() as s:
            return {d: n for d, n in s.exec(q.group_by(day).order_by(day)).all()}
