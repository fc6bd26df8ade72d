"""A victim's diary or an existing chronology spreadsheet (CSV, or XLSX through openpyxl).

Each row is already an occasion: it becomes a chronology entry of its own rather than a
contact record. Columns are recognised by their headings (date, time, description,
location, witnesses; behaviour, source and exhibits where a unit's spreadsheet has them),
and dates are read as officers write them, UK style, approximate ones included ("early
March 2024"). Windows-1252 and UTF-16 files (Excel's "Unicode text") read as well as UTF-8.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from typing import BinaryIO

from stalkdesk.domain.vocab import ExhibitKind
from stalkdesk.domain.when import AmbiguousTimeError, Precision, When, WhenError, from_local, parse_when
from stalkdesk.importers import columns, dates
from stalkdesk.importers.base import FormatSpec, ImportFormatError, Parsed, ParsedEntry, ParseOptions, Skipped
from stalkdesk.importers.text import HEAD_BYTES, clean, head_text, open_text


def _names(*names: str) -> frozenset[str]:
    return frozenset(columns.norm(n) for n in names)


SYNONYMS: dict[str, frozenset[str]] = {
    "datetime": _names("date/time", "date and time", "datetime", "when", "date & time"),
    "date": _names("date", "day", "date of incident", "incident date", "date of event"),
    "time": _names("time", "time of incident", "approx time", "approximate time"),
    "description": _names("description", "what happened", "details", "incident", "event", "notes", "summary",
                          "account", "what", "entry", "incident details", "description of incident"),
    "location": _names("location", "where", "place", "address", "where it happened"),
    "witnesses": _names("witness", "witnesses", "who saw", "who saw it", "seen by", "witness(es)", "witnessed by"),
    "behaviour": _names("behaviour", "behavior", "behaviour type", "type", "category", "incident type"),
    "source": _names("source", "source of information"),
    "exhibits": _names("exhibit", "exhibits", "exhibit ref", "exhibit refs", "exhibit references", "evidence"),
}
ROLES = tuple(SYNONYMS)
Cell = object


def _is_xlsx(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def sniff(head: bytes, name: str) -> None:
    if _is_xlsx(head):
        if not name.lower().endswith((".xlsx", ".xlsm")) and b"xl/" not in head:
            raise ImportFormatError(name, "this zip is not an Excel workbook (.xlsx).")
        return
    text = head_text(head)
    if head.startswith((b"%PDF", b"\xff\xd8", b"\x89PNG", b"\xd0\xcf\x11\xe0")) or "\x00" in text:
        hint = " Save an old .xls workbook as .xlsx or CSV first." if head.startswith(b"\xd0\xcf") else ""
        raise ImportFormatError(name, f"this is not a CSV file or an Excel workbook.{hint}")
    if not text.strip():
        raise ImportFormatError(name, "the file holds no rows.")
    if text.lstrip().startswith(("<", "{", "[")):
        raise ImportFormatError(name, "this is not a CSV file or an Excel workbook: it is XML, HTML or JSON.")


def _xlsx_rows(stream: BinaryIO, name: str) -> Iterator[list[Cell]]:
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        raise ImportFormatError(name, "reading .xlsx needs the openpyxl library, which is not installed; "
                                      "save the sheet as CSV instead.") from None
    try:
        book = openpyxl.load_workbook(stream, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged workbook
        raise ImportFormatError(name, f"the workbook can't be read ({type(exc).__name__}).") from None
    try:
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield ["" if v is None else v for v in row]
    except Exception as exc:
        raise ImportFormatError(name, f"the workbook can't be read ({type(exc).__name__}).") from None
    finally:
        book.close()


def _csv_rows(stream: BinaryIO, name: str) -> Iterator[list[Cell]]:
    stream.seek(0)
    delimiter = columns.sniff_delimiter(head_text(stream.read(HEAD_BYTES)).splitlines()[:20])
    stream.seek(0)
    text = open_text(stream, newline="")
    try:
        for row in csv.reader(text, delimiter=delimiter):
            yield [clean(c) for c in row]
    except csv.Error as exc:
        raise ImportFormatError(name, f"the CSV can't be read ({exc}).") from None
    finally:
        text.detach()


def _text(cell: Cell) -> str:
    if isinstance(cell, datetime):
        return f"{cell:%d/%m/%Y %H:%M}"
    if isinstance(cell, date):
        return f"{cell:%d/%m/%Y}"
    if isinstance(cell, time):
        return f"{cell:%H:%M}"
    return " ".join(str(cell).split())


class _Reader:
    def __init__(self, stream: BinaryIO, name: str, options: ParseOptions, parsed: Parsed) -> None:
        self.stream, self.name, self.options, self.parsed = stream, name, options, parsed
        stream.seek(0)
        self.xlsx = _is_xlsx(stream.read(4))
        top = []
        for row in self.rows():
            top.append([_text(c) for c in row])
            if len(top) > columns.HEADER_SEARCH_ROWS:
                break
        self.headings, self.first, found, _ = columns.locate(top, SYNONYMS)
        self.columns = columns.apply_mapping(name, self.headings, found, options.columns, ROLES)
        missing = [r for r, ok in (("date", bool({"date", "datetime"} & self.columns.keys())),
                                   ("description", "description" in self.columns)) if not ok]
        if missing:
            raise columns.need(name, self.headings, self.columns, missing, top[self.first:])
        parsed.layout = columns.layout_key(self.headings)
        parsed.mapping = {role: self.headings[i] for role, i in self.columns.items()}

    def rows(self) -> Iterator[list[Cell]]:
        self.stream.seek(0)
        return _xlsx_rows(self.stream, self.name) if self.xlsx else _csv_rows(self.stream, self.name)

    def _cell(self, row: Sequence[Cell], role: str) -> Cell:
        i = self.columns.get(role)
        return row[i] if i is not None and i < len(row) else ""

    def _text_of(self, row: Sequence[Cell], role: str) -> str:
        return _text(self._cell(row, role))

    def _order(self) -> bool:
        def pairs() -> Iterator[tuple[int, int, str]]:
            for n, row in enumerate(self.rows()):
                if n >= self.first:
                    value = self._cell(row, "datetime") or self._cell(row, "date")
                    fields = dates.order_fields(value) if isinstance(value, str) else None
                    if fields:
                        yield fields[0], fields[1], str(value)

        dayfirst, how = dates.scan_order(pairs()).decide(self.options.dayfirst)
        self.parsed.dayfirst = dayfirst
        self.parsed.notes.append(how)
        return dayfirst

    def _when(self, row: Sequence[Cell], dayfirst: bool) -> tuple[When, bool]:
        """The row's date (and time); True when the time fell in the hour the clocks repeat."""
        day, clock = self._cell(row, "datetime") or self._cell(row, "date"), self._cell(row, "time")
        if isinstance(day, datetime):
            has_time = (day.hour, day.minute) != (0, 0) or isinstance(clock, time)
            if isinstance(clock, time):
                day = datetime.combine(day.date(), clock)
            precision = Precision.MINUTE if has_time else Precision.DAY
            try:
                return from_local(day.replace(second=0, microsecond=0), precision, self.options.zone), False
            except AmbiguousTimeError:
                return from_local(day, precision, self.options.zone, fold=0), True
        text = " ".join(t for t in (_text(day), _text(clock)) if t)
        try:
            return parse_when(text, self.options.zone, dayfirst=dayfirst), False
        except AmbiguousTimeError:
            if self.options.zone != "Europe/London":
                raise
            return parse_when(f"{text} BST", self.options.zone, dayfirst=dayfirst), True

    def entries(self) -> Iterator[ParsedEntry]:
        dayfirst = self._order()
        seq = 0
        for n, row in enumerate(self.rows()):
            if n < self.first or not any(_text(c) for c in row):
                continue
            where = f"row {n + 1}"
            description = _text(self._cell(row, "description"))
            if not description:
                self.parsed.skipped.append(Skipped(where, "no description"))
                continue
            try:
                when, twice = self._when(row, dayfirst)
            except (WhenError, ValueError, OverflowError) as exc:
                self.parsed.skipped.append(Skipped(where, str(exc)))
                continue
            if twice:
                description += "\n(The time happened twice as the clocks went back; read as the first, BST.)"
            seq += 1
            yield ParsedEntry(seq, where, when, description, location=self._text_of(row, "location"),
                              witnesses=self._text_of(row, "witnesses"), behaviour=self._text_of(row, "behaviour"),
                              source=self._text_of(row, "source"), exhibits=self._text_of(row, "exhibits"))
        if seq == 0 and not self.parsed.skipped:
            raise ImportFormatError(self.name, "no rows with a date and a description were found.")


def open_table(stream: BinaryIO, name: str, options: ParseOptions) -> Parsed:
    parsed = Parsed(file=name)
    parsed.entries = _Reader(stream, name, options, parsed).entries
    return parsed


FORMAT = FormatSpec(
    name="csv", label="diary or chronology spreadsheet", sniff=sniff, open=open_table,
    exhibit_kind=ExhibitKind.DOCUMENT, channel=None, unit="rows", ordered=False, makes="entries",
)
