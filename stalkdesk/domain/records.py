"""The records of a case, as plain frozen dataclasses.

Repositories return these; the GUI, the CLI, the reports and the importers all speak them.
`id` is None until the store has saved the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from stalkdesk.domain.vocab import (
    DEFAULT_MARKING,
    DEFAULT_ZONE,
    Behaviour,
    CaseStatus,
    Channel,
    ContinuityAction,
    DisclosureStatus,
    EvidentialStatus,
    ExhibitKind,
    Offence,
    Relationship,
    Role,
    Source,
)
from stalkdesk.domain.when import When


@dataclass(frozen=True, slots=True)
class Officer:
    """The officer using this store; their initials prefix the exhibits they produce."""

    name: str
    initials: str
    rank: str = ""
    warrant_number: str = ""
    force: str = ""
    unit: str = ""

    @property
    def display(self) -> str:
        parts = [self.rank, self.name]
        text = " ".join(p for p in parts if p)
        return f"{text} ({self.warrant_number})" if self.warrant_number else text


@dataclass(frozen=True, slots=True)
class Case:
    urn: str
    operation: str = ""
    crime_reference: str = ""
    offences: tuple[Offence, ...] = ()
    other_offence: str = ""  # free text when Offence.OTHER is among the offences
    status: CaseStatus = CaseStatus.OPEN
    officer_in_case: str = ""
    zone: str = DEFAULT_ZONE
    marking: str = DEFAULT_MARKING
    is_demo: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None

    @property
    def title(self) -> str:
        return f"{self.operation} ({self.urn})" if self.operation else self.urn


@dataclass(frozen=True, slots=True)
class Person:
    """Someone in the case. Contact details are personal data, redacted for the CPS."""

    role: Role
    name: str
    aliases: tuple[str, ...] = ()
    date_of_birth: date | None = None
    addresses: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164, normalised on the way in
    emails: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()  # social media handles, e.g. "instagram:@name"
    vehicles: tuple[str, ...] = ()
    relationship: Relationship = Relationship.NOT_APPLICABLE
    notes: str = ""
    case_id: int | None = None
    id: int | None = None

    # Fields that hold personal data: the CPS version of a report replaces them.
    REDACTABLE = ("date_of_birth", "addresses", "phones", "emails", "vehicles")


@dataclass(frozen=True, slots=True)
class ExhibitLink:
    """An entry citing an exhibit, optionally at a place inside it ("messages 1201-1257")."""

    exhibit_id: int
    locator: str = ""
    reference: str = ""  # filled in by the store on read, for display


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an imported entry came from: the source exhibit and the records within it."""

    exhibit_id: int
    locator: str  # e.g. "lines 1201-1214", "sms elements 5-9"
    importer: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """One item in the chronology: an occasion of the course of conduct."""

    when: When
    summary: str
    behaviours: tuple[Behaviour, ...] = ()
    channel: Channel | None = None
    account: str = ""
    location: str = ""
    source: Source = Source.VICTIM_ACCOUNT
    source_reference: str = ""
    reported_at: datetime | None = None  # when recorded/reported: not when it happened
    people: tuple[int, ...] = ()  # person ids involved
    witnesses: tuple[int, ...] = ()  # person ids who saw or heard it
    exhibits: tuple[ExhibitLink, ...] = ()
    evidential_status: EvidentialStatus = EvidentialStatus.ACCOUNT_ONLY
    disclosure: DisclosureStatus = DisclosureStatus.USED
    disclosure_reason: str = ""  # why it is sensitive, for the MG6D (when disclosure is SENSITIVE)
    provenance: Provenance | None = None
    item_number: int | None = None  # stable within the case, given by the store
    deleted: bool = False
    case_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ContinuityEvent:
    at: datetime  # aware
    action: ContinuityAction
    from_person: str = ""
    to_person: str = ""
    purpose: str = ""
    recorded_by: str = ""
    exhibit_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Exhibit:
    reference: str  # "JS/1", "JS/1/1"
    description: str
    kind: ExhibitKind = ExhibitKind.OTHER
    produced_by: str = ""
    seized_at: datetime | None = None
    seized_where: str = ""
    original_filename: str = ""
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    metadata: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    disclosure: DisclosureStatus = DisclosureStatus.USED
    disclosure_reason: str = ""  # why it is sensitive, for the MG6D (when disclosure is SENSITIVE)
    location_now: str = ""  # where it is now, for the MG12
    created_at: datetime | None = None
    deleted: bool = False
    case_id: int | None = None
    content_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Derivative:
    """A derived copy of an exhibit's original (thumbnail, redacted version): never a replacement."""

    exhibit_id: int
    kind: str
    version: int
    sha256: str
    media_type: str
    size: int
    created_at: datetime
    note: str = ""
    content_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AuditEvent:
    seq: int
    at: datetime
    officer: str
    action: str
    object_type: str
    object_id: int | None
    case_id: int | None
    summary: str
    reason: str
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """A case as the case list shows it."""

    case: Case
    entry_count: int
    exhibit_count: int


@dataclass(frozen=True, slots=True)
class CaseNarrative:
    """What the officer writes about the case as a whole, for the MG3 and MG5."""

    headline_summary: str = ""
    suspect_account: str = ""
    lines_of_enquiry: str = ""  # including those pointing away from the suspect
    victim_views: str = ""  # the victim's views on a restraining order
    proposed_conditions: str = ""  # proposed restraining order conditions
    key_witnesses: str = ""  # what the key witnesses say

    FIELDS = ("headline_summary", "suspect_account", "lines_of_enquiry", "victim_views",
              "proposed_conditions", "key_witnesses")


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """One message, call or email from an imported source: the evidence behind a grouped
    chronology entry, kept whole, searchable and counted per day for analysis."""

    kind: str  # "message", "call", "email", "system"
    at: datetime  # aware, UTC
    identity: str  # who: E.164 phone, lower-case email, "handle:<name>", "name:<casefolded>" or "withheld"
    direction: str = "unknown"  # "incoming", "outgoing", "missed", "rejected", "unknown"
    channel: Channel | None = None
    zone_assumed: bool = False  # the source gave no zone and UK local time was assumed
    display_name: str = ""
    body: str = ""
    duration_s: int | None = None
    attachment: str = ""  # file name of attached media, if any
    locator: str = ""  # where in the source: "line 1234", "sms 17"
    seq: int = 0  # position in the source, from 1
    flags: tuple[str, ...] = ()  # e.g. "out_of_order"
    entry_id: int | None = None  # the chronology entry that groups it
    source_exhibit_id: int | None = None
    id: int | None = None
