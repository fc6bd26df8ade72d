"""Whether each point to prove is met, from the officer's links and what can be counted.

Occasions are chronology entries that are used evidence (disclosure USED, not deleted): one
entry, one occasion. The computed checks:

- course of conduct (PHA 1997 s.7(3)(a)): conduct on at least two occasions. One occasion is
  not a course of conduct; two are.
- acts associated with stalking (s.2A(2)(b), s.2A(3); SPA 2019 s.1(1)(a), s.1(6)): which of
  s.2A(3)(a)-(g) the used entries record, with counts, and the other behaviours beside them.
- fear of violence on at least two occasions (s.4(1), s.4A(1)(b)(i)): see `fear_occasions`.

Everything else (harassment, knowledge, serious alarm or distress with a substantial adverse
effect, the SPO's risk and necessity) is for the officer to judge and link.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from stalkdesk.domain.analysis.common import LinkedItem, PointLink, dmy, item_list, local_day, resolve, used_entries
from stalkdesk.domain.analysis.points import Check, Checklist, Point
from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import Behaviour


class Status(StrEnum):
    """How far the evidence linked and counted meets a point or an offence: "proved" means
    every point has support in the file, not that a court would find it proved."""

    PROVED = "proved"
    PARTLY = "partly"
    NOT_YET = "not_yet"

    @property
    def label(self) -> str:
        return {"proved": "Proved", "partly": "Partly", "not_yet": "Not yet"}[self.value]


@dataclass(frozen=True, slots=True)
class PointStatus:
    point: Point
    status: Status
    reasons: tuple[str, ...]
    items: tuple[LinkedItem, ...]  # the officer's links that still point at something live
    computed: str = ""  # what the software counted, without the title ("37 occasions ...")


@dataclass(frozen=True, slots=True)
class OffenceStatus:
    key: str
    title: str
    status: Status
    reasons: tuple[str, ...]
    points: tuple[PointStatus, ...]


@dataclass(frozen=True, slots=True)
class BehaviourCount:
    behaviour: Behaviour
    count: int

    @property
    def text(self) -> str:
        para = self.behaviour.s2a_paragraph
        return f"{para + ' ' if para else ''}{self.behaviour.label.lower()} ({self.count})"


def course_of_conduct(entries: Iterable[Entry]) -> tuple[Status, str]:
    """Occasions used as evidence, against s.7(3)(a): at least two."""
    used = used_entries(entries)
    if not used:
        return Status.NOT_YET, "no chronology entry is marked as used evidence"
    first, last = dmy(local_day(used[0])), dmy(local_day(used[-1]))
    if len(used) == 1:
        return Status.PARTLY, (f"1 occasion used as evidence ({first}); one occasion is not a course of "
                               "conduct, at least two are needed (s.7(3))")
    return Status.PROVED, f"{len(used)} occasions used as evidence, first {first}, last {last}"


def behaviours_present(entries: Iterable[Entry]) -> tuple[list[BehaviourCount], list[BehaviourCount]]:
    """(s.2A(3)(a)-(g) behaviours in the Act's order, other behaviours by count) on used entries."""
    counts = Counter(b for e in used_entries(entries) for b in dict.fromkeys(e.behaviours))
    listed = [BehaviourCount(b, counts[b]) for b in Behaviour if b.s2a_paragraph and counts[b]]
    others = [BehaviourCount(b, n) for b, n in counts.most_common() if not b.s2a_paragraph]
    return listed, others


def fear_occasions(entries: Iterable[Entry], linked_entry_ids: Iterable[int]) -> tuple[list[Entry], list[Entry]]:
    """(entries the officer linked as occasions of fear, other used entries recording threats).

    s.4(1) and s.4A(1)(b)(i) need the victim to have feared violence on at least two
    occasions. A threat of violence recorded on a used entry is counted as a proxy: it is
    the usual occasion of such fear, but fear is the victim's state, shown by their account.
    The officer's links are authoritative: a linked entry counts whatever its tags or
    disclosure status (unless deleted), and the point is only proved once at least two
    occasions are linked by the officer. Occasions counted only from threats leave it partly
    met, with a reason telling the officer what to link.
    """
    live = {e.id: e for e in entries if not e.deleted and e.id is not None}
    linked = [live[i] for i in dict.fromkeys(linked_entry_ids) if i in live]
    linked_ids = {e.id for e in linked}
    proxy = [e for e in used_entries(live.values())
             if Behaviour.THREATS_OF_VIOLENCE in e.behaviours and e.id not in linked_ids]
    return linked, proxy


def _occasions(n: int) -> str:
    return "1 occasion" if n == 1 else f"{n} occasions"


def _fear(entries: Sequence[Entry], items: Sequence[LinkedItem]) -> tuple[Status, list[str], str]:
    linked, proxy = fear_occasions(entries, [i.entry_id for i in items if i.entry_id is not None])
    total = len(linked) + len(proxy)
    parts = []
    if linked:
        parts.append(f"{len(linked)} linked by the officer ({item_list(e.item_number for e in linked)})")
    if proxy:
        parts.append(f"{len(proxy)} recording threats of violence ({item_list(e.item_number for e in proxy)})")
    computed = f"{_occasions(total)} counted: {'; '.join(parts)}" if total else "no occasion counted"
    reasons = []
    if len(linked) >= 2:
        status = Status.PROVED
    else:
        status = Status.PARTLY if total or items else Status.NOT_YET
        reasons.append("Link each occasion on which the victim feared violence (at least two): a recorded "
                       "threat alone does not show the victim's fear")
    return status, reasons, computed


def _behaviours(entries: Sequence[Entry], items: Sequence[LinkedItem]) -> tuple[Status, list[str], str]:
    listed, others = behaviours_present(entries)
    parts = [", ".join(c.text for c in listed)] if listed else []
    if others:
        parts.append("others: " + ", ".join(c.text for c in others))
    computed = "; ".join(parts) if parts else "no behaviour recorded on entries used as evidence"
    if listed or items:
        return Status.PROVED, [], computed
    if others:
        return Status.PARTLY, ["The Act's list is not exhaustive: link items showing that the other "
                               "behaviours are associated with stalking"], computed
    return Status.NOT_YET, [], computed


def evaluate_point(p: Point, entries: Sequence[Entry], links: Sequence[PointLink],
                   entries_by_id: Mapping[int, Entry], exhibit_refs: Mapping[int, str]) -> PointStatus:
    items, gone = resolve([lk for lk in links if lk.point_id == p.id], entries_by_id, exhibit_refs)
    reasons: list[str] = []
    computed = ""
    if p.check is Check.COURSE:
        status, computed = course_of_conduct(entries)
        reasons.append(f"{p.title}: {computed}")
    elif p.check is Check.BEHAVIOURS:
        status, extra, computed = _behaviours(entries, items)
        reasons += [f"{p.title}: {computed}", *extra]
    elif p.check is Check.FEAR:
        status, extra, computed = _fear(entries, items)
        reasons += [f"{p.title}: {computed}", *extra]
    else:
        status = Status.PROVED if items else Status.NOT_YET
    if items:
        reasons.append(f"{p.title}: linked " + ", ".join(i.label for i in items))
    elif p.check is Check.LINKS:
        reasons.append(f"No item linked to '{p.title.lower()}'")
    if gone:
        reasons.append(f"{p.title}: {gone} linked item{'s' if gone > 1 else ''} since deleted, not counted")
    return PointStatus(p, status, tuple(reasons), tuple(items), computed)


def _combine(statuses: Iterable[Status]) -> Status:
    seen = set(statuses)
    if seen <= {Status.PROVED}:
        return Status.PROVED
    return Status.NOT_YET if seen == {Status.NOT_YET} else Status.PARTLY


def evaluate(checklist: Checklist, entries: Sequence[Entry], links: Sequence[PointLink],
             exhibit_refs: Mapping[int, str]) -> OffenceStatus:
    """Proved when every point is (for alternatives, such as s.4A(1)(b)(i) and (ii), the
    best of them); not yet when none is even partly; partly otherwise."""
    by_id = {e.id: e for e in entries if e.id is not None}
    points = tuple(evaluate_point(p, entries, links, by_id, exhibit_refs) for p in checklist.points)
    groups: dict[str, list[Status]] = {}
    for ps in points:
        groups.setdefault(ps.point.either or ps.point.id, []).append(ps.status)
    rank = [Status.PROVED, Status.PARTLY, Status.NOT_YET]
    best = [min(g, key=rank.index) for g in groups.values()]
    reasons = tuple(r for ps in points for r in ps.reasons)
    return OffenceStatus(checklist.key, checklist.title, _combine(best), reasons, points)
