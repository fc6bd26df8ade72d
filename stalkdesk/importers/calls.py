"""Call data records as CSV: from a phone download tool or a network provider.

Layouts differ by tool and provider, so columns are recognised by their headings (date and
time together or apart; direction, or calling and called numbers; other party; duration;
type), and a layout that can't be recognised asks for a mapping (role -> column) instead of
guessing. Built for a million rows: one streaming pass, dates parsed once per distinct day.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, BinaryIO

from stalkdesk.domain.vocab import Channel, ExhibitKind
from stalkdesk.importers import columns, dates
from stalkdesk.importers.base import FormatSpec, ImportFormatError, Parsed, ParsedRecord, ParseOptions, Skipped
from stalkdesk.importers.text import HEAD_BYTES, head_text, open_text


def _names(*names: str) -> frozenset[str]:
    return frozenset(columns.norm(n) for n in names)


SYNONYMS: dict[str, frozenset[str]] = {
    "datetime": _names("date/time", "datetime", "date and time", "timestamp", "call start", "start date/time",
                       "start datetime", "call date/time", "event date/time", "date time", "start time (utc)",
                       "seizure time", "call timestamp", "start"),
    "date": _names("date", "call date", "start date", "event date"),
    "time": _names("time", "call time", "start time", "event time"),
    "direction": _names("direction", "call direction", "in/out", "inbound/outbound", "call type", "event type"),
    "number": _names("number", "other party", "other number", "phone number", "contact number", "remote number",
                     "remote party", "other party number", "party", "from/to", "counterpart"),
    "caller": _names("a number", "a party", "a-number", "a-party", "calling number", "calling party",
                     "originating number", "from", "caller", "from number"),
    "called": _names("b number", "b party", "b-number", "b-party", "called number", "called party",
                     "dialled number", "dialed number", "destination", "to", "to number", "recipient"),
    "duration": _names("duration", "duration (s)", "duration (secs)", "duration seconds", "call duration",
                       "duration (hh:mm:ss)", "length", "seconds", "secs", "call length"),
    "type": _names("type", "service", "service type", "record type", "event"),
    "name": _names("name", "contact", "contact name", "other party name"),
}
ROLES = tuple(SYNONYMS)
_IN = frozenset({"in", "incoming", "inbound", "received", "receive", "answered", "mt", "terminating",
                 "terminated", "i", "incomingcall", "rx"})
_OUT = frozenset({"out", "outgoing", "outbound", "dialled", "dialed", "made", "mo", "originating", "originated",
                  "o", "sent", "tx"})
_MISSED = frozenset({"missed", "unanswered", "noanswer", "notanswered"})
_REJECTED = frozenset({"rejected", "declined", "blocked", "refused", "busy"})
_MESSAGE = frozenset({"sms", "text", "mms", "message", "msg"})
_DATA = frozenset({"data", "gprs", "internet", "lte", "session", "packet"})


def sniff(head: bytes, name: str) -> None:
    text = head_text(head)
    if head.startswith((b"PK\x03\x04", b"%PDF", b"\xff\xd8", b"\x89PNG")) or "\x00" in text:
        raise ImportFormatError(name, "this is not a CSV file of call records (it is not text).")
    if text.lstrip().startswith(("<", "{", "[")):
        raise ImportFormatError(name, "this is not a CSV file of call records: it is XML, HTML or JSON.")
    lines = [line for line in text.splitlines()[:columns.HEADER_SEARCH_ROWS] if line.strip()]
    if not lines:
        raise ImportFormatError(name, "the file holds no rows.")
    if max(line.count(d) for line in lines for d in ",;\t|") == 0:
        raise ImportFormatError(name, "this is not a CSV file of call records: no row has separate columns.")


def _words(value: str) -> set[str]:
    return {w for w in columns._NOT_ALNUM.split(value.lower().replace("no answer", "noanswer")
                                               .replace("not answered", "notanswered")) if w}


class _Kinds:
    """(kind, direction, flags) for each distinct direction/type text, worked out once."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], tuple[str, str, tuple[str, ...]]] = {}

    def __call__(self, direction: str, kind: str) -> tuple[str, str, tuple[str, ...]]:
        key = (direction, kind)
        found = self.seen.get(key)
        if found is None:
            found = self.seen[key] = self._work_out(direction, kind)
        return found

    @staticmethod
    def _work_out(direction: str, kind: str) -> tuple[str, str, tuple[str, ...]]:
        words = _words(direction) | _words(kind)
        what = "data" if words & _DATA else "message" if words & _MESSAGE else "call"
        flags: tuple[str, ...] = ("voicemail",) if "voicemail" in words else ()
        for found, names in (("missed", _MISSED), ("rejected", _REJECTED), ("incoming", _IN), ("outgoing", _OUT)):
            if words & names:
                return what, found, flags
        return what, "incoming" if flags else "unknown", flags


