"""When something happened: a UTC instant, the zone it was observed in, and a precision.

Officers record times as they know them: to the minute from a phone, to the day from a
diary, "early March 2024" from memory. Stored as UTC plus zone, shown in UK local time.
Ranges are half-open: `end` is the first instant after the period (midnight after the last
day for approximate dates).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from typing import NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from stalkdesk.domain.vocab import DEFAULT_ZONE


class Precision(StrEnum):
    EXACT = "exact"  # to the second (phone exports)
    MINUTE = "minute"
    DAY = "day"
    MONTH = "month"
    APPROXIMATE = "approximate"  # the officer's own wording, e.g. "early March 2024"


@dataclass(frozen=True, slots=True)
class When:
    start: datetime  # timezone-aware, UTC
    precision: Precision
    zone: str = DEFAULT_ZONE
    end: datetime | None = None  # timezone-aware, UTC; None for a moment
    approx_text: str = ""  # only for APPROXIMATE


class WhenError(ValueError):
    """Input that can't become a When; the message is written for the officer."""


class AmbiguousTimeError(WhenError):
    """A wall-clock time that happened twice because the clocks went back."""


class NonexistentTimeError(WhenError):
    """A wall-clock time that never happened because the clocks went forward."""


# Spelled out rather than taken from calendar/strftime, which follow the process locale
# (Qt sets it from the desktop) and would change what officers may type and read.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NO = {name[:3].lower(): i for i, name in enumerate(_MONTHS, 1)}
_RANK = {p: i for i, p in enumerate(Precision)}  # declaration order is finest first
_COARSE = (Precision.DAY, Precision.MONTH, Precision.APPROXIMATE)
_UK = "Europe/London"
_HELP = 'Try 03/03/2024 21:15, 03/03/2024, 03/2024 or "early March 2024".'

_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
        r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")  # fmt: skip
_WD = (r"(?P<wd>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
       r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?")  # fmt: skip
_TIME = (r"(?P<tm>(?P<hm>\d{4})|(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2})"
         r"(?:[.,]\d+)?)?)?(?:\s*(?P<ap>[ap])\.?m\b\.?)?)(?:\s*(?:hrs|hours)\b)?"
         r"(?:\s*(?P<z>z|utc|gmt|bst|[+-]\d{2}(?::?\d{2})?))?")  # fmt: skip


def _rx(pattern: str) -> re.Pattern[str]:
    # ASCII so that \d means 0-9 only: int() would accept other scripts' digits silently.
    return re.compile(pattern, re.IGNORECASE | re.ASCII)


_DMY = _rx(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})")
_YMD = _rx(r"(?P<y>\d{4})[/.-](?P<mo>\d{1,2})[/.-](?P<d>\d{1,2})")
_MY = _rx(r"(?P<mo>\d{1,2})[/.-](?P<y>\d{4})")
_WORD_DMY = _rx(rf"(?:{_WD}[\s,]+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}"
                r"[\s,]+(?P<y>\d{4}|\d{2})")  # fmt: skip
_WORD_MDY = _rx(rf"(?:{_WD}[\s,]+)?{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s,]+(?P<y>\d{{4}})")
_WORD_MY = _rx(rf"{_MON}[\s,]+(?P<y>\d{{4}})")
_YEAR = _rx(r"(?P<y>\d{4})")
_TIME_LAST = _rx(rf"(?P<date>.+?)(?:\s*,\s*|\s+at\s+|\s+|(?<=\d)t){_TIME}")
_TIME_FIRST = _rx(rf"(?:at\s+)?{_TIME}(?:\s*,\s*|\s+on\s+|\s+)(?P<date>.+)")
_TIME_ONLY = _rx(rf"(?:at\s+)?{_TIME}")
_RANGE = _rx(r"\s*[\u2013\u2014]\s*|\s+(?:to|until|-)\s+")
_APPROX_SUFFIX = _rx(r"(?P<rest>.*?)\s*\(approx\.?\)")
_AROUND = _rx(r"(?:(?:around|about|approx(?:imately)?|circa|roughly|ca?|some\s*time\s+in)\s+"
              r"|(?:approx|ca?)\.\s*)(?P<rest>.+)")  # fmt: skip
