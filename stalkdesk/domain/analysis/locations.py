"""Reading location records into fixes: a generic CSV, Google location history (Takeout's
Records.json and the newer on-device Timeline export), and a photo's EXIF position.

A time without a zone is read as UK local time (a phone export usually is), the first of
the two readings in the hour the clocks go back; a time in the hour they go forward never
happened and is refused. Any problem stops the file with its name, line (or record) and why.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from stalkdesk.domain.analysis.colocation import Fix
from stalkdesk.domain.vocab import DEFAULT_ZONE


class LocationFileError(ValueError):
    def __init__(self, file: str, line: int | None, reason: str, record: int | None = None) -> None:
        where = f", line {line}" if line is not None else f", record {record}" if record is not None else ""
        super().__init__(f"{file}{where}: {reason}")
        self.file, self.line, self.record, self.reason = file, line, record, reason


_COLUMNS = {
    "time": ("time", "timestamp", "datetime", "date time", "date/time", "date_time", "utc time", "time (utc)"),
    "lat": ("latitude", "lat"),
    "lon": ("longitude", "lon", "lng", "long"),
    "accuracy": ("accuracy", "accuracy_m", "accuracy (m)", "horizontal accuracy", "horizontal_accuracy", "hdop_m"),
}
_UK = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?\s*(Z|UTC)?",
                 re.ASCII | re.IGNORECASE)


def parse_time(text: str, zone: str = DEFAULT_ZONE) -> datetime:
    """ISO 8601 (with or without an offset) or UK day-first "03/03/2024 21:15[:07]"; UTC out.
    Raises ValueError with the reason."""
    s = text.strip()
    m = _UK.fullmatch(s)
    if m:
        d, mo, y, h, mi = (int(g) for g in m.groups()[:5])
        sec, frac = int(m[6] or 0), int((m[7] or "0").ljust(6, "0"))
        dt = datetime(y, mo, d, h, mi, sec, frac, tzinfo=UTC if m[8] else None)
    else:
        try:
            dt = datetime.fromisoformat(s)
        except ValueError:
            raise ValueError(f'"{text}" is not a date and time (use 03/03/2024 21:15 or ISO 8601)') from None
    if dt.tzinfo is None:
        tz = ZoneInfo(zone)
        local = dt.replace(tzinfo=tz)
        if local.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != dt:
            raise ValueError(f"{text} did not happen in UK local time (the clocks went forward)")
        dt = local
    return dt.astimezone(UTC)


def _position(lat: float, lon: float) -> str | None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"{lat}, {lon} is not a position (latitude -90 to 90, longitude -180 to 180)"
    if lat == 0 and lon == 0:
        return "0, 0 is the placeholder for no position"
    return None


def parse_csv(text: str, name: str, zone: str = DEFAULT_ZONE) -> list[Fix]:
    """A CSV with a header naming time, latitude, longitude and (optionally) accuracy in metres."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(rows, None)
    if header is None:
        raise LocationFileError(name, 1, "the file is empty")
    names = [h.strip().lower() for h in header]
    cols: dict[str, int] = {}
    for key, aliases in _COLUMNS.items():
        found = next((i for i, h in enumerate(names) if h in aliases), None)
        if found is not None:
            cols[key] = found
        elif key != "accuracy":
            raise LocationFileError(name, 1, f"no {key} column (expected one of: {', '.join(aliases)})")
    fixes = []
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            lat, lon = float(row[cols["lat"]]), float(row[cols["lon"]])
            at = parse_time(row[cols["time"]], zone)
            acc_text = row[cols["accuracy"]].strip() if "accuracy" in cols else ""
            accuracy = float(acc_text) if acc_text else None
        except IndexError:
            raise LocationFileError(name, line, f"{len(row)} columns where the header has {len(header)}") from None
        except ValueError as exc:
            raise LocationFileError(name, line, str(exc)) from None
        problem = _position(lat, lon) or (f"accuracy {accuracy} m is negative" if accuracy and accuracy < 0 else None)
        if problem:
            raise LocationFileError(name, line, problem)
        fixes.append(Fix(at, lat, lon, accuracy, line))
    return fixes


_LATLNG = re.compile(r"(?:geo:)?\s*(-?\d+(?:\.\d+)?)°?\s*,\s*(-?\d+(?:\.\d+)?)°?", re.ASCII)


