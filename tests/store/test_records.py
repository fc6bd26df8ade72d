from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone

import pytest

from stalkdesk.domain.records import ContactRecord, Exhibit
from stalkdesk.domain.vocab import Channel
from stalkdesk.services.workspace import Workspace
from stalkdesk.store import sqlite
from tests import factories


def test_records_round_trip_and_group_under_their_entry(ws: Workspace) -> None:
    case = ws.cases.create(factories.case())
    cid = case.id or 0
    source = ws.exhibits.add(cid, Exhibit(reference="AF/1", description="Fictional chat export"),
                             io.BytesIO(b"fictional export"))
    entry = ws.entries.add(cid, factories.entry(summary="3 WhatsApp messages between 21:02 and 21:05"))
    start = datetime(2024, 3, 3, 21, 2, 7, 123456, tzinfo=UTC)
    records = [
        ContactRecord(kind="message", at=start + timedelta(minutes=i), identity="+447700900456",
                      direction="incoming", channel=Channel.WHATSAPP, body=f"Fictional message {i} 😀",
                      locator=f"line {10 + i}", seq=i + 1, flags=("out_of_order",) if i == 2 else (),
                      entry_id=entry.id, zone_assumed=True)
        for i in range(3)
    ] + [ContactRecord(kind="call", at=start + timedelta(days=1), identity="+447700900456",
                       duration_s=0, direction="missed", seq=4)]
    assert ws.records.add_many(cid, source.id or 0, records) == 4
    got = ws.records.for_entry(entry.id or 0)
    assert [r.body for r in got] == ["Fictional message 0 😀", "Fictional message 1 😀", "Fictional message 2 😀"]
    assert got[0].at == start and got[0].zone_assumed and got[2].flags == ("out_of_order",)
    assert ws.records.count(cid) == 4
    assert ws.records.per_day(cid) == {"2024-03-03": 3, "2024-03-04": 1}
    assert ws.records.per_day(cid, ["+447700900999"]) == {}
    assert [r.seq for r in ws.records.for_source(source.id or 0, first_seq=2, limit=2)] == [2, 3]


def test_none_and_bool_are_stored_as_null_and_integers(ws: Workspace) -> None:
    # store.sqlite registers adapters for None and bool (the driver's fallback for them is
    # slow); what lands in the file must be what it was without them.
    case = ws.cases.create(factories.case())
    source = ws.exhibits.add(case.id or 0, Exhibit(reference="AF/1", description="Fictional call log"),
                             io.BytesIO(b"fictional log"))
    at = datetime(2024, 3, 3, 21, 2, tzinfo=UTC)
    ws.records.add_many(case.id or 0, source.id or 0, [
        ContactRecord(kind="call", at=at, identity="+447700900456", direction="missed", zone_assumed=True, seq=1),
        ContactRecord(kind="call", at=at, identity="+447700900456", direction="missed", zone_assumed=False,
                      duration_s=0, seq=2)])
    with ws.records.db.read() as s:
        raw = s.connection().connection.dbapi_connection
        assert raw is not None
        got = raw.execute("SELECT typeof(zone_assumed), zone_assumed, typeof(duration_s), typeof(entry_id) "
                          "FROM contact_record ORDER BY seq").fetchall()
    assert got == [("integer", 1, "null", "null"), ("integer", 0, "integer", "null")]
    assert [r.zone_assumed for r in ws.records.for_source(source.id or 0)] == [True, False]


def _times_case(ws: Workspace, times: list[datetime]) -> tuple[int, int]:
    case = ws.cases.create(factories.case())
    source = ws.exhibits.add(case.id or 0, Exhibit(reference="AF/1", description="Fictional call log"),
                             io.BytesIO(b"fictional log"))
    ws.records.add_many(case.id or 0, source.id or 0, [
        ContactRecord(kind="call", at=at, identity="+447700900456", direction="missed", seq=i)
        for i, at in enumerate(times, start=1)])
    return case.id or 0, source.id or 0


def test_times_are_stored_as_integer_microseconds_and_read_back_exactly(ws: Workspace) -> None:
    bst = timezone(timedelta(hours=1))
    times = [datetime(2024, 3, 31, 1, 2, 3, 4, tzinfo=UTC), datetime(2024, 7, 1, 0, 30, tzinfo=bst),
             datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC), datetime(999, 1, 1, tzinfo=UTC)]
    case_id, source_id = _times_case(ws, times)
    got = ws.records.for_source(source_id)
    assert [r.at for r in got] == times and all(r.at.tzinfo is UTC for r in got)
    with ws.records.db.read() as s:
        raw = s.connection().connection.dbapi_connection
        assert raw is not None
        stored = raw.execute("SELECT typeof(at_utc), at_utc FROM contact_record ORDER BY seq").fetchall()
    assert stored[0] == ("integer", 1711846923000004) and stored[2] == ("integer", -500000)
    # Days are UTC days, rounded down before 1970 too (SQLite's division rounds toward zero).
    assert ws.records.per_day(case_id) == {"0999-01-01": 1, "1969-12-31": 1, "2024-03-31": 1, "2024-06-30": 1}


def test_a_time_without_a_zone_is_not_stored() -> None:
    with pytest.raises(ValueError, match="no zone"):
        sqlite.db_micros(datetime(2024, 3, 31, 1, 2))


def test_the_records_of_an_entry_are_found_by_the_partial_index(ws: Workspace) -> None:
    # The index holds only records with an entry (0010); a lookup by entry must still use it,
    # or opening an entry of a million-record case would read them all.
    with ws.records.db.read() as s:
        raw = s.connection().connection.dbapi_connection
        assert raw is not None
        plan = raw.execute("EXPLAIN QUERY PLAN SELECT * FROM contact_record WHERE entry_id = ? ORDER BY seq",
                           (7,)).fetchall()
    assert any("USING INDEX ix_contact_record_entry_id" in row[-1] for row in plan), plan
