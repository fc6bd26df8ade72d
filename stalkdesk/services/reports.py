"""Printing a case: the interview chronology and the pre-charge file for the CPS, as PDFs.

    result = interview_chronology(ws, urn, Path("chronology.pdf"), InterviewOptions(...))
    result = charge_file(ws, urn, Path("file.pdf"), unredacted=False)
    draft = draft_interview(ws, urn, options)   # in memory only, for a preview (the GUI);
    result = save_draft(ws, draft, path, reason)  # then written and logged like the above

Each call gathers the case from the store, redacts it (the CPS version is the default),
renders it (stalkdesk.reports), writes the PDF atomically (temporary file beside the
target, fsync, rename) and records the export in the audit trail with the PDF's SHA-256:
the disclosure log DPA 2018 s.62 asks for. Entries are read in pages of 2,000, so memory
stays flat for very large cases. `progress(done, total)` may raise Cancelled; nothing is
written then.

The documents are reproducible: the same data, options, officer and `generated_at` give
a byte-identical PDF. Their printed audit anchor is the newest audit row that *changed*
the case (not the export rows themselves), so exporting again does not change it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from stalkdesk.domain import when as when_mod
from stalkdesk.domain.query import EntryQuery
from stalkdesk.domain.records import Case, CaseNarrative, Entry, Exhibit
from stalkdesk.domain.redaction import Status
from stalkdesk.domain.vocab import Behaviour, DisclosureStatus, EvidentialStatus
from stalkdesk.domain.when import Precision, When
from stalkdesk.errors import NotFound
from stalkdesk.imaging.errors import ImageRejected
from stalkdesk.imaging.thumbnail import make_thumbnail
from stalkdesk.reports import canonical
from stalkdesk.reports.charge_file import render_charge_file
from stalkdesk.reports.interview import render_interview
from stalkdesk.reports.model import (
    BehaviourStat,
    CaseStats,
    ChargeFileInput,
    Context,
    ImageItem,
    InterviewInput,
    InterviewOptions,
    Names,
    PrintedPerson,
    Progress,
    Rendered,
    Version,
)
from stalkdesk.reports.redact import Redactor
from stalkdesk.services import analysis
from stalkdesk.services.exports import export_reason, save_export
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.repos.audit_log import EVENT_ACTIONS

__all__ = ["Draft", "ExportResult", "InterviewOptions", "Version", "case_id_of", "charge_file", "draft_charge_file",
           "draft_interview", "export_reason", "interview_chronology", "printed_names", "redacted_entries",
           "redactor_for", "report_context", "save_draft"]

PAGE = 2000  # entries fetched per read
PRINTED = frozenset({DisclosureStatus.USED, DisclosureStatus.UNUSED, DisclosureStatus.NOT_RELEVANT})
APPENDIX_PIXELS = 1600  # longest side of a picture in the appendix: ~200 dpi at half a page
_OUTSTANDING_SHOWN = 40


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sha256: str  # of the PDF file
    pages: int
    audit_seq: int  # the audit row recording this export
    version: Version
    entries: int
    data_sha256: str  # of the canonical export of the printed data (printed on the last page)


def interview_chronology(ws: Workspace, urn: str, out_path: Path, options: InterviewOptions | None = None,
                         progress: Progress | None = None, *, generated_at: datetime | None = None,
                         reason: str = "") -> ExportResult:
    """Print the numbered chronology for a suspect interview (A4 landscape)."""
    return save_draft(ws, draft_interview(ws, urn, options, progress, generated_at=generated_at), out_path, reason)


def draft_interview(ws: Workspace, urn: str, options: InterviewOptions | None = None,
                    progress: Progress | None = None, *, generated_at: datetime | None = None) -> Draft:
    """The interview chronology rendered into memory only: nothing is written or logged."""
    options = options or InterviewOptions()
    case = ws.case(urn)
    case_id = case_id_of(case)
    version = Version.UNREDACTED if options.unredacted else Version.CPS
    redactor = redactor_for(ws, case_id, version)
    query = EntryQuery(behaviours=options.behaviours, start=_midnight(options.start, case.zone),
                       end=_midnight(options.end + timedelta(days=1) if options.end else None, case.zone),
                       disclosure=PRINTED)
    ids = ws.entries.ids(case_id, query)
    sensitive = len(ws.entries.ids(case_id, replace(query, disclosure=frozenset({DisclosureStatus.SENSITIVE}))))
    people = [redactor.person(p) for p in ws.people.list(case_id)]
    exhibits = [redactor.exhibit(x) for x in ws.exhibits.list(case_id) if x.disclosure in PRINTED]
    head = canonical.header("interview", version, _options(options), case, people, CaseNarrative(), exhibits)
    inp = InterviewInput(
        ctx=report_context(ws, case, version, generated_at), options=options, head=head,
        entries=lambda: redacted_entries(ws, ids, redactor), count=len(ids), names=printed_names(ws, case_id, people),
        left_out_sensitive=sensitive)
    buffer = io.BytesIO()
    rendered = render_interview(inp, buffer, progress)
    return Draft(case.urn, buffer.getvalue(), rendered, version, len(ids),
                 f"interview chronology ({options.describe()})")


def charge_file(ws: Workspace, urn: str, out_path: Path, unredacted: bool = False, progress: Progress | None = None,
                *, generated_at: datetime | None = None, support: Mapping[str, Sequence[str]] | None = None,
                reason: str = "") -> ExportResult:
    """Print the pre-charge file for the CPS: MG3, MG5, chronology, MG12, MG6C, appendix, integrity."""
    draft = draft_charge_file(ws, urn, unredacted, progress, generated_at=generated_at, support=support)
    return save_draft(ws, draft, out_path, reason)


def draft_charge_file(ws: Workspace, urn: str, unredacted: bool = False, progress: Progress | None = None,
                      *, generated_at: datetime | None = None,
                      support: Mapping[str, Sequence[str]] | None = None) -> Draft:
    """The pre-charge file rendered into memory only: nothing is written or logged.

    `support` maps point-to-prove ids (stalkdesk.reports.points) to the item numbers and
    exhibit references that support them; points without any say so plainly. By default
    it is what the officer linked in the analysis (services.analysis.points_for_report).
    """
    case = ws.case(urn)
    case_id = case_id_of(case)
    if support is None:
        from stalkdesk.services.analysis import points_for_report

        support = points_for_report(ws, case_id)
    version = Version.UNREDACTED if unredacted else Version.CPS
    redactor = redactor_for(ws, case_id, version)
    ids = ws.entries.ids(case_id, EntryQuery(disclosure=PRINTED))
    sensitive = len(ws.entries.ids(case_id, EntryQuery(disclosure=frozenset({DisclosureStatus.SENSITIVE}))))
    originals = [x for x in ws.exhibits.list(case_id) if x.disclosure in PRINTED]
    images = [_image(ws, x, version) for x in originals if x.media_type.startswith("image/")]
    total = 2 * len(ids) + len(images)
    stats = _stats(redacted_entries(ws, ids, redactor), sensitive, progress, total)
    people = [redactor.person(p) for p in ws.people.list(case_id)]
    exhibits = [redactor.exhibit(x) for x in originals]
    narrative = redactor.narrative(ws.narrative.get(case_id))
    head = canonical.header("charge_file", version, {"support": {k: list(v) for k, v in (support or {}).items()}},
                            case, people, narrative, exhibits)
    inp = ChargeFileInput(
        ctx=report_context(ws, case, version, generated_at), head=head, people=people, narrative=narrative,
        entries=lambda: redacted_entries(ws, ids, redactor), stats=stats, exhibits=exhibits,
        continuity={x.id: [redactor.continuity(c) for c in ws.exhibits.continuity(x.id)]
                    for x in exhibits if x.id is not None},
        images=images, names=printed_names(ws, case_id, people), support=dict(support or {}),
        progress=progress, progress_total=total)
    buffer = io.BytesIO()
    # Counted from imported records as well as entries, as the Analysis tab and the SPO pack do.
    rendered = render_charge_file(inp, buffer, patterns=analysis.patterns(ws, case_id))
    return Draft(case.urn, buffer.getvalue(), rendered, version, len(ids), "pre-charge file")


@dataclass(frozen=True, slots=True)
class Draft:
    """A document rendered into memory and not saved: no file, no audit row (yet).

    The GUI previews it, then `save_draft` writes it where the officer chose and logs the
    export; dropping it leaves nothing behind."""

    urn: str
    pdf: bytes
    rendered: Rendered
    version: Version
    entries: int
    what: str  # "pre-charge file", "interview chronology (no filter)": for the disclosure log

    @property
    def pages(self) -> int:
        return self.rendered.pages


def save_draft(ws: Workspace, draft: Draft, out_path: Path, reason: str = "") -> ExportResult:
    """Write a draft atomically to `out_path` and record the export (PDF SHA-256, `reason`)."""
    return _save(ws, ws.case(draft.urn), out_path, draft.pdf, draft.rendered, draft.version, draft.entries,
                 reason, draft.what)


# Gathering: shared with the other documents' services (disclosure, spo).

def case_id_of(case: Case) -> int:
    if case.id is None:
        raise NotFound(f"Case {case.urn} has not been saved.")
    return case.id


def redactor_for(ws: Workspace, case_id: int, version: Version) -> Redactor:
    """The CPS version's redaction: the protected people's details and the accepted text spans."""
    if version is not Version.CPS:
        return Redactor.none()
    return Redactor(ws.people.list(case_id), ws.redactions.list(case_id, Status.ACCEPTED))


def redacted_entries(ws: Workspace, ids: Sequence[int], redactor: Redactor) -> Iterator[Entry]:
    """Entries in the order of `ids`, read a page at a time and redacted on the way."""
    for start in range(0, len(ids), PAGE):
        for e in ws.entries.get_many(ids[start:start + PAGE]):
            yield redactor.entry(e)


def printed_names(ws: Workspace, case_id: int, people: Sequence[PrintedPerson]) -> Names:
    named = {p.id: p.name for p in people if p.id is not None}
    refs = {x.id: x.reference for x in ws.exhibits.list(case_id) if x.id is not None}
    return Names(people=named, exhibits=refs)


def _midnight(day: date | None, zone: str) -> datetime | None:
    if day is None:
        return None
    return when_mod.from_local(datetime(day.year, day.month, day.day), Precision.DAY, zone).start


def _options(options: InterviewOptions) -> dict[str, object]:
    return {"start": options.start.isoformat() if options.start else None,
            "end": options.end.isoformat() if options.end else None,
            "behaviours": sorted(b.value for b in options.behaviours),
            "large_print": options.large_print, "notes_column": options.notes_column}


def report_context(ws: Workspace, case: Case, version: Version, generated_at: datetime | None) -> Context:
    anchor, data_time = _anchor(ws, case)
    return Context(case=case, officer=ws.officer.display if ws.officer else "", version=version,
                   generated_at=generated_at or datetime.now(UTC), data_time=data_time, audit_anchor=anchor)


def _anchor(ws: Workspace, case: Case) -> tuple[tuple[int, str], datetime | None]:
    """The newest audit row that changed this case (and when): what the printed data is current to."""
    changes = [e for e in ws.audit.events(case.id) if e.action not in EVENT_ACTIONS]
    if changes:
        last = changes[-1]
        return (last.seq, last.hash), last.at
    return ws.audit.head(), case.updated_at


def _stats(entries: Iterator[Entry], sensitive: int, progress: Progress | None, total: int) -> CaseStats:
    """Course of conduct and the behaviour summary, in one pass over the printed entries."""
    count = used = unused = outstanding_count = 0
    first: When | None = None
    last: When | None = None
    behaviours: dict[Behaviour, tuple[int, When, When, list[int]]] = {}
    outstanding: list[Entry] = []
    for e in entries:
        count += 1
        if progress is not None and count % 500 == 0:
            progress(count, total)
        if e.evidential_status is EvidentialStatus.TO_BE_OBTAINED:
            outstanding_count += 1
            if len(outstanding) < _OUTSTANDING_SHOWN:
                outstanding.append(e)
        if e.disclosure is DisclosureStatus.UNUSED:
            unused += 1
        if e.disclosure is not DisclosureStatus.USED:
            continue
        used += 1
        key = when_mod.sort_key(e.when)
        first = e.when if first is None or key < when_mod.sort_key(first) else first
        last = e.when if last is None or key > when_mod.sort_key(last) else last
        for b in e.behaviours:
            n, b_first, _, items = behaviours.get(b, (0, e.when, e.when, []))
            items.append(e.item_number or 0)
            behaviours[b] = (n + 1, b_first, e.when, items)
    return CaseStats(
        total=count, used=used, first_used=first, last_used=last, unused=unused, left_out_sensitive=sensitive,
        behaviours={b: BehaviourStat(n, f, la, tuple(items)) for b, (n, f, la, items) in behaviours.items()},
        outstanding=tuple(outstanding), outstanding_count=outstanding_count)


def _image(ws: Workspace, x: Exhibit, version: Version) -> ImageItem:
    """The picture for the appendix: the newest redacted version for the CPS where there is one."""
    assert x.id is not None
    exhibit_id, name = x.id, x.original_filename or x.reference
    redacted = ws.exhibits.derivatives(exhibit_id, "redacted") if version is Version.CPS else []
    newest = max(redacted, key=lambda d: d.version) if redacted else None

    def load() -> bytes | str:
        data = ws.exhibits.read_derivative(newest) if newest else ws.exhibits.read_original(exhibit_id)
        try:
            return make_thumbnail(data, name, APPENDIX_PIXELS).jpeg
        except ImageRejected as exc:
            return str(exc)

    exif = x.metadata.get("exif_time")
    offset = x.metadata.get("exif_offset")
    exif_text = f"{exif}{f' ({offset})' if offset else ''}" if exif else ""
    if newest is not None:
        return ImageItem(x, load, f"Redacted version {newest.version}", newest.sha256, exif_text)
    return ImageItem(x, load, "Original", x.sha256, exif_text)


# Saving and the disclosure log.

def _save(ws: Workspace, case: Case, out_path: Path, pdf: bytes, rendered: Rendered, version: Version,
          entries: int, reason: str, what: str) -> ExportResult:
    out_path = Path(out_path)
    digest, event = save_export(
        ws, out_path, pdf, what="PDF", case_id=case.id, reason=reason,
        summary=lambda sha: (f"Exported {what}, {version.label}, {rendered.pages} pages, {entries} entries, "
                             f"as {out_path.name}: PDF SHA-256 {sha}; data SHA-256 {rendered.data_sha256}"))
    return ExportResult(out_path, digest, rendered.pages, event.seq, version, entries, rendered.data_sha256)

