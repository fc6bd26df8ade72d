"""Patterns of contact as a part of a document: the headline figures, the weekly chart, the
core-times grid and the weekly table, shared by the SPO pack and the pre-charge file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reportlab.platypus.flowables import Flowable, Spacer

from stalkdesk.domain.analysis.patterns import Patterns, analyse, contacts_from_entries
from stalkdesk.domain.records import Entry
from stalkdesk.reports import charts
from stalkdesk.reports.flow import Heading, TextFlow
from stalkdesk.reports.layout import Block
from stalkdesk.reports.rows import Column, Grid, Row
from stalkdesk.reports.styles import Styles


def from_entries(entries: Iterable[Entry], zone: str) -> Patterns:
    """Patterns counted from chronology entries alone (one entry, one contact)."""
    contacts, vague = contacts_from_entries(entries)
    return analyse(contacts, zone, vague=vague)


def weekly_rows(p: Patterns) -> list[list[str]]:
    """The weekly table with its header, every week shown (quiet weeks as 0)."""
    table = p.rows("weekly")
    head, body = table[0], {r[0]: r for r in table[1:]}
    out = [head]
    for monday in charts.weeks_shown(p):
        key = f"{monday.day:02d}/{monday.month:02d}/{monday.year}"
        out.append(body.get(key, [key, *("0" for _ in head[1:])]))
    return out


def weekly_table(rows: list[list[str]], columns: range, st: Styles) -> Iterator[Flowable]:
    """Week, total, then the columns chosen; a dot for none."""
    head = rows[0]

    def weight(title: str) -> float:  # wide enough that the longest word of the heading fits
        return max(6.0, 0.92 * max(len(w) for w in title.split()))

    grid = Grid([Column(head[0], 10), Column(head[1], 7), *(Column(head[i], weight(head[i])) for i in columns)], st)
    for n, r in enumerate(rows[1:]):
        cells = [[Block(r[0], st.cell_bold)], [Block(r[1], st.cell_bold)],
                 *([Block(r[i] if r[i] != "0" else "\u00b7", st.cell if r[i] != "0" else st.cell_grey)]
                   for i in columns)]
        yield Row(grid, cells, header="always" if n == 0 else "auto")


def charts_part(p: Patterns, st: Styles, width: float) -> Iterator[Flowable]:
    """The figures as sentences, the weekly chart and the core-times grid."""
    yield TextFlow([Block(line, st.body, 2.0) for line in p.summary()], space_after=st.gap)
    yield Heading("Contacts per week, by channel", st.h3, space_before=4, space_after=2)
    yield charts.weekly_contacts(p, width)
    yield Spacer(0, 6)
    yield Heading("Core times: contacts by day of the week and hour of the day", st.h3, space_before=4,
                  space_after=2)
    yield charts.core_times(p, width)


def channel_table(p: Patterns, st: Styles) -> Iterator[Flowable]:
    """The weekly figures by channel."""
    rows = weekly_rows(p)
    yield from weekly_table(rows, range(2, 2 + len(p.channels)), st)


def behaviour_table(p: Patterns, st: Styles) -> Iterator[Flowable]:
    rows = weekly_rows(p)
    yield from weekly_table(rows, range(2 + len(p.channels), len(rows[0])), st)
