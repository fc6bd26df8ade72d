"""The Stalking Protection Order application: the officer's proposed terms, duration and
interim order request, and the application pack (`spo_pack`) printed from them.

    add_term(ws, case_id, "prohibition", common="no_contact")
    set_interim(ws, case_id, True, "He has found her new address ...")
    result = spo_pack(ws, urn, Path("spo.pdf"))
    draft = draft_spo_pack(ws, urn)  # in memory, for a preview; then reports.save_draft

Every change goes through `ws.spo` (audited in the same transaction). The pack is printed
like the pre-charge file: redacted for the CPS by default, written atomically, recorded in
the audit trail with the PDF's SHA-256, byte-identical for the same data and options.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from stalkdesk.domain.analysis import checklist as rules
from stalkdesk.domain.analysis.candidates import Candidate, CandidateStatus, VictimPlace
from stalkdesk.domain.analysis.colocation import VICTIM, Fix
from stalkdesk.domain.analysis.common import AnalysisError
from stalkdesk.domain.analysis.patterns import analyse, contacts_from_case
from stalkdesk.domain.analysis.points import CHECKLISTS
from stalkdesk.domain.analysis.sdash import SdashAnswer, SdashAssessment
from stalkdesk.domain.analysis.spo import (
    Duration,
    InterimRequest,
    SpoApplication,
    SpoTerm,
    TermKind,
    clean_text,
    common_term,
    kind_of,
    numbered,
    parse_duration,
)
from stalkdesk.domain.records import Entry, Exhibit
from stalkdesk.domain.vocab import DisclosureStatus, Role
from stalkdesk.errors import InvalidInput, NotFound
from stalkdesk.reports import canonical
from stalkdesk.reports.colocation_plot import PlotFix, PlotPlace, PlotSpec, extent, project
from stalkdesk.reports.model import Version
from stalkdesk.reports.redact import Redactor
from stalkdesk.reports.spo import Ground, PrintedTerm, Risk, SpoPackInput, VisitRow, render_spo
from stalkdesk.services import analysis
from stalkdesk.services.reports import Draft, ExportResult, redactor_for, report_context, save_draft
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.repos.spo import DURATION, INTERIM, INTERIM_REASONS

GROUND_LETTERS = {"spo.acts": "(a)", "spo.risk": "(b)", "spo.necessary": "(c)"}
DETAIL_FACTOR = 2.2  # a place's detail plot shows this many times its reach around it


@contextmanager
def _as_input_error() -> Iterator[None]:
    try:
        yield
    except AnalysisError as exc:
        raise InvalidInput(str(exc)) from None


# The terms.

def terms(ws: Workspace, case_id: int) -> list[SpoTerm]:
    """Live terms: prohibitions then requirements, each in the officer's order."""
    return ws.spo.terms(case_id)


def numbered_terms(ws: Workspace, case_id: int) -> list[tuple[str, SpoTerm]]:
    """("P1", term), ... ("R1", term): the numbers the pack prints."""
    return numbered(ws.spo.terms(case_id))


def add_term(ws: Workspace, case_id: int, kind: TermKind | str | None = None, text: str = "", *,
             common: str | None = None) -> SpoTerm:
    """Add a term: the officer's own text, or one of the common terms (`common` key), whose
    kind it takes unless `kind` says otherwise; `text`, if given, replaces its wording."""
    ws.cases.get(case_id)
    with _as_input_error():
        if common is not None:
            base = common_term(common)
            chosen = kind_of(kind) if kind is not None else base.kind
            body = clean_text(text or base.text)
        else:
            if kind is None:
                raise AnalysisError("Say whether the term is a prohibition or a requirement.")
            chosen, body = kind_of(kind), clean_text(text)
    return ws.spo.add(case_id, chosen, body)


def edit_term(ws: Workspace, term_id: int, text: str) -> SpoTerm:
    with _as_input_error():
        body = clean_text(text)
    return ws.spo.edit(term_id, body)


def remove_term(ws: Workspace, term_id: int) -> None:
    ws.spo.remove(term_id)


def reorder_terms(ws: Workspace, case_id: int, kind: TermKind | str, ids: Sequence[int]) -> list[SpoTerm]:
    """Put one kind's terms in the order given (every live term of that kind, once)."""
    with _as_input_error():
        chosen = kind_of(kind)
    current = [t.id or 0 for t in ws.spo.terms(case_id) if t.kind is chosen]
    if sorted(ids) != sorted(current) or len(set(ids)) != len(ids):
        raise InvalidInput(f"Give every proposed {chosen.value} once to reorder them "
                           f"({len(current)} in this case).")
    return ws.spo.reorder(case_id, chosen, list(ids))


