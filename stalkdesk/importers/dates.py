"""Dates and times as exports write them: the order of day and month, 12- and 24-hour clocks.

Whether 03/04/2024 is the 3rd of April or the 4th of March is decided for the whole file: a
first field above 12 anywhere means day-first, a second field above 12 means month-first.
Only a file that never says falls back to the officer's choice, and then to UK day-first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone

_MONTHS = {name: n for n, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for name in names}

_NUMERIC = r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})"
_WORDY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[ -](?P<mon>[A-Za-z]{3,9})\.?,?[ -](?P<y>\d{4}|\d{2})"
_CLOCK = (r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2})(?:[.,](?P<frac>\d{1,6})\d*)?)?"
          r"(?:\s?(?P<ap>[aApP])\.?\s?[mM]\.?)?")
_ZONE = r"(?:\s?(?P<z>Z|UTC|GMT|BST|[+-]\d{2}:?\d{2}))?"
DATE_RX = re.compile(rf"\s*(?:{_NUMERIC}|{_WORDY})\s*", re.ASCII)
TIME_RX = re.compile(rf"\s*{_CLOCK}{_ZONE}\s*", re.ASCII)
DATETIME_RX = re.compile(rf"\s*(?:{_NUMERIC}|{_WORDY})(?:,?\s+|T)(?:at\s+)?{_CLOCK}{_ZONE}\s*", re.ASCII)
EPOCH_RX = re.compile(r"\s*(\d{10}|\d{13})\s*", re.ASCII)

_BST = timezone(timedelta(hours=1), "BST")


class DateOrder:
    """Collects evidence of day-first or month-first numeric dates until it has enough."""

    def __init__(self) -> None:
        self.dayfirst: bool | None = None
        self.evidence = ""

    def see(self, first: int, second: int, text: str = "") -> bool:
        """Take one date's first two fields (file order); True once the order is known."""
        if self.dayfirst is None:
            if first > 12 >= second:
                self.dayfirst, self.evidence = True, text
            elif second > 12 >= first:
                self.dayfirst, self.evidence = False, text
        return self.dayfirst is not None

    def decide(self, option: bool | None) -> tuple[bool, str]:
        """The order to use and why, in words for the import summary."""
        if self.dayfirst is not None:
            order = "day-first" if self.dayfirst else "month-first"
            shown = f" ({self.evidence})" if self.evidence else ""
            return self.dayfirst, f"Dates read {order}, as the file shows{shown}."
        if option is not None:
            return option, f"Dates read {'day-first' if option else 'month-first'}, as asked."
        return True, "Dates read day-first (UK style): nothing in the file says otherwise."


def scan_order(pairs: Iterable[tuple[int, int, str]]) -> DateOrder:
    """Read (first, second, text) triples until the order is decided or they run out."""
    order = DateOrder()
    for first, second, text in pairs:
        if order.see(first, second, text):
            break
    return order


def year(text: str) -> int:
    y = int(text)
    if len(text) <= 2:
        y += 2000 if y < 70 else 1900
    return y


def numeric_date(a: str, b: str, c: str, dayfirst: bool) -> date:
    """A date from three numeric fields in file order; year-first when the first has four
    digits. Raises ValueError with the reason."""
    if len(a) == 4:
        return date(int(a), int(b), int(c))
    day, month = (int(a), int(b)) if dayfirst else (int(b), int(a))
    if month > 12:
        order = "day-first" if dayfirst else "month-first"
        raise ValueError(f"there is no month {month} (dates in this file are read {order})")
    return date(year(c), month, day)


def clock(h: str, mi: str, s: str | None, ap: str | None, frac: str | None = None) -> tuple[int, int, int, int]:
    """(hour, minute, second, microsecond) from clock fields; 12-hour when ap is a/p."""
    hour = int(h)
    if ap:
        if not 1 <= hour <= 12:
            raise ValueError(f"{h} is not an hour on a 12-hour clock")
        hour = hour % 12 + (12 if ap in "pP" else 0)
    micro = int(frac.ljust(6, "0")) if frac else 0
    return hour, int(mi), int(s) if s else 0, micro