def _seconds(value: str) -> int | None:
    text = value.strip().lower()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if ":" in text:
        parts = text.split(":")
        if all(p.isdigit() for p in parts) and len(parts) <= 3:
            total = 0
            for p in parts:
                total = total * 60 + int(p)
            return total
    try:
        return round(float(text))
    except ValueError:
        pass
    total, number = 0, ""
    for ch in text.replace(" ", ""):
        if ch.isdigit():
            number += ch
        elif ch in "hms" and number:
            total += int(number) * {"h": 3600, "m": 60, "s": 1}[ch]
            number = ""
    return total if total or text.startswith("0") else None


class _Table:
    """The layout of one call-record file: delimiter, heading row, column of each role."""

    def __init__(self, stream: BinaryIO, name: str, options: ParseOptions) -> None:
        self.stream, self.name = stream, name
        stream.seek(0)
        self.delimiter = columns.sniff_delimiter(head_text(stream.read(HEAD_BYTES)).splitlines()[:20])
        top = []
        for row in self.rows():
            top.append(row)
            if len(top) >= columns.HEADER_SEARCH_ROWS + 5:
                break
        self.headings, self.header_line, found, recognised = columns.locate(top, SYNONYMS)
        body = top[self.header_line:]
        # "Start time" may hold a whole date and time: then it is one.
        if "time" in found and "date" not in found and "datetime" not in found:
            found["datetime"] = found.pop("time")
        self.columns = columns.apply_mapping(name, self.headings, found, options.columns, ROLES)
        when_ok = "datetime" in self.columns or {"date", "time"} <= self.columns.keys()
        who_ok = "number" in self.columns or {"caller", "called"} <= self.columns.keys()
        missing = [r for r, ok in (("date and time", when_ok), ("other party's number", who_ok)) if not ok]
        if missing or not (recognised or options.columns):
            raise columns.need(name, self.headings, self.columns, missing or ["columns"], body)
        self.layout = columns.layout_key(self.headings)

    def rows(self) -> Iterator[list[str]]:
        self.stream.seek(0)
        text = open_text(self.stream, newline="")
        try:
            yield from csv.reader(text, delimiter=self.delimiter)
        except csv.Error as exc:
            raise ImportFormatError(self.name, f"the CSV can't be read ({exc}).") from None
        finally:
            text.detach()

    def numbered(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, cells) of each row after the headings."""
        with self.body() as rows:
            for row in rows:
                yield rows.line_num, row

    @contextmanager
    def body(self) -> Iterator[Any]:
        """A csv reader at the first row after the headings (its line_num: the line of the row
        it gave last), for a loop that reads it with no generator between; a CSV error in
        that loop becomes the importer's own."""
        self.stream.seek(0)
        text = open_text(self.stream, newline="")
        try:
            reader = csv.reader(text, delimiter=self.delimiter)
            for _ in zip(range(self.header_line), reader, strict=False):
                pass
            yield reader
        except csv.Error as exc:
            raise ImportFormatError(self.name, f"the CSV can't be read ({exc}).") from None
        finally:
            text.detach()