def move_term(ws: Workspace, term_id: int, offset: int) -> list[SpoTerm]:
    """Move a term up (negative) or down (positive) among its kind, stopping at the ends."""
    term = ws.spo.term(term_id)
    case_id = term.case_id or 0
    ids = [t.id or 0 for t in ws.spo.terms(case_id) if t.kind is term.kind]
    at = ids.index(term_id)
    to = max(0, min(len(ids) - 1, at + offset))
    if to == at:
        return [t for t in ws.spo.terms(case_id) if t.kind is term.kind]
    ids.insert(to, ids.pop(at))
    return ws.spo.reorder(case_id, term.kind, ids)


# Duration and the interim order.

def application(ws: Workspace, case_id: int) -> SpoApplication:
    texts = ws.spo.texts(case_id)
    stored = texts.get(DURATION, "")
    if stored == "further_order":
        duration, chosen = Duration(None), True
    elif stored.endswith("y") and stored[:-1].isdigit():
        duration, chosen = Duration(int(stored[:-1])), True
    else:
        duration, chosen = Duration(), False
    interim = InterimRequest(texts.get(INTERIM) == "yes", texts.get(INTERIM_REASONS, ""))
    return SpoApplication(tuple(ws.spo.terms(case_id)), duration, interim, chosen)


def set_duration(ws: Workspace, case_id: int, duration: Duration | str) -> Duration:
    """A fixed period of at least 2 years ("5 years") or "until further order"."""
    ws.cases.get(case_id)
    with _as_input_error():
        d = duration if isinstance(duration, Duration) else parse_duration(duration)
        if d.years is not None and d.years < 2:
            raise AnalysisError("An order for a fixed period must last at least 2 years (SPA 2019 s.2(5)).")
    ws.spo.set_texts(case_id, {DURATION: d.stored}, f"SPO duration proposed: {d.text}")
    return d


def set_interim(ws: Workspace, case_id: int, requested: bool, reasons: str = "") -> InterimRequest:
    """Ask (or not) for an interim order pending the hearing (SPA 2019 s.5), with the reasons."""
    ws.cases.get(case_id)
    with _as_input_error():
        req = InterimRequest(requested, reasons).check()
    ws.spo.set_texts(case_id, {INTERIM: "yes" if req.requested else "no", INTERIM_REASONS: req.reasons},
                     f"Interim SPO {'requested' if req.requested else 'not requested'} "
                     f"({len(req.reasons)} characters of reasons)")
    return req


# The pack.

def spo_pack(ws: Workspace, urn: str, out_path: Path, unredacted: bool = False, *,
             generated_at: datetime | None = None, reason: str = "") -> ExportResult:
    """Print the SPO application pack (CPS version, redacted, unless `unredacted`)."""
    return save_draft(ws, draft_spo_pack(ws, urn, unredacted, generated_at=generated_at), out_path, reason)


def draft_spo_pack(ws: Workspace, urn: str, unredacted: bool = False, *,
                   generated_at: datetime | None = None) -> Draft:
    """The SPO application pack rendered into memory only: nothing is written or logged
    until `services.reports.save_draft`."""
    case = ws.case(urn)
    if case.id is None:
        raise NotFound(f"Case {urn} has not been saved.")
    version = Version.UNREDACTED if unredacted else Version.CPS
    inp, cited = pack_input(ws, case.id, version, generated_at)
    buffer = io.BytesIO()
    rendered = render_spo(inp, buffer)
    return Draft(case.urn, buffer.getvalue(), rendered, version, cited, "Stalking Protection Order application pack")


