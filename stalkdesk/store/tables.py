"""The tables. SQLModel classes, private to `stalkdesk.store`.

Times are naive UTC in the database (SQLite has no zone type), the contact records' as
integer microseconds (sqlite.UtcMicros); the zone a time was observed in is kept beside it
where it matters. Lists that are only ever read whole
(aliases, phones, offences) are JSON; links that other rows refer to are tables.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, Column, Index, LargeBinary, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from stalkdesk.store.sqlite import UtcMicros


class OfficerRow(SQLModel, table=True):
    __tablename__ = "officer"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str
    initials: str
    rank: str = ""
    warrant_number: str = ""
    force: str = ""
    unit: str = ""


class SettingRow(SQLModel, table=True):
    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: Any = Field(sa_column=Column(JSON, nullable=False))


class CaseRow(SQLModel, table=True):
    __tablename__ = "case_file"
    id: Optional[int] = Field(default=None, primary_key=True)
    urn: str = Field(unique=True, index=True)
    operation: str = ""
    crime_reference: str = ""
    offences: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    other_offence: str = ""
    status: str = "open"
    officer_in_case: str = ""
    zone: str = "Europe/London"
    marking: str = "OFFICIAL-SENSITIVE"
    is_demo: bool = False
    next_item_number: int = 1
    created_at: datetime
    updated_at: datetime


class PersonRow(SQLModel, table=True):
    __tablename__ = "person"
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True)
    role: str
    name: str
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    date_of_birth: Optional[date] = None
    addresses: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    phones: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    emails: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    handles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    vehicles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    relationship: str = "not_applicable"
    notes: str = ""
    deleted: bool = False


class ContentRow(SQLModel, table=True):
    """Bytes of an original or a derived copy, deduplicated by SHA-256 within a case."""

    __tablename__ = "content"
    __table_args__ = (UniqueConstraint("case_id", "sha256"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True)
    sha256: str
    size: int
    chunk_count: int
    created_at: datetime


class ChunkRow(SQLModel, table=True):
    __tablename__ = "content_chunk"
    content_id: int = Field(foreign_key="content.id", primary_key=True)
    seq: int = Field(primary_key=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ExhibitRow(SQLModel, table=True):
    __tablename__ = "exhibit"
    __table_args__ = (UniqueConstraint("case_id", "reference"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True)
    reference: str
    parent_id: Optional[int] = Field(default=None, foreign_key="exhibit.id")
    description: str = ""
    kind: str = "other"
    produced_by: str = ""
    seized_at: Optional[datetime] = None
    seized_where: str = ""
    original_filename: str = ""
    media_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    meta: dict[str, Any] = Field(default_factory=dict, sa_column=Column("metadata", JSON, nullable=False))
    disclosure: str = "used"
    disclosure_reason: str = Field(default="", sa_column_kwargs={"server_default": ""})  # why sensitive (0008)
    location_now: str = ""
    content_id: Optional[int] = Field(default=None, foreign_key="content.id")
    deleted: bool = False
    created_at: datetime
    updated_at: datetime


class DerivativeRow(SQLModel, table=True):
    __tablename__ = "derivative"
    __table_args__ = (UniqueConstraint("exhibit_id", "kind", "version"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    exhibit_id: int = Field(foreign_key="exhibit.id", index=True)
    kind: str
    version: int
    content_id: int = Field(foreign_key="content.id")
    media_type: str
    note: str = ""
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime


class ContinuityRow(SQLModel, table=True):
    __tablename__ = "continuity"
    id: Optional[int] = Field(default=None, primary_key=True)
    exhibit_id: int = Field(foreign_key="exhibit.id", index=True)
    at: datetime
    action: str
    from_person: str = ""
    to_person: str = ""
    purpose: str = ""
    recorded_by: str = ""
    created_at: datetime


class EntryRow(SQLModel, table=True):
    __tablename__ = "entry"
    __table_args__ = (
        UniqueConstraint("case_id", "item_number"),
        # Covers every chronology filter but free text, in time order (migration 0005).
        Index("ix_entry_chronology", "case_id", "deleted", "start_utc", "item_number", "behaviours",
              "channel", "source", "evidential_status", "disclosure"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id")
    item_number: int
    start_utc: datetime
    end_utc: Optional[datetime] = None
    precision: str
    zone: str = "Europe/London"
    approx_text: str = ""
    reported_at: Optional[datetime] = None
    behaviours: str = ""  # comma-separated codes: filtered with LIKE, read whole
    channel: Optional[str] = None
    summary: str = ""
    account: str = ""
    location: str = ""
    source: str = "victim_account"
    source_reference: str = ""
    evidential_status: str = "account_only"
    disclosure: str = "used"
    disclosure_reason: str = Field(default="", sa_column_kwargs={"server_default": ""})  # why sensitive (0008)
    prov_exhibit_id: Optional[int] = Field(default=None, foreign_key="exhibit.id")
    prov_locator: str = ""
    prov_importer: str = ""
    deleted: bool = False
    created_at: datetime
    updated_at: datetime


class EntryPersonRow(SQLModel, table=True):
    __tablename__ = "entry_person"
    entry_id: int = Field(foreign_key="entry.id", primary_key=True)
    person_id: int = Field(foreign_key="person.id", primary_key=True)
    role: str = Field(primary_key=True)  # "involved" or "witness"


class EntryExhibitRow(SQLModel, table=True):
    __tablename__ = "entry_exhibit"
    entry_id: int = Field(foreign_key="entry.id", primary_key=True)
    exhibit_id: int = Field(foreign_key="exhibit.id", primary_key=True, index=True)
    locator: str = ""


class ContactRecordRow(SQLModel, table=True):
    """An imported message, call or email. Many per chronology entry; a million per case is normal."""

    __tablename__ = "contact_record"
    __table_args__ = (
        Index("ix_contact_record_case_time", "case_id", "at_utc"),
        Index("ix_contact_record_source_seq", "source_exhibit_id", "seq"),
        # Only records with an entry: most of a call log's have none (migration 0010).
        Index("ix_contact_record_entry_id", "entry_id", sqlite_where=text("entry_id IS NOT NULL")),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id")
    source_exhibit_id: int = Field(foreign_key="exhibit.id")
    seq: int
    locator: str = ""
    kind: str
    channel: Optional[str] = None
    at_utc: datetime = Field(sa_type=UtcMicros)  # microseconds since 1970 UTC: 8 bytes a row, not 26
    zone_assumed: bool = False
    direction: str = "unknown"
    identity: str = ""
    display_name: str = ""
    body: str = ""
    duration_s: Optional[int] = None
    attachment: str = ""
    flags: str = ""
    entry_id: Optional[int] = Field(default=None, foreign_key="entry.id")


class NarrativeRow(SQLModel, table=True):
    """One officer-written text of a case (headline summary, suspect's account, ...)."""

    __tablename__ = "case_narrative"
    case_id: int = Field(foreign_key="case_file.id", primary_key=True)
    field: str = Field(primary_key=True)
    text: str = ""
    updated_at: datetime


class AuditRow(SQLModel, table=True):
    """One change, view, export or handover. Written in the same transaction as the change."""

    __tablename__ = "audit_event"
    seq: Optional[int] = Field(default=None, primary_key=True)
    at: datetime
    officer: str
    action: str
    object_type: str
    object_id: Optional[int] = None
    case_id: Optional[int] = Field(default=None, index=True)
    summary: str = ""
    reason: str = ""
    prev_hash: str
    hash: str


class ImportedAuditRow(SQLModel, table=True):
    """A sender's audit rows, kept verbatim (with their own chain hashes) when a case is
    handed over, beside the receiver's chain rather than in it."""

    __tablename__ = "imported_audit"
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True)
    bundle_sha256: str
    seq: int
    at: datetime
    officer: str
    action: str
    object_type: str
    object_id: Optional[int] = None
    summary: str = ""
    reason: str = ""
    prev_hash: str
    hash: str


