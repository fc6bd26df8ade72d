"""Text redaction: scan a case for personal data, then accept or dismiss each span with a reason.

    result = suggest(ws, case_id)           # new suggestions only; rescanning adds nothing twice
    for s in suggestions(ws, case_id): ...  # with where each one is ("item 14, account")
    accept(ws, s.redaction.id, "phone number")
    dismiss(ws, other_id, "the suspect's own number: evidence")
    decide(ws, ids, Status.ACCEPTED, "phone number")   # many: one transaction, one audit row each

Accepted spans are replaced by markers in every CPS-bound output (see services.reports);
the unredacted internal version keeps them. A span whose text was edited after the scan is
"stale": an accepted one is still applied wherever its words now stand in the field; a
suggestion is re-anchored (or withdrawn, if its words are gone) by the next scan.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from stalkdesk.domain.records import CaseNarrative, Entry, Exhibit
from stalkdesk.domain.redaction import Span, Status, TextRedaction, is_stale, scan
from stalkdesk.domain.redaction.spans import FIELDS
from stalkdesk.domain.vocab import RedactionReason
from stalkdesk.errors import Conflict, InvalidInput, NotFound
from stalkdesk.services.workspace import Workspace
from stalkdesk.store.repos.redactions import Decision, RecordText

__all__ = ["ScanResult", "Suggestion", "accept", "accepted", "decide", "dismiss", "suggest", "suggestions"]

Key = tuple[str, int | None, str]  # (target, owner id, field)
_CONTEXT = 30
_PAGE = 5000  # ids per read
_FEW = 20  # up to this many exhibits are read one by one, more with one read of the case's


@dataclass(frozen=True, slots=True)
class ScanResult:
    texts: int  # fields scanned
    added: list[TextRedaction] = field(default_factory=list)
    moved: int = 0  # suggestions re-anchored to edited text
    withdrawn: int = 0  # suggestions whose words were edited away
    unchanged: int = 0  # texts not scanned again: the same as at this session's last scan


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A span as the officer reviews it: where it is, the words around it, and whether it is stale."""

    redaction: TextRedaction
    where: str  # "item 14, account", "exhibit AF/2, description", "message 17 of AF/3 (item 20), body"
    context: str  # the words around it, the span in [[ ]]
    stale: bool
    item_number: int | None = None
    place: str = ""  # the record alone: "item 14", "exhibit AF/2", "narrative"