def pack_input(ws: Workspace, case_id: int, version: Version,
               generated_at: datetime | None = None) -> tuple[SpoPackInput, int]:
    """Everything the pack prints, redacted for `version`; and how many entries it cites."""
    case = ws.cases.get(case_id)
    redactor = redactor_for(ws, case_id, version)
    t = redactor.text
    people = ws.people.list(case_id)
    printed = [redactor.person(p) for p in people]
    defendant = next((p for p in printed if p.role is Role.SUSPECT), None)
    protected = tuple(p for p in printed if p.role is Role.VICTIM)
    entries = ws.entries.list(case_id)
    exhibits = {x.id: x for x in ws.exhibits.list(case_id) if x.id is not None}
    grounds, left_out = _grounds(ws, case_id, entries, exhibits, redactor)
    app = application(ws, case_id)
    printed_terms = tuple(PrintedTerm(n, term.kind.value, t(term.text)) for n, term in numbered(list(app.terms)))
    interim = InterimRequest(app.interim.requested, t(app.interim.reasons))
    risk = _risk(ws, case_id, case.zone, redactor, entries)
    narrative = redactor.narrative(ws.narrative.get(case_id))
    cited = [x for g in grounds for x, _ in g.exhibits]
    options: dict[str, Any] = {
        "grounds": {g.point_id: {"status": g.status, "computed": g.computed,
                                 "entries": [[e.item_number, note] for e, note in g.entries],
                                 "exhibits": [[x.reference, note] for x, note in g.exhibits]} for g in grounds},
        "sensitive_left_out": left_out,
        "terms": [[pt.number, pt.kind, pt.text] for pt in printed_terms],
        "duration": app.duration.text, "duration_chosen": app.duration_set,
        "interim": {"requested": interim.requested, "reasons": interim.reasons},
        "sdash": [_sdash_dict(a) for a in risk.history],
        "patterns": risk.patterns.summary() if risk.patterns else [],
        "weekly": risk.patterns.rows("weekly") if risk.patterns else [],
        "core_times": [list(r) for r in risk.patterns.core_times] if risk.patterns else [],
        "visits": [asdict(v) for v in risk.visits],
        "plots": [{"title": s.title, "places": [[p.label, p.radius_m, p.search_m] for p in s.places],
                   "fixes": len(s.fixes)} for s in risk.plots],
    }
    head = canonical.header("spo", version, options, case, printed, narrative, cited)
    force = ws.officer.force if ws.officer else ""
    inp = SpoPackInput(
        ctx=report_context(ws, case, version, generated_at), head=head, defendant=defendant, protected=protected,
        headline=narrative.headline_summary, grounds=tuple(grounds), terms=printed_terms,
        duration=app.duration.text + ("" if app.duration_set else " (the minimum; not yet chosen by the officer)"),
        interim=interim, risk=risk, force=force)
    return inp, sum(len(g.entries) for g in grounds)


def _grounds(ws: Workspace, case_id: int, entries: list[Entry], exhibits: dict[int, Exhibit],
             redactor: Redactor) -> tuple[list[Ground], int]:
    refs = {i: x.reference for i, x in exhibits.items()}
    status = rules.evaluate(CHECKLISTS["spo"], entries, ws.analysis.links(case_id, "spo."), refs)
    by_id = {e.id: e for e in entries if e.id is not None}
    out: list[Ground] = []
    left_out = 0
    for ps in status.points:
        cited_entries: list[tuple[Entry, str]] = []
        cited_exhibits: list[tuple[Exhibit, str]] = []
        for item in ps.items:
            if item.entry_id is not None:
                e = by_id[item.entry_id]
                if e.disclosure is DisclosureStatus.SENSITIVE:
                    left_out += 1
                    continue
                cited_entries.append((redactor.entry(e), redactor.text(item.note)))
            elif item.exhibit_id is not None:
                x = exhibits[item.exhibit_id]
                if x.disclosure is DisclosureStatus.SENSITIVE:
                    left_out += 1
                    continue
                cited_exhibits.append((redactor.exhibit(x), redactor.text(item.note)))
        p = ps.point
        out.append(Ground(p.id, GROUND_LETTERS.get(p.id, ""), p.title, p.wording, p.source, ps.status.label,
                          ps.computed, ps.reasons, tuple(cited_entries), tuple(cited_exhibits)))
    return out, left_out


def _sdash_dict(a: SdashAssessment) -> dict[str, Any]:
    return {"date": a.assessed_on.isoformat(), "officer": a.officer, "yes": a.yes_count,
            "answers": [[x.question_id, x.answer.value, x.note] for x in a.answers], "note": a.note}


def _redact_sdash(a: SdashAssessment, redactor: Redactor) -> SdashAssessment:
    return replace(a, note=redactor.text(a.note),
                   answers=tuple(SdashAnswer(x.question_id, x.answer, redactor.text(x.note)) for x in a.answers))


