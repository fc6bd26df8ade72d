"""A big call log or chat read by a second process: the same import, errors as the importer's own, cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from stalkdesk.domain.vocab import Channel
from stalkdesk.importers import calls
from stalkdesk.importers.base import ImportFormatError, ParsedRecord, ParseOptions
from stalkdesk.importers.grouping import DEFAULT_WINDOW
from stalkdesk.importers.staging import stage
from stalkdesk.services import import_worker
from stalkdesk.services.importing import ImportRefused, ImportSummary, run_import
from stalkdesk.services.workspace import Workspace
from stalkdesk.store import sqlite
from tests import factories
from tests.imaging.images import png_screenshot
from tests.importers.helpers import fixture, whatsapp_zip


class Stop(Exception):
    pass


def _case(ws: Workspace, urn: str = "01FC0000124") -> int:
    case = ws.cases.create(factories.case(urn))
    assert case.id is not None
    ws.people.add(case.id, factories.suspect(phones=("+447700900456",)))
    ws.people.add(case.id, factories.victim())
    return case.id


def _log(path: Path, rows: int = 400) -> Path:
    """A call log with what a real one holds: the suspect's calls in bursts, other numbers,
    and rows that are skipped (short, a data session, a date that can't be read)."""
    lines = ["Date/Time,Direction,Other Party,Duration (s),Type"]
    at = datetime(2024, 3, 30, 22, 0)  # over the clocks going forward in the UK
    for i in range(rows):
        at += timedelta(minutes=90 if i % 37 == 0 else 3)
        number = "07700 900456" if i % 3 else f"07700 900{i % 50:03d}"
        direction = ("Incoming", "Missed", "Outgoing", "Rejected")[i % 4]
        lines.append(f"{at:%d/%m/%Y %H:%M:%S},{direction},{number},{i % 200},Voice")
    lines[50] = "13/03/2024 25:61:00,Incoming,07700 900456,3,Voice"
    lines[60] = "14/03/2024 10:00:00,Outgoing"
    lines[70] = "14/03/2024 10:01:00,Outgoing,07700 900456,0,Data"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _chat(path: Path, messages: int = 400) -> Path:
    """A fictional Android WhatsApp export with the quirks the parser reads: lines of a message
    over several lines, system lines, media, a message out of order, an unreadable time."""
    at, lines = datetime(2024, 3, 13, 20, 0), ["13/03/2024, 20:00 - Messages and calls are end-to-end encrypted. "
                                               "No one outside of this chat, not even WhatsApp, can read or listen "
                                               "to them. Tap to learn more."]
    for i in range(messages):
        at += timedelta(minutes=150 if i % 29 == 0 else 4)
        who = "Sam Sample" if i % 3 else "Jo Example"
        text = "<Media omitted>" if i % 17 == 0 else f"Fictional message {i}"
        lines.append(f"{at:%d/%m/%Y, %H:%M} - {who}: {text}")
        if i % 11 == 0:
            lines.append("and a second line of it")
    lines[100] = "14/03/2024, 09:00 - Sam Sample: Fictional message sent earlier, exported late"
    lines[120] = "14/03/2024, 25:61 - Sam Sample: an unreadable time"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> list[import_worker.Reader]:
    """Every file read by a child process (whatever its size), and its Reader."""
    made: list[import_worker.Reader] = []
    real = import_worker.Reader

    def reader(job: import_worker.Job) -> import_worker.Reader:
        made.append(real(job))
        return made[-1]

    monkeypatch.setattr(import_worker, "MIN_BYTES", 0)
    monkeypatch.setattr(import_worker, "Reader", reader)
    return made


def _stored(ws: Workspace, case_id: int) -> list[tuple[Any, ...]]:
    records = ws.records.for_source(ws.exhibits.list(case_id)[0].id or 0, limit=10_000)
    # Everything of an entry but what differs between two cases: ids of rows (the source
    # exhibit's, the suspect's) and when it was stored.
    entries = {e.id: (e.item_number, e.when, e.summary, e.account, e.source_reference, e.behaviours, e.channel,
                      e.source, e.evidential_status, [x.locator for x in e.exhibits], len(e.people),
                      e.provenance and (e.provenance.locator, e.provenance.importer))
               for e in ws.entries.list(case_id)}
    return [(r.seq, r.locator, r.kind, r.at, r.zone_assumed, r.direction, r.identity, r.duration_s, r.flags,
             r.channel, entries.get(r.entry_id)) for r in records]


def _both_ways(ws: Workspace, fmt: str, path: Path, monkeypatch: pytest.MonkeyPatch,
               spy: list[import_worker.Reader]) -> tuple[ImportSummary, ImportSummary]:
    """The file imported here into one case, then by way of a second process into another;
    what both stored and said is the same."""
    here, there = _case(ws), _case(ws, "01FC0000125")
    with monkeypatch.context() as m:
        m.setattr(import_worker, "MIN_BYTES", 1 << 60)
        expected = run_import(ws, here, fmt, path)
    assert not spy
    ticks: list[int] = []
    got = run_import(ws, there, fmt, path, progress=lambda done, total: ticks.append(done))
    assert len(spy) == 1 and spy[0].process.returncode == 0  # it ran, and ended
    assert ticks[-1] == 1000 and ticks == sorted(ticks)
    assert got.records == expected.records and got.entries == expected.entries
    assert [(s.locator, s.reason) for s in got.skipped] == [(s.locator, s.reason) for s in expected.skipped]
    assert got.notes == expected.notes and got.participants == expected.participants
    assert (got.grouped, got.by_kind, got.zone_note) == (expected.grouped, expected.by_kind, expected.zone_note)
    assert got.out_of_order == expected.out_of_order
    assert _stored(ws, there) == _stored(ws, here)
    return expected, got


def test_a_log_read_by_a_second_process_is_imported_exactly_as_in_this_one(
        ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spy: list[import_worker.Reader]) -> None:
    _, got = _both_ways(ws, "calls", _log(tmp_path / "calls.csv"), monkeypatch, spy)
    assert not spy[0].parse_only  # read and converted there, stored here
    assert got.records > 300 and got.entries > 1
    assert [s.locator for s in got.skipped][:3] == ["line 51", "line 61", "line 71"]
    assert any("never happened" in s.reason for s in got.skipped)  # 01:00-01:59 on 31/03/2024


@pytest.mark.parametrize("batch", [import_worker.BATCH, 7])
def test_a_log_out_of_time_order_read_by_a_second_process_is_imported_exactly_as_in_this_one(
        ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spy: list[import_worker.Reader],
        batch: int) -> None:
    # The second process makes the entries as it reads only for a file in time order; here
    # the suspect's call exported last belongs to the first group, and this process makes them.
    # Sent in batches of 7 rows, the entries made by then are stored, then taken back.
    real = import_worker.Reader
    monkeypatch.setattr(import_worker, "Reader", lambda job: real(replace(job, batch=batch)))
    path = _log(tmp_path / "calls.csv")
    with open(path, "a", encoding="utf-8", newline="") as fh:
        fh.write("31/03/2024 00:10:00,Missed,07700 900456,0,Voice\r\n")
    _both_ways(ws, "calls", path, monkeypatch, spy)
    *_, last = _stored(ws, ws.case("01FC0000125").id or 0)
    assert last[1] == "line 402" and last[-1][0] == 1  # the call exported last is in item 1


def test_a_chat_parsed_by_a_second_process_is_imported_exactly_as_in_this_one(
        ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spy: list[import_worker.Reader]) -> None:
    _, got = _both_ways(ws, "whatsapp", _chat(tmp_path / "WhatsApp Chat with Sam Sample.txt"), monkeypatch, spy)
    assert spy[0].parse_only  # parsed there, converted and stored here
    assert got.records > 390 and got.entries > 5 and got.out_of_order > 0
    assert any("unreadable date or time" in s.reason for s in got.skipped)


def test_a_chat_in_time_order_parsed_by_a_second_process_is_imported_exactly_as_in_this_one(
        ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spy: list[import_worker.Reader]) -> None:
    # In time order, the entries are made here while the child parses (grouping.EntriesAsRead).
    path = _chat(tmp_path / "WhatsApp Chat with Sam Sample.txt")
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(line for line in lines if "exported late" not in line), encoding="utf-8")
    _, got = _both_ways(ws, "whatsapp", path, monkeypatch, spy)
    assert got.out_of_order == 0 and got.entries > 5


