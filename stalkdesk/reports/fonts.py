"""The typefaces embedded in every report, and which characters they can draw.

DejaVu Sans (and its condensed cut, for tables) covers Latin with Polish and Turkish
letters, Greek, Cyrillic, Hebrew and the common symbols; Noto Sans Arabic covers the
Arabic script, including the presentation forms that shaped Arabic text is drawn with.
They ship in resources/fonts/ with their licences, so a printed file looks the same on
every force laptop and never depends on the fonts a machine happens to have.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from stalkdesk.paths import resource_path

SANS = "SD-Sans"
SANS_BOLD = "SD-Sans-Bold"
COND = "SD-Condensed"
COND_BOLD = "SD-Condensed-Bold"
ARABIC = "SD-Arabic"
ARABIC_BOLD = "SD-Arabic-Bold"

_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    COND: "DejaVuSansCondensed.ttf",
    COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}
# Where a character is missing from a face, the text engine tries this one.
FALLBACK: dict[str, str] = {SANS: ARABIC, COND: ARABIC, SANS_BOLD: ARABIC_BOLD, COND_BOLD: ARABIC_BOLD,
                            ARABIC: SANS, ARABIC_BOLD: SANS_BOLD}

_lock = threading.Lock()
_registered: Path | None = None


class FontsMissing(RuntimeError):
    """The font files are not where the app expects them: an installation fault."""


@dataclass(frozen=True, slots=True)
class Coverage:
    """Characters every primary (DejaVu) face draws, and those every Arabic face draws."""

    latin: frozenset[int]
    arabic: frozenset[int]

    def drawable(self, code: int) -> bool:
        return code in self.latin or code in self.arabic


def font_dir() -> Path:
    return resource_path("fonts")


def register(folder: Path | None = None) -> None:
    """Register the faces with reportlab once per process (safe to call from any thread)."""
    global _registered
    folder = folder or font_dir()
    with _lock:
        if _registered is not None:
            return
        missing = [name for name in _FILES.values() if not (folder / name).is_file()]
        if missing:
            raise FontsMissing(f"StalkDesk cannot print: font files missing from {folder}: {', '.join(missing)}. "
                               "Reinstall the application.")
        for name, file in _FILES.items():
            # asciiReadable keeps ASCII at its own codes, so copied text and searches work.
            pdfmetrics.registerFont(TTFont(name, str(folder / file), asciiReadable=1))
        _registered = folder


def cmap(name: str) -> frozenset[int]:
    """The code points a registered face has glyphs for."""
    register()
    return _cmap(name)


@cache
def _cmap(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


@cache
def coverage() -> Coverage:
    latin = cmap(SANS) & cmap(SANS_BOLD) & cmap(COND) & cmap(COND_BOLD)
    arabic = cmap(ARABIC) & cmap(ARABIC_BOLD)
    return Coverage(latin, arabic)
