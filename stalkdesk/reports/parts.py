"""Small building blocks shared by the pre-charge file's sections."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.platypus.flowables import Flowable

from stalkdesk.domain import when as when_mod
from stalkdesk.domain.when import When
from stalkdesk.reports import layout
from stalkdesk.reports.flow import Heading, TextFlow
from stalkdesk.reports.layout import Block
from stalkdesk.reports.page import section_form
from stalkdesk.reports.rows import Column, Grid, Row
from stalkdesk.reports.styles import GREY, Styles


def ranges(numbers: Iterable[int]) -> str:
    """12, 13, 14, 18 -> "12\u201314, 18"."""
    ordered = sorted(set(numbers))
    out: list[str] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}\u2013{ordered[j]}")
        i = j + 1
    return ", ".join(out)


def day(w: When | None) -> str:
    return f"{when_mod.local_start(w):%d/%m/%Y}" if w is not None else "\u2013"


def section(number: int, title: str, key: str, st: Styles) -> Heading:
    return Heading(f"{number}. {title}", st.h1, key=key, outline=0, rule=True, space_after=8)


def sub(title: str, st: Styles, key: str = "", outline: int | None = None) -> Heading:
    return Heading(title, st.h2, key=key, outline=outline, space_before=10, space_after=3)


def prose(text: str, st: Styles, *, empty: str = "Not recorded.") -> TextFlow:
    """The officer's text, or a plain statement that there is none."""
    if text.strip():
        return TextFlow([Block(text, st.body)], space_after=st.gap)
    return TextFlow([Block(empty, st.note)], space_after=st.gap)


def lines(texts: Sequence[str], st: Styles, *, bold_first: bool = False) -> TextFlow:
    blocks = [Block(t, st.body_bold if bold_first and n == 0 else st.body, 2.0) for n, t in enumerate(texts)]
    return TextFlow(blocks, space_after=st.gap)


class IndexLine(Flowable):
    """A contents line: the title, dotted leaders, the page number, all of it a link."""

    def __init__(self, title: str, key: str, st: Styles) -> None:
        super().__init__()
        self.title, self.key, self.st = title, key, st

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, self.st.body.leading * 1.5
        return self.width, self.height

    def draw(self) -> None:
        canv, body = self.canv, self.st.body
        baseline = self.height * 0.3
        used = layout.writer(canv).line(self.title, body, 0, baseline)
        canv.saveState()
        # Leaders as a dotted rule, not text, so copying the contents copies no dots.
        canv.setStrokeColorRGB(*GREY)
        canv.setLineWidth(0.9)
        canv.setLineCap(1)
        canv.setDash(0.01, 3.5)
        canv.line(used + 6, baseline + 1, self.width - 30, baseline + 1)
        canv.translate(self.width, baseline)
        canv.doForm(section_form(self.key))
        canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


def facts(rows: Sequence[tuple[str, str]], st: Styles) -> list[Flowable]:
    """A two-column table of labels and values, without a header."""
    grid = Grid([Column("", 28), Column("", 72)], st, vertical_rules=False)
    return [Row(grid, [[Block(label, st.cell_bold)], [Block(value or "\u2013", st.cell)]], header="never")
            for label, value in rows]
