"""Wall-clock times from exports to UTC, fast enough for a million call records.

Times without a zone are read as local time in the case's zone (UK by default). The offset
is worked out once per hour of wall-clock time and reused; only the hours next to a clock
change go through the careful path in domain.when, which knows which times happened twice
(autumn) and which never happened (spring).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from stalkdesk.domain.when import AmbiguousTimeError, NonexistentTimeError, Precision, from_local

AMBIGUOUS = "ambiguous_time"
_LAST = timedelta(minutes=59, seconds=59, microseconds=999999)


class LocalClock:
    """`to_utc(naive)` -> (aware UTC, ambiguous?) for wall-clock times in `zone`.

    A time in the hour the clocks went back is taken as the first of its two readings (BST
    in the UK) and reported ambiguous; a time that never existed raises NonexistentTimeError.
    """

    def __init__(self, zone: str) -> None:
        self.zone = zone
        self.tz = ZoneInfo(zone)
        # Hour key (ordinal day * 24 + hour) -> the hour's UTC offset; None where it is not one
        # offset throughout (the hours of a clock change). Callers may read it directly.
        self.offsets: dict[int, timedelta | None] = {}

    def to_utc(self, local: datetime) -> tuple[datetime, bool]:
        if local.tzinfo is not None:
            return local.astimezone(UTC), False
        key = local.toordinal() * 24 + local.hour
        try:
            offset = self.offsets[key]
        except KeyError:
            offset = self.offsets[key] = self._uniform(local)
        if offset is not None:
            return (local - offset).replace(tzinfo=UTC), False
        try:
            return from_local(local, Precision.EXACT, self.zone).start, False
        except AmbiguousTimeError:
            return from_local(local, Precision.EXACT, self.zone, fold=0).start, True

    def _uniform(self, local: datetime) -> timedelta | None:
        """The UTC offset of the whole wall-clock hour holding `local`, if it has one.

        Each end of the hour is read both ways round (PEP 495's fold): a time the clocks
        skipped or repeated has two offsets, any other one. One offset for all four readings:
        no change at either end, nor (one change at most in an hour) between them."""
        start = local.replace(minute=0, second=0, microsecond=0)
        end = start + _LAST
        utcoffset = self.tz.utcoffset
        found = {utcoffset(start), utcoffset(start.replace(fold=1)), utcoffset(end), utcoffset(end.replace(fold=1))}
        return found.pop() if len(found) == 1 else None


__all__ = ["AMBIGUOUS", "LocalClock", "NonexistentTimeError"]