class _Reader:
    def __init__(self, table: _Table, options: ParseOptions, parsed: Parsed) -> None:
        self.table, self.options, self.parsed = table, options, parsed

    def _order(self) -> bool:
        col = self.table.columns.get("datetime", self.table.columns.get("date", 0))

        def pairs() -> Iterator[tuple[int, int, str]]:
            for _, row in self.table.numbered():
                if col < len(row):
                    fields = dates.order_fields(row[col])
                    if fields:
                        yield fields[0], fields[1], row[col]

        dayfirst, how = dates.scan_order(pairs()).decide(self.options.dayfirst)
        self.parsed.dayfirst = dayfirst
        self.parsed.notes.append(how)
        return dayfirst

    def records(self) -> Iterator[ParsedRecord]:
        c = self.table.columns
        reader = dates.DateTimeReader(self._order())
        kinds, skipped = _Kinds(), self.parsed.skipped
        dt_i, date_i, time_i = c.get("datetime"), c.get("date"), c.get("time")
        num_i, caller_i, called_i = c.get("number"), c.get("caller"), c.get("called")
        dir_i, type_i, dur_i, name_i = c.get("direction"), c.get("type"), c.get("duration"), c.get("name")
        width = max(c.values()) + 1
        owner = self._owner() if num_i is None else ""
        durations: dict[str, int | None] = {}
        channel_of = {"call": Channel.CALL, "message": Channel.SMS}
        new = tuple.__new__  # ParsedRecord(...) without its Python-level __new__: a million rows
        seen_kinds = kinds.seen
        # "dd/mm/yyyy hh:mm[:ss]" (or mm/dd): the date part as ISO 8601, once per distinct date, so
        # that a row is one dict look-up and one C parse (what DateTimeReader.read makes of it).
        iso_dates: dict[str, str] = {}
        dayfirst, fromiso = reader.dayfirst, datetime.fromisoformat
        seq = 0
        with self.table.body() as rows:
            for row in rows:
                line = rows.line_num
                if len(row) < width:
                    if any(cell.strip() for cell in row):
                        skipped.append(Skipped(f"line {line}", f"only {len(row)} of {width} columns"))
                    continue
                try:
                    if dt_i is not None:
                        text = row[dt_i]
                        iso = iso_dates.get(text[:10])
                        when = None
                        if iso is not None and len(text) in (16, 19) and text[10] == " ":
                            try:  # noqa: SIM105 (suppress() costs 0.25 us a row)
                                when = fromiso(iso + text[10:])
                            except ValueError:
                                pass  # read below, which says what is wrong
                        if when is None:
                            when = reader.read(text)
                            if len(text) in (16, 19) and text[2] == text[5] and text[2] in "/.-" and text[10] == " " \
                                    and text[:10] not in iso_dates:
                                d, mo = (text[0:2], text[3:5]) if dayfirst else (text[3:5], text[0:2])
                                iso_dates[text[:10]] = f"{text[6:10]}-{mo}-{d}"
                    else:
                        assert date_i is not None and time_i is not None
                        day = reader.read_date(row[date_i])
                        h, mi, s, us, tz = reader.read_time(row[time_i])
                        when = datetime(day.year, day.month, day.day, h, mi, s, us, tz)
                except ValueError as exc:
                    shown = row[dt_i] if dt_i is not None else f"{row[date_i or 0]} {row[time_i or 0]}"
                    skipped.append(Skipped(f"line {line}", f'unreadable date or time "{shown.strip()}" ({exc})'))
                    continue
                key = (row[dir_i] if dir_i is not None else "", row[type_i] if type_i is not None else "")
                found = seen_kinds.get(key)
                kind, direction, flags = found if found is not None else kinds(*key)
                if kind == "data":
                    skipped.append(Skipped(f"line {line}", "a data session, not a call or message"))
                    continue
                if num_i is not None:
                    other = row[num_i]
                else:
                    assert caller_i is not None and called_i is not None
                    caller, called = row[caller_i], row[called_i]
                    if direction == "unknown" and owner:
                        direction = "outgoing" if caller.strip() == owner else "incoming" if called.strip() == owner \
                            else "unknown"
                    other = called if caller.strip() == owner else caller
                seq += 1
                duration = None
                if dur_i is not None and kind == "call":
                    text = row[dur_i]
                    duration = durations.get(text, -1)
                    if duration == -1:
                        duration = durations[text] = _seconds(text)
                yield new(ParsedRecord, (seq, f"line {line}", kind, when, direction, other,
                                         row[name_i] if name_i is not None else "", "", duration, "", flags,
                                         channel_of[kind]))
        if seq == 0 and not skipped:
            raise ImportFormatError(self.table.name, "the file holds no call records.")

    def _owner(self) -> str:
        """The phone the records are about: the number in the most rows, calling or called."""
        c, seen = self.table.columns, Counter[str]()
        for n, (_, row) in enumerate(self.table.numbered()):
            if n >= 2000:
                break
            for i in (c["caller"], c["called"]):
                if i < len(row) and row[i].strip():
                    seen[row[i].strip()] += 1
        if not seen:
            return ""
        owner = seen.most_common(1)[0][0]
        self.parsed.notes.append(f"The records are about the phone {owner}: it is in the most rows.")
        return owner


def options_used(parsed: Parsed) -> ParseOptions | None:
    """Options that open the same file again with the same columns (by number): for reading
    it in another process. None if `parsed` is not a call log being read."""
    reader = getattr(parsed.records, "__self__", None)
    if not isinstance(reader, _Reader):
        return None
    return replace(reader.options, columns={role: str(i + 1) for role, i in reader.table.columns.items()})


def open_calls(stream: BinaryIO, name: str, options: ParseOptions) -> Parsed:
    table = _Table(stream, name, options)
    parsed = Parsed(file=name, layout=table.layout,
                    mapping={role: table.headings[i] for role, i in table.columns.items()})
    parsed.records = _Reader(table, options, parsed).records
    return parsed


FORMAT = FormatSpec(
    name="calls", label="call data records (CSV)", sniff=sniff, open=open_calls,
    exhibit_kind=ExhibitKind.CALL_LOG, channel=Channel.CALL, unit="records", ordered=False,
)