def zone_of(z: str | None) -> timezone | None:
    if not z:
        return None
    key = z.upper()
    if key in ("Z", "UTC", "GMT"):
        return UTC
    if key == "BST":
        return _BST
    digits = key[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(-offset if key[0] == "-" else offset)


class DateTimeReader:
    """Reads one column's date-times (or dates, or times) with the file's date order.

    The date half of a value repeats across thousands of rows, so each distinct one is
    parsed once. `read` returns a naive datetime (wall-clock time as written) or an aware
    one (the value carried a zone, or was a Unix time); it raises ValueError with a reason."""

    def __init__(self, dayfirst: bool) -> None:
        self.dayfirst = dayfirst
        self._dates: dict[str, date] = {}

    def date_of(self, m: re.Match[str]) -> date:
        if m["a"] is not None:
            return numeric_date(m["a"], m["b"], m["c"], self.dayfirst)
        month = _MONTHS.get(m["mon"].lower())
        if month is None:
            raise ValueError(f'"{m["mon"]}" is not a month')
        return date(year(m["y"]), month, int(m["d"]))

    def read(self, text: str) -> datetime:
        # Fast paths first: ISO 8601 (C code), then "<date seen before> hh:mm:ss".
        if text[4:5] == "-" and text[:4].isdigit():
            try:
                return datetime.fromisoformat(text.strip())
            except ValueError:
                pass
        # "dd/mm/yyyy hh:mm[:ss]" (or mm/dd): rearranged into ISO 8601 for the C parser.
        if len(text) in (16, 19) and text[2] == text[5] and text[2] in "/.-" and text[10] == " ":
            d, mo = (text[0:2], text[3:5]) if self.dayfirst else (text[3:5], text[0:2])
            try:
                return datetime.fromisoformat(f"{text[6:10]}-{mo}-{d}{text[10:]}")
            except ValueError:
                pass  # the careful path below says what is wrong
        date_part, sep, time_part = text.partition(" ")
        day = self._dates.get(date_part) if sep else None
        if day is not None and len(time_part) == 8 and time_part[2] == ":" == time_part[5]:
            return datetime(day.year, day.month, day.day, int(time_part[:2]), int(time_part[3:5]),
                            int(time_part[6:]))
        m = DATETIME_RX.fullmatch(text)
        if m is None:
            e = EPOCH_RX.fullmatch(text)
            if e is not None:
                n = int(e[1])
                return datetime.fromtimestamp(n / 1000 if n > 10**11 else n, UTC)
            raise ValueError("not a date and time")
        key = text[: m.start("h")]
        day = self._dates.get(key)
        if day is None:
            day = self._dates[key] = self.date_of(m)
            if sep and DATE_RX.fullmatch(date_part):
                self._dates[date_part] = day
        h, mi, s, us = clock(m["h"], m["mi"], m["s"], m["ap"], m["frac"])
        return datetime(day.year, day.month, day.day, h, mi, s, us, zone_of(m["z"]))

    def read_date(self, text: str) -> date:
        m = DATE_RX.fullmatch(text)
        if m is None:
            raise ValueError("not a date")
        day = self._dates.get(text)
        if day is None:
            day = self._dates[text] = self.date_of(m)
        return day

    @staticmethod
    def read_time(text: str) -> tuple[int, int, int, int, timezone | None]:
        m = TIME_RX.fullmatch(text)
        if m is None:
            raise ValueError("not a time of day")
        return (*clock(m["h"], m["mi"], m["s"], m["ap"], m["frac"]), zone_of(m["z"]))


def order_fields(text: str) -> tuple[int, int] | None:
    """The first two fields of a numeric day/month date at the start of text (not year-first)."""
    m = DATE_RX.match(text)
    if m is None or m["a"] is None or len(m["a"]) == 4:
        return None
    return int(m["a"]), int(m["b"])
