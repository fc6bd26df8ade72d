"""Disclosure documents for a case: the unused-material schedules and the redaction log.

    result = schedule(ws, urn, Path("mg6c.pdf"), UNUSED, recipient="CPS Fictional Area",
                      purpose="Pre-charge file")
    result = schedule(ws, urn, Path("mg6d.csv"), SENSITIVE, recipient=..., purpose=...)
    result = redaction_log(ws, urn, Path("log.pdf"), recipient=..., purpose=...)
    draft = draft_schedule(ws, urn, SENSITIVE)  # in memory, for a preview; then
    result = save_disclosure(ws, draft, Path("mg6d.csv"), recipient=..., purpose=...)

The format follows the file name (.pdf or .csv). The CPS version (the default) is redacted
like the pre-charge file: the protected people's details and the accepted text spans become
markers. It leaves the unit, so the recipient and the purpose are required, and both are
written to the audit trail with the file's SHA-256 (DPA 2018 s.62). The unredacted version
is for internal use and is marked so on every page.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from stalkdesk.domain.query import EntryQuery
from stalkdesk.domain.records import Case, CaseNarrative, Entry, Exhibit
from stalkdesk.domain.redaction import Status
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.errors import InvalidInput
from stalkdesk.reports import canonical
from stalkdesk.reports.disclosure import (
    REDACTIONS,
    SENSITIVE,
    TITLES,
    UNUSED,
    DisclosureInput,
    LogLine,
    ScheduleLine,
    render,
    to_csv,
)
from stalkdesk.reports.model import Names, Version
from stalkdesk.reports.schedules import UnusedItem, unused_items
from stalkdesk.services import text_redaction
from stalkdesk.services.exports import save_export
from stalkdesk.services.reports import Draft, case_id_of, printed_names, redacted_entries, redactor_for, report_context
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.repos.redactions import ImageRedaction

__all__ = ["REDACTIONS", "SENSITIVE", "UNUSED", "DisclosureDraft", "DisclosureExport", "draft_redaction_log",
           "draft_schedule", "redaction_log", "save_disclosure", "schedule"]

_STATUS = {UNUSED: DisclosureStatus.UNUSED, SENSITIVE: DisclosureStatus.SENSITIVE}


@dataclass(frozen=True, slots=True)
class DisclosureExport:
    path: Path
    format: str  # "pdf" or "csv"
    sha256: str  # of the file
    pages: int  # 0 for a CSV
    lines: int  # numbered lines in the document
    audit_seq: int
    version: Version
    data_sha256: str


@dataclass(frozen=True, slots=True)
class DisclosureDraft(Draft):
    """A schedule or the redaction log rendered into memory (the PDF, for a preview) with the
    lines it prints, from which `save_disclosure` writes the PDF or the CSV."""

    inp: DisclosureInput
    lines: int


def _format(out_path: Path) -> str:
    suffix = Path(out_path).suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise InvalidInput(f'"{out_path}": give a file name ending in .pdf or .csv.')
    return suffix[1:]


def _who(version: Version, recipient: str, purpose: str) -> tuple[str, str]:
    recipient, purpose = " ".join(recipient.split()), " ".join(purpose.split())
    if version is Version.CPS and not (recipient and purpose):
        raise InvalidInput("Say who the document is going to and why (--recipient and --purpose, e.g. "
                           '"CPS Fictional Area" and "pre-charge advice"): the disclosure is logged.')
    return recipient, purpose


def schedule(ws: Workspace, urn: str, out_path: Path, document: str, *, unredacted: bool = False,
             recipient: str = "", purpose: str = "", generated_at: datetime | None = None) -> DisclosureExport:
    """The MG6C-shaped (UNUSED) or MG6D-shaped (SENSITIVE) schedule, as PDF or CSV."""
    if document not in _STATUS:
        raise ValueError(f"unknown schedule {document!r}")
    fmt = _format(out_path)
    version = Version.UNREDACTED if unredacted else Version.CPS
    recipient, purpose = _who(version, recipient, purpose)
    case, inp, lines = _schedule_input(ws, urn, document, version, generated_at)
    return _save(ws, case, out_path, fmt, inp, lines, recipient, purpose)


def draft_schedule(ws: Workspace, urn: str, document: str, *, unredacted: bool = False,
                   generated_at: datetime | None = None) -> DisclosureDraft:
    """The schedule rendered into memory only (for a preview): nothing is written or logged
    until `save_disclosure`, which also writes its CSV."""
    if document not in _STATUS:
        raise ValueError(f"unknown schedule {document!r}")
    version = Version.UNREDACTED if unredacted else Version.CPS
    return _draft(*_schedule_input(ws, urn, document, version, generated_at))


def _schedule_input(ws: Workspace, urn: str, document: str, version: Version,
                    generated_at: datetime | None) -> tuple[Case, DisclosureInput, int]:
    case = ws.case(urn)
    case_id = case_id_of(case)
    status = _STATUS[document]
    redactor = redactor_for(ws, case_id, version)
    people = [redactor.person(p) for p in ws.people.list(case_id)]
    exhibits = [redactor.exhibit(x) for x in ws.exhibits.list(case_id)]
    ids = ws.entries.ids(case_id, EntryQuery(disclosure=frozenset({status})))
    names = printed_names(ws, case_id, people)
    bulk: dict[str, list[str]] = {}  # exhibit reference -> reasons of the entries imported from it
    lines = []
    for n, item in enumerate(unused_items(exhibits, _reasons(redacted_entries(ws, ids, redactor), names, bulk), names,
                                          status), 1):
        reason = redactor.text(_sensitivity(item, bulk)) if document == SENSITIVE else ""
        lines.append(ScheduleLine(n, item.description, item.location, reason))
    head = canonical.header(document, version, {}, case, [], CaseNarrative(), [])
    inp = DisclosureInput(report_context(ws, case, version, generated_at), document, head, schedule=lines)
    return case, inp, len(lines)


def _reasons(entries: Iterable[Entry], names: Names, bulk: dict[str, list[str]]) -> Iterator[Entry]:
    """The entries, unchanged, noting on the way the reasons of those listed as bulk blocks."""
    for e in entries:
        if e.provenance is not None and e.disclosure_reason.strip():
            bulk.setdefault(names.exhibits.get(e.provenance.exhibit_id, ""), []).append(e.disclosure_reason)
        yield e


def _sensitivity(item: UnusedItem, bulk: dict[str, list[str]]) -> str:
    """The recorded reason for sensitivity of one schedule line ("" if none was recorded).

    A bulk block (many imported records on one line) gives every distinct reason of its entries."""
    if item.exhibit is not None:
        return item.exhibit.disclosure_reason.strip()
    if item.entry is not None:
        return item.entry.disclosure_reason.strip()
    for ref, reasons in bulk.items():
        if ref and item.location.startswith(f"{ref};"):
            return "; ".join(dict.fromkeys(" ".join(r.split()) for r in reasons))
    return ""


def redaction_log(ws: Workspace, urn: str, out_path: Path, *, unredacted: bool = False, recipient: str = "",
                  purpose: str = "", generated_at: datetime | None = None) -> DisclosureExport:
    """Every redaction decision (text spans and image regions): what, where, why, who, when."""
    fmt = _format(out_path)
    version = Version.UNREDACTED if unredacted else Version.CPS
    recipient, purpose = _who(version, recipient, purpose)
    case, inp, lines = _log_input(ws, urn, version, generated_at)
    return _save(ws, case, out_path, fmt, inp, lines, recipient, purpose)


def draft_redaction_log(ws: Workspace, urn: str, *, unredacted: bool = False,
                        generated_at: datetime | None = None) -> DisclosureDraft:
    """The redaction log rendered into memory only (for a preview): nothing is written or
    logged until `save_disclosure`, which also writes its CSV."""
    version = Version.UNREDACTED if unredacted else Version.CPS
    return _draft(*_log_input(ws, urn, version, generated_at))


def _log_input(ws: Workspace, urn: str, version: Version,
               generated_at: datetime | None) -> tuple[Case, DisclosureInput, int]:
    case = ws.case(urn)
    case_id = case_id_of(case)
    redactor = redactor_for(ws, case_id, version)
    zone = ZoneInfo(case.zone)
    found: list[tuple[datetime, int, list[str]]] = []  # (when, order, cells without number)
    for s in text_redaction.suggestions(ws, case_id):
        r = s.redaction
        if r.status is Status.SUGGESTED or r.decided_at is None:
            continue
        what = r.field.replace("_", " ") + (" (text edited since)" if s.stale else "")
        decision = "Redacted" if r.status is Status.ACCEPTED else "Not redacted (dismissed)"
        found.append((r.decided_at, r.id or 0, [s.place, what, r.label, decision, redactor.text(r.reason),
                                                r.decided_by, _local(r.decided_at, zone)]))
    images: list[ImageRedaction] = ws.redactions.image_redactions(case_id)
    for i, img in enumerate(images):
        for cells in _image_lines(img, zone):
            found.append((img.created_at, i, [c if k in (0, 1) else redactor.text(c) for k, c in enumerate(cells)]))
    found.sort(key=lambda t: (t[0], t[1]))
    lines = [LogLine(n, *cells) for n, (_, _, cells) in enumerate(found, 1)]
    head = canonical.header(REDACTIONS, version, {}, case, [], CaseNarrative(), [])
    inp = DisclosureInput(report_context(ws, case, version, generated_at), REDACTIONS, head, log=lines)
    return case, inp, len(lines)


def set_exhibit_disclosure(ws: Workspace, exhibit_ids: Sequence[int], status: DisclosureStatus,
                           reason: str | None = None) -> list[Exhibit]:
    """Set the disclosure status of exhibits (the gallery's Disclosure menu, the viewer's
    details), all or none, in one transaction with one audit row per exhibit changed.

    `reason` (the reason for sensitivity, printed on the MG6D) replaces the stored one when
    given; otherwise each exhibit keeps its own, so one set back to sensitive has it again.
    Returns the exhibits as stored, in the order asked for; those already at `status` are
    left untouched and unaudited."""
    status = DisclosureStatus(status)
    why = None if reason is None else " ".join(reason.split())
    done: list[Exhibit] = []
    with ws.transaction():
        for exhibit_id in dict.fromkeys(exhibit_ids):
            x = ws.exhibits.get(exhibit_id)
            if x.deleted:
                raise InvalidInput(f"Exhibit {x.reference} has been deleted: restore it before changing its "
                                   "disclosure status.")
            wanted = replace(x, disclosure=status, disclosure_reason=x.disclosure_reason if why is None else why)
            done.append(ws.exhibits.update(wanted) if wanted != x else x)
    return done


def _local(at: datetime, zone: ZoneInfo) -> str:
    return f"{at.astimezone(zone):%d/%m/%Y %H:%M}"


def _image_lines(img: ImageRedaction, zone: ZoneInfo) -> Iterator[list[str]]:
    """One line per region of a redacted version, then one for the metadata it dropped."""
    where = f"exhibit {img.reference} (redacted version {img.version})"
    when = _local(img.created_at, zone)
    regions: Sequence[Any] = img.params.get("regions") or []
    for region in regions:
        if not isinstance(region, dict):
            continue
        reason = str(region.get("reason") or "")
        note = str(region.get("note") or "")
        yield [where, _region(region), "image region", "Redacted", f"{reason}: {note}" if note and reason
               else reason or note, img.created_by, when]
    gps = " including the GPS location" if img.params.get("gps_removed") else ""
    yield [where, "embedded metadata", f"EXIF/XMP/IPTC metadata{gps}", "Removed",
           "metadata is never disclosed with a redacted image", img.created_by, when]


def _region(region: dict[str, Any]) -> str:
    shape = str(region.get("shape") or "rectangle")
    points = region.get("points")
    if points and isinstance(points, list):
        return f"{shape} area of {len(points)} points"
    try:
        x, y, w, h = (int(float(region[k])) for k in ("x", "y", "w", "h"))
    except (KeyError, TypeError, ValueError):
        return shape
    return f"{shape} {w}\u00d7{h} px at ({x}, {y})"


def _draft(case: Case, inp: DisclosureInput, lines: int) -> DisclosureDraft:
    buffer = io.BytesIO()
    rendered = render(inp, buffer)
    return DisclosureDraft(case.urn, buffer.getvalue(), rendered, inp.ctx.version, lines, TITLES[inp.document],
                           inp, lines)


def save_disclosure(ws: Workspace, draft: DisclosureDraft, out_path: Path, *, recipient: str = "",
                    purpose: str = "") -> DisclosureExport:
    """Write a draft schedule or log where the officer chose (.pdf: the previewed PDF; .csv:
    the same lines as a CSV), atomically, and log the export with recipient and purpose."""
    fmt = _format(out_path)
    recipient, purpose = _who(draft.version, recipient, purpose)
    return _save(ws, ws.case(draft.urn), out_path, fmt, draft.inp, draft.lines, recipient, purpose, drafted=draft)


def _save(ws: Workspace, case: Case, out_path: Path, fmt: str, inp: DisclosureInput, lines: int,
          recipient: str, purpose: str, *, drafted: DisclosureDraft | None = None) -> DisclosureExport:
    out_path = Path(out_path)
    if fmt == "pdf":
        draft = drafted or _draft(case, inp, lines)
        data, pages, data_sha = draft.pdf, draft.pages, draft.rendered.data_sha256
    else:
        data, pages, data_sha = to_csv(inp), 0, inp.data_sha256()
    to = f" for {recipient}" if recipient else " (internal copy, no recipient given)"
    digest, event = save_export(
        ws, out_path, data, what=fmt.upper(), case_id=case.id, reason=purpose,
        summary=lambda sha: (f"Exported {TITLES[inp.document]}{to}, {inp.ctx.version.label}, {fmt.upper()}"
                             + (f", {pages} pages" if pages else "") + f", {lines} lines, as {out_path.name}: "
                             f"file SHA-256 {sha}; data SHA-256 {data_sha}"))
    return DisclosureExport(out_path, fmt, digest, pages, lines, event.seq, inp.ctx.version, data_sha)


