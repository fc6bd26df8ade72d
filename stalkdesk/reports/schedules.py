"""The exhibit list (MG12) with continuity, and the non-sensitive unused schedule (MG6C)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from reportlab.platypus.flowables import Flowable

from stalkdesk.domain import exhibit_ref
from stalkdesk.domain.records import Entry, Exhibit
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.domain.when import When
from stalkdesk.reports import parts
from stalkdesk.reports.layout import Block
from stalkdesk.reports.model import ChargeFileInput, Names
from stalkdesk.reports.rows import Column, Grid, Row
from stalkdesk.reports.styles import Styles

STORE = "StalkDesk case store (encrypted)"


def _sorted(exhibits: Iterable[Exhibit]) -> list[Exhibit]:
    return sorted(exhibits, key=lambda x: exhibit_ref.sort_key(x.reference))


def _date(x: Exhibit, zone: str) -> str:
    return f"{x.seized_at.astimezone(ZoneInfo(zone)):%d/%m/%Y}" if x.seized_at else "\u2013"


def mg12(inp: ChargeFileInput, st: Styles, number: int, title: str) -> Iterator[Flowable]:
    zone = inp.ctx.case.zone
    yield parts.section(number, title, "mg12", st)
    used = _sorted(x for x in inp.exhibits if x.disclosure is DisclosureStatus.USED)
    if not used:
        yield parts.prose("", st, empty="No exhibit is marked as used evidence yet.")
    grid = Grid([Column("Ref.", 8), Column("Description", 35), Column("Produced by", 15), Column("Date", 11.5),
                 Column("Where it is now", 15.5), Column("SHA-256 (start)", 15)], st)
    for n, x in enumerate(used):
        yield Row(grid, [[Block(x.reference, st.cell_bold)], [Block(x.description, st.cell)],
                         [Block(x.produced_by or "\u2013", st.cell)], [Block(_date(x, zone), st.cell)],
                         [Block(x.location_now or STORE, st.cell)],
                         [Block(x.sha256[:12] + "\u2026", st.cell_grey)]], header="always" if n == 0 else "auto")
    yield parts.prose("", st, empty="Each exhibit's full SHA-256 is in the Integrity section.")
    yield parts.sub("Continuity", st)
    grid = Grid([Column("Ref.", 9), Column("When", 14), Column("Action", 12), Column("From / to", 23),
                 Column("Purpose", 27), Column("Recorded by", 15)], st)
    first = True
    for x in _sorted(inp.exhibits):
        for c in inp.continuity.get(x.id or -1, ()):
            local = c.at.astimezone(ZoneInfo(zone))
            moved = " \u2192 ".join(p for p in (c.from_person, c.to_person) if p) or "\u2013"
            yield Row(grid, [[Block(x.reference, st.cell_bold)], [Block(f"{local:%d/%m/%Y %H:%M}", st.cell)],
                             [Block(c.action.label, st.cell)], [Block(moved, st.cell)],
                             [Block(c.purpose or "\u2013", st.cell)], [Block(c.recorded_by or "\u2013", st.cell)]],
                      header="always" if first else "auto")
            first = False
    if first:
        yield parts.prose("", st, empty="No continuity has been recorded.")


@dataclass
class _Bulk:
    """Unused entries drawn from one bulk source (a message export): listed as one block."""

    count: int = 0
    items: list[int] = field(default_factory=list)
    first: When | None = None
    last: When | None = None


def mg6c(inp: ChargeFileInput, st: Styles, number: int, title: str) -> Iterator[Flowable]:
    yield parts.section(number, title, "mg6c", st)
    yield parts.prose("", st, empty="Numbered consecutively. Material from one bulk source (such as a "
                                    "message export) is listed as a block; every entry in it is in the chronology.")
    grid = Grid([Column("No.", 6), Column("Description", 64), Column("Location and reference", 30)], st)
    n = 0

    def row(desc: str, where: str) -> Row:
        nonlocal n
        n += 1
        return Row(grid, [[Block(str(n), st.cell_bold)], [Block(desc, st.cell)], [Block(where, st.cell)]],
                   header="always" if n == 1 else "auto", cont=str(n))

    for item in unused_items(inp.exhibits, inp.entries(), inp.names, DisclosureStatus.UNUSED):
        yield row(item.description, item.location)
    if n == 0:
        yield parts.prose("", st, empty="No material is marked as unused.")


@dataclass(frozen=True, slots=True)
class UnusedItem:
    """One line of an unused-material schedule: an exhibit, an entry, or a block of bulk records."""

    description: str
    location: str
    exhibit: Exhibit | None = None
    entry: Entry | None = None
    count: int = 1  # records in a bulk block


def unused_items(exhibits: Iterable[Exhibit], entries: Iterable[Entry], names: Names,
                 status: DisclosureStatus) -> Iterator[UnusedItem]:
    """The schedule's lines for material with one disclosure status (unused or sensitive), in
    schedule order: exhibits by reference, entries by when, then bulk sources as blocks."""
    for x in _sorted(x for x in exhibits if x.disclosure is status):
        yield UnusedItem(f"Exhibit {x.reference}: {x.description}", x.location_now or STORE, exhibit=x)
    bulk: dict[int, _Bulk] = {}
    for e in entries:
        if e.disclosure is not status:
            continue
        if e.provenance is not None:
            _add(bulk.setdefault(e.provenance.exhibit_id, _Bulk()), e)
            continue
        yield UnusedItem(f"{parts.day(e.when)}: {e.summary} ({e.source.label.lower()}"
                         + (f", {e.source_reference}" if e.source_reference else "") + ")",
                         f"Chronology item {e.item_number}", entry=e)
    for exhibit_id, b in sorted(bulk.items(), key=lambda kv: min(kv[1].items)):
        ref = names.exhibits.get(exhibit_id, "an exhibit")
        relied = "not relied on as evidence" if status is DisclosureStatus.UNUSED else "marked sensitive"
        yield UnusedItem(f"Bulk material: {b.count} records from {ref}, dated {parts.day(b.first)} to "
                         f"{parts.day(b.last)}, {relied}.", f"{ref}; chronology items {parts.ranges(b.items)}",
                         count=b.count)


def _add(b: _Bulk, e: Entry) -> None:
    b.count += 1
    b.items.append(e.item_number or 0)
    b.first = b.first or e.when
    b.last = e.when