@dataclass
class _Case:
    """A case's texts: what is scanned (`sources`), and how a span's place is named, from the
    records read for the spans at hand (`for_spans`)."""

    ws: Workspace
    case_id: int
    entries: dict[int, Entry] = field(default_factory=dict)
    exhibits: dict[int, Exhibit] = field(default_factory=dict)
    narrative: CaseNarrative = field(default_factory=CaseNarrative)
    records: dict[int, RecordText] = field(default_factory=dict)  # read for the spans that need them

    @classmethod
    def for_spans(cls, ws: Workspace, case_id: int, spans: Sequence[TextRedaction]) -> _Case:
        """Only what naming and checking `spans` needs: their records, the entries and exhibits
        those belong to, and the narrative if a span is in it. Deleted ones are read too (their
        place is still named), and `text()` says they are gone."""
        c = cls(ws, case_id)
        c.records = ws.redactions.records_by_id([r.record_id for r in spans if r.record_id is not None])
        entry_ids = {r.entry_id for r in spans if r.entry_id is not None}
        entry_ids |= {rec.entry_id for rec in c.records.values() if rec.entry_id is not None}
        exhibit_ids = {r.exhibit_id for r in spans if r.exhibit_id is not None}
        exhibit_ids |= {rec.source_exhibit_id for rec in c.records.values()}
        c.entries = _entries(ws, sorted(entry_ids))
        if len(exhibit_ids) > _FEW:
            c.exhibits = {x.id: x for x in ws.exhibits.list(case_id, include_deleted=True)
                          if x.id in exhibit_ids}
        else:
            for exhibit_id in sorted(exhibit_ids):
                with contextlib.suppress(NotFound):  # a span must never break the list
                    c.exhibits[exhibit_id] = ws.exhibits.get(exhibit_id)
        if any(r.target == "narrative" for r in spans):
            c.narrative = ws.narrative.get(case_id)
        return c

    def sources(self) -> Iterator[tuple[Key, str]]:
        """Every scanned text of the case that is not deleted, keyed by where it is.

        Read straight from the store, only the scanned columns (not whole entries)."""
        assert FIELDS["entry"] == ("summary", "account", "location")
        for entry_id, summary, account, location in self.ws.redactions.entry_texts(self.case_id):
            yield ("entry", entry_id, "summary"), summary
            yield ("entry", entry_id, "account"), account
            yield ("entry", entry_id, "location"), location
        for r in self.ws.redactions.record_texts(self.case_id):
            yield ("contact_record", r.id, "body"), r.body
        for x in self.ws.exhibits.list(self.case_id):
            yield ("exhibit", x.id, "description"), x.description
        narrative = self.ws.narrative.get(self.case_id)
        for name in FIELDS["narrative"]:
            yield ("narrative", None, name), getattr(narrative, name)

    def text(self, key: Key) -> str | None:
        """The current text at `key`, or None where its record is gone."""
        target, owner, name = key
        if target == "entry":
            e = self.entries.get(owner or -1)
            return getattr(e, name) if e is not None and not e.deleted else None
        if target == "exhibit":
            x = self.exhibits.get(owner or -1)
            return getattr(x, name) if x is not None and not x.deleted else None
        if target == "contact_record":
            rec = self.record(owner)
            return rec.body if rec is not None else None
        return getattr(self.narrative, name, None)

    def record(self, record_id: int | None) -> RecordText | None:
        if record_id is not None and record_id not in self.records:
            try:
                self.records[record_id] = self.ws.redactions.record_text(record_id)
            except NotFound:
                return None
        return self.records.get(record_id or -1)

    def where(self, r: TextRedaction) -> tuple[str, int | None]:
        """How an officer names the place of a span, and its chronology item if it has one."""
        place, item = self.place(r)
        return f"{place}, {r.field.replace('_', ' ')}", item

    def place(self, r: TextRedaction) -> tuple[str, int | None]:
        """The record holding a span ("item 14", "exhibit AF/2"), and its chronology item."""
        if r.target == "entry":
            e = self.entries.get(r.entry_id or -1)
            item = e.item_number if e else None
            return f"item {item}", item
        if r.target == "exhibit":
            x = self.exhibits.get(r.exhibit_id or -1)
            return f"exhibit {x.reference if x else '?'}", None
        if r.target == "contact_record":
            rec = self.record(r.record_id)
            if rec is None:
                return "an imported record no longer in the case", None
            x = self.exhibits.get(rec.source_exhibit_id)
            e = self.entries.get(rec.entry_id or -1)
            item = e.item_number if e else None
            return (f"message {rec.seq} of {x.reference if x else 'an import'}"
                    + (f" (item {item})" if item else ""), item)
        return "narrative", None


def _entries(ws: Workspace, ids: Sequence[int]) -> dict[int, Entry]:
    """Entries by id, read a page at a time; an id no longer stored is left out."""
    found: dict[int, Entry] = {}
    for start in range(0, len(ids), _PAGE):
        page = ids[start:start + _PAGE]
        try:
            got = ws.entries.get_many(page)
        except NotFound:  # entries are only soft-deleted, but a span must never break the list
            got = []
            for entry_id in page:
                with contextlib.suppress(NotFound):
                    got.append(ws.entries.get(entry_id))
        found.update((e.id, e) for e in got if e.id is not None)
    return found


def _new(case_id: int, key: Key, span: Span) -> TextRedaction:
    target, owner, name = key
    return TextRedaction(
        case_id=case_id, target=target, field=name, start=span.start, end=span.end, text=span.text, kind=span.kind,
        entry_id=owner if target == "entry" else None, record_id=owner if target == "contact_record" else None,
        exhibit_id=owner if target == "exhibit" else None)


@dataclass(frozen=True, slots=True)
class _Scanned:
    """What the last scan of a case saw: its spans' ids, and a keyed digest of each text."""

    spans: bytes
    texts: frozenset[int]


