"""Screenshots and photos: each one an exhibit, and a proposed chronology entry where its
EXIF says when it was taken (and where, when it carries a GPS position).

Unlike the other formats there are no records in a source file: the pictures themselves are
the evidence. The import service (services/image_import.py) takes each one in through the
exhibit intake (hashing, safe decoding, thumbnail) and asks `proposal` here what the
chronology should say of it. A screenshot has no camera time and gets no entry; it is
listed all the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import BinaryIO

from stalkdesk.domain.records import Entry, ExhibitLink, Provenance
from stalkdesk.domain.vocab import DEFAULT_ZONE, EvidentialStatus, ExhibitKind, Source
from stalkdesk.domain.when import Precision, When
from stalkdesk.importers.base import FormatSpec, ImportFormatError, Parsed, ParseOptions
from stalkdesk.importers.clock import AMBIGUOUS, LocalClock, NonexistentTimeError

# First bytes of the pictures phones and computers make (the intake decides which it decodes).
_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")


def _is_picture_head(head: bytes) -> bool:
    if head.startswith(_SIGNATURES):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc", b"avif")


def sniff(head: bytes, name: str) -> None:
    if not _is_picture_head(head):
        raise ImportFormatError(name, "this is not a picture (JPEG, PNG, GIF, WebP, BMP, HEIC or TIFF).")


def open_picture(stream: BinaryIO, name: str, options: ParseOptions) -> Parsed:
    """A picture has no records of its own: the image import takes it in as an exhibit."""
    sniff(stream.read(16), name)
    stream.seek(0)
    return Parsed(file=name, notes=["Pictures are taken in one by one as exhibits by the image import."])


def taken_at(metadata: Mapping[str, object], zone: str = DEFAULT_ZONE) -> tuple[datetime, bool, bool] | None:
    """(UTC instant, zone assumed, ambiguous) of the EXIF capture time, or None without one.

    The device's own offset (EXIF OffsetTimeOriginal) is used when it wrote one; otherwise
    the time is read as local time in `zone`. A time that never happened there is None."""
    raw = metadata.get("exif_time")
    if not isinstance(raw, str):
        return None
    offset = metadata.get("exif_offset")
    try:
        local = datetime.fromisoformat(raw + (offset if isinstance(offset, str) else ""))
    except ValueError:
        return None
    if local.tzinfo is not None:
        at, _ = LocalClock(zone).to_utc(local)
        return at, False, False
    try:
        at, twice = LocalClock(zone).to_utc(local)
    except NonexistentTimeError:
        return None
    return at, True, twice


def position(metadata: Mapping[str, object]) -> tuple[float, float] | None:
    gps = metadata.get("gps")
    if not isinstance(gps, (list, tuple)) or len(gps) != 2:
        return None
    try:
        lat, lon = float(gps[0]), float(gps[1])
    except (TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return lat, lon


def proposal(name: str, kind: ExhibitKind, metadata: Mapping[str, object], *, exhibit_id: int, exhibit_ref: str,
             zone: str = DEFAULT_ZONE) -> Entry | None:
    """The chronology entry a picture's EXIF proposes, or None when it gives no capture time."""
    found = taken_at(metadata, zone)
    if found is None:
        return None
    at, assumed, ambiguous = found
    what = "Screenshot" if kind is ExhibitKind.SCREENSHOT else "Photo"
    device = metadata.get("device")
    where = position(metadata)
    location = f"{where[0]:.5f}, {where[1]:.5f} (EXIF GPS)" if where else ""
    summary = f"{what} {name} taken" + (f" on {device}" if isinstance(device, str) and device else "")
    lines = [f"{what} {name}, exhibit {exhibit_ref}: its EXIF gives the time it was taken"
             + (" and a GPS position" if where else "") + ". Proposed from the picture's own metadata: "
             "check it against the account of the person who supplied it."]
    offset = metadata.get("exif_offset")
    if assumed:
        place = "UK local time" if zone == DEFAULT_ZONE else f"local time in {zone}"
        lines.append(f"The camera time has no zone: read as {place}.")
    elif isinstance(offset, str):
        lines.append(f"The device stated its offset from UTC as {offset}.")
    if ambiguous:
        lines.append(f"Flags: {AMBIGUOUS.replace('_', ' ')} (the hour the clocks went back).")
    return Entry(
        when=When(at, Precision.EXACT, zone), summary=summary, account="\n".join(lines), location=location,
        source=Source.OTHER, source_reference=exhibit_ref, exhibits=(ExhibitLink(exhibit_id, "EXIF"),),
        evidential_status=EvidentialStatus.EXHIBITED, provenance=Provenance(exhibit_id, "EXIF", "images"),
    )


FORMAT = FormatSpec(
    name="images", label="screenshots and photos", sniff=sniff, open=open_picture,
    exhibit_kind=ExhibitKind.PHOTO, channel=None, unit="pictures", makes="images",
)