def _e7(value: Any) -> float:
    n = int(value)
    return (n - 2**32 if n > 1_800_000_000 else n) / 1e7  # some old exports wrapped negatives


def _records(doc: Mapping[str, Any]) -> Iterator[tuple[datetime, float, float, float | None]]:
    for r in doc.get("locations", []):
        if "timestampMs" in r:
            at = datetime.fromtimestamp(int(r["timestampMs"]) / 1000, UTC)
        else:
            at = parse_time(str(r["timestamp"]))
        acc = r.get("accuracy")
        yield at, _e7(r["latitudeE7"]), _e7(r["longitudeE7"]), float(acc) if acc is not None else None


def _point(text: str) -> tuple[float, float]:
    m = _LATLNG.fullmatch(str(text).strip())
    if not m:
        raise ValueError(f'"{text}" is not a "latitude, longitude" position')
    return float(m[1]), float(m[2])


def _segments(segments: list[Any]) -> Iterator[tuple[datetime, float, float, float | None]]:
    for seg in segments:
        start = seg.get("startTime")
        for p in seg.get("timelinePath", []):
            if "time" in p:
                at = parse_time(str(p["time"]))
            else:  # iOS export: minutes after the segment's start
                at = parse_time(str(start)) + timedelta(minutes=float(p["durationMinutesOffsetFromStartTime"]))
            yield (at, *_point(p["point"]), None)


def _raw_signals(signals: list[Any]) -> Iterator[tuple[datetime, float, float, float | None]]:
    for s in signals:
        pos = s.get("position")
        if pos:
            acc = pos.get("accuracyMeters")
            yield (parse_time(str(pos["timestamp"])), *_point(pos["LatLng"]), float(acc) if acc is not None else None)


def parse_google(text: str, name: str) -> list[Fix]:
    """Google location history: Records.json ("locations" with latitudeE7/longitudeE7 and
    timestamp or timestampMs) or a Timeline export ("semanticSegments" timelinePath points,
    "rawSignals" positions, or the iOS list of segments with "geo:lat,lng" points)."""
    try:
        doc = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise LocationFileError(name, exc.lineno, f"not valid JSON ({exc.msg})") from None
    if isinstance(doc, dict) and "locations" in doc:
        source = _records(doc)
    elif isinstance(doc, dict) and ("semanticSegments" in doc or "rawSignals" in doc):
        source = chain_sources(_segments(doc.get("semanticSegments", [])), _raw_signals(doc.get("rawSignals", [])))
    elif isinstance(doc, list):
        source = _segments(doc)
    else:
        raise LocationFileError(name, None, "no location records found (expected Records.json or a Timeline export)")
    fixes = []
    n = 0
    try:
        for n, (at, lat, lon, acc) in enumerate(source, start=1):
            problem = _position(lat, lon)
            if problem:
                raise ValueError(problem)
            fixes.append(Fix(at, lat, lon, acc, n))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        reason = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise LocationFileError(name, None, reason, record=n + 1 if len(fixes) == n else n) from None
    return fixes


def chain_sources(*parts: Iterator[tuple[datetime, float, float, float | None]]
                  ) -> Iterator[tuple[datetime, float, float, float | None]]:
    for part in parts:
        yield from part


def parse_location_file(data: bytes, name: str, zone: str = DEFAULT_ZONE) -> list[Fix]:
    """A location export in any of the formats above, told apart by its first character."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LocationFileError(name, None, f"not UTF-8 text (byte {exc.start})") from None
    head = text.lstrip()[:1]
    return parse_google(text, name) if head in ("{", "[") else parse_csv(text, name, zone)


def exif_fix(metadata: Mapping[str, object], seq: int = 0) -> Fix | None:
    """A fix from a photo's EXIF (as `imaging.metadata` stores it): position and time, when
    both are there. The device's offset is used if it stated one, else UK local time."""
    gps, when = metadata.get("gps"), metadata.get("exif_time")
    if not isinstance(gps, (list, tuple)) or len(gps) != 2 or not isinstance(when, str):
        return None
    offset = metadata.get("exif_offset")
    try:
        at = parse_time(when + (offset if isinstance(offset, str) else ""))
        lat, lon = float(gps[0]), float(gps[1])
    except (TypeError, ValueError):
        return None
    return None if _position(lat, lon) else Fix(at, lat, lon, None, seq)
