"""Decoding single EXIF values, which phones, apps and editors often write wrongly.

Each function takes whatever Pillow produced for a tag (str, bytes, int, IFDRational,
tuple...) and returns a clean value, or None (orientation: 1) when it makes no sense.
None of them raises.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from numbers import Real
from typing import Final

_TIME: Final = re.compile(r"(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET: Final = re.compile(r"[+-](\d{2}):(\d{2})")
_MAX_TEXT: Final = 200  # longer "names" in EXIF are junk, and must not flood a report


def text(value: object) -> str | None:
    """An EXIF ASCII value as clean text: NUL padding and control characters removed."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    # EXIF strings are NUL-terminated and often space-padded to a fixed width.
    cleaned = "".join(ch for ch in value.split("\x00", 1)[0] if ch.isprintable()).strip()
    return cleaned[:_MAX_TEXT] or None


def number(value: object) -> float | None:
    """A finite number from an EXIF integer or rational; None for nan, text, tuples."""
    if isinstance(value, bool) or not isinstance(value, Real):
        return None
    try:
        result = float(value)  # IFDRational with a zero denominator gives nan
    except (OverflowError, ValueError, ZeroDivisionError):
        return None
    return result if math.isfinite(result) else None


def orientation(value: object) -> int:
    """An EXIF orientation 1-8; anything else means "as stored", 1."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 8:
        return value
    return 1


def iso_time(value: object) -> str | None:
    """"YYYY:MM:DD HH:MM:SS" as ISO 8601 ("YYYY-MM-DDTHH:MM:SS"), unchanged in zone."""
    found = _TIME.match(text(value) or "")
    if not found:
        return None
    try:
        # Also refuses the "0000:00:00 00:00:00" that devices write when they do not know.
        year, month, day, hour, minute, second = (int(part) for part in found.groups())
        return datetime(year, month, day, hour, minute, second).isoformat()
    except ValueError:
        return None


def utc_offset(value: object) -> str | None:
    """An EXIF OffsetTime* value such as "+01:00", if it is a real offset."""
    written = text(value) or ""
    found = _OFFSET.fullmatch(written)
    if found and int(found[1]) <= 14 and int(found[2]) < 60:
        return written
    return None


def degrees(value: object) -> float | None:
    """Unsigned decimal degrees from EXIF (degrees, minutes, seconds) rationals.

    Some writers give just (degrees,) or (degrees, minutes) with decimals; both are read.
    """
    parts = value if isinstance(value, tuple) else (value,)
    if not 1 <= len(parts) <= 3:
        return None
    total = 0.0
    for index, part in enumerate(parts):
        amount = number(part)
        if amount is None or amount < 0:
            return None
        total += amount / 60**index
    return total
