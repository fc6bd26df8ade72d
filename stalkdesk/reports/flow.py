"""Flowables for running text and headings, and a lazily filled flowable list.

`TextFlow` is prose drawn by the text engine (see layout); it splits between lines, never
leaving a single line at the foot or head of a page, nor a short first block (an event's
title) at the foot of a page without the first lines that follow it. `Heading` keeps with
what follows it (see page.KeepWithNext), bookmarks itself and records its page for the
index. `FlowableStream` lets reportlab pull flowables from a generator, so a long document
never holds all of its rows at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, SupportsIndex, overload

from reportlab.platypus.flowables import Flowable

from stalkdesk.reports import layout
from stalkdesk.reports.layout import Block, Placed, TextStyle
from stalkdesk.reports.styles import RULE

_TITLE_LINES = 3  # a first block this short, with more after it, is a title: kept with them


class TextFlow(Flowable):
    def __init__(self, blocks: Iterable[Block], *, indent: float = 0.0, space_after: float = 0.0,
                 placed: list[Placed] | None = None) -> None:
        super().__init__()
        self.blocks = list(blocks)
        self.indent = indent
        self.spaceAfter = space_after
        self._placed = placed
        self._width = -1.0
        self._lead = 0  # lines of the first block, when more blocks follow it

    def _layout(self, width: float) -> list[Placed]:
        if self._placed is None or (self.blocks and width != self._width):
            self._placed, _ = layout.place(self.blocks, width - self.indent)
            self._width = width
            shown = [b for b in self.blocks if b.text.strip()]
            lead = len(layout.wrap(shown[0].text, shown[0].style, width - self.indent)) if len(shown) > 1 else 0
            self._lead = lead if lead <= _TITLE_LINES else 0
        return self._placed

    def _least_first(self, total: int) -> int:
        """The fewest lines the first part of a split may hold: two, and with a leading block
        (an event's title) that block and the first two lines after it (or all there are)."""
        if not self._lead:
            return 2
        return self._lead + min(2, total - self._lead)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, layout.placed_height(self._layout(aW))
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        placed = self._layout(aW)
        first, rest = layout.split_placed(placed, aH)
        least = self._least_first(len(placed))
        if len(first) < least or (len(rest) < 2 and len(placed) < 4):
            return []  # no line (nor a title) left alone at the foot of a page: move the paragraph
        if len(rest) < 2:  # nor alone at the head of the next: take one more line over
            first, rest = layout.split_placed(placed, first[-1].top + 0.01)
            if len(first) < least or not rest:
                return []
        return [TextFlow([], indent=self.indent, placed=first),
                TextFlow([], indent=self.indent, space_after=self.spaceAfter, placed=rest)]

    def draw(self) -> None:
        if self._placed:
            layout.writer(self.canv).draw(self._placed, self.indent, self.height, self.width - self.indent)


class Heading(TextFlow):
    """A heading: kept with the next flowable, bookmarked, its page noted for the index."""

    def __init__(self, text: str, style: TextStyle, *, key: str = "", outline: int | None = None,
                 rule: bool = False, space_before: float = 0.0, space_after: float = 4.0) -> None:
        super().__init__([Block(text, style)], space_after=space_after)
        self.text = text
        self.key = key
        self.outline = outline
        self.rule = rule
        self.spaceBefore = space_before
        self.keepWithNext = True

    def split(self, aW: float, aH: float) -> list[Flowable]:
        return []

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        w, h = super().wrap(aW, aH)
        self.height = h + (4.0 if self.rule else 0.0)
        return w, self.height

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        if self.rule:
            canv.saveState()
            canv.setStrokeColorRGB(*RULE)
            canv.setLineWidth(0.8)
            canv.line(0, 1.0, self.width, 1.0)
            canv.restoreState()
        if self.key:
            canv.bookmarkHorizontal(self.key, 0, self.height + 6)
            if self.outline is not None:
                canv.addOutlineEntry(self.text, self.key, self.outline, closed=self.outline > 0)
            doc = getattr(canv, "_doctemplate", None)
            note = getattr(doc, "note_section", None)
            if note is not None:
                note(self.key, canv.getPageNumber())


class Mark(Flowable):
    """An invisible bookmark (with an outline entry) at the point where it is drawn."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 8)
        self.canv.addOutlineEntry(self.title, self.key, self.level, closed=True)


class FlowableStream(list[Flowable]):
    """A list that reportlab's build loop consumes from the front, refilled from a generator.

    reportlab only looks at the first few items (and at len() to know when to stop), so
    keeping a short buffer filled is enough; memory stays flat however long the document.
    """

    def __init__(self, source: Iterable[Flowable], lookahead: int = 12) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = iter(source)
        self._lookahead = lookahead

    def _fill(self, count: int) -> None:
        while self._source is not None and super().__len__() < count:
            try:
                self.append(next(self._source))
            except StopIteration:
                self._source = None

    def __len__(self) -> int:
        self._fill(self._lookahead)
        return super().__len__()

    def __bool__(self) -> bool:
        return len(self) > 0

    @overload
    def __getitem__(self, i: SupportsIndex) -> Flowable: ...
    @overload
    def __getitem__(self, i: slice) -> list[Flowable]: ...
    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, int):
            self._fill(i + 1 if i >= 0 else self._lookahead)
        else:
            self._fill(self._lookahead)
        return super().__getitem__(i)
