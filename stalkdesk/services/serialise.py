"""Cases as JSON-ready dicts for `stalkdesk show --json` and scripts.

Field names here are a public interface: add fields, never rename or remove them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from stalkdesk.domain import when as when_mod
from stalkdesk.domain.records import Case, Entry, Exhibit, Person
from stalkdesk.services.workspace import Workspace

SCHEMA = "stalkdesk-case/1"


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def case_dict(case: Case) -> dict[str, Any]:
    return {
        "urn": case.urn,
        "operation": case.operation,
        "crime_reference": case.crime_reference,
        "offences": [o.value for o in case.offences],
        "other_offence": case.other_offence,
        "status": case.status.value,
        "officer_in_case": case.officer_in_case,
        "time_zone": case.zone,
        "marking": case.marking,
        "is_demo": case.is_demo,
        "created_utc": _time(case.created_at),
        "updated_utc": _time(case.updated_at),
    }


def person_dict(p: Person) -> dict[str, Any]:
    dob: date | None = p.date_of_birth
    return {
        "id": p.id,
        "role": p.role.value,
        "name": p.name,
        "aliases": list(p.aliases),
        "date_of_birth": dob.isoformat() if dob else None,
        "addresses": list(p.addresses),
        "phones": list(p.phones),
        "emails": list(p.emails),
        "handles": list(p.handles),
        "vehicles": list(p.vehicles),
        "relationship": p.relationship.value,
        "notes": p.notes,
    }


def entry_dict(e: Entry) -> dict[str, Any]:
    return {
        "item": e.item_number,
        "id": e.id,
        "when": when_mod.render(e.when),
        "start_utc": e.when.start.isoformat(),
        "end_utc": _time(e.when.end),
        "precision": e.when.precision.value,
        "time_zone": e.when.zone,
        "approx_text": e.when.approx_text,
        "reported_utc": _time(e.reported_at),
        "behaviours": [b.value for b in e.behaviours],
        "channel": e.channel.value if e.channel else None,
        "summary": e.summary,
        "account": e.account,
        "location": e.location,
        "source": e.source.value,
        "source_reference": e.source_reference,
        "people": list(e.people),
        "witnesses": list(e.witnesses),
        "exhibits": [{"reference": x.reference, "locator": x.locator} for x in e.exhibits],
        "evidential_status": e.evidential_status.value,
        "disclosure": e.disclosure.value,
        "disclosure_reason": e.disclosure_reason,
        "provenance": (
            {"exhibit_id": e.provenance.exhibit_id, "locator": e.provenance.locator,
             "importer": e.provenance.importer} if e.provenance else None
        ),
    }


def exhibit_dict(x: Exhibit) -> dict[str, Any]:
    return {
        "reference": x.reference,
        "id": x.id,
        "description": x.description,
        "kind": x.kind.value,
        "produced_by": x.produced_by,
        "seized_utc": _time(x.seized_at),
        "seized_where": x.seized_where,
        "original_filename": x.original_filename,
        "media_type": x.media_type,
        "size": x.size,
        "sha256": x.sha256,
        "metadata": x.metadata,
        "disclosure": x.disclosure.value,
        "disclosure_reason": x.disclosure_reason,
        "location_now": x.location_now,
    }


def full_case(ws: Workspace, urn: str) -> dict[str, Any]:
    case = ws.case(urn)
    assert case.id is not None
    return {
        "schema": SCHEMA,
        "case": case_dict(case),
        "people": [person_dict(p) for p in ws.people.list(case.id)],
        "entries": [entry_dict(e) for e in ws.entries.list(case.id)],
        "exhibits": [exhibit_dict(x) for x in ws.exhibits.list(case.id)],
    }
