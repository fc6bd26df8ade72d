"""What a document is rendered from: plain data, already filtered and (for the CPS) redacted.

The service gathers these from the store; the renderers only lay them out. Entries come as
a callable that returns a fresh iterator, so a 10,000-entry case is read in pages and can
be walked more than once (chronology, MG5, unused schedule) without being held in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from stalkdesk.domain.records import Case, CaseNarrative, ContinuityEvent, Entry, Exhibit
from stalkdesk.domain.vocab import Behaviour, Relationship, Role
from stalkdesk.domain.when import When

EntrySource = Callable[[], Iterator[Entry]]
Progress = Callable[[int, int], None]


class Version(StrEnum):
    CPS = "cps"  # personal details redacted: the default, and what leaves the unit
    UNREDACTED = "unredacted"  # internal only

    @property
    def label(self) -> str:
        return "CPS version (personal details redacted)" if self is Version.CPS else "Unredacted internal version"

    @property
    def banner(self) -> str:
        return "" if self is Version.CPS else "UNREDACTED \u2013 NOT FOR DISCLOSURE"


@dataclass(frozen=True, slots=True)
class Context:
    """Who printed what, when, from which data: the same for every page of a document."""

    case: Case
    officer: str
    generated_at: datetime  # aware; printed on every page
    version: Version
    data_time: datetime | None  # newest change in the data: the PDF's creation date
    audit_anchor: tuple[int, str]  # (seq, hash) of the audit row the data is current to

    @property
    def generated(self) -> str:
        local = self.generated_at.astimezone(ZoneInfo(self.case.zone))
        return f"Generated {local:%d/%m/%Y %H:%M} by {self.officer or 'unknown officer'}"

    @property
    def running_head(self) -> str:
        op = self.case.operation
        return f"{op} \u00b7 URN {self.case.urn}" if op else f"URN {self.case.urn}"

    def closing_note(self, data_sha256: str) -> str:
        """Printed on the last page: what the data was, so the paper can be checked later."""
        seq, digest = self.audit_anchor
        return f"Data SHA-256 {data_sha256} \u00b7 audit trail current to row {seq} (chain {digest[:12]}\u2026)"


@dataclass(frozen=True, slots=True)
class PrintedPerson:
    """A person as printed: every field already text, redacted ones already markers."""

    role: Role
    name: str
    relationship: Relationship = Relationship.NOT_APPLICABLE
    aliases: tuple[str, ...] = ()
    date_of_birth: str = ""
    addresses: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    vehicles: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Names:
    """Look-ups the chronology needs: person id -> name, exhibit id -> reference."""

    people: Mapping[int, str] = field(default_factory=dict)
    exhibits: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class InterviewOptions:
    start: date | None = None  # first day included
    end: date | None = None  # last day included
    behaviours: frozenset[Behaviour] = frozenset()  # any of these; empty = all
    large_print: bool = False
    notes_column: bool = False
    unredacted: bool = False

    def describe(self) -> str:
        parts = []
        if self.start or self.end:
            a = f"{self.start:%d/%m/%Y}" if self.start else "the start"
            b = f"{self.end:%d/%m/%Y}" if self.end else "the latest entry"
            parts.append(f"from {a} to {b}")
        if self.behaviours:
            parts.append("behaviours: " + ", ".join(sorted(b.label for b in self.behaviours)))
        return "; ".join(parts) if parts else "no filter"


@dataclass(frozen=True, slots=True)
class InterviewInput:
    ctx: Context
    options: InterviewOptions
    head: Mapping[str, Any]  # the canonical export's first line (see canonical.header)
    entries: EntrySource
    count: int
    names: Names
    left_out_sensitive: int = 0


@dataclass(frozen=True, slots=True)
class Rendered:
    pages: int
    data_sha256: str  # of the canonical export of exactly what was printed


@dataclass(frozen=True, slots=True)
class BehaviourStat:
    count: int
    first: When
    last: When
    items: tuple[int, ...]  # item numbers (all of them)


@dataclass(frozen=True, slots=True)
class CaseStats:
    """Figures over the entries in a file, gathered in one pass by the service."""

    total: int = 0
    used: int = 0  # occasions: entries marked used evidence
    first_used: When | None = None
    last_used: When | None = None
    unused: int = 0
    left_out_sensitive: int = 0
    behaviours: Mapping[Behaviour, BehaviourStat] = field(default_factory=dict)
    outstanding: tuple[Entry, ...] = ()  # evidence still to be obtained (the first few)
    outstanding_count: int = 0


@dataclass(frozen=True, slots=True)
class ImageItem:
    """An image exhibit for the appendix; `load` returns an upright JPEG when it is drawn."""

    exhibit: Exhibit
    load: Callable[[], bytes | str]  # the picture, or why it cannot be shown
    shown: str  # "Original" or "Redacted version 2"
    shown_sha256: str
    exif_time: str = ""


@dataclass(frozen=True, slots=True)
class ChargeFileInput:
    ctx: Context
    head: Mapping[str, Any]
    people: Sequence[PrintedPerson]
    narrative: CaseNarrative
    entries: EntrySource  # every printed entry, by when it happened
    stats: CaseStats
    exhibits: Sequence[Exhibit]
    continuity: Mapping[int, Sequence[ContinuityEvent]]
    images: Sequence[ImageItem]
    names: Names
    support: Mapping[str, Sequence[str]] = field(default_factory=dict)  # point id -> items, exhibits
    progress: Progress | None = None
    progress_total: int = 0