def test_a_zipped_chat_parsed_by_a_second_process_keeps_its_media_here(
        ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spy: list[import_worker.Reader]) -> None:
    # The child opens the zip for the chat; this process takes the media from its own opening.
    photo = png_screenshot(40, 60)
    path = tmp_path / "WhatsApp Chat - Sam Sample.zip"
    path.write_bytes(whatsapp_zip(fixture("whatsapp_ios.txt"), {"00000012-PHOTO-2024-03-03-21-03-40.jpg": photo}))
    _, got = _both_ways(ws, "whatsapp", path, monkeypatch, spy)
    assert spy[0].parse_only and got.media_added == ["AF/1/1"]
    for summary in ws.cases.list():  # in both cases, the same
        media = next(x for x in ws.exhibits.list(summary.case.id or 0) if x.reference == "AF/1/1")
        assert ws.exhibits.read_original(media.id or 0) == photo


def test_an_unreadable_log_is_refused_the_same_way_and_nothing_is_stored(
        ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spy: list[import_worker.Reader]) -> None:
    path = _log(tmp_path / "calls.csv", rows=100)
    with path.open("a") as fh:  # a quote never closed: the rest of the file is one field, too long to be one
        fh.write('01/04/2024 10:00:00,Outgoing,"07700 900456' + "9" * 200_000 + "\r\n")
    case_id = _case(ws)
    with pytest.raises(ImportRefused) as there:
        run_import(ws, case_id, "calls", path)
    assert len(spy) == 1
    with monkeypatch.context() as m:
        m.setattr(import_worker, "MIN_BYTES", 1 << 60)
        with pytest.raises(ImportRefused) as here:
            run_import(ws, case_id, "calls", path)
    assert str(there.value) == str(here.value)
    assert "the CSV can't be read" in str(there.value) and "nothing was stored" in str(there.value)
    assert ws.exhibits.list(case_id) == [] and ws.records.count(case_id) == 0


