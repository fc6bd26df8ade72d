"""Patterns of contact as a part of a document: the headline figures, the weekly chart, the
core-times grid and the weekly table, shared by the SPO pack and the pre-charge file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.flowables import Flowable, Spacer

from stalkdesk.domain.analysis.patterns import Patterns, analyse, contacts_from_entries
from stalkdesk.domain.records import Entry
from stalkdesk.reports import charts
from stalkdesk.reports.flow import Heading, TextFlow
from stalkdesk.reports.layout import Block, TextStyle
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


PORTRAIT_FRAME = A4[0] - 30 * mm  # the width of a portrait page's frame, where the tables go
_SMALLEST_HEAD = 7.0  # the header row's type is made no smaller than this to fit the columns
_SLACK = 1.0  # points spare in each column, so that rounding never pushes a word over


def _longest_word(text: str, style: TextStyle) -> float:
    return max((stringWidth(w, style.font, style.size) for w in text.split()), default=0.0)


def column_need(rows: Sequence[Sequence[str]], i: int, head: TextStyle, st: Styles) -> float:
    """The narrowest column `i` can be without breaking a word of its heading or a figure."""
    body = max((stringWidth(r[i], st.cell_bold.font, st.cell_bold.size) for r in rows[1:]), default=0.0)
    return max(_longest_word(rows[0][i], head), body) + 2 * st.pad + _SLACK


def plan_columns(rows: Sequence[Sequence[str]], columns: Sequence[int], st: Styles, width: float
                 ) -> tuple[TextStyle, list[list[int]]]:
    """The header row's style and the column groups (each printed as a table of its own,
    after the week and the total) such that no heading word has to be broken: the header
    type is made smaller, down to 7 pt, and if the columns still do not fit they are split
    into as many groups as needed."""
    style = st.head_cell
    fixed = column_need(rows, 0, style, st) + column_need(rows, 1, style, st)
    size = style.size
    while True:
        small = TextStyle(style.font, size, size * 1.25, style.colour)
        if fixed + sum(column_need(rows, i, small, st) for i in columns) <= width:
            return small, [list(columns)]
        if size - 0.5 < _SMALLEST_HEAD - 0.01:
            break
        size -= 0.5
    groups: list[list[int]] = [[]]
    used = fixed
    for i in columns:
        need = column_need(rows, i, style, st)
        if groups[-1] and used + need > width:
            groups.append([])
            used = fixed
        groups[-1].append(i)
        used += need
    # As many groups as that, but with their columns shared out evenly where they fit.
    count, per = len(groups), -(-len(columns) // len(groups))
    even = [list(columns[k * per:(k + 1) * per]) for k in range(count)]
    if all(g and fixed + sum(column_need(rows, i, style, st) for i in g) <= width for g in even):
        return style, even
    return style, groups


def weekly_table(rows: list[list[str]], columns: range, st: Styles, width: float = PORTRAIT_FRAME
                 ) -> Iterator[Flowable]:
    """Week, total, then the columns chosen; a dot for none. Each column is as wide as the
    longest word of its heading (never broken); a table too wide for `width` has a smaller
    header row, or is printed as two (or more) tables of the same weeks."""
    head = rows[0]
    head_style, groups = plan_columns(rows, columns, st, width)
    fitted = replace(st, head_cell=head_style)
    for g, group in enumerate(groups):
        shown = [0, 1, *group]
        needs = [column_need(rows, i, head_style, st) for i in shown]
        spare = max(0.0, width - sum(needs)) / len(needs)  # shared out evenly: the columns stay legible
        grid = Grid([Column(head[i], need + spare) for i, need in zip(shown, needs, strict=True)], fitted)
        if g:
            yield Spacer(0, 8)
        for n, r in enumerate(rows[1:]):
            cells = [[Block(r[0], st.cell_bold)], [Block(r[1], st.cell_bold)],
                     *([Block(r[i] if r[i] != "0" else "\u00b7", st.cell if r[i] != "0" else st.cell_grey)]
                       for i in group)]
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
