"""Tables as a stream of independent rows, so that laying out 10,000 of them stays linear.

reportlab's Table (and LongTable) re-measures the whole table each time it splits at a
page end, which is quadratic in the number of rows. Here each row is its own flowable; the
column header is drawn above whichever row lands at the top of a frame (and above the
first row of a table), so every page carries it. A row taller than the space left is
either moved to the next page whole (short rows) or split between lines (long ones), with
"(14) cont." under the item column on the next page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

from stalkdesk.reports import layout
from stalkdesk.reports.layout import Block, Placed, num
from stalkdesk.reports.styles import BAND_FILL, HEADER_FILL, RULE, Styles

HeaderMode = Literal["auto", "always", "never"]
_SHORT = 0.35  # rows shorter than this share of a frame move to the next page whole
_MIN_LINES = 3  # and a split leaves at least this many lines of the longest cell behind


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    weight: float  # share of the table's width
    ruled: bool = False  # writing lines for the interviewer's notes


class Grid:
    """The columns of one table and its header row; rows share it."""

    def __init__(self, columns: Sequence[Column], st: Styles, *, vertical_rules: bool = True) -> None:
        self.columns = list(columns)
        self.st = st
        self.vertical_rules = vertical_rules
        self._widths: dict[float, list[float]] = {}
        self._header: dict[float, tuple[list[list[Placed]], float]] = {}

    def widths(self, total: float) -> list[float]:
        found = self._widths.get(total)
        if found is None:
            weight = sum(c.weight for c in self.columns)
            found = self._widths[total] = [total * c.weight / weight for c in self.columns]
        return found

    def header(self, total: float) -> tuple[list[list[Placed]], float]:
        found = self._header.get(total)
        if found is None:
            pad = self.st.pad
            cells = [layout.place([Block(c.title, self.st.head_cell)], w - 2 * pad)
                     for c, w in zip(self.columns, self.widths(total), strict=True)]
            found = self._header[total] = ([p for p, _ in cells], max(h for _, h in cells) + 2 * pad)
        return found


def _frame(flowable: Flowable) -> object | None:
    doc = getattr(getattr(flowable, "canv", None), "_doctemplate", None)
    return getattr(doc, "frame", None)


class Row(Flowable):
    """One table row; `cont` labels the first cell of a continuation on the next page."""

    def __init__(self, grid: Grid, cells: Sequence[Sequence[Block]], *, header: HeaderMode = "auto",
                 cont: str = "", band: bool = False, mark: tuple[str, str, int] | None = None) -> None:
        super().__init__()
        self.mark = mark  # (key, title, outline level): a bookmark at this row
        self.grid = grid
        self.cells = cells
        self.header_mode = header
        self.cont = cont
        self.band = band
        self._laid: list[list[Placed]] | None = None
        self._laid_width = -1.0
        self._body = 0.0
        self._with_header = False

    @classmethod
    def _from_laid(cls, other: Row, laid: list[list[Placed]], header: HeaderMode, first: bool) -> Row:
        row = cls(other.grid, [], header=header, cont=other.cont, band=other.band,
                  mark=other.mark if first else None)
        row._laid, row._laid_width = laid, other._laid_width
        row._body = max(layout.placed_height(p) for p in laid) + 2 * other.grid.st.pad
        return row

    def _layout(self, width: float) -> list[list[Placed]]:
        if self._laid is None or (self.cells and width != self._laid_width):
            pad = self.grid.st.pad
            laid = [layout.place(blocks, w - 2 * pad)
                    for blocks, w in zip(self.cells, self.grid.widths(width), strict=True)]
            self._laid = [p for p, _ in laid]
            self._body = max(h for _, h in laid) + 2 * pad
            self._laid_width = width
        return self._laid

    def _at_top(self) -> bool:
        return bool(getattr(_frame(self), "_atTop", False))

    def _header_height(self, width: float) -> float:
        wanted = self.header_mode == "always" or (self.header_mode == "auto" and self._at_top())
        return self.grid.header(width)[1] if wanted else 0.0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self._layout(aW)
        head = self._header_height(aW)
        self._with_header = head > 0
        self.width, self.height = aW, self._body + head
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        at_top = self._at_top()
        frame_height = float(getattr(_frame(self), "_height", 0.0)) or aH
        return list(self.split_at(aW, aH - self._header_height(aW), at_top, frame_height))

    def split_at(self, aW: float, room: float, at_top: bool, frame_height: float) -> tuple[Row, Row] | tuple[()]:
        """This row cut so its first part fits in `room` (below any header), or () if it should move."""
        laid = self._layout(aW)
        if not at_top and self._body < frame_height * _SHORT:
            return ()
        room -= 2 * self.grid.st.pad
        parts = [layout.split_placed(p, room) for p in laid]
        longest = max(range(len(laid)), key=lambda i: len(laid[i]))
        kept = len(parts[longest][0])
        if kept == 0 or (not at_top and (kept < _MIN_LINES or len(laid[longest]) - kept < _MIN_LINES)):
            return ()
        first = Row._from_laid(self, [f for f, _ in parts], self.header_mode, True)
        rest_cells = [r for _, r in parts]
        if self.cont and not rest_cells[0]:
            rest_cells[0] = layout.place([Block(f"({self.cont}) cont.", self.grid.st.cell_grey)],
                                         self.grid.widths(aW)[0] - 2 * self.grid.st.pad)[0]
        return first, Row._from_laid(self, rest_cells, "auto", False)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Draw at (x, y) with one block of raw operators: reportlab's saveState, translate,
        line and rect format every number through slow Python without its C accelerator."""
        self.canv = canvas
        try:
            if self.mark is not None:
                key, title, level = self.mark
                canvas.bookmarkHorizontalAbsolute(key, y + self.height + 4)
                canvas.addOutlineEntry(title, key, level, closed=True)
            canvas.addLiteral(f"q 1 0 0 1 {num(x)} {num(y)} cm\n{self._operators()}\nQ")
        finally:
            del self.canv

    def draw(self) -> None:
        self.canv.addLiteral(self._operators())

    def measure(self, width: float, header: bool) -> float:
        """Lay out for `width`, with or without the column header above; the height."""
        self._layout(width)
        self._with_header = header
        self.width = width
        self.height = self._body + (self.grid.header(width)[1] if header else 0.0)
        return self.height

    def _operators(self) -> str:
        width = self.width
        widths = self.grid.widths(width)
        top = self.height
        paths = ["q 0.5 w", _rgb(RULE, "RG")]
        text: list[str] = ["BT"]
        state: list[object] = [None, None]
        writer = layout.writer(self.canv)
        if self._with_header:
            cells, head = self.grid.header(width)
            paths.append(f"{_rgb(HEADER_FILL, 'rg')} 0 {num(top - head)} {num(width)} {num(head)} re f")
            self._cells(writer, cells, widths, top, text, state)
            self._verticals(paths, widths, top, top - head)
            paths.append(f"q 0.8 w 0.25 0.25 0.25 RG 0 {num(top - head)} m {num(width)} {num(top - head)} l S Q")
            top -= head
        bottom = top - self._body
        if self.band:
            paths.append(f"{_rgb(BAND_FILL, 'rg')} 0 {num(bottom)} {num(width)} {num(self._body)} re f")
        self._ruled(paths, widths, top, bottom)
        self._cells(writer, self._laid or [], widths, top, text, state)
        self._verticals(paths, widths, top, bottom)
        paths.append(f"0 {num(bottom)} m {num(width)} {num(bottom)} l S")
        text.append("ET")
        return "\n".join([*paths, *text, "Q"])

    def _cells(self, writer: layout.Writer, cells: Sequence[Sequence[Placed]], widths: Sequence[float],
               top: float, out: list[str], state: list[object]) -> None:
        pad = self.grid.st.pad
        x = 0.0
        for placed, colw in zip(cells, widths, strict=True):
            if placed:
                writer.ops(placed, x + pad, top - pad, colw - 2 * pad, out, state)
            x += colw

    def _verticals(self, out: list[str], widths: Sequence[float], top: float, bottom: float) -> None:
        if not self.grid.vertical_rules:
            return
        x = 0.0
        for colw in widths[:-1]:
            x += colw
            out.append(f"{num(x)} {num(top)} m {num(x)} {num(bottom)} l S")

    def _ruled(self, out: list[str], widths: Sequence[float], top: float, bottom: float) -> None:
        """Faint writing lines in a notes column, about 7 mm apart."""
        x = 0.0
        for column, colw in zip(self.grid.columns, widths, strict=True):
            if column.ruled:
                out.append("q 0.3 w 0.86 0.86 0.86 RG")
                y = top - 20.0
                while y > bottom + 4:
                    out.append(f"{num(x + 4)} {num(y)} m {num(x + colw - 4)} {num(y)} l S")
                    y -= 20.0
                out.append("Q")
            x += colw