@pytest.mark.parametrize(("fmt", "make"), [("calls", lambda path: _log(path, rows=40_000)),
                                           ("whatsapp", lambda path: _chat(path, messages=30_000))])
def test_cancel_stops_the_reading_process_and_stores_nothing(ws: Workspace, tmp_path: Path, fmt: str,
                                                             make: Callable[[Path], Path],
                                                             spy: list[import_worker.Reader]) -> None:
    path = make(tmp_path / "export")
    case_id = _case(ws)

    def progress(done: int, total: int) -> None:
        if done > 0:
            raise Stop

    with pytest.raises(Stop):
        run_import(ws, case_id, fmt, path, progress=progress)
    assert spy[0].process.returncode is not None  # killed and waited for, not left running
    assert ws.exhibits.list(case_id) == [] and ws.records.count(case_id) == 0
    assert run_import(ws, case_id, fmt, path).records > 29_000  # and the store is usable


class _Entries:
    """Stands in for the store's EntryBatches."""

    def __init__(self) -> None:
        self.stored: list[Any] = []

    def add(self, entries: list[Any]) -> None:
        self.stored += entries

    def discard(self) -> None:
        self.stored = []


def _job(path: Path, sha256: str) -> import_worker.Job:
    return import_worker.Job(str(path), "calls", path.name, sha256, ParseOptions(), "Europe/London",
                             frozenset({"+447700900456"}), frozenset(), 1, DEFAULT_WINDOW)


