"""Text decoding, dates and clocks, identities and grouping: the pieces every format shares."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stalkdesk.domain.records import Entry, Person
from stalkdesk.domain.vocab import Channel, Role
from stalkdesk.importers import calls, identity, registry, text
from stalkdesk.importers.clock import LocalClock, NonexistentTimeError
from stalkdesk.importers.dates import DateTimeReader, scan_order
from stalkdesk.importers.grouping import (
    Contact,
    EntriesAsRead,
    RunningGroups,
    group_entry,
    group_times,
    seq_range,
    zone_note,
)
from stalkdesk.importers.staging import Staged, groups


@pytest.mark.parametrize(("data", "encoding"), [
    (b"\xef\xbb\xbfDate,Time\r\n", "utf-8-sig"), ("Date,Time\r\n".encode("utf-16"), "utf-16"),
    ("Date,Time\r\n".encode("utf-16-le"), "utf-16-le"), ("Date,Time\r\n".encode("utf-16-be"), "utf-16-be"),
    ("Caf\u00e9 \u00a3".encode(), "utf-8"), ("Caf\u00e9 \u00a3".encode("cp1252"), "cp1252"),
])
def test_encoding_detection(data: bytes, encoding: str) -> None:
    assert text.detect_encoding(data) == encoding


def test_utf8_with_a_stray_windows_1252_byte_reads_that_byte_as_1252() -> None:
    data = b"a" * 70_000 + "caf\u00e9".encode() + b" \xa3" + b"5\n"  # the \xa3 lies past the sniffed head
    with text.open_text(io.BytesIO(data)) as reader:
        assert reader.read().endswith("caf\u00e9 \u00a35\n")


def test_invisible_marks_are_removed_and_odd_spaces_made_plain() -> None:
    assert text.clean("\ufeff\u200e[3/3/24, 9:02:11\u202fPM]\u00a0Sam\u200f") == "[3/3/24, 9:02:11 PM] Sam"
    assert text.clean("plain") == "plain"


def test_date_order_is_decided_by_the_first_telling_value() -> None:
    assert scan_order([(1, 2, "1/2"), (3, 13, "3/13"), (25, 1, "25/1")]).decide(None)[0] is False
    assert scan_order([(1, 2, ""), (2, 1, "")]).decide(None) == (
        True, "Dates read day-first (UK style): nothing in the file says otherwise.")
    assert scan_order([]).decide(False)[0] is False


@pytest.mark.parametrize(("value", "dayfirst", "expected"), [
    ("03/04/2024 21:15:07", True, datetime(2024, 4, 3, 21, 15, 7)),
    ("03/04/2024 21:15:07", False, datetime(2024, 3, 4, 21, 15, 7)),
    ("3/4/24, 9:15 p.m.", True, datetime(2024, 4, 3, 21, 15)),
    ("12/04/2024 12:05 AM", True, datetime(2024, 4, 12, 0, 5)),
    ("2024-04-03 21:15:07", False, datetime(2024, 4, 3, 21, 15, 7)),
    ("03-Apr-2024 21:15", True, datetime(2024, 4, 3, 21, 15)),
    ("2024-04-03T20:15:07Z", True, datetime(2024, 4, 3, 20, 15, 7, tzinfo=UTC)),
    ("1712175307000", True, datetime(2024, 4, 3, 20, 15, 7, tzinfo=UTC)),
])
def test_date_time_values(value: str, dayfirst: bool, expected: datetime) -> None:
    assert DateTimeReader(dayfirst).read(value) == expected


@pytest.mark.parametrize("value", ["13/13/2024 10:00", "yesterday", "31/02/2024 10:00:00", "03/04/2024 13:00 PM"])
def test_unreadable_date_times(value: str) -> None:
    with pytest.raises(ValueError):  # the parsers turn these into skipped rows
        DateTimeReader(True).read(value)


def test_uk_local_time_to_utc_across_both_clock_changes() -> None:
    clock = LocalClock("Europe/London")
    assert clock.to_utc(datetime(2024, 3, 3, 21, 15)) == (datetime(2024, 3, 3, 21, 15, tzinfo=UTC), False)
    assert clock.to_utc(datetime(2024, 7, 1, 12, 0)) == (datetime(2024, 7, 1, 11, 0, tzinfo=UTC), False)
    assert clock.to_utc(datetime(2024, 10, 27, 1, 30)) == (datetime(2024, 10, 27, 0, 30, tzinfo=UTC), True)
    assert clock.to_utc(datetime(2024, 10, 27, 2, 30)) == (datetime(2024, 10, 27, 2, 30, tzinfo=UTC), False)
    with pytest.raises(NonexistentTimeError):
        clock.to_utc(datetime(2024, 3, 31, 1, 30))


def test_identities_compare_however_written() -> None:
    assert {identity.normalise(n) for n in ("07700 900456", "+44 7700 900456", "447700900456",
                                            "0044 7700 900456")} == {"+447700900456"}
    assert identity.normalise("Private number") == identity.WITHHELD
    assert identity.normalise("  Sam   SAMPLE ") == "name:sam sample"
    assert identity.normalise("@Sam_S") == "handle:sam_s"
    person = Person(role=Role.SUSPECT, name="Sam Sample", aliases=("Sammy",), phones=("+447700900456",),
                    emails=("Sam@Example.invalid",), handles=("instagram:@sam_s",))
    assert identity.of_person(person) == {"+447700900456", "sam@example.invalid", "handle:instagram:@sam_s",
                                          "handle:sam_s", "name:sam sample", "name:sammy"}
    assert identity.shown("+447700900456") == "07700 900456"


def test_grouping_by_window() -> None:
    t = datetime(2024, 3, 3, 21, 0, tzinfo=UTC)
    times = [t, t + timedelta(minutes=50), t + timedelta(minutes=200), t + timedelta(minutes=30),
             t + timedelta(minutes=260)]
    assert group_times(times) == [[0, 3, 1], [2, 4]]
    assert group_times(times, timedelta(minutes=20)) == [[0], [3, 1], [2], [4]]  # 20 minutes apart is within
    assert group_times([]) == []
    assert seq_range("messages", [1214, 1201, 1205]) == "messages 1201-1214"
    assert seq_range("messages", [7]) == "message 7"


@given(st.lists(st.tuples(st.integers(0, 240), st.sampled_from(["call", "sms", None])), max_size=60),
       st.integers(1, 120))
def test_running_groups_match_the_groups_made_afterwards_for_times_in_order(steps: list[tuple[int, str | None]],
                                                                            window: int) -> None:
    # Contacts in time order (equal times allowed), several channels: the ids given as they
    # come are those of the groups made from all of them, numbered in order of their first.
    t, contacts = datetime(2024, 3, 3, 21, 0, tzinfo=UTC), []
    for minutes, channel in steps:
        t += timedelta(minutes=minutes)
        contacts.append((channel, t))
    running = RunningGroups(timedelta(minutes=window), 100)
    given_ids = [running(channel, at) for channel, at in contacts]
    found: list[list[int]] = []
    for channel in ("call", "sms", None):
        mine = [i for i, (c, _) in enumerate(contacts) if c == channel]
        found += [[mine[j] for j in g] for g in group_times([contacts[i][1] for i in mine], timedelta(minutes=window))]
    found.sort(key=lambda g: (contacts[g[0]][1], g[0]))
    expected = {i: 100 + n for n, group in enumerate(found) for i in group}
    assert given_ids == [expected[i] for i in range(len(contacts))]


@given(st.lists(st.tuples(st.integers(0, 240), st.sampled_from([Channel.CALL, Channel.SMS, None]), st.booleans()),
                max_size=60), st.integers(1, 120), st.integers(1, 7))
def test_entries_made_as_contacts_are_read_are_those_made_afterwards(
        steps: list[tuple[int, Channel | None, bool]], window: int, chunk: int) -> None:
    # Contacts in time order, several channels, some with times read in UK local time, taken
    # in chunks as a reading process takes them: the same entries, in the same order, as the
    # importer makes from all of them (and the zone note only on those with such times).
    t, kept = datetime(2024, 3, 3, 21, 0, tzinfo=UTC), []
    for seq, (minutes, channel, assumed) in enumerate(steps, start=1):
        t += timedelta(minutes=minutes)
        kept.append(Contact("call", t, "+447700900456", "missed", channel, assumed, "", "", None, "", f"line {seq}",
                            seq, ()))
    running = RunningGroups(timedelta(minutes=window), 1)
    ids = [running(c.channel, c.at) for c in kept]
    builder = EntriesAsRead(calls.FORMAT, source_id=3, source_ref="AF/1", zone="Europe/London", first_id=1,
                            people=(2,))
    handed: list[Entry] = []
    for end in range(0, len(kept) + chunk, chunk):
        builder.take(kept[:end], ids[:end])
        handed += builder.ready()
    expected = [group_entry(calls.FORMAT, [kept[i] for i in group], source_id=3, source_ref="AF/1",
                            zone="Europe/London", people=(2,),
                            zone_note=zone_note("Europe/London") if any(kept[i].zone_assumed for i in group) else "")
                for group in groups(Staged(kept=kept), timedelta(minutes=window))]
    assert handed + (builder.close() or []) == expected and builder.in_order


def test_entries_are_not_made_as_read_when_contacts_come_out_of_time_order() -> None:
    at = datetime(2024, 3, 3, 21, 0, tzinfo=UTC)
    kept = [Contact("call", at + timedelta(minutes=m), "+447700900456", "missed", Channel.CALL, True, "", "", None,
                    "", f"line {seq}", seq, ()) for seq, m in enumerate((0, 90, 10), start=1)]
    builder = EntriesAsRead(calls.FORMAT, source_id=3, source_ref="AF/1", zone="Europe/London", first_id=1)
    builder.take(kept[:2], [1, 2])
    assert [e.source_reference for e in builder.ready()] == ["AF/1 record 1"]  # the group of record 2 is open
    builder.take(kept, [1, 2, 2])
    assert not builder.in_order and builder.ready() == [] and builder.close() is None


def test_registry() -> None:
    assert registry.names() == ["whatsapp", "sms", "calls", "csv", "eml", "social", "images"]
    assert registry.get("WhatsApp").unit == "messages"
    with pytest.raises(KeyError, match="formats it knows"):
        registry.get("fax")


@pytest.mark.parametrize("zone", ["Europe/London", "Australia/Lord_Howe", "America/Sao_Paulo"])
def test_an_hours_offset_is_used_only_where_every_minute_of_it_has_that_one(zone: str) -> None:
    # Around each clock change (and an ordinary day): an hour gets one offset exactly when
    # every minute of it existed once, with that offset; otherwise the careful path is taken.
    tz, clock = ZoneInfo(zone), LocalClock(zone)
    days = [d for year in (2018, 2024) for d in (date(year, 1, 10), *_change_days(tz, year))]
    assert len(days) > 3  # the ordinary days and at least two clock changes
    for day in days:
        for hour in range(24):
            start = datetime(day.year, day.month, day.day, hour)
            readings = set()
            for minute in range(60):
                for fold in (0, 1):
                    moment = start.replace(minute=minute, fold=fold)
                    aware = moment.replace(tzinfo=tz)
                    existed = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == moment.replace(fold=0)
                    readings.add(aware.utcoffset() if existed else None)
            expected = readings.pop() if len(readings) == 1 else None
            assert clock._uniform(start.replace(minute=30)) == expected, (zone, start)


def _change_days(tz: ZoneInfo, year: int) -> list[date]:
    """The days in `year` on which the zone's clocks change."""
    days = [date(year, 1, 1) + timedelta(days=n) for n in range(365)]
    return [d for d in days
            if datetime(d.year, d.month, d.day, tzinfo=tz).utcoffset()
            != (datetime(d.year, d.month, d.day, tzinfo=tz) + timedelta(days=1)).utcoffset()]
