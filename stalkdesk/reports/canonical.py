"""The canonical form of the data a document was printed from, and its SHA-256.

Format `stalkdesk-export/1`: UTF-8 JSON Lines. The first line describes the document and
holds the case, people, narrative and exhibits; then one line per printed entry, in the
order printed. Each line is `json.dumps(obj, sort_keys=True, ensure_ascii=False,
separators=(",", ":"))` followed by "\\n"; times are UTC ISO 8601. The data is as printed,
so the CPS version's hash is over the redacted text. The hash is streamed, line by line, so
a 10,000-entry chronology is never held whole to compute it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from stalkdesk.domain.records import Case, CaseNarrative, Entry, Exhibit
from stalkdesk.reports.model import PrintedPerson, Version

SCHEMA = "stalkdesk-export/1"


def _t(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def line(obj: Mapping[str, Any]) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def header(document: str, version: Version, options: Mapping[str, Any], case: Case,
           people: Sequence[PrintedPerson], narrative: CaseNarrative, exhibits: Sequence[Exhibit]) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "document": document,
        "version": version.value,
        "options": dict(options),
        "case": {"urn": case.urn, "operation": case.operation, "crime_reference": case.crime_reference,
                 "offences": [o.value for o in case.offences], "other_offence": case.other_offence,
                 "status": case.status.value, "officer_in_case": case.officer_in_case, "zone": case.zone,
                 "marking": case.marking},
        "people": [{**asdict(p), "role": p.role.value, "relationship": p.relationship.value,
                    "aliases": list(p.aliases), "addresses": list(p.addresses), "phones": list(p.phones),
                    "emails": list(p.emails), "vehicles": list(p.vehicles), "handles": list(p.handles)}
                   for p in people],
        "narrative": asdict(narrative),
        "exhibits": [{"reference": x.reference, "description": x.description, "kind": x.kind.value,
                      "produced_by": x.produced_by, "seized_utc": _t(x.seized_at), "seized_where": x.seized_where,
                      "location_now": x.location_now, "media_type": x.media_type, "size": x.size,
                      "sha256": x.sha256, "disclosure": x.disclosure.value,
                      "exif_time": x.metadata.get("exif_time")} for x in exhibits],
    }


def entry(e: Entry) -> dict[str, Any]:
    return {
        "item": e.item_number, "start_utc": e.when.start.isoformat(), "zone": e.when.zone,
        "end_utc": _t(e.when.end), "precision": e.when.precision.value, "approx_text": e.when.approx_text,
        "reported_utc": _t(e.reported_at), "behaviours": [b.value for b in e.behaviours],
        "channel": e.channel.value if e.channel else None, "summary": e.summary, "account": e.account,
        "location": e.location, "source": e.source.value, "source_reference": e.source_reference,
        "witnesses": list(e.witnesses), "evidential_status": e.evidential_status.value,
        "disclosure": e.disclosure.value,
        "exhibits": [{"reference": x.reference, "locator": x.locator} for x in e.exhibits],
        "provenance": ({"exhibit_id": e.provenance.exhibit_id, "locator": e.provenance.locator}
                       if e.provenance else None),
    }


class ExportHash:
    """SHA-256 over the canonical lines, fed as the document streams its entries."""

    def __init__(self, head: Mapping[str, Any]) -> None:
        self._sha = hashlib.sha256(line(head))
        self.entries = 0

    def add(self, e: Entry) -> None:
        self._sha.update(line(entry(e)))
        self.entries += 1

    def through(self, entries: Iterable[Entry]) -> Iterator[Entry]:
        """Pass entries on unchanged, hashing each on the way."""
        for e in entries:
            self.add(e)
            yield e

    def hexdigest(self) -> str:
        return self._sha.hexdigest()


def lines(head: Mapping[str, Any], entries: Iterable[Entry]) -> Iterator[bytes]:
    """The canonical export itself, for anyone who wants to check a printed hash."""
    yield line(head)
    for e in entries:
        yield line(entry(e))
