"""Making any text a victim's phone produced printable with the embedded fonts.

`prepare` turns a string into one the layout engine can wrap: control characters go,
emoji become readable stand-ins ("[emoji: face with tears of joy]"), letters in a script
no shipped font has become a note saying so, and Arabic is shaped into its joined forms.
Nothing is ever drawn as an empty box, and nothing raises. After wrapping, `visual` puts
each line into display order (right-to-left runs reversed, per line, as the Unicode
bidirectional algorithm does it) and `runs` splits a line by the face that draws it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from stalkdesk.reports import fonts

_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Drawn with the Arabic face wherever it has the glyph, so a word never mixes two designs.
_ARABIC_FACE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_ZWJ = 0x200D
# Joiners and selectors that only shape the emoji they follow.
_EMOJI_TAIL = frozenset({0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)})
_FLAG_A, _FLAG_Z = 0x1F1E6, 0x1F1FF
# Pictographs here are always named, even where DejaVu has a glyph: at 8 pt its line
# drawings are hard to tell apart, and the name is what a reader needs.
_EMOJI_PLANE = (0x1F000, 0x1FAFF)


@cache
def _simple() -> re.Pattern[str]:
    """Matches text needing no work: every character drawn by the main face, left to right."""
    codes = sorted(c for c in fonts.coverage().latin
                   if c >= 0x20 and not 0x7F <= c < 0xA0 and not 0x590 <= c < 0x900 and not 0xFB1D <= c < 0xFF00
                   and c < 0x10000
                   and unicodedata.category(chr(c)) not in ("Cf", "Mn", "Co"))
    ranges: list[str] = []
    start = prev = codes[0]
    for c in [*codes[1:], -1]:
        if c != prev + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
            start = c
        prev = c
    return re.compile(f"[\n{''.join(ranges)}]*")


def prepare(text: str) -> str:
    """Printable text in logical order (see the module docstring); newlines are kept."""
    text = _NEWLINES.sub("\n", text).replace("\t", "    ")
    if _simple().fullmatch(text):
        return text
    text = unicodedata.normalize("NFC", text)
    text = _stand_ins(text)
    if _ARABIC.search(text):
        text = _shape_arabic(text)
    # Format characters (bidi marks, zero-width joiners left over) have no glyph to draw.
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf" or ch == "\n")


def _stand_ins(text: str) -> str:
    cover = fonts.coverage()
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        code = ord(ch)
        if code in _EMOJI_TAIL or code == _ZWJ or (code < 0x20 and ch != "\n") or 0x7F <= code < 0xA0:
            i += 1  # control characters, and joiners or selectors with nothing to join
        elif ch == "\n" or (code >= 0x20 and not _EMOJI_PLANE[0] <= code <= _EMOJI_PLANE[1] and cover.drawable(code)):
            out.append(ch)
            i += 1
        elif _FLAG_A <= code <= _FLAG_Z and i + 1 < n and _FLAG_A <= ord(text[i + 1]) <= _FLAG_Z:
            out.append(f"[flag: {chr(code - _FLAG_A + 65)}{chr(ord(text[i + 1]) - _FLAG_A + 65)}]")
            i += 2
        elif _is_pictograph(code):
            names, i = _emoji_cluster(text, i)
            out.append(f"[emoji: {' + '.join(names)}]")
        elif unicodedata.category(ch) in ("Cf", "Mn", "Me", "Zs", "Zl", "Zp"):
            out.append(" " if unicodedata.category(ch) == "Zs" else "")
            i += 1
        else:
            j = i
            while j < n and not cover.drawable(ord(text[j])) and not _is_pictograph(ord(text[j])) \
                    and text[j] not in " \n":
                j += 1
            j = max(j, i + 1)
            out.append(_unprintable(text[i:j]))
            i = j
    return "".join(out)


def _is_pictograph(code: int) -> bool:
    return _EMOJI_PLANE[0] <= code <= _EMOJI_PLANE[1] or unicodedata.category(chr(code)) in ("So", "Sk")


def _name(ch: str) -> str:
    return unicodedata.name(ch, f"U+{ord(ch):04X}").lower()


def _emoji_cluster(text: str, i: int) -> tuple[list[str], int]:
    """Names of one emoji and those joined to it by zero-width joiners; the index after."""
    names = [_name(text[i])]
    i += 1
    while i < len(text):
        code = ord(text[i])
        if code in _EMOJI_TAIL:
            i += 1
        elif code == _ZWJ and i + 1 < len(text) and _is_pictograph(ord(text[i + 1])):
            names.append(_name(text[i + 1]))
            i += 2
        else:
            break
    return names, i


def _unprintable(run: str) -> str:
    script = unicodedata.name(run[0], "UNKNOWN").split(" ")[0]
    script = script if len(script) <= 3 else script.title()
    count = len(run)
    return f"[{script} text, {count} character{'s' if count != 1 else ''}: see the original]"


def _shape_arabic(text: str) -> str:
    """Arabic letters in their joined (initial, medial, final) forms, lam-alef ligatures made."""
    try:
        import arabic_reshaper  # type: ignore[import-untyped]
    except ImportError:  # unjoined letters are still legible; never fail a print for this
        return text
    return "\n".join(str(arabic_reshaper.reshape(line)) for line in text.split("\n"))


def is_rtl_paragraph(text: str) -> bool:
    """True if the first letter with a direction is right-to-left (Arabic, Hebrew)."""
    if not _RTL.search(text):
        return False
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def visual(line: str, rtl: bool) -> str:
    """One wrapped line in the order its characters are drawn, left to right."""
    if not _RTL.search(line):
        return line
    try:
        from bidi import get_display  # type: ignore[import-untyped, unused-ignore]
    except ImportError:
        return line
    return str(get_display(line, base_dir="R" if rtl else "L"))


def runs(line: str, font: str) -> list[tuple[str, str]]:
    """(face, text) pieces of a line: each character in `font` if it has it, else its fallback."""
    have = fonts.cmap(font)
    other = fonts.FALLBACK[font]
    arabic = other if other in (fonts.ARABIC, fonts.ARABIC_BOLD) else font
    arabic_has = fonts.cmap(arabic)
    pieces: list[tuple[str, str]] = []
    current, start = font, 0
    for k, ch in enumerate(line):
        code = ord(ch)
        if ch == " ":
            face = current
        elif _ARABIC_FACE.match(ch) and code in arabic_has:
            face = arabic
        else:
            face = font if code in have else other
        if face != current:
            if k > start:
                pieces.append((current, line[start:k]))
            current, start = face, k
    if start < len(line):
        pieces.append((current, line[start:]))
    return pieces


def is_plain(line: str, font: str) -> bool:
    """True if one face draws the whole line (the usual case, and the fast one)."""
    if _simple().fullmatch(line) is not None:
        return True
    have = fonts.cmap(font)
    return not _ARABIC_FACE.search(line) and all(ord(c) in have for c in line)