def _risk(ws: Workspace, case_id: int, zone: str, redactor: Redactor, entries: list[Entry]) -> Risk:
    history = tuple(_redact_sdash(a, redactor) for a in analysis.sdash_history(ws, case_id))
    # As analysis.patterns does, over the entries already read (a large case is read once).
    contacts, vague = contacts_from_case(ws.analysis.contact_buckets(case_id), entries)
    patterns = analyse(contacts, zone, None, vague)
    candidates = analysis.candidates(ws, case_id)
    places = analysis.places(ws, case_id)
    items = {e.id: e.item_number for e in entries if e.id is not None}
    tz = ZoneInfo(zone)
    visits = tuple(_visit_row(c, tz, items, redactor) for c in
                   sorted(candidates, key=lambda c: (c.start, c.id or 0)))
    searched = sorted({c.source_exhibit_id for c in candidates})
    plots = _plots(ws, places, candidates, searched, redactor) if places and searched else ()
    return Risk(history[-1] if history else None, history, patterns, visits, len(searched), plots)


def _visit_row(c: Candidate, tz: ZoneInfo, items: dict[int, int | None], redactor: Redactor) -> VisitRow:
    s, e = c.start.astimezone(tz), c.end.astimezone(tz)
    when = f"{s:%a %d/%m/%Y %H:%M}" + (f"\u2013{e:%H:%M}" if e.date() == s.date() else f" to {e:%d/%m/%Y %H:%M}")
    place = "The victim (own location records)" if c.target == VICTIM else redactor.text(c.target)
    item = items.get(c.entry_id) if c.entry_id is not None else None
    return VisitRow(when, place, f"{c.closest_m:.0f} m", c.fixes, c.status.label,
                    f"item {item}" if item is not None else "")


def _fix_status(fixes: list[Fix], visits: list[Candidate]) -> list[str]:
    """For each fix, the status of the (non-dismissed) visit it falls in, or ""."""
    spans = sorted((c.start, c.end, c.status.value) for c in visits if c.status is not CandidateStatus.DISMISSED)
    starts = [s for s, _, _ in spans]
    reach: list[datetime] = []  # the latest end among spans[0..j]: where looking back can stop
    for _, end, _ in spans:
        reach.append(max(reach[-1], end) if reach else end)
    out = []
    for f in fixes:
        found = ""
        j = bisect_right(starts, f.at) - 1
        while j >= 0 and reach[j] >= f.at:
            if spans[j][1] >= f.at:
                found = spans[j][2]
                break
            j -= 1
        out.append(found)
    return out


def _plots(ws: Workspace, places: list[VictimPlace], candidates: list[Candidate], searched: list[int],
           redactor: Redactor) -> tuple[PlotSpec, ...]:
    reach = {p.id: max((c.distance_m for c in candidates if c.place_id == p.id), default=200.0) for p in places}
    plot_places = tuple(PlotPlace(redactor.text(p.name), p.lat, p.lon, p.radius_m, reach[p.id]) for p in places)
    (lat0, lon0), half = extent(plot_places)
    # The squares the plots show: fixes outside all of them are not needed.
    windows = [(lat0, lon0, half), *((p.lat, p.lon, (p.radius_m + p.search_m) * DETAIL_FACTOR) for p in plot_places)]
    fixes: list[PlotFix] = []
    for exhibit_id in searched:
        loaded = analysis.load_fixes(ws, exhibit_id)
        statuses = _fix_status(loaded, [c for c in candidates if c.source_exhibit_id == exhibit_id])
        for f, status in zip(loaded, statuses, strict=True):
            if any(abs(x) <= h and abs(y) <= h for x, y, h in _offsets(f, windows)):
                fixes.append(PlotFix(f.lat, f.lon, status))
    specs: list[PlotSpec] = []
    if len(plot_places) > 1:
        specs.append(PlotSpec("All of the victim's places", plot_places, tuple(fixes), (lat0, lon0), half))
    for place, shown in zip(places, plot_places, strict=True):
        near = [c for c in candidates if c.place_id == place.id and c.status is not CandidateStatus.DISMISSED]
        if len(plot_places) > 1 and not near:
            continue
        specs.append(PlotSpec(f"Near \u201c{shown.label}\u201d", (shown,), tuple(fixes), (place.lat, place.lon),
                              (shown.radius_m + shown.search_m) * DETAIL_FACTOR))
    return tuple(specs)


def _offsets(f: Fix, windows: list[tuple[float, float, float]]) -> Iterator[tuple[float, float, float]]:
    for lat, lon, half in windows:
        yield (*project(f.lat, f.lon, lat, lon), half)
