"""A small, fast text engine: wrap prepared text into lines and draw them.

reportlab's Paragraph parses markup and re-wraps on every split; a 10,000-entry chronology
would spend seconds in it. Here a cell is a list of `Block`s (a run of text in one style),
wrapped greedily with cached word widths, and drawn as raw PDF text operators through the
font's own subset encoding (the way reportlab's TTFont documentation describes). Lines are
wrapped in logical order and reordered for display one line at a time, as the bidi
algorithm requires, so Arabic or Hebrew that wraps still reads correctly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from stalkdesk.reports import text as textmod

Colour = tuple[float, float, float]
BLACK: Colour = (0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class TextStyle:
    font: str
    size: float
    leading: float
    colour: Colour = BLACK
    drop: float = field(init=False, compare=False)  # from the top of a line to its baseline

    def __post_init__(self) -> None:
        object.__setattr__(self, "drop", self.leading - (self.leading - self.size) / 2 - self.size * 0.22)

    def with_(self, *, font: str | None = None, colour: Colour | None = None) -> TextStyle:
        return TextStyle(font or self.font, self.size, self.leading, colour or self.colour)


@dataclass(frozen=True, slots=True)
class Block:
    """Text in one style. `text` is raw: it is prepared (made printable) when laid out."""

    text: str
    style: TextStyle
    space_before: float = 0.0


class Line(NamedTuple):
    text: str  # logical order
    width: float
    rtl: bool  # the paragraph runs right to left: right-aligned, reordered when drawn


class Placed(NamedTuple):
    """A line at a distance `top` below the top of its cell."""

    style: TextStyle
    line: Line
    top: float


_word_widths: dict[str, dict[str, float]] = {}
# Both caches are small and emptied when full: memory stays flat however long the document,
# and what repeats (common words, "Victim account") is back in them within a few rows.
# Text with figures in it (item numbers, dates, times, page numbers) is never kept: it
# hardly repeats, and keeping it made the caches grow with the entries up to their limit.
_CACHE_LIMIT = 4_096
_WRAP_LIMIT = 512
_has_figure = re.compile(r"\d").search


def width_of(word: str, font: str) -> float:
    """Width of `word` at 1 pt, with fallback faces for characters `font` lacks. Cached."""
    cache = _word_widths.setdefault(font, {})
    found = cache.get(word)
    if found is None:
        if textmod.is_plain(word, font):
            found = pdfmetrics.stringWidth(word, font, 1.0)
        else:
            found = sum(pdfmetrics.stringWidth(t, f, 1.0) for f, t in textmod.runs(word, font))
        if _has_figure(word):
            return found
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        cache[word] = found
    return found


_wrapped: dict[tuple[str, str, float, float], list[Line]] = {}


def wrap(raw: str, style: TextStyle, width: float) -> list[Line]:
    """Wrap text into lines no wider than `width`; blank lines in the text are kept.

    Short texts repeat a lot in a chronology ("Victim account", "Contacting"), so their
    wrapping is remembered; the caller must not change the list it gets."""
    if len(raw) <= 48 and not _has_figure(raw):
        key = (raw, style.font, style.size, width)
        found = _wrapped.get(key)
        if found is None:
            if len(_wrapped) >= _WRAP_LIMIT:
                _wrapped.clear()
            found = _wrapped[key] = _wrap(raw, style, width)
        return found
    return _wrap(raw, style, width)


def _wrap(raw: str, style: TextStyle, width: float) -> list[Line]:
    lines: list[Line] = []
    size, font = style.size, style.font
    space = width_of(" ", font) * size
    known = _word_widths.setdefault(font, {}).get  # the hot loop: skip width_of() when cached
    for para in textmod.prepare(raw).split("\n"):
        words = para.split()
        if not words:
            lines.append(Line("", 0.0, False))
            continue
        rtl = textmod.is_rtl_paragraph(para)
        current: list[str] = []
        used = 0.0
        for word in words:
            unit = known(word)
            w = (unit if unit is not None else width_of(word, font)) * size
            if w > width:  # a word longer than the column (a URL, a hash): cut it
                if current:
                    lines.append(Line(" ".join(current), used, rtl))
                    current, used = [], 0.0
                pieces = _cut(word, font, size, width)
                lines.extend(Line(p, width_of(p, font) * size, rtl) for p in pieces[:-1])
                word = pieces[-1]
                w = width_of(word, font) * size
            if current and used + space + w > width:
                lines.append(Line(" ".join(current), used, rtl))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        if current:
            lines.append(Line(" ".join(current), used, rtl))
    return lines


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    start = 0
    for end in range(1, len(word) + 1):
        if end - start > 1 and width_of(word[start:end], font) * size > width:
            pieces.append(word[start:end - 1])
            start = end - 1
    pieces.append(word[start:])
    return pieces


def place(blocks: Iterable[Block], width: float) -> tuple[list[Placed], float]:
    """Lay blocks out one under another; returns the placed lines and the total height."""
    placed: list[Placed] = []
    y = 0.0
    for n, block in enumerate(blocks):
        if not block.text.strip():
            continue
        if n and placed:
            y += block.space_before
        for line in wrap(block.text, block.style, width):
            placed.append(Placed(block.style, line, y))
            y += block.style.leading
    return placed, y


def split_placed(placed: Sequence[Placed], height: float) -> tuple[list[Placed], list[Placed]]:
    """Lines that fit within `height`, and the rest moved up to start at 0."""
    cut = 0
    while cut < len(placed) and placed[cut].top + placed[cut].style.leading <= height + 0.01:
        cut += 1
    first, rest = list(placed[:cut]), list(placed[cut:])
    if rest:
        shift = rest[0].top
        rest = [Placed(p.style, p.line, p.top - shift) for p in rest]
    return first, rest


def placed_height(placed: Sequence[Placed]) -> float:
    return placed[-1].top + placed[-1].style.leading if placed else 0.0


_ESCAPE = str.maketrans({"\\": "\\\\", "(": "\\(", ")": "\\)"})


def num(x: float) -> str:
    """A coordinate for the content stream (reportlab's fp_str is slow without its C accelerator)."""
    return f"{x:.2f}"


class Writer:
    """Emits text as raw PDF operators through each font's subset encoding.

    ASCII is the fast path: with `asciiReadable` fonts, ASCII characters have their own
    codes in subset 0, so a line needs escaping only. Anything else goes through the font's
    `splitString`, as reportlab's TTFont documentation describes for dynamic fonts.
    """

    def __init__(self, canv: Canvas) -> None:
        self.canv = canv
        self.doc = canv._doc  # type: ignore[attr-defined]
        self._fonts: dict[str, TTFont] = {}
        self._names: dict[tuple[str, int], str] = {}

    def _font(self, name: str) -> TTFont:
        font = self._fonts.get(name)
        if font is None:
            got = pdfmetrics.getFont(name)
            assert isinstance(got, TTFont)
            font = self._fonts[name] = got
        return font

    def _name(self, font: str, subset: int) -> str:
        key = (font, subset)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = self._font(font).getSubsetInternalName(subset, self.doc)
        return name

    def _show(self, out: list[str], font: str, size: float, text: str, state: list[object]) -> None:
        if text.isascii():
            chunks: list[tuple[int, str]] = [(0, text.translate(_ESCAPE))]
        else:
            chunks = [(subset, escapePDF(raw)) for subset, raw in self._font(font).splitString(text, self.doc)]
        for subset, chunk in chunks:
            key = (font, subset, size)
            if state[0] != key:
                out.append(f"{self._name(font, subset)} {num(size)} Tf")
                state[0] = key
            out.append(f"({chunk}) Tj")

    def ops(self, placed: Iterable[Placed], x: float, top: float, width: float, out: list[str],
            state: list[object] | None = None) -> None:
        """Append text operators (to go between BT and ET) for lines under the point (x, top).

        `state` carries the current (font key, colour) between calls within one BT..ET."""
        state = state if state is not None else [None, None]
        for style, line, offset in placed:
            text = line.text
            if not text:
                continue
            if style.colour != state[1]:
                state[1] = style.colour
                r, g, b = style.colour
                out.append(f"{r:.3f} {g:.3f} {b:.3f} rg")
            baseline = top - offset - style.drop
            if text.isascii() and not line.rtl:  # the common case, kept lean
                key = (style.font, 0, style.size)
                if state[0] != key:
                    out.append(f"{self._name(style.font, 0)} {style.size:.2f} Tf")
                    state[0] = key
                if "(" in text or ")" in text or "\\" in text:
                    text = text.translate(_ESCAPE)
                out.append(f"1 0 0 1 {x:.2f} {baseline:.2f} Tm ({text}) Tj")
                continue
            left = x + (width - line.width if line.rtl else 0.0)
            shown = textmod.visual(text, line.rtl)
            pieces = [(style.font, shown)] if textmod.is_plain(shown, style.font) else textmod.runs(shown, style.font)
            for face, piece in pieces:
                out.append(f"1 0 0 1 {num(left)} {num(baseline)} Tm")
                self._show(out, face, style.size, piece, state)
                left += pdfmetrics.stringWidth(piece, face, style.size)

    def literal(self, placed: Iterable[Placed], x: float, top: float, width: float) -> str:
        """Operators drawing lines whose cell's top-left corner is (x, top), `width` wide."""
        out = ["q BT"]
        self.ops(placed, x, top, width, out)
        out.append("ET Q")
        return "\n".join(out)

    def draw(self, placed: Iterable[Placed], x: float, top: float, width: float) -> None:
        self.canv.addLiteral(self.literal(placed, x, top, width))

    def line_literal(self, raw: str, style: TextStyle, x: float, baseline: float,
                     align: str = "left") -> tuple[str, float]:
        """Operators for one unwrapped line with its baseline at `baseline`, and its width."""
        para = " ".join(textmod.prepare(raw).split())
        width = sum(width_of(word, style.font) for word in para.split(" ")) * style.size \
            + max(0, para.count(" ")) * width_of(" ", style.font) * style.size
        left = x - width if align == "right" else x - width / 2 if align == "centre" else x
        top = baseline + style.drop
        placed = [Placed(style, Line(para, width, textmod.is_rtl_paragraph(para)), 0.0)]
        return self.literal(placed, left, top, width), width

    def line(self, raw: str, style: TextStyle, x: float, baseline: float, align: str = "left") -> float:
        """Draw one unwrapped line; returns its width."""
        ops, width = self.line_literal(raw, style, x, baseline, align)
        self.canv.addLiteral(ops)
        return width


def writer(canv: Canvas) -> Writer:
    """The canvas's writer, made on first use (it caches font objects)."""
    found = getattr(canv, "_sd_writer", None)
    if not isinstance(found, Writer):
        found = Writer(canv)
        canv._sd_writer = found  # type: ignore[attr-defined]
    return found
