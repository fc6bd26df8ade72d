"""Small types the analysis modules share: the officer's links and what they point at."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.domain.when import local_start, sort_key


class AnalysisError(ValueError):
    """Input the analysis can't use; the message is written for the officer."""


@dataclass(frozen=True, slots=True)
class PointLink:
    """The officer citing a chronology entry or an exhibit for a point (a point to prove,
    an SPO ground or a FOUR element), with a note saying what it shows. Exactly one of
    `entry_id` and `exhibit_id` is set."""

    point_id: str
    entry_id: int | None = None
    exhibit_id: int | None = None
    note: str = ""
    case_id: int | None = None
    created_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class LinkedItem:
    """A link as an officer reads it: "item 14" or "exhibit JS/2", with the note."""

    label: str
    note: str = ""
    entry_id: int | None = None
    exhibit_id: int | None = None
    item_number: int | None = None
    reference: str = ""  # "item 14" or "JS/2": what a report cites
    link_id: int | None = None


def dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def is_used(e: Entry) -> bool:
    """Used evidence: not deleted, and on the used side of the CPIA line."""
    return not e.deleted and e.disclosure is DisclosureStatus.USED


def used_entries(entries: Iterable[Entry]) -> list[Entry]:
    """The entries that count as occasions, in chronological order."""
    return sorted((e for e in entries if is_used(e)), key=lambda e: sort_key(e.when))


def local_day(e: Entry) -> date:
    return local_start(e.when).date()


def item_list(numbers: Iterable[int | None]) -> str:
    """"items 3-7, 9" from item numbers, runs collapsed; "item 4" for one."""
    ns = sorted({n for n in numbers if n is not None})
    if not ns:
        return ""
    runs: list[str] = []
    start = prev = ns[0]
    for n in [*ns[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        runs.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ("item " if len(ns) == 1 else "items ") + ", ".join(runs)


def resolve(links: Sequence[PointLink], entries: Mapping[int, Entry],
            exhibit_refs: Mapping[int, str]) -> tuple[list[LinkedItem], int]:
    """The links that still point at something live, as readable items (chronology items in
    item order, then exhibits), and how many point at a deleted entry or exhibit."""
    items: list[LinkedItem] = []
    gone = 0
    for link in links:
        if link.entry_id is not None:
            e = entries.get(link.entry_id)
            if e is None or e.deleted:
                gone += 1
                continue
            ref = f"item {e.item_number}"
            items.append(LinkedItem(ref, link.note, entry_id=e.id, item_number=e.item_number,
                                    reference=ref, link_id=link.id))
        elif link.exhibit_id is not None:
            exhibit_ref = exhibit_refs.get(link.exhibit_id)
            if exhibit_ref is None:
                gone += 1
                continue
            items.append(LinkedItem(f"exhibit {exhibit_ref}", link.note, exhibit_id=link.exhibit_id,
                                    reference=exhibit_ref, link_id=link.id))
    items.sort(key=lambda i: (i.exhibit_id is not None, i.item_number or 0, i.reference))
    return items, gone
