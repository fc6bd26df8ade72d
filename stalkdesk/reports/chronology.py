"""The chronology table: one row per entry, numbered with the case's stable item numbers.

Shared by the interview chronology and the pre-charge file. Rows are produced lazily from
the entry iterator, with an invisible bookmark at the start of each month so a long
chronology can be navigated from the PDF's outline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reportlab.platypus.flowables import Flowable

from stalkdesk.domain import when as when_mod
from stalkdesk.domain.records import Entry
from stalkdesk.domain.vocab import DisclosureStatus
from stalkdesk.reports.layout import Block
from stalkdesk.reports.model import Names, Progress
from stalkdesk.reports.rows import Column, Grid, Row, RowBlock
from stalkdesk.reports.styles import Styles

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
ITEM_COLUMN = 0
BLOCK = 24  # rows per flowable (see rows.RowBlock)
CHANNELS = {"in_person": "In person", "call": "Phone call", "sms": "SMS", "whatsapp": "WhatsApp",
            "social_media": "Social media", "email": "Email", "letter": "Letter",
            "third_party": "Through a third party", "other": "Other means"}


def grid(st: Styles, *, notes_column: bool = False) -> Grid:
    large = st.cell.size > 10  # large print: the narrow columns must still hold a date
    columns = [Column("Item", 6.5 if large else 4.6), Column("Date and time", 14.0 if large else 10.5),
               Column("Behaviours", 14.0 if large else 11.0),
               Column("What happened", (44.0 if large else 47.0) - (14.0 if notes_column else 0.0)),
               Column("Source", 13.0 if large else 14.0), Column("Exhibits", 10.5 if large else 12.0)]
    if notes_column:
        columns.append(Column("Interviewer's notes", 26.0, ruled=True))
    return Grid(columns, st)


def cells(e: Entry, st: Styles, names: Names, *, notes_column: bool = False) -> list[list[Block]]:
    gap = st.cell.size * 0.3
    when = [Block(when_mod.render(e.when), st.cell)]
    if e.reported_at is not None:
        local = e.reported_at.astimezone(when_mod.local_start(e.when).tzinfo)
        when.append(Block(f"Reported {local:%d/%m/%Y}", st.cell_grey, gap))
    behaviours = [Block("\n".join(b.label for b in e.behaviours) or "\u2013", st.cell)]
    if e.channel is not None:
        behaviours.append(Block(CHANNELS.get(e.channel.value, e.channel.label), st.cell_grey, gap))
    what = [Block(e.summary, st.cell_bold)]
    if e.account.strip():
        what.append(Block(e.account, st.cell, gap))
    if e.location.strip():
        what.append(Block(f"Where: {e.location}", st.cell_grey, gap))
    seen = [names.people.get(p, f"person {p}") for p in e.witnesses]
    if seen:
        what.append(Block(f"Seen or heard by: {', '.join(seen)}", st.cell_grey, gap))
    source = [Block(e.source.label, st.cell)]
    if e.source_reference.strip():
        source.append(Block(e.source_reference, st.cell_grey, gap))
    source.append(Block(e.evidential_status.label, st.cell_grey, gap))
    if e.disclosure is not DisclosureStatus.USED:
        source.append(Block(e.disclosure.label, st.cell_grey, gap))
    exhibits = [Block(f"{x.reference or names.exhibits.get(x.exhibit_id, '?')}"
                      + (f" ({x.locator})" if x.locator else ""), st.cell) for x in e.exhibits]
    if e.provenance is not None:
        ref = names.exhibits.get(e.provenance.exhibit_id, "an exhibit")
        exhibits.append(Block(f"From {ref}, {e.provenance.locator}".rstrip(", "), st.cell_grey, gap))
    row = [[Block(str(e.item_number or ""), st.cell_bold)], when, behaviours, what, source, exhibits or []]
    if notes_column:
        row.append([])
    return row


def month_of(e: Entry) -> tuple[int, int]:
    local = when_mod.local_start(e.when)
    return local.year, local.month


def rows(entries: Iterable[Entry], g: Grid, st: Styles, names: Names, *, notes_column: bool = False,
         outline_level: int | None = None, key: str = "chron", progress: Progress | None = None,
         total: int = 0, done: int = 0) -> Iterator[Flowable]:
    """Flowables for the table: a bookmark at each new month, then the entry's row."""
    month: tuple[int, int] | None = None
    first = True
    block: list[Row] = []
    for n, e in enumerate(entries, 1):
        mark = None
        if outline_level is not None and month_of(e) != month:
            month = month_of(e)
            mark = (f"{key}-{month[0]}-{month[1]:02d}", f"{_MONTHS[month[1] - 1]} {month[0]}", outline_level)
        block.append(Row(g, cells(e, st, names, notes_column=notes_column), cont=str(e.item_number or ""),
                         mark=mark))
        if len(block) == BLOCK:
            yield RowBlock(block, "always" if first else "auto")
            first, block = False, []
        if progress is not None and (n % 200 == 0):
            progress(done + n, total)
    if block:
        yield RowBlock(block, "always" if first else "auto")
        first = False
    if first:
        yield Row(g, [[Block("\u2013", st.cell)], [], [], [Block("No entries match.", st.cell_grey)], [], []]
                  + ([[]] if notes_column else []), header="always")