_PART = _rx(r"(?:the\s+)?(?P<q>early|beginning\s+of|start\s+of|mid(?:dle\s+of)?|late|end\s+of)"
            r"(?:\s+|-)(?P<rest>.+)")  # fmt: skip
_THIRD = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
_SEASON = _rx(r"(?P<q>spring|summer|autumn|fall|winter)(?:\s+of)?\s+(?P<y>\d{4})")
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_HOLIDAY = _rx(r"(?P<q>christmas|xmas|new\s+year(?:['\u2019]s)?)\s+(?P<y>\d{4})")
_WEEK = _rx(r"(?:week\s+(?:of|commencing|beginning|starting)|w/?c)\s+(?P<rest>.+)")


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise WhenError(f'Unknown time zone "{name}".') from e


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _clock(dt: datetime, precision: Precision) -> str:
    return f"{dt:%H:%M:%S}" if precision is Precision.EXACT else f"{dt:%H:%M}"


def _long_date(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _long_day(d: date) -> str:
    return f"{_DAYS[d.weekday()]} {_long_date(d)}"


def _offset(td: timedelta | None, short: bool = False) -> str:
    minutes = int((td or timedelta()).total_seconds() // 60)
    h, m = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{h}{f':{m:02d}' if m else ''}" if short else f"{sign}{h:02d}:{m:02d}"


def _zone_name(dt: datetime) -> str:
    """ "GMT", or "BST (UTC+1)": the offset is spelled out whenever it isn't zero."""
    name, off = dt.tzname() or "", dt.utcoffset()
    if not off:
        return name or "UTC"
    return f"{name} (UTC{_offset(off, True)})" if name[:1].isalpha() else f"UTC{_offset(off, True)}"


def _add_months(d: date, n: int) -> date:
    months = d.year * 12 + d.month - 1 + n
    return date(months // 12, months % 12 + 1, 1)


def _to_utc(local: datetime, tz: ZoneInfo, fold: int | None, quote: str = "") -> datetime:
    """Wall time in tz to UTC, refusing times a clock change skipped, or repeated unless fold says which."""
    first, second = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
    before, after = first.utcoffset() or timedelta(), second.utcoffset() or timedelta()
    if before == after:
        return first.astimezone(UTC)
    skipped = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local
    if not skipped and fold is not None:
        return (second if fold else first).astimezone(UTC)
    lo = (local - max(before, after)).replace(tzinfo=UTC)  # still on the old offset
    hi = (local - min(before, after)).replace(tzinfo=UTC)  # already on the new one
    was = lo.astimezone(tz)
    # Walk to the minute the clocks changed, to tell the officer exactly when.
    steps = (lo + timedelta(minutes=i) for i in range(1, (hi - lo) // timedelta(minutes=1)))
    moment = next((t for t in steps if t.astimezone(tz).utcoffset() != was.utcoffset()), hi)
    clock = moment.astimezone(timezone(was.utcoffset() or timedelta()))
    what = f"{_dmy(local)} {local:%H:%M}"
    place = "UK time" if tz.key == _UK else f"{tz.key} time"
    change = f"at {clock:%H:%M} {was.tzname()} on {_dmy(clock)}"
    lead = f'Can\'t read "{quote}": ' if quote else ""
    if skipped:
        raise NonexistentTimeError(f"{lead}{what} does not exist in {place}: clocks went forward {change}.")
    hint = (
        f'Add BST for the first time or GMT for the second, e.g. "{what} BST"'
        if tz.key == _UK
        else f'Add the UTC offset: "{what} {_offset(before)}" for the first time or '
        f'"{what} {_offset(after)}" for the second'
    )
    raise AmbiguousTimeError(f"{lead}{what} happened twice in {place}: clocks went back {change}. {hint}.")


def _truncate(dt: datetime, precision: Precision) -> datetime:
    if precision is Precision.MINUTE:
        return dt.replace(second=0, microsecond=0)
    if precision in (Precision.DAY, Precision.MONTH):
        return datetime(dt.year, dt.month, 1 if precision is Precision.MONTH else dt.day)
    return dt


def from_local(
    local: datetime,
    precision: Precision,
    zone: str = DEFAULT_ZONE,
    *,
    end: datetime | None = None,
    approx_text: str = "",
    fold: int | None = None,
) -> When:
    """Build a When from naive wall-clock time in `zone`, cut to the precision (a DAY starts
    at local midnight, a MONTH on the 1st). Skipped wall times raise NonexistentTimeError;
    repeated ones raise AmbiguousTimeError unless fold picks 0 (first, BST) or 1 (second,
    GMT). Coarse precisions take the first of a repeated midnight. `end` (exclusive) is for
    MINUTE, EXACT and APPROXIMATE only; approx_text is required for APPROXIMATE, else refused.
    """
    precision, tz = Precision(precision), _zone(zone)
    for dt in (local, end):
        if dt is not None and dt.tzinfo is not None:
            raise WhenError(f"{dt.isoformat()} carries a time zone; from_local takes wall-clock time.")
    approx_text = " ".join(approx_text.split())
    if (precision is Precision.APPROXIMATE) != bool(approx_text):
        raise WhenError("Wording (approx_text) goes with approximate dates, and only with them.")
    if end is not None and precision in (Precision.DAY, Precision.MONTH):
        raise WhenError("A day or month has no end time; use an approximate date for a span of days.")
    if fold is None and precision in _COARSE:
        fold = 0
    start = _to_utc(_truncate(local, precision), tz, fold)
    end_utc = None if end is None else _to_utc(_truncate(end, precision), tz, fold)
    if end_utc is not None and end_utc <= start:
        raise WhenError(f"The end ({end}) is not after the start ({local}).")
    return When(start, precision, zone, end_utc, approx_text)


def from_utc(instant: datetime, precision: Precision = Precision.EXACT, zone: str = DEFAULT_ZONE) -> When:
    """Build a When from an aware datetime (phone exports), shown in `zone`."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise WhenError(f"{instant.isoformat()} has no time zone or offset, so the moment is unknown.")
    precision, tz = Precision(precision), _zone(zone)
    if precision is Precision.APPROXIMATE:
        raise WhenError("An approximate date needs the officer's wording; use from_local.")
    if precision is Precision.EXACT:
        return When(instant.astimezone(UTC), precision, zone)
    wall = instant.astimezone(tz)
    fold = wall.fold if precision is Precision.MINUTE else 0
    return When(_to_utc(_truncate(wall.replace(tzinfo=None), precision), tz, fold), precision, zone)


def local_start(w: When) -> datetime:
    """The start as an aware datetime in w.zone."""
    return w.start.astimezone(_zone(w.zone))


def local_end(w: When) -> datetime | None:
    """The (exclusive) end as an aware datetime in w.zone, or None for a moment."""
    return None if w.end is None else w.end.astimezone(_zone(w.zone))


def _tag(dt: datetime, zone: str) -> str:
    # A wall time the clocks repeated gets its zone, so that no two instants print the same.
    if dt.replace(fold=1 - dt.fold).utcoffset() == dt.utcoffset():
        return ""
    return f" {dt.tzname()}" if zone == _UK else f" {_offset(dt.utcoffset())}"


def render(w: When) -> str:
    """Short UK form for tables and reports, e.g. "03/03/2024 21:15"; parse_when reads it back.

    A time in the hour the clocks repeat is suffixed BST or GMT (an offset in other zones).
    """
    if w.precision is Precision.APPROXIMATE:
        return f"{w.approx_text} (approx.)"
    s, e = local_start(w), local_end(w)
    if w.precision is Precision.MONTH:
        return f"{s.month:02d}/{s.year}"
    if w.precision is Precision.DAY:
        return _dmy(s)
    text = f"{_dmy(s)} {_clock(s, w.precision)}{_tag(s, w.zone)}"
    if e is None:
        return text
    if e.date() == s.date():
        return f"{text}\u2013{_clock(e, w.precision)}{_tag(e, w.zone)}"
    return f"{text} \u2013 {_dmy(e)} {_clock(e, w.precision)}{_tag(e, w.zone)}"


def _between(first: date, last: date) -> str:
    if first == last:
        return f"on {_long_date(first)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"between {first.day} and {_long_date(last)}"
    head = _long_date(first) if first.year != last.year else f"{first.day} {_MONTHS[first.month - 1]}"
    return f"between {head} and {_long_date(last)}"


def describe(w: When) -> str:
    """Long form showing how an entry was understood, e.g. "Sunday 3 March 2024, 21:15 GMT"."""
    s, e, p = local_start(w), local_end(w), w.precision
    if p is Precision.APPROXIMATE:
        last = None if e is None else (e - timedelta(microseconds=1)).date()
        return w.approx_text if last is None else f"{w.approx_text}: {_between(s.date(), last)}"
    if p is Precision.MONTH:
        return f"{_MONTHS[s.month - 1]} {s.year}"
    if p is Precision.DAY:
        return _long_day(s)
    head = f"{_long_day(s)}, {_clock(s, p)}"
    if e is None:
        return f"{head} {_zone_name(s)}"
    if e.date() == s.date() and e.utcoffset() == s.utcoffset():
        return f"{head} to {_clock(e, p)} {_zone_name(e)}"
    day = "" if e.date() == s.date() else f"{_long_day(e)}, "
    return f"{head} {_zone_name(s)} to {day}{_clock(e, p)} {_zone_name(e)}"


def sort_key(w: When) -> tuple[datetime, int]:
    """Chronological order; at the same start the finer precision comes first."""
    return (w.start, _RANK[w.precision])


def parse_when(
    text: str, zone: str = DEFAULT_ZONE, *, dayfirst: bool = True, today: date | None = None
) -> When:
    """Read a date or time as an officer types it; raise WhenError saying why not.

    Times ("03/03/2024 21:15", "3 March 2024 9.15pm", ISO with offset) give MINUTE or, with
    seconds, EXACT; a trailing BST/GMT picks between the two readings of a repeated hour.
    "D1 T1–T2" or "D1 T1 to D2 T2" give a range. Dates give DAY, "03/2024" MONTH. Phrases
    ("early March 2024", "summer 2024", "around 3/3/24", "2024", anything + "(approx.)")
    give APPROXIMATE over whole days. Nothing more than a year after `today` is accepted.
    """
    return _Reader(" ".join(text.split()), zone, dayfirst, today or date.today()).read()


class _Reader:
    def __init__(self, text: str, zone: str, dayfirst: bool, today: date) -> None:
        self.text, self.zone, self.tz = text, zone, _zone(zone)
        self.dayfirst, self.today, self.short_year = dayfirst, today, False

    def fail(self, reason: str) -> NoReturn:
        raise WhenError(f'Can\'t read "{self.text}": {reason}')

    def unreadable(self) -> NoReturn:
        raise WhenError(f'Can\'t read "{self.text}" as a date. {_HELP}')

    def future(self) -> NoReturn:
        note = " (two-digit years 00-69 are read as 2000-2069)" if self.short_year else ""
        self.fail(f"it is in the future, more than a year after {_dmy(self.today)}{note}.")

    def read(self) -> When:
        if not self.text:
            raise WhenError(f"No date given. {_HELP}")
        w = self._read()
        t = self.today  # a year on; 29 February becomes the 28th
        limit = date(t.year + 1, t.month, min(t.day, calendar.monthrange(t.year + 1, t.month)[1]))
        if local_start(w).date() > limit:
            self.future()
        return w

    def _read(self) -> When:
        m = _APPROX_SUFFIX.fullmatch(self.text)
        s = m["rest"] if m else self.text
        span = self._approx(s, around=m is not None)
        if span is not None:
            start, end = (_to_utc(datetime.combine(d, time()), self.tz, 0, self.text) for d in span)
            return When(start, Precision.APPROXIMATE, self.zone, end, s)
        parts = _RANGE.split(s, maxsplit=1)
        if len(parts) == 2:
            return self._range(parts[0], parts[1])
        found = self._date(s)
        if found is not None:
            precision = Precision.DAY if found[0] == "day" else Precision.MONTH
            return When(
                _to_utc(datetime.combine(found[1], time()), self.tz, 0, self.text), precision, self.zone
            )
        moment = self._moment(s) or self.unreadable()
        start = self._instant(moment[0], moment[2])
        return When(start, Precision.EXACT if moment[1] else Precision.MINUTE, self.zone)

    def _range(self, a: str, b: str) -> When:
        left = self._moment(a) or self.fail(
            "a range starts with a date and time, e.g. 03/03/2024 21:02\u201321:58."
        )
        bare = _TIME_ONLY.fullmatch(b)
        t = self._time(bare) if bare else None
        if bare and t:
            right = (datetime.combine(left[0].date(), t[0]), t[1], bare["z"])
        else:
            right = self._moment(b) or self.fail("the end of a range must be a time, or a date and time.")
        start, end = self._instant(left[0], left[2], shared=right[2]), self._instant(right[0], right[2])
        if end <= start:
            self.fail("the range ends before it starts; if it ran past midnight, give the end date too.")
        precision = Precision.EXACT if left[1] or right[1] else Precision.MINUTE
        return When(start, precision, self.zone, end)

    def _instant(self, local: datetime, suffix: str | None, shared: str | None = None) -> datetime:
        """UTC for a wall time and its optional zone suffix; `shared` is the range end's suffix."""
        if suffix is None:
            try:
                return _to_utc(local, self.tz, None, self.text)
            except AmbiguousTimeError:
                if shared is None:
                    raise
                suffix = shared  # "01:30-01:50 GMT": one zone written for both times
        key = suffix.upper()
        if key in ("BST", "GMT"):
            names = [local.replace(tzinfo=self.tz, fold=f).tzname() for f in (0, 1)]
            if key not in names:
                on = _zone_name(local.replace(tzinfo=self.tz))
                place = "UK" if self.zone == _UK else self.zone
                self.fail(f"on {_dmy(local)} {place} clocks were on {on}, not {key}.")
            return _to_utc(local, self.tz, names.index(key), self.text)
        off = timedelta()
        if key not in ("Z", "UTC"):
            digits = suffix[1:].replace(":", "")
            off = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
            off = -off if suffix[0] == "-" else off
            if abs(off) > timedelta(hours=14) or int(digits[2:] or 0) > 59:
                self.fail(f'"{suffix}" is not a UTC offset; for a range of times write "21:00 to 22:00".')
        return local.replace(tzinfo=timezone(off)).astimezone(UTC)

    def _moment(self, s: str) -> tuple[datetime, bool, str | None] | None:
        """(naive local datetime, has seconds, zone suffix) for a date with a time, else None."""
        for rx in (_TIME_LAST, _TIME_FIRST):
            m = rx.fullmatch(s)
            t = self._time(m) if m else None
            found = self._date(m["date"]) if m and t else None
            if m and t and found:
                if found[0] != "day":
                    self.fail("a time needs a full date, e.g. 03/03/2024 21:15.")
                return datetime.combine(found[1], t[0]), t[1], m["z"]
        return None

    def _time(self, m: re.Match[str]) -> tuple[time, bool] | None:
        if m["hm"]:
            h, mi, sec = int(m["hm"][:2]), int(m["hm"][2:]), 0
        elif m["mi"] or m["ap"]:
            h, mi, sec = int(m["h"]), int(m["mi"] or 0), int(m["s"] or 0)
        else:
            return None  # a bare number isn't a time
        if m["ap"]:
            if not 1 <= h <= 12:
                self.fail(f"{m['tm']} is not a time of day (12-hour times run from 1 to 12).")
            h = h % 12 + (12 if m["ap"].lower() == "p" else 0)
        if h > 23 or mi > 59 or sec > 59:
            self.fail(f"{m['tm']} is not a time of day (use 00:00 to 23:59).")
        return time(h, mi, sec), m["s"] is not None  # fractions of a second are dropped

    def _year(self, text: str) -> int:
        y = int(text)
        if len(text) == 2:
            self.short_year = True
            y += 2000 if y < 70 else 1900
        if not 1900 <= y <= 9000:
            self.fail(f"the year {y} is out of range.")
        if y > self.today.year + 1:
            self.future()
        return y

    def _day(self, y: int, mo: int, d: int, wd: str | None = None) -> date:
        if not 1 <= mo <= 12:
            order = "" if self.dayfirst else "it was read month-first (US style), and "
            self.fail(f"{order}there is no month {mo}.")
        if not 1 <= d <= calendar.monthrange(y, mo)[1]:
            self.fail(f"there is no {d} {_MONTHS[mo - 1]} {y}.")
        day = date(y, mo, d)
        said = next((n for n in _DAYS if wd and n[:3].lower() == wd[:3].lower()), None)
        if said and said != _DAYS[day.weekday()]:
            self.fail(f"{_long_date(day)} was a {_DAYS[day.weekday()]}, not a {said}.")
        return day

    def _date(self, s: str) -> tuple[str, date, date] | None:
        """("day" | "month" | "year", first day, day after the last) for a date alone."""
        day: date | None = None
        if m := _DMY.fullmatch(s):
            a, b, y = int(m["a"]), int(m["b"]), self._year(m["y"])
            day = self._day(y, b, a) if self.dayfirst else self._day(y, a, b)
        elif m := _YMD.fullmatch(s):
            day = self._day(self._year(m["y"]), int(m["mo"]), int(m["d"]))
        elif m := _WORD_DMY.fullmatch(s) or _WORD_MDY.fullmatch(s):
            day = self._day(self._year(m["y"]), _MONTH_NO[m["mon"][:3].lower()], int(m["d"]), m["wd"])
        if day is not None:
            return "day", day, day + timedelta(days=1)
        if m := _MY.fullmatch(s) or _WORD_MY.fullmatch(s):
            mo = int(m["mo"]) if "mo" in m.groupdict() else _MONTH_NO[m["mon"][:3].lower()]
            first = self._day(self._year(m["y"]), mo, 1)
            return "month", first, _add_months(first, 1)
        if m := _YEAR.fullmatch(s):
            y = self._year(m["y"])
            return "year", date(y, 1, 1), date(y + 1, 1, 1)
        return None

    def _approx(self, s: str, around: bool = False) -> tuple[date, date] | None:
        """(first day, day after the last) an approximate phrase covers, or None."""
        m = _AROUND.fullmatch(s)
        if m or around:
            rest = m["rest"] if m else s
            span = self._approx(rest)
            if span is not None:
                return span
            found = self._date(rest)
            if found is None:
                if self._moment(rest):
                    self.fail(
                        "an approximate date can't include a time; give the time exactly, or only the date."
                    )
                self.unreadable()
            if found[0] == "day":  # around a day: three days either side
                return found[1] - timedelta(days=3), found[1] + timedelta(days=4)
            return found[1], found[2]
        if m := _PART.fullmatch(s):
            third = _THIRD[m["q"].split()[0].lower()]
            found = self._date(m["rest"])
            if found is None or found[0] == "day":
                self.fail('early, mid and late go with a month or a year, e.g. "early March 2024".')
            kind, first, after = found
            if kind == "month":  # days 1-10, 11-20, 21-end
                return first.replace(day=1 + 10 * third), after if third == 2 else first.replace(
                    day=11 + 10 * third
                )
            return _add_months(first, 4 * third), _add_months(first, 4 * third + 4)  # thirds of a year
        if m := _SEASON.fullmatch(s):
            y, season = self._year(m["y"]), m["q"].lower()
            first = date(y, _SEASON_MONTH[season], 1)  # meteorological seasons, as the Met Office uses
            return first, _add_months(first, 3)
        if m := _HOLIDAY.fullmatch(s):
            y = self._year(m["y"])
            if m["q"].lower() in ("christmas", "xmas"):
                return date(y, 12, 24), date(y, 12, 27)
            return date(y - 1, 12, 31), date(y, 1, 2)
        if m := _WEEK.fullmatch(s):
            found = self._date(m["rest"])
            if found is None or found[0] != "day":
                self.fail('"week of" needs the first day, e.g. "week of 04/03/2024".')
            return found[1], found[1] + timedelta(days=7)
        found = self._date(s)
        return (found[1], found[2]) if found and found[0] == "year" else None