# Stalking analysis (migration 0007): the officer's links to points to prove and FOUR,
# S-DASH screenings, review dates, the victim's places and co-location candidates.


class PointLinkRow(SQLModel, table=True):
    """An entry or exhibit cited for a point to prove, an SPO ground or a FOUR element."""

    __tablename__ = "point_link"
    __table_args__ = (Index("ix_point_link_case_point", "case_id", "point_id"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id")
    point_id: str
    entry_id: Optional[int] = Field(default=None, foreign_key="entry.id")
    exhibit_id: Optional[int] = Field(default=None, foreign_key="exhibit.id")
    note: str = ""
    created_at: datetime


class FourNoteRow(SQLModel, table=True):
    __tablename__ = "four_note"
    case_id: int = Field(foreign_key="case_file.id", primary_key=True)
    element: str = Field(primary_key=True)
    note: str = ""
    updated_at: datetime


class SdashRow(SQLModel, table=True):
    """One S-DASH screening; its answers are rows of `sdash_answer`."""

    __tablename__ = "sdash_assessment"
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True)
    assessed_on: date
    officer: str
    trigger: str = ""
    note: str = ""
    created_at: datetime


class SdashAnswerRow(SQLModel, table=True):
    __tablename__ = "sdash_answer"
    assessment_id: int = Field(foreign_key="sdash_assessment.id", primary_key=True)
    question: str = Field(primary_key=True)
    answer: str
    note: str = ""


class CaseReviewRow(SQLModel, table=True):
    __tablename__ = "case_review"
    case_id: int = Field(foreign_key="case_file.id", primary_key=True)
    review_on: Optional[date] = None
    note: str = ""
    updated_at: datetime


class VictimPlaceRow(SQLModel, table=True):
    __tablename__ = "victim_place"
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True)
    name: str
    lat: float
    lon: float
    radius_m: float = 0.0
    note: str = ""
    deleted: bool = False
    created_at: datetime
    updated_at: datetime


