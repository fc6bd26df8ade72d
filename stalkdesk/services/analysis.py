"""Stalking analysis for the GUI, the CLI and the reports: the offences checklist, FOUR,
S-DASH screening and reviews, patterns of contact, co-location and the MG3's support map.

Plain functions over a Workspace. Rules live in `stalkdesk.domain.analysis`; every change
goes through `ws.analysis` (audited there). Domain errors become `InvalidInput` here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from stalkdesk.domain.analysis import checklist as rules
from stalkdesk.domain.analysis import colocation, sdash
from stalkdesk.domain.analysis.candidates import (
    Candidate,
    CandidateStatus,
    VictimPlace,
    already_known,
    check_place,
    from_visit,
    proposed_entry,
)
from stalkdesk.domain.analysis.common import AnalysisError, PointLink
from stalkdesk.domain.analysis.four import FourAssessment, FourElement, assess_four, element, element_for_point
from stalkdesk.domain.analysis.locations import LocationFileError, exif_fix, parse_location_file
from stalkdesk.domain.analysis.patterns import Patterns, analyse, contacts_from_case
from stalkdesk.domain.analysis.points import CHECKLISTS, Check, point
from stalkdesk.domain.query import EntryQuery
from stalkdesk.domain.records import CaseSummary, Entry
from stalkdesk.domain.vocab import Behaviour, DisclosureStatus
from stalkdesk.errors import Conflict, InvalidInput
from stalkdesk.services.workspace import Workspace

SPO = "spo"
PHA = ("pha_s2", "pha_s2a", "pha_s4", "pha_s4a")
Progress = Callable[[int, int], None]


@contextmanager
def _as_input_error() -> Iterator[None]:
    try:
        yield
    except (AnalysisError, LocationFileError) as exc:
        raise InvalidInput(str(exc)) from None


def _refs(ws: Workspace, case_id: int) -> dict[int, str]:
    return {x.id: x.reference for x in ws.exhibits.list(case_id) if x.id is not None}


# Points to prove.

def offence_checklist(ws: Workspace, case_id: int, include_spo: bool = True) -> list[rules.OffenceStatus]:
    """Each offence the case proposes (all four PHA offences if it names none that StalkDesk
    checks), then the SPO grounds: proved / partly / not yet, with the reasons."""
    case = ws.cases.get(case_id)
    keys: list[str] = [o.value for o in case.offences if o.value in CHECKLISTS] or list(PHA)
    if include_spo and SPO not in keys:
        keys.append(SPO)
    entries, links, refs = ws.entries.list(case_id), ws.analysis.links(case_id), _refs(ws, case_id)
    return [rules.evaluate(CHECKLISTS[k], entries, links, refs) for k in keys]


def link_point(ws: Workspace, case_id: int, point_id: str, *, item_number: int | None = None,
               entry_id: int | None = None, exhibit_ref: str | None = None, exhibit_id: int | None = None,
               note: str = "") -> PointLink:
    """Cite one chronology item (by item number or id) or one exhibit (by reference or id)
    for a point to prove, an SPO ground or a FOUR element ("four.fixated")."""
    with _as_input_error():
        if element_for_point(point_id) is None:
            point(point_id)
    if item_number is not None:
        entry_id = ws.analysis.entry_for_item(case_id, item_number)
    if exhibit_ref is not None:
        found = [x.id for x in ws.exhibits.list(case_id) if x.reference.upper() == exhibit_ref.strip().upper()]
        if not found:
            raise InvalidInput(f"There is no exhibit {exhibit_ref} in this case.")
        exhibit_id = found[0]
    if (entry_id is None) == (exhibit_id is None):
        raise InvalidInput("Link one chronology item or one exhibit.")
    return ws.analysis.add_link(case_id, PointLink(point_id, entry_id, exhibit_id, note.strip()))


def unlink_point(ws: Workspace, link_id: int) -> None:
    ws.analysis.remove_link(link_id)


def set_link_note(ws: Workspace, link_id: int, note: str) -> PointLink:
    return ws.analysis.set_link_note(link_id, note.strip())


def points_for_report(ws: Workspace, case_id: int) -> dict[str, list[str]]:
    """{point id: what supports it} for the MG3: the officer's links as "item 14" or "JS/2",
    then, for points the software counts, one line of what it counted ("37 occasions used
    as evidence, first 03/02/2024, last 28/06/2024"). Every known point has a key; an empty
    list means nothing supports it yet. "pha_s4a.effect" joins s.4A(1)(b)(i) and (ii)."""
    entries, links, refs = ws.entries.list(case_id), ws.analysis.links(case_id), _refs(ws, case_id)
    out: dict[str, list[str]] = {}
    for cl in CHECKLISTS.values():
        for ps in rules.evaluate(cl, entries, links, refs).points:
            support = [i.reference for i in ps.items]
            if ps.point.check is not Check.LINKS and ps.status is not rules.Status.NOT_YET:
                support.append(ps.computed)
            out[ps.point.id] = support
    out["pha_s4a.effect"] = out["pha_s4a.fear"] + out["pha_s4a.alarm"]
    return out


# FOUR.

def four(ws: Workspace, case_id: int) -> FourAssessment:
    known = {e.value for e in FourElement}
    notes = {FourElement(k): v for k, v in ws.analysis.four_notes(case_id).items() if k in known}
    return assess_four(notes, ws.analysis.links(case_id, "four."), ws.entries.list(case_id), _refs(ws, case_id))


def set_four_note(ws: Workspace, case_id: int, which: FourElement | str, note: str) -> None:
    with _as_input_error():
        el = element(str(which))
    ws.analysis.set_four_note(case_id, el.value, note.strip())


# S-DASH and reviews.

def incidents(ws: Workspace, case_id: int) -> int:
    """Occasions used as evidence: what the S-DASH trigger counts as incidents."""
    return len(ws.entries.ids(case_id, EntryQuery(disclosure=frozenset({DisclosureStatus.USED}))))


def sdash_trigger(ws: Workspace, case_id: int) -> tuple[bool, str]:
    """Whether screening applies now, with the latest screening's answer on fear."""
    latest = latest_sdash(ws, case_id)
    return sdash.trigger(incidents(ws, case_id), latest.answer("very_frightened") if latest else None)


def add_sdash(ws: Workspace, case_id: int, answers: Mapping[str, sdash.Answer | str],
              notes: Mapping[str, str] | None = None, *, assessed_on: date | None = None, officer: str = "",
              note: str = "", review_on: date | None = None, discard_draft: bool = False) -> sdash.SdashAssessment:
    """Record a screening (kept as history, never overwritten), with the trigger as it stood;
    optionally set the next review date in the same transaction, and (`discard_draft`)
    remove the screening set aside on lock in it too."""
    with _as_input_error():
        a = sdash.make_assessment(assessed_on or date.today(), officer or (ws.officer.display if ws.officer else ""),
                                  answers, notes, note=note)
    _, why = sdash.trigger(incidents(ws, case_id), a.answer("very_frightened"))
    with ws.transaction():
        saved = ws.analysis.add_sdash(case_id, replace(a, trigger=why))
        if review_on is not None:
            ws.analysis.set_review(case_id, review_on, ws.analysis.review(case_id).note)
        if discard_draft:
            ws.narrative.set_draft(case_id, SDASH_DRAFT, "")
    return saved


def sdash_history(ws: Workspace, case_id: int) -> list[sdash.SdashAssessment]:
    return ws.analysis.sdash(case_id)


def latest_sdash(ws: Workspace, case_id: int) -> sdash.SdashAssessment | None:
    history = ws.analysis.sdash(case_id)
    return history[-1] if history else None


def sdash_trend(ws: Workspace, case_id: int) -> list[tuple[date, int]]:
    return sdash.yes_trend(ws.analysis.sdash(case_id))


def set_review_date(ws: Workspace, case_id: int, review_on: date | None, note: str = "") -> sdash.CaseReview:
    return ws.analysis.set_review(case_id, review_on, note.strip())


def reviews(ws: Workspace, today: date | None = None,
            cases: Sequence[CaseSummary] | None = None) -> list[sdash.ReviewStatus]:
    """Every case's review state for the case list ("Review due: 3 days overdue"); `cases`:
    the list already read, if the caller has it."""
    day, dates = today or date.today(), ws.analysis.reviews()
    out = []
    for summary in ws.cases.list() if cases is None else cases:
        cid = summary.case.id or 0
        review = dates.get(cid)
        out.append(sdash.review_status(cid, summary.case.urn, review.review_on if review else None, day,
                                       latest_sdash(ws, cid)))
    return out


# Patterns of contact.

def patterns(ws: Workspace, case_id: int, suspect_identities: Sequence[str] = (),
             as_of: date | None = None) -> Patterns:
    """Patterns from imported records (only those from `suspect_identities`, if given) and
    from the entries that no record stands behind. `as_of` ends the escalation windows
    (default: the day of the last contact)."""
    case = ws.cases.get(case_id)
    contacts, vague = contacts_from_case(ws.analysis.contact_buckets(case_id), ws.entries.list(case_id),
                                         suspect_identities)
    return analyse(contacts, case.zone, as_of, vague)


# Co-location.

def places(ws: Workspace, case_id: int) -> list[VictimPlace]:
    return ws.analysis.places(case_id)


def save_place(ws: Workspace, case_id: int, place: VictimPlace) -> VictimPlace:
    with _as_input_error():
        clean = check_place(place)
    return ws.analysis.save_place(case_id, clean)


def remove_place(ws: Workspace, place_id: int) -> None:
    ws.analysis.remove_place(place_id)


def load_fixes(ws: Workspace, exhibit_id: int) -> list[colocation.Fix]:
    """The location records in an exhibit (CSV or Google location history), read from the
    original bytes, which are not changed; for a photo, the one fix its EXIF gives."""
    x = ws.exhibits.get(exhibit_id)
    zone = ws.cases.get(x.case_id or 0).zone
    if x.media_type.startswith("image/"):
        fix = exif_fix(x.metadata)
        if fix is None:
            raise InvalidInput(f"Exhibit {x.reference} has no EXIF GPS position and time to search with.")
        return [fix]
    with _as_input_error():
        return parse_location_file(ws.exhibits.read_original(exhibit_id), x.original_filename or x.reference, zone)


def find_colocation(ws: Workspace, case_id: int, suspect_exhibit_id: int, *, victim_exhibit_id: int | None = None,
                    place_ids: Sequence[int] | None = None, distance_m: float = colocation.DEFAULT_DISTANCE_M,
                    window: timedelta = colocation.DEFAULT_WINDOW,
                    merge_gap: timedelta = colocation.DEFAULT_MERGE_GAP,
                    max_accuracy_m: float | None = None, progress: Progress | None = None) -> list[Candidate]:
    """Search the suspect's location records against the victim's own (`victim_exhibit_id`)
    or else the victim's places; store and return the visits not found before, as proposed.

    `progress(done, total)` counts fixes read, then suspect fixes searched (every few
    thousand); an exception from it (`Cancelled`) stops the search before anything is
    stored: the visits are written in one transaction once the search is over."""
    suspect = load_fixes(ws, suspect_exhibit_id)
    victim = load_fixes(ws, victim_exhibit_id) if victim_exhibit_id is not None else []
    read = len(suspect) + len(victim)
    searched: colocation.Progress | None = None
    if progress is not None:
        report = progress
        report(read, read + len(suspect))

        def searched(done: int, total: int) -> None:
            report(read + done, read + total)
    with _as_input_error():
        if victim_exhibit_id is not None:
            visits = colocation.near_track(suspect, victim, distance_m, window, merge_gap, max_accuracy_m,
                                           progress=searched)
            found = [from_visit(v, suspect_exhibit_id, None, distance_m, victim_exhibit_id) for v in visits]
        else:
            chosen = [p for p in ws.analysis.places(case_id) if place_ids is None or p.id in place_ids]
            if not chosen:
                raise AnalysisError("Add the victim's places (home, work...) first, or choose the victim's "
                                    "own location records.")
            visits = colocation.near_places(suspect, [p.as_place() for p in chosen], distance_m, merge_gap,
                                            max_accuracy_m, progress=searched)
            found = [from_visit(v, suspect_exhibit_id, chosen[v.place or 0].id, distance_m) for v in visits]
    known: list[Candidate] = ws.analysis.candidates(case_id)
    new = [c for c in found if not already_known(c, known)]
    ref = ws.exhibits.get(suspect_exhibit_id).reference
    against = "the victim's location records" if victim_exhibit_id is not None else "the victim's places"
    summary = (f"Co-location search of {ref} ({len(suspect)} fixes) against {against} within {distance_m:.0f} m: "
               f"{len(found)} visits, {len(new)} new")
    return ws.analysis.add_candidates(case_id, new, summary)


def candidates(ws: Workspace, case_id: int, status: CandidateStatus | None = None) -> list[Candidate]:
    return ws.analysis.candidates(case_id, status)


def preview_entry(ws: Workspace, candidate_id: int, behaviour: Behaviour, summary: str = "") -> Entry:
    """The chronology entry that confirming the candidate would add."""
    c = ws.analysis.candidate(candidate_id)
    with _as_input_error():
        return proposed_entry(c, behaviour, ws.exhibits.get(c.source_exhibit_id).reference,
                              ws.cases.get(c.case_id or 0).zone, summary)


def confirm_candidate(ws: Workspace, candidate_id: int, behaviour: Behaviour, summary: str = "") -> Entry:
    """Add the visit to the chronology (with provenance to the location exhibit) and mark the
    candidate confirmed with the new entry: both or neither."""
    c = ws.analysis.candidate(candidate_id)
    if c.status is not CandidateStatus.PROPOSED:
        raise Conflict(f"That visit has already been {c.status.value}.")
    entry = preview_entry(ws, candidate_id, behaviour, summary)
    with ws.transaction():
        added = ws.entries.add(c.case_id or 0, entry)
        ws.analysis.set_candidate(candidate_id, CandidateStatus.CONFIRMED, behaviour, added.id)
    return ws.entries.get(added.id or 0)


def dismiss_candidate(ws: Workspace, candidate_id: int, reason: str = "") -> Candidate:
    """Dismiss a visit; it stays recorded so that a later search does not propose it again."""
    return ws.analysis.set_candidate(candidate_id, CandidateStatus.DISMISSED, note=reason.strip())


# Unfinished dialogs set aside when the app locks: kept in the encrypted store (a "draft_"
# narrative row, audited), never as a record; offered again when the officer comes back.

SDASH_DRAFT = "draft_sdash"
CANDIDATE_DRAFTS = "draft_colocation"


@dataclass(frozen=True, slots=True)
class SdashDraft:
    """A screening as far as the officer got with it: not an S-DASH record until saved."""

    started: datetime  # aware: when the officer opened the dialog
    assessed_on: date
    officer: str = ""
    answers: Mapping[str, sdash.Answer] = field(default_factory=dict)
    notes: Mapping[str, str] = field(default_factory=dict)
    note: str = ""
    review_on: date | None = None


@dataclass(frozen=True, slots=True)
class CandidateDraft:
    """A co-location decision half typed: the behaviour and summary (confirm) or the reason."""

    candidate_id: int
    confirm: bool
    text: str = ""
    behaviour: Behaviour | None = None


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def sdash_draft(ws: Workspace, case_id: int) -> SdashDraft | None:
    """The screening set aside on lock, if there is one (a draft that cannot be read is none)."""
    d = _json_object(ws.narrative.draft(case_id, SDASH_DRAFT))
    try:
        answers = {q: sdash.Answer(a) for q, a in d.get("answers", {}).items() if q in sdash.QUESTION_IDS}
        notes = {q: str(n) for q, n in d.get("notes", {}).items() if q in sdash.QUESTION_IDS and n}
        review = d.get("review_on")
        return SdashDraft(datetime.fromisoformat(d["started"]), date.fromisoformat(d["assessed_on"]),
                          str(d.get("officer", "")), answers, notes, str(d.get("note", "")),
                          date.fromisoformat(review) if review else None)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def save_sdash_draft(ws: Workspace, case_id: int, draft: SdashDraft) -> None:
    """Keep the screening as far as it got (replacing an earlier draft); not a record."""
    ws.narrative.set_draft(case_id, SDASH_DRAFT, json.dumps({
        "started": draft.started.isoformat(), "assessed_on": draft.assessed_on.isoformat(),
        "officer": draft.officer, "answers": {q: a.value for q, a in draft.answers.items()},
        "notes": {q: n for q, n in draft.notes.items() if n}, "note": draft.note,
        "review_on": draft.review_on.isoformat() if draft.review_on else None}, sort_keys=True))


def discard_sdash_draft(ws: Workspace, case_id: int) -> None:
    ws.narrative.set_draft(case_id, SDASH_DRAFT, "")


def _candidate_drafts(ws: Workspace, case_id: int) -> dict[str, Any]:
    return _json_object(ws.narrative.draft(case_id, CANDIDATE_DRAFTS))


def candidate_draft(ws: Workspace, case_id: int, candidate_id: int) -> CandidateDraft | None:
    """The decision on this visit set aside on lock, if there is one."""
    d = _candidate_drafts(ws, case_id).get(str(candidate_id))
    if not isinstance(d, dict):
        return None
    try:
        behaviour = Behaviour(d["behaviour"]) if d.get("behaviour") else None
        return CandidateDraft(candidate_id, bool(d["confirm"]), str(d.get("text", "")), behaviour)
    except (KeyError, ValueError):
        return None


def save_candidate_draft(ws: Workspace, case_id: int, draft: CandidateDraft) -> None:
    drafts = _candidate_drafts(ws, case_id)
    drafts[str(draft.candidate_id)] = {"confirm": draft.confirm, "text": draft.text,
                                       "behaviour": draft.behaviour.value if draft.behaviour else None}
    ws.narrative.set_draft(case_id, CANDIDATE_DRAFTS, json.dumps(drafts, sort_keys=True))


def discard_candidate_draft(ws: Workspace, case_id: int, candidate_id: int) -> None:
    drafts = _candidate_drafts(ws, case_id)
    if drafts.pop(str(candidate_id), None) is not None:
        ws.narrative.set_draft(case_id, CANDIDATE_DRAFTS, json.dumps(drafts, sort_keys=True) if drafts else "")