def _rgb(colour: tuple[float, float, float], op: str) -> str:
    return f"{colour[0]:.3f} {colour[1]:.3f} {colour[2]:.3f} {op}"


class RowBlock(Flowable):
    """Up to a few dozen rows handled as one flowable.

    reportlab's per-flowable bookkeeping costs more than drawing a row, so long tables go
    through in blocks. A block splits between rows (or inside a long row, by the same rules
    as a lone row), and the part that starts a new page gets the column header.
    """

    def __init__(self, rows: Sequence[Row], header: HeaderMode = "auto") -> None:
        super().__init__()
        self.rows = list(rows)
        self.header_mode = header
        self._header = False

    def _at_top(self) -> bool:
        return bool(getattr(_frame(self), "_atTop", False))

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self._header = self.header_mode == "always" or (self.header_mode == "auto" and self._at_top())
        self.width = aW
        self.height = sum(r.measure(aW, self._header and n == 0) for n, r in enumerate(self.rows))
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        at_top = self._at_top()
        frame_height = float(getattr(_frame(self), "_height", 0.0)) or aH
        header = self.header_mode == "always" or (self.header_mode == "auto" and at_top)
        used, fit = 0.0, []
        for n, row in enumerate(self.rows):
            height = row.measure(aW, header and n == 0)
            if used + height <= aH + 0.01:
                fit.append(row)
                used += height
                continue
            head = row.grid.header(aW)[1] if header and n == 0 else 0.0
            parts = row.split_at(aW, aH - used - head, at_top and n == 0, frame_height)
            if parts:
                fit.append(parts[0])
                rest = [parts[1], *self.rows[n + 1:]]
            else:
                rest = self.rows[n:]
            break
        else:
            return [self]
        if not fit:
            return []
        return [RowBlock(fit, self.header_mode), RowBlock(rest, "auto")]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        ops = []
        top = y + self.height
        for row in self.rows:
            top -= row.height
            if row.mark is not None:
                key, title, level = row.mark
                canvas.bookmarkHorizontalAbsolute(key, top + row.height + 4)
                canvas.addOutlineEntry(title, key, level, closed=True)
            row.canv = canvas
            ops.append(f"q 1 0 0 1 {num(x)} {num(top)} cm\n{row._operators()}\nQ")
            del row.canv
        canvas.addLiteral("\n".join(ops))

    def draw(self) -> None:  # drawOn does the work; reportlab calls draw only through it
        raise NotImplementedError