class ColocationRow(SQLModel, table=True):
    """A visit found by a co-location search: proposed, then confirmed (with the entry made)
    or dismissed. Kept either way, so that the same visit is not proposed again."""

    __tablename__ = "colocation_candidate"
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True)
    source_exhibit_id: int = Field(foreign_key="exhibit.id")
    victim_exhibit_id: Optional[int] = Field(default=None, foreign_key="exhibit.id")
    place_id: Optional[int] = Field(default=None, foreign_key="victim_place.id")
    target: str
    start_utc: datetime
    end_utc: datetime
    closest_m: float
    closest_at: datetime
    fixes: int
    first_seq: int
    last_seq: int
    accuracy_m: Optional[float] = None
    distance_m: float
    status: str = "proposed"
    behaviour: Optional[str] = None
    entry_id: Optional[int] = Field(default=None, foreign_key="entry.id")
    note: str = ""
    created_at: datetime
    updated_at: datetime


# Redaction and the SPO application (migration 0008).


class TextRedactionRow(SQLModel, table=True):
    """A span of personal data in case text: suggested by a scan, then accepted (it is replaced
    in every CPS-bound output) or dismissed, each with the officer's reason.

    `target` names what holds the text ("entry", "contact_record", "exhibit", "narrative") and
    the matching id column its row (all three None for a narrative, whose `field` names it;
    real foreign keys, so that a handover translates them); `field` is the column;
    `start`/`end` are character offsets and `text` the words found, so that a span whose
    source has since been edited can be recognised as stale.
    """

    __tablename__ = "text_redaction"
    __table_args__ = (Index("ix_text_redaction_case_status", "case_id", "status"),
                      Index("ix_text_redaction_entry", "entry_id"))
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id")
    target: str
    entry_id: Optional[int] = Field(default=None, foreign_key="entry.id")
    record_id: Optional[int] = Field(default=None, foreign_key="contact_record.id")
    exhibit_id: Optional[int] = Field(default=None, foreign_key="exhibit.id")
    field: str
    start: int
    end: int
    text: str
    kind: str
    status: str = "suggested"
    reason: str = ""
    decided_by: str = ""
    decided_at: Optional[datetime] = None
    created_at: datetime
    updated_at: datetime


class SpoTermRow(SQLModel, table=True):
    """One prohibition or requirement the officer proposes for a Stalking Protection Order."""

    __tablename__ = "spo_term"
    id: Optional[int] = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case_file.id", index=True)
    kind: str
    text: str
    position: int = 0
    deleted: bool = False
    created_at: datetime
    updated_at: datetime