def test_the_reading_process_refuses_a_file_changed_since_it_was_hashed(tmp_path: Path) -> None:
    path = _log(tmp_path / "calls.csv", rows=100)
    reader = import_worker.Reader(_job(path, "0" * 64))
    try:
        with pytest.raises(ImportFormatError, match="changed while it was being imported"):
            reader.run(1, "AF/1", 1, lambda rows: None, _Entries(), lambda fraction: None)
    finally:
        reader.close()


def test_a_reading_process_that_dies_is_reported_not_waited_for(tmp_path: Path) -> None:
    path = _log(tmp_path / "calls.csv", rows=100)
    reader = import_worker.Reader(_job(path, "0" * 64))
    reader.process.kill()
    try:
        with pytest.raises(import_worker.ReadFailed, match=r'"calls.csv" could not be read: the process reading it '
                                                           "stopped unexpectedly"):
            reader.run(1, "AF/1", 1, lambda rows: None, _Entries(), lambda fraction: None)
    finally:
        reader.close()


@pytest.mark.parametrize("when", [datetime(2024, 3, 31, 1, 2, 3, 4, tzinfo=UTC), datetime(999, 1, 1, tzinfo=UTC),
                                  datetime(2024, 7, 1, 9, 30, tzinfo=timezone(timedelta(hours=1))),
                                  datetime(2024, 7, 1, 9, 30, 0, 5), datetime(2024, 10, 27, 1, 30)])
def test_staged_rows_are_in_the_stores_layout_with_times_as_it_writes_them(when: datetime) -> None:
    # A UTC time, an early one, another zone; UK wall-clock times, one in the hour that
    # happened twice (the first reading, flagged). The rows go straight to the driver.
    record = ParsedRecord(1, "line 2", "call", when, "unknown", "07700 900456", "", "", 5, "", ("deleted",),
                          Channel.CALL)
    rows: list[tuple[Any, ...]] = []
    staged = stage(calls.FORMAT, [record], zone="Europe/London", suspects=frozenset({"+447700900456"}),
                   sink=rows.extend, entry_of=lambda channel, at: 7, source=(3, 4))
    [contact] = staged.kept
    at = contact.at
    assert at == (when if when.tzinfo else when.replace(tzinfo=ZoneInfo("Europe/London"))).astimezone(UTC)
    flags = "deleted,ambiguous_time" if when == datetime(2024, 10, 27, 1, 30) else "deleted"
    assert rows == [(3, 4, 1, "line 2", "call", "call", sqlite.db_micros(at), when.tzinfo is None, "incoming",
                     "+447700900456", "", "", 5, "", flags, 7)]
    assert [type(v) for v in rows[0][5:8]] == [str, int, int]  # channel, time, zone_assumed (not a bool)


def _cache_size(ws: Workspace) -> int:
    with ws.records.db.read() as s:
        raw = s.connection().connection.dbapi_connection
        assert raw is not None
        return int(raw.execute("PRAGMA cache_size").fetchone()[0])


def test_a_big_import_raises_the_page_cache_only_while_it_writes(ws: Workspace) -> None:
    with ws.transaction():
        before = _cache_size(ws)
        with ws.records.bulk_cache(True):
            assert _cache_size(ws) == -128 * 1024
        assert _cache_size(ws) == before
        with pytest.raises(Stop), ws.records.bulk_cache(True):
            raise Stop
        assert _cache_size(ws) == before
        with ws.records.bulk_cache(False):
            assert _cache_size(ws) == before


def test_a_log_is_read_here_when_no_process_can_be_started(ws: Workspace, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(job: import_worker.Job) -> import_worker.Reader:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(import_worker, "MIN_BYTES", 0)
    monkeypatch.setattr(import_worker, "Reader", refuse)
    case_id = _case(ws)
    assert run_import(ws, case_id, "calls", _log(tmp_path / "calls.csv")).records == ws.records.count(case_id) > 300
