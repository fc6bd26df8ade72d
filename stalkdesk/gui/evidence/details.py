"""What the viewer says about an exhibit, as plain (label, value) rows: no widgets here.

EXIF values are shown as the device wrote them (local time plus the device's own offset),
not converted, because an officer may have to explain them in court; times StalkDesk
recorded itself are shown in UK style in the case's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from stalkdesk.domain import when
from stalkdesk.domain.records import Exhibit
from stalkdesk.domain.vocab import DEFAULT_ZONE
from stalkdesk.imaging import is_decodable_image

NOT_RECORDED = "Not recorded in the file"


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    value: str
    mono: bool = False  # hashes and coordinates read better in a fixed-width font
    edit: str = ""  # the Exhibit field the officer edits in this row ("" for a row only shown)


def human_size(size: int) -> str:
    """ "3.7 MB": decimal units, as file managers on Windows and phones show sizes."""
    if size < 1000:
        return f"{size} bytes" if size != 1 else "1 byte"
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if size < scale * 1000 or unit == "GB":
            return f"{size / scale:.1f} {unit}"
    raise AssertionError("unreachable")


def local_text(instant: datetime | None, zone: str = DEFAULT_ZONE, seconds: bool = False) -> str:
    """A stored time (naive UTC) as "03/03/2024 21:15" in the case's zone; "" for None."""
    if instant is None:
        return ""
    aware = instant if instant.tzinfo else instant.replace(tzinfo=UTC)
    precision = when.Precision.EXACT if seconds else when.Precision.MINUTE
    return when.render(when.from_utc(aware, precision, zone))


def exif_time_text(exif_time: object, offset: object) -> str:
    """ "03/03/2024 21:15:07 (device offset +00:00)" from EXIF's ISO local time."""
    if not isinstance(exif_time, str):
        return NOT_RECORDED
    try:
        taken = datetime.fromisoformat(exif_time)
    except ValueError:
        return exif_time
    stated = f"device offset {offset}" if isinstance(offset, str) else "no offset recorded: time zone unknown"
    return f"{taken:%d/%m/%Y %H:%M:%S} ({stated})"


def gps_text(gps: object) -> str:
    """Decimal degrees, latitude first, to six places (about 0.1 m): what mapping tools take."""
    if isinstance(gps, list | tuple) and len(gps) == 2 and all(isinstance(v, int | float) for v in gps):
        return f"{gps[0]:.6f}, {gps[1]:.6f}"
    return NOT_RECORDED


def dimensions_text(meta: dict[str, object]) -> str:
    width, height, turn = meta.get("width"), meta.get("height"), meta.get("orientation")
    if not isinstance(width, int) or not isinstance(height, int):
        return NOT_RECORDED
    text = f"{width:,} × {height:,} pixels"
    if isinstance(turn, int) and turn >= 5:
        text += f" (shown {height:,} × {width:,}: EXIF orientation {turn})"
    elif isinstance(turn, int) and turn > 1:
        text += f" (EXIF orientation {turn})"
    return text


def metadata_rows(exhibit: Exhibit, zone: str = DEFAULT_ZONE) -> list[Row]:
    e, meta = exhibit, exhibit.metadata
    rows = [
        Row("Reference", e.reference),
        Row("Description", e.description),
        Row("Kind", e.kind.label),
        Row("Original file name", e.original_filename),
        Row("Media type", e.media_type),
        Row("Size", f"{human_size(e.size)} ({e.size:,} bytes)"),
        Row("SHA-256", e.sha256, mono=True),
    ]
    if is_decodable_image(e.media_type):
        device = meta.get("device")
        rows += [
            Row("Taken (EXIF)", exif_time_text(meta.get("exif_time"), meta.get("exif_offset"))),
            Row("Device (EXIF)", device if isinstance(device, str) else NOT_RECORDED),
            Row("GPS (EXIF)", gps_text(meta.get("gps")), mono=isinstance(meta.get("gps"), list | tuple)),
            Row("Dimensions", dimensions_text(meta)),
        ]
        if isinstance(software := meta.get("software"), str):
            rows.append(Row("Software (EXIF)", software))
    rows += [
        Row("Produced by", e.produced_by or "Not recorded"),
        Row("Seized or received", local_text(e.seized_at, zone) or "Not recorded"),
        Row("Where", e.seized_where or "Not recorded"),
        Row("Taken into the store", local_text(e.created_at, zone, seconds=True)),
        Row("Disclosure", e.disclosure.label, edit="disclosure"),
        Row("Reason sensitive", e.disclosure_reason, edit="disclosure_reason"),
    ]
    if e.location_now:
        rows.append(Row("Where it is now", e.location_now))
    return rows