# The last scan of each case, per open store: a rescan skips every text whose digest is
# unchanged (its scan and reconciliation would find nothing new). Kept in memory only, with
# a key drawn at start-up so that the digests of short texts cannot be guessed; it goes with
# the store's Database object (on lock) and is ignored if the stored spans changed otherwise.
_SCANNED: weakref.WeakKeyDictionary[object, dict[int, _Scanned]] = weakref.WeakKeyDictionary()
_SALT = os.urandom(16)


def _digest(key: Key, text: str) -> int:
    h = hashlib.blake2b(f"{key[0]}\x1f{key[1]}\x1f{key[2]}\x1f{text}".encode(), digest_size=16, key=_SALT)
    return int.from_bytes(h.digest())


def _spans_digest(ids: Iterable[int | None]) -> bytes:
    ordered = sorted(i for i in ids if i is not None)
    return hashlib.blake2b(array("q", ordered).tobytes(), digest_size=16, key=_SALT).digest()


def suggest(ws: Workspace, case_id: int, progress: Callable[[int, int], None] | None = None) -> ScanResult:
    """Scan the case and store the spans not already suggested or decided. All or nothing.

    A rescan in the same session scans again only the texts that changed since the last one."""
    case = _Case(ws, case_id)
    stored_spans = ws.redactions.list(case_id)
    known: dict[Key, list[TextRedaction]] = {}
    for r in stored_spans:
        known.setdefault(r.key, []).append(r)
    last = _SCANNED.get(ws.db, {}).get(case_id)
    if last is not None and last.spans != _spans_digest(r.id for r in stored_spans):
        last = None  # the spans changed other than by a scan or a decision: scan everything
    seen: set[int] = set()
    added: list[TextRedaction] = []
    moves: list[tuple[int, int, int]] = []
    withdraw: list[int] = []
    texts = unchanged = 0
    for key, text in case.sources():
        texts += 1
        if progress is not None and texts % 1000 == 0:
            progress(texts, 0)
        digest = _digest(key, text)
        seen.add(digest)
        if last is not None and digest in last.texts:
            unchanged += 1
            continue
        found = scan(text)
        prior = known.get(key, [])
        if not found and not prior:
            continue
        new, moved, gone = _reconcile(text, found, prior)
        added.extend(_new(case_id, key, s) for s in new)
        moves.extend(moved)
        withdraw.extend(gone)
    with ws.transaction():
        stored = ws.redactions.add_many(case_id, added)
        ws.redactions.move(case_id, moves)
        ws.redactions.withdraw(case_id, withdraw)
    gone_ids = set(withdraw)
    ids = [r.id for r in stored_spans if r.id not in gone_ids] + [r.id for r in stored]
    _SCANNED.setdefault(ws.db, {})[case_id] = _Scanned(_spans_digest(ids), frozenset(seen))
    return ScanResult(texts, stored, len(moves), len(withdraw), unchanged)


def _reconcile(text: str, found: Sequence[Span], prior: Sequence[TextRedaction]
               ) -> tuple[list[Span], list[tuple[int, int, int]], list[int]]:
    """Which spans are new; which stored suggestions moved (id, start, end) or are gone (ids).

    A span already stored at the same place is known; so is one whose words match a stored
    span that has moved (the text was edited), whatever its decision: an accepted or a
    dismissed span is never proposed again."""
    unmatched = list(prior)
    rest: list[Span] = []
    for s in found:
        same = next((p for p in unmatched if (p.start, p.end, p.text) == (s.start, s.end, s.text)), None)
        if same is not None:
            unmatched.remove(same)
        else:
            rest.append(s)
    new: list[Span] = []
    moved: list[tuple[int, int, int]] = []
    for s in rest:
        same = next((p for p in unmatched if p.text == s.text and is_stale(text, p)), None)
        if same is None:
            same = next((p for p in prior if p.text == s.text and p.status is not Status.SUGGESTED), None)
            if same is None:
                new.append(s)
            continue
        unmatched.remove(same)
        if same.status is Status.SUGGESTED and same.id is not None:
            moved.append((same.id, s.start, s.end))
    gone = [p.id for p in unmatched if p.status is Status.SUGGESTED and p.id is not None
            and is_stale(text, p) and p.text not in text]
    return new, moved, gone


