"""Spans of personal data in case text, and what an accepted span does to the text.

A `Span` is what a scanner finds: offsets into one text, the words themselves and their
kind. A `TextRedaction` is a span stored against a field of a case record, with the
officer's decision. Offsets go stale when the text is edited; the words are kept so that
a stale span can still be found (and applied) wherever they now stand in the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

# Kinds a scanner reports, with the words printed in the marker that replaces them.
KIND_LABELS: dict[str, str] = {
    "phone": "phone number",
    "email": "email",
    "postcode": "postcode",
    "vehicle": "vehicle",
    "dob": "date of birth",
    "ni_number": "National Insurance number",
    "card": "bank card number",
}

TARGETS = ("entry", "contact_record", "exhibit", "narrative")
# The fields scanned, by target: what a prosecutor would read in a CPS-bound document.
FIELDS: dict[str, tuple[str, ...]] = {
    "entry": ("summary", "account", "location"),
    "contact_record": ("body",),
    "exhibit": ("description",),
    "narrative": ("headline_summary", "suspect_account", "lines_of_enquiry", "victim_views",
                  "proposed_conditions", "key_witnesses"),
}


class Status(StrEnum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str
    kind: str

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class TextRedaction:
    """A span stored against one field of one record of a case, with the officer's decision."""

    case_id: int
    target: str  # one of TARGETS
    field: str
    start: int
    end: int
    text: str
    kind: str
    status: Status = Status.SUGGESTED
    reason: str = ""
    decided_by: str = ""
    decided_at: datetime | None = None
    entry_id: int | None = None
    record_id: int | None = None
    exhibit_id: int | None = None
    created_at: datetime | None = None
    id: int | None = None

    @property
    def owner(self) -> int | None:
        """The id of the record holding the text (None for the narrative)."""
        return {"entry": self.entry_id, "contact_record": self.record_id, "exhibit": self.exhibit_id}.get(self.target)

    @property
    def key(self) -> tuple[str, int | None, str]:
        return (self.target, self.owner, self.field)

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def is_stale(source: str, r: TextRedaction) -> bool:
    """The field no longer holds the span's words at its offsets (it was edited since)."""
    return source[r.start:r.end] != r.text


def marker(kind: str) -> str:
    return f"[REDACTED \u2013 {KIND_LABELS.get(kind, kind)}]"


def apply(source: str, spans: Iterable[TextRedaction]) -> str:
    """The text with every span replaced by its marker.

    A span whose words are still at its offsets is replaced there; one whose text has moved
    (the field was edited) is replaced wherever its words now occur in the field. Spans are
    applied from the end, so earlier offsets stay true.
    """
    exact: list[TextRedaction] = []
    moved: list[TextRedaction] = []
    for r in spans:
        (moved if is_stale(source, r) else exact).append(r)
    out = source
    last = len(out) + 1
    for r in sorted(exact, key=lambda r: (-r.start, r.end)):
        if r.end > last:  # overlaps one already replaced: its words are gone
            continue
        out = out[:r.start] + marker(r.kind) + out[r.end:]
        last = r.start
    for r in sorted(moved, key=lambda r: -len(r.text)):
        if r.text:
            out = out.replace(r.text, marker(r.kind))
    return out
