"""What every importer shares: its error type, what a parse produces, and the format spec.

A parser reads one source file (a chat export, a backup, a call log, a diary) and yields
plain records in the order of the file. It never decides who the suspect is, never converts
times to UTC and never touches the store: the import service does those, the same way for
every format. Records are NamedTuples because a call log can hold a million of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO, NamedTuple, Protocol

from stalkdesk.domain.vocab import Channel, ExhibitKind
from stalkdesk.domain.when import When


class ImportFormatError(ValueError):
    """The file can't be read as the format claimed; the message names the file, where in it
    (line, element) when known, and why. Parsers raise nothing else."""

    def __init__(self, file: str, reason: str, where: str = "") -> None:
        self.file, self.reason, self.where = file, reason, where
        place = f", {where}" if where else ""
        super().__init__(f'"{file}"{place}: {reason}')


class ColumnsNeeded(ImportFormatError):
    """A table whose columns could not all be recognised: the officer says which is which.

    `columns` are the headings found (or "column 1"... without a heading row), `found` what
    was recognised (role -> heading), `missing` the roles still needed, `samples` a few
    values of each column to help choose."""

    def __init__(self, file: str, columns: tuple[str, ...], found: Mapping[str, str],
                 missing: tuple[str, ...], samples: Mapping[str, tuple[str, ...]]) -> None:
        self.columns, self.found, self.missing, self.samples = columns, dict(found), missing, dict(samples)
        listed = ", ".join(f'"{c}"' for c in columns)
        super().__init__(file, f"could not tell which column holds the {' and the '.join(missing)}. "
                               f"Columns found: {listed}.")


class ParsedRecord(NamedTuple):
    """One message, call or system line as the source gives it.

    `when` is naive for wall-clock time as exported (no zone in the source) or aware when the
    source gives the instant. `sender` is the raw identity of the other party (a number as
    written, a contact name, a handle); "" for system lines."""

    seq: int  # position among the file's records, from 1
    locator: str  # "line 1234", "sms 17"
    kind: str  # "message", "call", "system"
    when: datetime
    direction: str  # "incoming", "outgoing", "missed", "rejected", "unknown"
    sender: str
    display_name: str = ""
    body: str = ""
    duration_s: int | None = None
    attachment: str = ""
    flags: tuple[str, ...] = ()
    channel: Channel | None = None  # None: the format's own channel


class Skipped(NamedTuple):
    """A part of the file that was not imported, and why (reported with the file name)."""

    locator: str
    reason: str


@dataclass(frozen=True)
class Attachment:
    """A media file inside the source (a zip member, an MMS part), read only when stored."""

    name: str
    size: int
    read: Callable[[], bytes]


class ParsedEntry(NamedTuple):
    """One row of a diary or existing chronology: already an occasion, not a contact."""

    seq: int
    locator: str  # "row 12"
    when: When
    description: str
    location: str = ""
    witnesses: str = ""
    behaviour: str = ""
    source: str = ""
    exhibits: str = ""
    time_assumed: bool = True  # written without a zone: read as local time


@dataclass
class Parsed:
    """A parse in progress: iterate `records()` (or `entries()`) once; `skipped`, `notes` and
    `attachments` are complete when the iteration ends. Close it to release the file."""

    file: str
    records: Callable[[], Iterator[ParsedRecord]] = lambda: iter(())
    entries: Callable[[], Iterator[ParsedEntry]] = lambda: iter(())
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    attachments: dict[str, Attachment] = field(default_factory=dict)
    dayfirst: bool | None = None  # the date order used, when dates were numeric
    layout: str = ""  # a stable key of a table's layout, to remember its column mapping
    mapping: dict[str, str] = field(default_factory=dict)  # role -> column, as used
    close: Callable[[], None] = lambda: None


@dataclass(frozen=True)
class ParseOptions:
    dayfirst: bool | None = None  # None: decide from the file, else UK day-first
    columns: Mapping[str, str] = field(default_factory=dict)  # role -> heading or column number
    zone: str = "Europe/London"  # only for formats that make When values themselves (diaries)


class Opener(Protocol):
    def __call__(self, stream: BinaryIO, name: str, options: ParseOptions) -> Parsed: ...


@dataclass(frozen=True)
class FormatSpec:
    """One source format: how to recognise it, how to read it, and how to describe it."""

    name: str  # as typed on the command line: "whatsapp"
    label: str  # "WhatsApp chat export"
    sniff: Callable[[bytes, str], None]  # raises ImportFormatError if head is not this format
    open: Opener
    exhibit_kind: ExhibitKind = ExhibitKind.MESSAGE_EXPORT
    channel: Channel | None = None  # records' channel unless a record says otherwise
    unit: str = "records"  # for locator ranges: "messages 1201-1214"
    ordered: bool = False  # the source lists records in time order: flag those that are not
    makes: str = "records"  # "records" (contacts, grouped) or "entries" (diary rows)
    nouns: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # channel -> (one, many)


DEFAULT_NOUNS: dict[str, tuple[str, str]] = {
    Channel.WHATSAPP: ("WhatsApp message", "WhatsApp messages"),
    Channel.SMS: ("text message", "text messages"),
    Channel.CALL: ("call", "calls"),
    Channel.EMAIL: ("email", "emails"),
    Channel.SOCIAL_MEDIA: ("message", "messages"),
}


def noun(spec: FormatSpec, channel: Channel | None, count: int) -> str:
    one, many = spec.nouns.get(channel or "", DEFAULT_NOUNS.get(channel or "", ("record", "records")))
    return one if count == 1 else many