def suggestions(ws: Workspace, case_id: int, status: Status | None = None) -> list[Suggestion]:
    """The stored spans (all, or those with one status), each named and shown in context."""
    stored = ws.redactions.list(case_id, status)
    case = _Case.for_spans(ws, case_id, stored)
    out = []
    for r in stored:
        text = case.text(r.key)
        where, item = case.where(r)
        stale = text is None or is_stale(text, r)
        out.append(Suggestion(r, where, _context(text or "", r, stale), stale, item, case.place(r)[0]))
    return out


def _context(text: str, r: TextRedaction, stale: bool) -> str:
    start, end = r.start, r.end
    if stale:
        at = text.find(r.text)
        if at < 0:
            return f"[[{r.text}]] (no longer in the text)"
        start, end = at, at + len(r.text)
    before = text[max(0, start - _CONTEXT):start]
    after = text[end:end + _CONTEXT]
    return " ".join(f"{'…' if start > _CONTEXT else ''}{before}[[{text[start:end]}]]{after}"
                    f"{'…' if end + _CONTEXT < len(text) else ''}".split())


def _reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if not cleaned:
        choices = ", ".join(f'"{r.value}"' for r in RedactionReason)
        raise InvalidInput(f"Give a reason for the decision (for example {choices}): it is kept in the "
                           "redaction log and the audit trail.")
    return cleaned


def accept(ws: Workspace, redaction_id: int, reason: str) -> TextRedaction:
    """Accept a span: it is replaced by a marker in every CPS-bound output from now on."""
    return decide(ws, [redaction_id], Status.ACCEPTED, reason)[0]


def dismiss(ws: Workspace, redaction_id: int, reason: str) -> TextRedaction:
    """Dismiss a span: it stays in every output, and is not suggested again."""
    return decide(ws, [redaction_id], Status.DISMISSED, reason)[0]


def decide(ws: Workspace, redaction_ids: Sequence[int], status: Status, reason: str) -> list[TextRedaction]:
    """Accept (or dismiss) many spans with one reason, in one transaction with one audit row each.

    All or none: if one span cannot be accepted (its record was deleted, or its words were
    edited away), nothing is recorded and the error names it. Only the records holding the
    spans are read, so the cost follows the number of spans, not the size of the case."""
    if status not in (Status.ACCEPTED, Status.DISMISSED):
        raise InvalidInput(f'A decision is "{Status.ACCEPTED.value}" or "{Status.DISMISSED.value}", '
                           f'not "{status.value}".')
    why = _reason(reason)
    spans = ws.redactions.get_many(redaction_ids)
    by_case: dict[int, list[TextRedaction]] = {}
    for r in spans:
        by_case.setdefault(r.case_id, []).append(r)
    decisions = []
    for case_id, group in by_case.items():
        case = _Case.for_spans(ws, case_id, group)
        for r in group:
            decisions.append(_decision(case, r, status))
    return ws.redactions.decide_many(decisions, status, why)


def _decision(case: _Case, r: TextRedaction, status: Status) -> Decision:
    """How the span is named in the audit row, and (accepting a span whose text was edited)
    where its words now stand: the occurrence nearest its old place."""
    assert r.id is not None
    where, _ = case.where(r)
    if status is not Status.ACCEPTED:
        return Decision(r.id, where)
    text = case.text(r.key)
    if text is None:
        raise Conflict(f"Redaction {r.id} is in {where}, which has been deleted: there is nothing to redact.")
    anchor = None
    if is_stale(text, r):
        candidates = list(_occurrences(text, r.text))
        if not candidates:
            raise Conflict(f"The text of {where} has changed since the scan and no longer contains "
                           f'"{r.text}". Run the scan again.')
        at = min(candidates, key=lambda i: abs(i - r.start))
        anchor = (at, at + len(r.text))
    return Decision(r.id, where, anchor)


def _occurrences(text: str, words: str) -> Iterator[int]:
    at = text.find(words)
    while at >= 0 and words:
        yield at
        at = text.find(words, at + 1)


def accepted(ws: Workspace, case_id: int) -> list[TextRedaction]:
    """The spans to apply to CPS-bound outputs."""
    return ws.redactions.list(case_id, Status.ACCEPTED)
