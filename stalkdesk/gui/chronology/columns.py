"""The chronology table's columns and how an entry reads in each: one place for the table,
its tooltips and Copy, so the clipboard says exactly what the officer sees."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from html import escape

from stalkdesk.domain.query import EntryOrder
from stalkdesk.domain.records import Entry, ExhibitLink
from stalkdesk.domain.vocab import Behaviour
from stalkdesk.domain.when import describe, render


class Column(IntEnum):
    ITEM = 0
    WHEN = 1
    BEHAVIOURS = 2
    CHANNEL = 3
    SUMMARY = 4
    SOURCE = 5
    EXHIBITS = 6


HEADERS: dict[Column, str] = {
    Column.ITEM: "Item",
    Column.WHEN: "When",
    Column.BEHAVIOURS: "Behaviours",
    Column.CHANNEL: "Channel",
    Column.SUMMARY: "Summary",
    Column.SOURCE: "Source",
    Column.EXHIBITS: "Exhibits",
}

# The store sorts by these; behaviours and exhibits are lists, which have no useful order.
SORT_ORDER: dict[Column, EntryOrder] = {
    Column.ITEM: EntryOrder.ITEM,
    Column.WHEN: EntryOrder.TIME,
    Column.CHANNEL: EntryOrder.CHANNEL,
    Column.SOURCE: EntryOrder.SOURCE,
    Column.SUMMARY: EntryOrder.SUMMARY,
}
COLUMN_OF_ORDER: dict[EntryOrder, Column] = {order: column for column, order in SORT_ORDER.items()}

_TOOLTIP_ACCOUNT = 600  # characters of the account shown under the summary's tooltip


def exhibit_text(link: ExhibitLink) -> str:
    """ "AF/3 (messages 1-6)", or the bare reference when no place inside it is given."""
    return f"{link.reference} ({link.locator})" if link.locator else link.reference


def behaviours_text(behaviours: Iterable[Behaviour]) -> str:
    return ", ".join(b.label for b in behaviours)


def cells(entry: Entry) -> tuple[str, ...]:
    """The entry's text in every column, in column order."""
    return (
        str(entry.item_number or ""),
        render(entry.when),
        behaviours_text(entry.behaviours),
        entry.channel.label if entry.channel else "",
        entry.summary,
        entry.source.label,
        "; ".join(exhibit_text(x) for x in entry.exhibits),
    )


def tooltip(entry: Entry, column: Column) -> str | None:
    """What hovering a cell explains: the long date, the statute wording, the account."""
    if column == Column.ITEM and entry.deleted:
        return f"Item {entry.item_number} was deleted. Undo (Ctrl+Z) brings it back."
    if column == Column.WHEN:
        return describe(entry.when)
    if column == Column.BEHAVIOURS and entry.behaviours:
        return "\n".join(_behaviour_line(b) for b in entry.behaviours)
    if column == Column.SUMMARY:
        # Rich text so that Qt wraps a long account instead of drawing one endless line.
        account = entry.account if len(entry.account) <= _TOOLTIP_ACCOUNT else entry.account[:_TOOLTIP_ACCOUNT] + "…"
        parts = [f"<p><b>{escape(entry.summary)}</b></p>"] if entry.summary else []
        return "".join(parts + ([f"<p>{escape(account)}</p>"] if account else [])) or None
    if column == Column.SOURCE and entry.source_reference:
        return f"{entry.source.label}: {entry.source_reference}"
    if column == Column.EXHIBITS and entry.exhibits:
        return "\n".join(exhibit_text(x) for x in entry.exhibits)
    return None


def _behaviour_line(b: Behaviour) -> str:
    paragraph = b.s2a_paragraph
    return f"{b.label}: {paragraph} PHA 1997, {b.statute_wording}" if paragraph else b.label


def tsv(rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated text with a header line, as spreadsheets and Word tables paste it."""

    def clean(text: str) -> str:
        return " ".join(text.split())  # a tab or line break inside a cell would split it

    lines = ["\t".join(HEADERS[c] for c in Column)]
    lines += ["\t".join(clean(t) for t in row) for row in rows]
    return "\n".join(lines) + "\n"
